"""One or more sentences per PLOVER type, written by the team, in the phrasing news uses.

Each sentence must yield exactly the events listed for it: the type with the source and target named,
in that direction, and nothing else (no spurious or reversed event, no duplicate). Known misses stay
visible as strict xfails, so a fix shows up as an unexpected pass.
"""
from __future__ import annotations

from collections import Counter

import pytest

from dyads import code_text


def _triple(event: str, source, target) -> tuple[str, frozenset[str], frozenset[str]]:
    as_set = lambda codes: frozenset([codes] if isinstance(codes, str) else codes or ())  # noqa: E731
    return event, as_set(source), as_set(target)


def one(event, source, target, text, *, also=(), pair=False, xfail=None):
    """A row: ``event`` from ``source`` to ``target`` (None: no target; a tuple: several codes).

    ``pair``: a reciprocal event ("X and Y agreed"), coded once in each direction;
    ``also``: further (event, source, target) the sentence rightly yields.
    """
    expected = [_triple(event, source, target)]
    if pair:
        expected.append(_triple(event, target, source))
    expected += [_triple(*extra) for extra in also]
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(Counter(expected), text, marks=marks, id=f"{event}-{source}-{target}-{text}")


@pytest.mark.parametrize(
    "expected, text",
    [
        one("AGREE", "JPN", "KOR", "Japan agreed to resume talks with South Korea on trade."),
        one("AGREE", "IRN", "IGO", "Iran pledged to give UN inspectors full access to its nuclear sites."),
        one("AGREE", "GBR", "UKR", "Britain promised Ukraine another 2 billion pounds in military aid."),
        one("CONSULT", "CHN", "USA", "Chinese Foreign Minister Wang Yi met US Secretary of State Antony Blinken in Beijing on Monday."),
        one("CONSULT", "IND", "RUS", "Indian Prime Minister Narendra Modi visited Moscow last week."),
        one("CONSULT", "QAT", ("AFG", "USA"), "Qatar hosted talks between the Taliban and the United States."),
        one("CONSULT", "FRA", "DEU", "The French president spoke by telephone with the German chancellor."),
        one("SUPPORT", "DEU", "FRA", "Germany praised France for its leadership on climate policy."),
        one("SUPPORT", "BRA", "ARG", "Brazil backed Argentina's bid to join the trade bloc."),
        one("CONCEDE", "BLR", "BLR", "Belarus pardoned 30 political prisoners on Friday."),
        one("CONCEDE", "TUR", "SWE", "Turkey dropped its objection to Sweden's NATO membership."),
        one("COOPERATE", "USA", "PHL", "American and Philippine troops held joint military exercises in the South China Sea.", pair=True),
        one("COOPERATE", "ESP", "FRA", "Spain extradited a suspected militant to France."),
        one("AID", "JPN", "TUR", "Japan sent rescue teams and relief supplies to Turkey after the earthquake."),
        one("AID", "USA", "ISR", "The United States delivered air defence missiles to Israel."),
        one("RETREAT", "RUS", "UKR", "Russia withdrew its troops from the Kyiv region."),
        one("RETREAT", "ISR", "PSE", "Israel released 39 Palestinian prisoners on Friday."),
        one("REQUEST", "IGO", "MMR", "The United Nations urged Myanmar to release detained politicians."),
        one("REQUEST", "POL", "DEU", "Poland demanded war reparations from Germany."),
        one("ACCUSE", "USA", "CHN", "Washington accused Beijing of cyber espionage."),
        one("ACCUSE", "IND", "PAK", "India condemned Pakistan for the attack in Kashmir."),
        one("REJECT", "PRK", "KOR", "North Korea rejected South Korea's offer of talks."),
        one("REJECT", "RUS", "IGO", "Russia vetoed a UN Security Council resolution on Syria."),
        one("THREATEN", "PRK", "USA", "North Korea threatened to strike the United States with nuclear weapons."),
        one("THREATEN", "RUS", "NOR", "Russia warned Norway of retaliation over the military base."),
        one("PROTEST", "IRN", "IRN", "Thousands of Iranians protested in Tehran against the government."),
        one("PROTEST", "FRA", "FRA", "French farmers blocked highways around Paris to protest against fuel taxes."),
        one("SANCTION", "IGO", "RUS", "The European Union imposed new sanctions on Russia."),
        one("SANCTION", "LTU", "CHN", "Lithuania expelled two Chinese diplomats."),
        one("SANCTION", "SAU", "CAN", "Saudi Arabia froze trade with Canada and recalled its ambassador.",
            also=[("SANCTION", "SAU", "CAN")]),  # froze trade; recalled the ambassador
        one("MOBILIZE", "RUS", "UKR", "Russia massed troops along its border with Ukraine."),
        one("MOBILIZE", "CHN", "TWN", "China put its forces on high alert near Taiwan."),
        one("COERCE", "EGY", "EGY", "Egyptian police arrested dozens of opposition activists in Cairo."),
        one("COERCE", "HKG", "HKG", "Hong Kong authorities banned a pro-democracy rally.", xfail="target not found yet"),
        one("COERCE", "IRN", "GBR", "Iran seized a British-flagged oil tanker in the Strait of Hormuz."),
        one("ASSAULT", "ISR", "SYR", "Israeli jets struck targets near Damascus on Sunday."),
        one("ASSAULT", "SOM", "KEN", "Al-Shabaab militants attacked a Kenyan military base."),
        one("ASSAULT", "MMR", "MMR", "Myanmar's army shelled villages in Rakhine state, killing 12 civilians."),
        one("ASSAULT", "NGA", "NGA", "Gunmen kidnapped 80 students from a school in northern Nigeria."),
        one("AGREE", "ETH", "EGY", "Ethiopia and Egypt agreed on Tuesday to resume negotiations over the Nile dam.", pair=True),
        one("SUPPORT", "SRB", "XKX", "Serbia signed an accord with Kosovo to normalize relations."),
        one("CONSULT", "TUR", "RUS", "Turkish President Recep Tayyip Erdogan held a phone call with Russian President Vladimir Putin."),
        one("CONSULT", "IGO", "IRN", "EU envoys met Iranian officials in Vienna to discuss the nuclear deal."),
        one("CONSULT", "SAU", "ISR", "Saudi officials secretly met Israeli representatives in Cairo."),
        one("SUPPORT", "IND", "USA", "India welcomed the US decision to lift the visa restrictions."),
        one("SUPPORT", "JPN", "PHL", "Japan expressed support for the Philippines in its maritime dispute with China."),
        one("CONCEDE", "CUB", "USA", "Cuba apologized to the United States for the incident."),
        one("AID", "CHN", "PAK", "China extended a $2 billion loan to Pakistan."),
        one("AID", "IGO", "SDN", "The World Food Programme delivered food aid to Sudan."),
        one("RETREAT", "USA", "AFG", "The United States completed the withdrawal of its forces from Afghanistan."),
        one("REQUEST", "IGO", "ISR", "The UN Secretary-General called on Israel to allow aid into Gaza."),
        one("REQUEST", "USA", "CHN", "The White House asked China to use its influence on North Korea."),
        one("ACCUSE", "GBR", "RUS", "Britain blamed Russia for the poisoning of a former spy."),
        one("ACCUSE", "IRN", "USA", "Iran's supreme leader denounced the United States as the enemy."),
        one("ACCUSE", "IGO", "MMR", "UN investigators accused Myanmar's military of genocide."),
        one("REJECT", "ISR", "IGO", "Israel rejected the UN resolution as biased."),
        one("REJECT", "VEN", "USA", "Venezuela refused to let US aid trucks enter the country."),
        one("THREATEN", "CHN", "TWN", "China warned Taiwan that independence means war."),
        one("THREATEN", "TUR", "GRC", "Turkey threatened Greece with military action over the islands."),
        one("PROTEST", "PAK", "USA", "Pakistani protesters burned American flags outside the US embassy in Islamabad."),
        one("PROTEST", "GEO", "GEO", "Tens of thousands of Georgians rallied in Tbilisi against the foreign agents law."),
        one("SANCTION", "USA", "VEN", "The United States slapped sanctions on Venezuela's state oil company."),
        one("SANCTION", "KWT", "PHL", "Kuwait suspended the issuing of work visas to Filipinos."),
        one("MOBILIZE", "IND", "CHN", "India deployed additional troops to its border with China."),
        one("MOBILIZE", "PRK", None, "North Korea test-fired two ballistic missiles on Thursday."),
        one("COERCE", "RUS", "RUS", "Russian authorities detained hundreds of anti-war protesters in Moscow."),
        one("COERCE", "CHN", "CAN", "China detained two Canadian citizens on spying charges."),
        one("ASSAULT", "YEM", "SAU", "Houthi rebels fired drones at Saudi oil facilities."),
        one("ASSAULT", "RUS", "UKR", "Russian forces shelled the city of Kharkiv overnight."),
        one("ASSAULT", "PAK", "AFG", "Pakistani airstrikes hit suspected militant hideouts in Afghanistan."),
        one("ASSAULT", "ISR", "LBN", "Lebanese officials said Israeli drones had struck a village in southern Lebanon."),
        one("ACCUSE", "UKR", "RUS", "Kyiv has repeatedly accused Moscow of targeting civilian infrastructure."),
        one("ASSAULT", "RUS", "UKR", "A Ukrainian power station was hit by Russian missiles on Friday."),
        one("REQUEST", "FRA", "IRN", "France's foreign minister said Iran must release the detained French nationals immediately."),
        one("CONSULT", "USA", "IND", "The visit by the US defence secretary to New Delhi came a week after talks in Washington."),
        one("SANCTION", "USA", "RUS", "Washington announced fresh sanctions against Moscow over the invasion."),
        one("PROTEST", "KEN", "KEN", "Thousands of Kenyans protested in Nairobi over the killing of a teacher in police custody."),
        one("COERCE", "CHN", "CHN", "Chinese police detained several activists who had criticised the government."),
        one("AGREE", "DEU", "UKR", "Germany will provide Ukraine with additional tanks, Chancellor Olaf Scholz said."),
        one("THREATEN", "IRN", "ISR", "Iran vowed to retaliate against Israel for the strike on its consulate."),
        one("REJECT", "HUN", "IGO", "Hungary blocked an EU aid package for Ukraine."),
        one("AGREE", "USA", "TWN", "The United States reaffirmed its commitment to Taiwan's defence."),
        one("MOBILIZE", "ARM", "AZE", "Armenia mobilised reservists amid fresh clashes with Azerbaijan."),
        one("ASSAULT", "AZE", "ARM", "Armenia said Azerbaijani forces had opened fire on its positions."),
        one("AGREE", "ISR", "PSE", "Israel and Hamas agreed to a four-day truce to allow the release of hostages.", pair=True),
        one("COERCE", "TUR", "TUR", "Turkish prosecutors ordered the arrest of 30 military officers."),
        one("ACCUSE", "PSE", "ISR", "The Palestinian Authority condemned the Israeli raid on Jenin."),
        one("RETREAT", "RUS", "UKR", "Russia pulled its troops out of Kherson in November."),
        one("ASSAULT", "SDN", "SDN", "The Rapid Support Forces attacked army positions in Khartoum."),
        one("ASSAULT", "KEN", "KEN", "Kenyan opposition supporters clashed with police during protests in Nairobi."),
        one("AGREE", "USA", "JPN", "The United States and Japan agreed to share intelligence on North Korean missile launches.", pair=True),
        one("ACCUSE", "RUS", "USA", "The Kremlin accused the White House of meddling in Russian elections."),
        one("THREATEN", "CHN", "USA", "Beijing warned Washington against selling weapons to Taiwan."),
        one("REQUEST", "IGO", "SOM", "The African Union urged Somalia's rival factions to return to the negotiating table."),
        one("CONSULT", "COL", "VEN", "Colombian President Gustavo Petro met Venezuelan leader Nicolas Maduro in Caracas."),
        one("ASSAULT", "NGA", None, "Boko Haram fighters attacked a village in Borno state, killing 20 people."),
        one("COERCE", "VEN", "VEN", "Venezuelan security forces arrested an opposition leader in Caracas."),
        one("SANCTION", "IGO", "MLI", "ECOWAS imposed sanctions on Mali after the military coup.", xfail="spaCy tags a sentence-initial acronym as a verb"),
        one("AID", "IGO", "HTI", "The World Bank approved a $50 million grant for Haiti."),
        one("REJECT", "AFG", "IGO", "The Taliban rejected UN demands to reopen girls' schools."),
        one("SUPPORT", "RUS", "PRK", "Russia praised North Korea's support for its war in Ukraine."),
        one("MOBILIZE", "CHN", "PHL", "China sent coast guard vessels to waters claimed by the Philippines."),
        one("RETREAT", "FRA", "MLI", "France completed the withdrawal of its troops from Mali."),
        one("SUPPORT", "SDN", "SSD", "Sudan and South Sudan signed a deal to resume oil exports.", pair=True),
        one("PROTEST", "ISR", "ISR", "Hundreds of thousands of Israelis protested against the judicial overhaul in Tel Aviv."),
        one("COOPERATE", "KOR", "JPN", "South Korea and Japan restored an intelligence-sharing pact.", xfail="restoring a pact is not in the lexicon"),
        one("ACCUSE", "AZE", "ARM", "Baku accused Yerevan of violating the ceasefire."),
        one("RETREAT", "VEN", "USA", "Venezuela released six American detainees."),
        one("ASSAULT", "ISR", "PSE", "An Israeli airstrike killed three Palestinians in Gaza."),
        one("ACCUSE", "DEU", "RUS", "Germany's foreign ministry summoned the Russian ambassador over the cyberattack."),
        one("SANCTION", "POL", "BLR", "Poland expelled two Belarusian diplomats."),
        one("SANCTION", "SAU", "LBN", "Saudi Arabia recalled its ambassador from Lebanon."),
        one("CONSULT", "EGY", "SDN", "Egypt hosted Sudan's army chief for talks in Cairo."),
        one("COOPERATE", "IND", "FRA", "India and France held joint naval drills in the Arabian Sea.", pair=True),
        one("RETREAT", "USA", "CUB", "The United States lifted some sanctions on Cuba."),
        one("REQUEST", "ARM", "RUS", "Armenia asked Russia for military help."),
        one("ACCUSE", "ISR", "IRN", "Israeli officials blamed Iran for the drone attack."),
        one("REJECT", "XKX", "SRB", "Kosovo rejected Serbia's demand to withdraw police from the north."),
        one("ASSAULT", "TUR", "SYR", "Turkish drones killed three Kurdish fighters in northern Syria."),
        one("COERCE", "IRN", "USA", "Iran arrested an American journalist on espionage charges."),
        one("THREATEN", "RUS", "POL", "Moscow warned Warsaw that hosting US nuclear weapons would make Poland a target."),
        one("AID", "IGO", "TUR", "The European Union sent search and rescue teams to Turkey after the earthquake."),
        one("CONSULT", "VNM", "USA", "Vietnam's president received the visiting US secretary of state in Hanoi."),
        one("MOBILIZE", "AZE", "ARM", "Azerbaijan moved heavy weapons towards the border with Armenia."),
        # goods handed to a recipient: vehicles, equipment, bulk goods
        one("AID", "POL", "MDA", "Poland handed over twelve ambulances to Moldova's health ministry."),
        one("AID", "AUS", "TON", "Australia flew water tanks and generators to Tonga after the cyclone."),
        # any people held, released
        one("RETREAT", "AZE", "ARM", "Azerbaijan released five Armenian villagers captured near the border."),
        one("RETREAT", "AFG", "USA", "The Taliban released an American tourist held since 2022."),
        # property given or handed back to its owner
        one("RETREAT", "NLD", "IDN", "The Netherlands gave back 100 stolen artworks to Indonesia."),
        one("RETREAT", "FRA", "DZA", "France handed back the skulls of resistance fighters to Algeria."),
        # asking forgiveness, formal apologies, withdrawing a contested measure
        one("CONCEDE", "BEL", "COD", "Belgium's king asked forgiveness from Congo for colonial abuses."),
        one("CONCEDE", "ESP", "MEX", "The Spanish king offered a formal apology to Mexico."),
        one("CONCEDE", "KEN", None, "Kenya's government withdrew the finance bill after weeks of protests."),
        # labour strikes named by a verb and its object, strikes of some length, taking to the streets
        one("PROTEST", "NGA", None, "Nigerian doctors went on strike over unpaid salaries."),
        one("PROTEST", "ZAF", None, "South African miners downed tools over pay at the Marikana mine."),
        one("PROTEST", "GRC", "GRC", "Greek dockworkers walked off the job in Piraeus."),
        one("PROTEST", "KEN", "KEN", "Kenyan nurses staged a three-day strike in Nairobi."),
        one("PROTEST", "KEN", "KEN", "Thousands of Kenyans took to the streets of Nairobi against the tax increase."),
        # suspending a member, leaving a body, expelling embassy staff of any rank
        one("SANCTION", "IGO", "SYR", "The Arab League suspended Syria over the crackdown on protesters."),
        one("SANCTION", "NIC", "IGO", "Nicaragua withdrew from the Organization of American States."),
        one("SANCTION", "LTU", "RUS", "Lithuania expelled a Russian embassy counsellor."),
        # troops posted, rebukes, notice served
        one("MOBILIZE", "TCD", "SDN", "Chad posted troops to its border with Sudan."),
        one("ACCUSE", "DEU", "HUN", "Germany chided Hungary for its veto."),
        one("THREATEN", "MLI", "FRA", "Mali's junta served notice on France to withdraw its troops."),
        # suspects surrendered to another state's police, imagery shared, weapons handed in
        one("COOPERATE", "PHL", "JPN", "The Philippines surrendered four Japanese fraud suspects to Tokyo police."),
        one("COOPERATE", "AUS", "MYS", "Australia shared satellite imagery of the crash site with Malaysia."),
        one("RETREAT", "COL", "IGO", "Colombian rebels handed over 300 guns to UN verifiers."),
        # relief parcels handed out, vessels handed to a recipient
        one("AID", "IGO", "HTI", "The World Food Programme handed out food parcels to displaced families in Haiti."),
        one("AID", "USA", "FSM", "The United States handed a coast guard cutter to Micronesia."),
        # contested measures suspended or scrapped, insistence dropped, defeat conceded
        one("CONCEDE", "GIN", None, "Guinea's junta suspended the contested bauxite export tax."),
        one("CONCEDE", "LAO", None, "Laos scrapped a planned fuel excise increase after complaints."),
        one("CONCEDE", "ETH", None, "Ethiopia dropped its insistence on disarmament before talks."),
        one("CONCEDE", "KEN", "KEN", "Kenya's opposition leader conceded defeat to President Ruto."),
        # guns fall silent, firearms handed in
        one("RETREAT", "THA", None, "Thailand silenced its guns along the Cambodian border on Monday."),
        one("RETREAT", "COL", "IGO", "Colombian rebels handed in 200 firearms to UN verifiers."),
    ],
)
def test_sentence_is_coded(nlp, expected, text):
    events = code_text(text, "2023-06-15")
    found = Counter(_triple(e.event, [a.code for a in e.source], [a.code for a in e.target]) for e in events)
    assert found == expected
    assert not any(e.negated for e in events)
