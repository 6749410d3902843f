"""Arguments as news writes them: coordinated recipients, pronouns, places of announcement,
bystanders and datelines (team-written sentences)."""
from __future__ import annotations

import json

import pytest

from dyads import code_text
from dyads.coder import Coded, code_documents, relations_in_text
from dyads.read import read_documents

DATE = "2021-08-20"


def _dyads(text: str, event: str, sentence: str | None = None) -> set[tuple[str, str]]:
    """Every (source code, target code) pair the events of one type give (in ``sentence`` only, where
    given); an event with no target gives ""."""
    return {(s, t) for e in code_text(text, DATE) if e.event == event and sentence in (None, e.sentence)
            for s in (a.code for a in e.source) for t in [a.code for a in e.target] or [""]}


def _sources(text: str, event: str) -> set[str]:
    return {a.text for e in code_text(text, DATE) if e.event == event for a in e.source}


# -- 1. every recipient of a coordinated object ------------------------------------------------------


@pytest.mark.parametrize("text, event, expected", [
    ("The Polish president met the defence ministers of Lithuania and Latvia in Warsaw.", "CONSULT", {("POL", "LTU"), ("POL", "LVA")}),
    ("The Turkish president met the prime ministers of Greece and Bulgaria on Tuesday.", "CONSULT", {("TUR", "GRC"), ("TUR", "BGR")}),
    ("The Chinese foreign minister met the ambassadors of Kenya, Uganda and Rwanda.", "CONSULT",
     {("CHN", "KEN"), ("CHN", "UGA"), ("CHN", "RWA")}),
    ("The Indian army chief met the army chiefs of Nepal and Bhutan in Delhi.", "CONSULT", {("IND", "NPL"), ("IND", "BTN")}),
    ("Germany sent aid to the people of Lebanon and Jordan.", "AID", {("DEU", "LBN"), ("DEU", "JOR")}),
    # already right: the coordinated states themselves, and a list after a word that is no role
    ("The French foreign minister met the leaders of Chad, Niger and Mali in Paris.", "CONSULT", {("FRA", "TCD"), ("FRA", "NER"), ("FRA", "MLI")}),
    ("China sent vaccines to Laos and Cambodia.", "AID", {("CHN", "LAO"), ("CHN", "KHM")}),
])
def test_every_coordinated_recipient_is_a_target(nlp, text, event, expected):
    assert _dyads(text, event) == expected


def test_a_place_after_the_recipients_names_no_recipient(nlp):
    """"ministers of Lithuania and Latvia in Warsaw": where they met is not whose ministers they are."""
    events = code_text("The Polish president met the defence ministers of Lithuania and Latvia in Warsaw.", DATE)
    assert [sorted(a.code for a in e.target) for e in events] == [["LTU", "LVA"]]
    assert {a.sector for e in events for a in e.target} == {"GOV"}


def test_a_person_is_not_of_the_place_he_is_in(nlp):
    """Someone of no known state met in Nairobi is no Kenyan: no actor, so no one was met; a person the
    knowledge base knows (Tundu Lissu, a Tanzanian opposition leader) keeps his own state."""
    assert _dyads("Kenyan President William Ruto met Baraka Mwangole in Nairobi.", "CONSULT") == set()
    assert _dyads("Kenyan President William Ruto met Tundu Lissu in Nairobi.", "CONSULT") == {("KEN", "TZA")}


# -- 2. pronouns and possessives stand for the most recent fitting antecedent -----------------------


@pytest.mark.parametrize("before, sentence, event, expected", [
    # "him": the person met before, not the speaker (the source) and not a state
    ("Kenyan President William Ruto congratulated Tanzanian opposition leader Tundu Lissu on Monday.",
     "He praised him for his courage.", "SUPPORT", {("KEN", "TZA")}),
    # a person named by his office only is a person too
    ("Russia criticised the Ukrainian president on Monday.", "Moscow accused him of provoking the war.", "ACCUSE", {("RUS", "UKR")}),
    ("The Kenyan president met the Somali foreign minister.", "He urged her to sign the deal.", "REQUEST", {("KEN", "SOM")}),
    ("Police in Kampala detained the Ugandan opposition leader on Friday.", "The EU condemned his arrest.", "ACCUSE", {("IGO", "UGA")}),
    # "them": the plural actor that was the object, not the subject before it
    ("Kenya condemned the Somali militants on Monday.", "It accused them of attacking civilians.", "ACCUSE", {("KEN", "SOM")}),
    # "they": every actor of a coordination
    ("Russia and China vetoed the resolution.", "The United States criticised them.", "ACCUSE", {("USA", "RUS"), ("USA", "CHN")}),
    # a name given beside a possessive role ("Zambia's new president Hakainde Hichilema") is that person's
    ("Zambia's new president Hakainde Hichilema took office on Tuesday.", "The EU praised Hichilema for his election victory.",
     "SUPPORT", {("IGO", "ZMB")}),
    # within one sentence: the person, not the state named nearer to the pronoun
    ("", "The Kenyan president met Tanzania's opposition leader and praised his courage.", "SUPPORT", {("KEN", "TZA")}),
])
def test_a_pronoun_target_is_the_antecedent_that_fits(nlp, before, sentence, event, expected):
    assert _dyads(f"{before} {sentence}".strip(), event, sentence) == expected


def test_a_subject_pronoun_still_continues_the_subject(nlp):
    """"He" goes on with the sentence before's subject; only "him" looks for the person met."""
    events = code_text("The Kenyan president met the Somali foreign minister. He urged her to sign the deal.", DATE)
    request = [e for e in events if e.event == "REQUEST"]
    assert [(e.source[0].text, e.target[0].text) for e in request] == [("Kenyan president", "Somali foreign minister")]


def test_the_possessor_of_an_act_done_to_him_did_not_do_it(nlp):
    """"his arrest": he was arrested, so he is its target, never the one who arrested."""
    returned = "Pakistani opposition leader Imran Khan returned to Lahore on Friday. "
    assert _dyads(returned + "His arrest at the airport angered Washington.", "COERCE") == set()
    events = code_text("The Ugandan opposition leader returned on Friday. The Ugandan police announced his arrest.", DATE)
    assert [([a.text for a in e.source], [a.text for a in e.target]) for e in events if e.event == "COERCE"] == [
        (["Ugandan police"], ["Ugandan opposition leader"])]
    # with an of-phrase the possessor is the doer again
    assert _dyads("Russia's expulsion of ten Polish diplomats angered Warsaw.", "COERCE") == {("RUS", "POL")}


# -- 3. where something was announced is not whom it concerns ---------------------------------------


@pytest.mark.parametrize("text, place", [
    ("The Kenyan interior minister announced the ban in Nairobi.", "Nairobi"),
    ("The Nigerian army announced the curfew in Maiduguri.", "Maiduguri"),
    ("The Kenyan government announced a curfew in Nairobi.", "Nairobi"),  # a capital: where governments speak
    ("The Sudanese army announced a ceasefire in Khartoum.", "Khartoum"),
    ("The Ugandan government unveiled a ban on plastic bags in Kampala.", "Kampala"),
    ("The Kenyan interior minister announced a ban on protests at a news conference in Nairobi.", "Nairobi"),
])
def test_a_place_of_announcement_is_not_the_target(nlp, text, place):
    events = code_text(text, DATE)
    assert events, "the announced act is still coded"
    assert all(place not in a.text for e in events for a in e.target)


@pytest.mark.parametrize("text, target", [
    ("The Turkish government imposed a curfew in Cizre.", "TUR"),
    ("The Nigerian army announced a curfew in Maiduguri.", "NGA"),  # announced, but a curfew of that town
    ("Protesters demonstrated in Nairobi.", "KEN"),
    ("The Ethiopian government declared a state of emergency in Addis Ababa.", "ETH"),
])
def test_a_place_where_a_material_act_happens_may_stand_in_as_its_target(nlp, text, target):
    assert [[a.code for a in e.target] for e in code_text(text, DATE)] == [[target]]


def test_the_place_of_an_acts_purpose_is_where_it_goes(nlp):
    """"provided aid to help displaced families in northern Iraq": the aid goes to Iraq."""
    assert _dyads("Germany provided humanitarian aid to help displaced families in northern Iraq.", "AID") == {("DEU", "IRQ")}


# -- 4. bystanders who report, confirm, witness or suffer an act are not its source -----------------


@pytest.mark.parametrize("text, doer", [
    ("Yemeni hospital officials confirmed the air strike on the market.", None),
    ("Syrian civilians fled the bombing.", None),
    ("Thousands of Sudanese fled the fighting in Darfur.", None),
    # already right: the doer named in the reported clause
    ("Residents said militants torched the market in Maiduguri.", "militants"),
    ("Hospital officials confirmed that five people were killed in the strike by Saudi-led jets.", "Saudi-led jets"),
    ("Afghan villagers said US troops killed four civilians in a raid.", "US troops"),
])
def test_a_bystander_is_not_the_source(nlp, text, doer):
    assert _sources(text, "ASSAULT") == ({doer} if doer else set())


@pytest.mark.parametrize("text, expected", [
    ("Lebanese villagers suffered heavy shelling by Israeli forces.", {("ISR", "LBN")}),
    ("Ukrainian civilians endured weeks of Russian shelling.", {("RUS", "UKR")}),
])
def test_a_victim_is_the_target(nlp, text, expected):
    assert _dyads(text, "ASSAULT") == expected


def test_whose_homes_were_burned_is_the_target(nlp):
    """Already right: the owners of what was destroyed are its target, those who fled no source."""
    events = code_text("Villagers fled after Myanmar soldiers torched their homes.", DATE)
    assert [([a.text for a in e.source], [a.text for a in e.target]) for e in events] == [(["Myanmar soldiers"], ["Villagers"])]


# -- 5. a dateline is no actor, whatever the input route --------------------------------------------

DATELINED = [
    ("NAIROBI, Kenya (Wire) - ", "Ugandan police arrested dozens of Somali refugees.", "COERCE", {("UGA", "SOM")}),
    ("KYIV, Ukraine — ", "Russia shelled Ukrainian villages on Monday.", "ASSAULT", {("RUS", "UKR")}),
    ("BEIJING: ", "China accused Japan of provoking tensions.", "ACCUSE", {("CHN", "JPN")}),
    ("ADDIS ABABA, Ethiopia, Aug 19 - ", "Egypt urged Ethiopia to resume talks.", "REQUEST", {("EGY", "ETH")}),
]


@pytest.mark.parametrize("dateline, story, event, expected", DATELINED)
def test_a_dateline_is_no_actor_in_text_taken_as_it_is(nlp, dateline, story, event, expected):
    assert _dyads(dateline + story, event) == expected


@pytest.mark.parametrize("dateline, story, event, expected", DATELINED)
def test_a_dateline_is_no_actor_in_json_lines(nlp, tmp_path, dateline, story, event, expected):
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"id": "d1", "text": dateline + story, "date": DATE}) + "\n", encoding="utf-8")
    [result] = list(code_documents(read_documents([str(path)])))
    assert isinstance(result, Coded)
    assert {(s.code, t.code) for e in result.events if e.event == event for s in e.source for t in e.target} == expected


@pytest.mark.parametrize("dateline, story, event, expected", DATELINED)
def test_a_dateline_leaves_a_text_file(nlp, tmp_path, dateline, story, event, expected):
    path = tmp_path / "news.txt"
    path.write_text(dateline + story + "\n", encoding="utf-8")
    [document] = list(read_documents([str(path)]))
    assert document.text == story


# the story's first sentence stays whole: the parser once ended it at the first name after the dateline
OPENING_LISTS = [
    ("LIMA, Peru - ", "Peru and Chile, long at odds over fishing grounds, condemned Bolivia's blockade.", "ACCUSE",
     {("PER", "BOL"), ("CHL", "BOL")}),
    ("BAMAKO, Mali - ", "Mali and Niger, both ruled by juntas, accused France of backing rebels.", "ACCUSE", {("MLI", "FRA"), ("NER", "FRA")}),
    ("QUITO, Ecuador - ", "Ecuador and Colombia accused Venezuela of sheltering rebels.", "ACCUSE", {("ECU", "VEN"), ("COL", "VEN")}),
]


@pytest.mark.parametrize("dateline, story, event, expected", OPENING_LISTS)
def test_the_first_sentence_after_a_dateline_keeps_its_opening_list(nlp, dateline, story, event, expected):
    doc = nlp(dateline + story)
    assert [s.text for s in doc.sents][-1] == story
    assert _dyads(dateline + story, event) == expected


def test_the_first_sentence_after_a_dateline_keeps_its_relations(nlp):
    relations = relations_in_text("KINGSTON, Jamaica - Jamaica and Belize, both members of CARICOM, condemned the coup in Haiti.", DATE)
    assert [(r.relation, sorted(a.code for a in r.subjects), r.object.org if r.object else None) for r in relations] == [
        ("member_of", ["BLZ", "JAM"], "CARICOM")]


def test_a_capitalised_name_opening_a_story_is_no_dateline(nlp):
    assert _dyads("Russia - a close ally of Damascus - sent aid to Syria.", "AID") == {("RUS", "SYR")}
