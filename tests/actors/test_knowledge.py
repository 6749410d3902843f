"""The actor knowledge base: its files' checks, who a name means on a date, and context rules."""
from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from dyads.actors.knowledge import (
    check_knowledge,
    read_file,
    read_knowledge,
    read_offices,
    read_organisation_codes,
    report,
    state_codes,
)
from dyads.actors.lexicon import FORMER, ActorEntry, choose_entries, initial_variants
from dyads.actors.names import NameMatcher, fold
from dyads.coder import code_text, find_actor_records
from dyads.errors import LexiconError
from dyads.lexicons import LEXICON_DIR

ACTORS = LEXICON_DIR / "actors"


def _read(tmp_path: Path, text: str, name: str = "GBR.yml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    organisations = read_organisation_codes(ACTORS / "organisations.yml")
    return read_file(path, read_offices(ACTORS / "offices.yml"), organisations, state_codes(ACTORS / "countries.csv"))


HEADER = "country: GBR\nsource: test\npeople:\n"


@pytest.mark.parametrize("entry, line, message", [
    ("  - {name: A B, roles: [{office: president, from: 2001-02-30}]}\n", 4, r"`from`: bad date '2001-02-30'"),
    ("  - {name: A B, roles: [{office: president, from: 2005, to: 2001}]}\n", 4, r"`to` 2001 is before `from` 2005"),
    ("  - {name: A B, roles: [{office: wizard}]}\n", 4, r"office 'wizard' is not in offices\.yml: give it a `sector`"),
    ("  - {name: A B, roles: [{office: wizard, sector: MAG}]}\n", 4, r"unknown sector 'MAG'"),
    ("  - {name: A B}\n", 4, r"a person needs `roles`"),
    ("  - {name: A B, rank: 3, roles: [{office: president}]}\n", 4, r"unknown key\(s\) \['rank'\] in a person"),
    ("  - {name: A B, roles: [{office: president, org: Narnia League}]}\n", 4, r"`org` 'Narnia League' is neither"),
    ("  - {name: A B, country: NAR, roles: [{office: president}]}\n", 4, r"`country` 'NAR' is not a state of countries\.csv"),
    ("  - x\n  - {name: A B, roles: [{office: president}]}\n", "?", r"a person must be a mapping"),
])
def test_a_malformed_entry_names_file_and_line(tmp_path, entry, line, message):
    with pytest.raises(LexiconError, match=rf"\[E301\] .*GBR\.yml line {re.escape(str(line))}: {message}"):
        _read(tmp_path, HEADER + entry)


def test_a_file_must_hold_the_state_it_is_named_for(tmp_path):
    with pytest.raises(LexiconError, match=r"GBR\.yml line 1: `country: FRA` in a file named GBR\.yml"):
        _read(tmp_path, "country: FRA\npeople: []\n")


def test_a_body_needs_a_sector_and_a_party_is_pty(tmp_path):
    _, bodies = _read(tmp_path, "country: GBR\nparties:\n  - {names: [Narnian Party, NP]}\n")
    assert bodies[0].sector == "PTY" and bodies[0].names == ("Narnian Party", "NP") and bodies[0].code == "GBR"
    with pytest.raises(LexiconError, match=r"GBR\.yml line 3: 'Narnian Guard' needs a `sector`"):
        _read(tmp_path, "country: GBR\nbodies:\n  - {names: [Narnian Guard]}\n")


def _problems(tmp_path: Path, people: str) -> list[str]:
    path = tmp_path / "GBR.yml"
    path.write_text(HEADER + people, encoding="utf-8")
    knowledge = read_knowledge(None, files=[path])
    return check_knowledge(knowledge)


def test_overlapping_terms_of_one_office_are_reported(tmp_path):
    problems = _problems(tmp_path, (
        "  - {name: Ann Able, roles: [{office: prime minister, from: 2001-01-01, to: 2005-06-01}]}\n"
        "  - {name: Ben Baker, roles: [{office: prime minister, from: 2004-01-01, to: 2008-01-01}]}\n"
    ))
    assert len(problems) == 1 and "prime minister" in problems[0] and "'Ben Baker'" in problems[0] and "'Ann Able'" in problems[0]


@pytest.mark.parametrize("people", [
    # a term that ends the day the next begins, a year given for both, a caretaker, an office several hold at once
    "  - {name: Ann Able, roles: [{office: prime minister, from: 2001-01-01, to: 2005-06-01}]}\n"
    "  - {name: Ben Baker, roles: [{office: prime minister, from: 2005-06-01}]}\n",
    "  - {name: Ann Able, roles: [{office: prime minister, from: 2001, to: 2005}]}\n"
    "  - {name: Ben Baker, roles: [{office: prime minister, from: 2005}]}\n",
    "  - {name: Ann Able, roles: [{office: prime minister, from: 2001}]}\n"
    "  - {name: Ben Baker, roles: [{office: prime minister, from: 2004, to: 2004-05, acting: true}]}\n",
    "  - {name: Ann Able, roles: [{office: governor, of: North, from: 2001}]}\n"
    "  - {name: Ben Baker, roles: [{office: governor, of: South, from: 2002}]}\n",
])
def test_terms_that_do_not_overlap_pass(tmp_path, people):
    assert _problems(tmp_path, people) == []


def test_one_person_listed_twice_is_reported(tmp_path):
    problems = _problems(tmp_path, (
        "  - {name: Ann Able, roles: [{office: speaker, from: 2001}]}\n"
        "  - {name: Ann Able, roles: [{office: lawmaker, from: 1990}]}\n"
    ))
    assert any("repeats" in problem and "Ann Able" in problem for problem in problems)


def test_the_shipped_knowledge_base_passes_its_checks(capsys):
    assert report(None) == 0
    out = capsys.readouterr().out
    counts = {line.split()[0]: line.split() for line in out.splitlines() if line[:3].isupper() and len(line.split()) == 6}
    # every UN member and TWN, XKX, PSE has its file, with its head of state or government at least
    assert len(counts) >= 196
    assert all(int(row[4]) >= 1 for row in counts.values())


def _entry(code: str, role: str, start: str | None = None, end: str | None = None, person: str = "p1", sector: str = "GOV") -> ActorEntry:
    return ActorEntry("person", code, sector, person, None, person,
                      dt.date.fromisoformat(start) if start else None, dt.date.fromisoformat(end) if end else None, role, 0)


def test_a_person_is_what_they_were_on_the_date():
    terms = [_entry("GBR", "defence minister", "2001-01-01", "2005-01-01"), _entry("GBR", "prime minister", "2005-01-01", "2009-01-01"),
             _entry("GBR", FORMER, sector="ELI")]
    assert choose_entries(terms, dt.date(2003, 1, 1))[0].role == "defence minister"
    assert choose_entries(terms, dt.date(2007, 1, 1))[0].role == "prime minister"
    assert choose_entries(terms, dt.date(2012, 1, 1))[0].sector == "ELI"  # after the terms
    assert choose_entries(terms, dt.date(1990, 1, 1))[0].sector == "ELI"  # outside any term
    assert choose_entries(terms, None)[0].role == "prime minister"  # no date: the latest term


def test_a_name_two_people_share_is_decided_by_the_date_or_left_out():
    father = [_entry("KEN", "president", "1964-01-01", "1978-01-01", "f"), _entry("KEN", FORMER, person="f", sector="ELI")]
    son = [_entry("KEN", "president", "2013-01-01", "2022-01-01", "s"), _entry("KEN", FORMER, person="s", sector="ELI")]
    assert [e.name for e in choose_entries(father + son, dt.date(2015, 1, 1))] == ["s"]
    both_former = choose_entries(father + son, dt.date(2023, 1, 1))
    assert len(both_former) == 1 and both_former[0].sector == "ELI" and both_former[0].code == "KEN" and both_former[0].name is None
    other = [_entry("UGA", "president", "1990-01-01", "1995-01-01", "o"), _entry("UGA", FORMER, person="o", sector="ELI")]
    # people of two states: both kept, for the states the document names to decide
    assert {e.code for e in choose_entries(father + other, dt.date(2023, 1, 1))} == {"KEN", "UGA"}
    same_state = [_entry("KEN", "minister", "2010-01-01", None, "x", sector="GOV"), _entry("KEN", "speaker", "2010-01-01", None, "y", sector="LEG")]
    assert choose_entries(same_state, dt.date(2015, 1, 1)) == []  # two Kenyans in office: which one, the name does not say


@pytest.mark.parametrize("name, country, expected", [
    ("George Walker Bush", "USA", ["George W. Bush", "G. W. Bush", "G.W. Bush"]),
    ("Frederik Willem de Klerk", "ZAF", ["Frederik W. de Klerk", "F. W. de Klerk", "F.W. de Klerk"]),
    ("Kim Jong Un", "PRK", []),
    ("Mohammed bin Salman Al Saud", "SAU", []),
    ("Jacob Zuma", "ZAF", []),
])
def test_initial_variants(name, country, expected):
    assert initial_variants(name, country) == expected


def test_folding_keeps_length_and_drops_accents_case_and_dashes():
    assert fold("ERDOĞAN al-Sisi Łukaszenka’s") == "erdogan al sisi lukaszenka's"
    assert len(fold("Əliyev İstanbul")) == len("Əliyev İstanbul")


@pytest.mark.parametrize("name, text, found", [
    ("Recep Tayyip Erdoğan", "RECEP TAYYIP ERDOGAN spoke.", True),
    ("Erdogan", "Erdoğan spoke.", True),
    ("al-Sisi", "Abdel Fattah al Sisi spoke.", True),
    ("Turkey", "We ate turkey.", False),  # a capital in the name needs a capital in the text
    ("US", "He told us.", False),
    ("Niger", "Nigeria spoke.", False),  # a name ends on a token boundary
])
def test_name_matcher(nlp, name, text, found):
    matcher = NameMatcher([name])
    assert bool(matcher(nlp.make_doc(text))) is found


@pytest.fixture(scope="module")
def narnia(tmp_path_factory) -> str:
    """The built-in lexicons plus invented office-holders of a real state, to test title and name rules."""
    folder = tmp_path_factory.mktemp("narnia") / "lexicons"
    shutil.copytree(LEXICON_DIR, folder, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    (folder / "actors" / "knowledge" / "MLT.yml").write_text(
        "country: MLT\nsource: invented for a test\npeople:\n"
        "  - {name: Edmund Pevensie, roles: [{office: defence minister, from: 2001-01-01, to: 2005-01-01},"
        " {office: prime minister, from: 2005-01-01, to: 2009-01-01}]}\n"
        "  - {name: Lucy Pevensie, roles: [{office: foreign minister, from: 2010-01-01, to: 2012-01-01}]}\n"
        "  - {name: Caspián Telmarine, roles: [{office: chief of defence, from: 2010-01-01}]}\n"
        "  - {name: Peter Digory Kirke, roles: [{office: finance minister, from: 2010-01-01}]}\n"
        "  - {name: Jadis Tash, roles: [{office: foreign minister, from: 2010-01-01}]}\n",
        encoding="utf-8",
    )
    iceland = folder / "actors" / "knowledge" / "ISL.yml"
    text = iceland.read_text(encoding="utf-8")
    iceland.write_text(text.replace("parties:\n", "parties:\n  - {names: [Unity Party]}\n  - {names: [Freedom Alliance]}\n", 1),
                       encoding="utf-8")
    with iceland.open("a", encoding="utf-8") as handle:  # people come last in the file
        handle.write("  - {name: Jadis Tash, roles: [{office: interior minister, from: 2010-01-01}]}\n")
    malta = folder / "actors" / "knowledge" / "MLT.yml"
    malta.write_text(malta.read_text(encoding="utf-8").replace("people:\n", "parties:\n  - {names: [Freedom Alliance]}\npeople:\n", 1),
                     encoding="utf-8")
    return str(folder)


def _one(text: str, day: str, lexicon_dir: str, words: str) -> dict | None:
    found = [a for a in find_actor_records(text, dt.date.fromisoformat(day), lexicon_dir=lexicon_dir) if words in a["text"]]
    return found[0] if found else None


@pytest.mark.parametrize("text, day, words, expected", [
    ("Prime Minister Pevensie arrived.", "2006-01-01", "Pevensie", ("MLT", "GOV", "Edmund Pevensie")),
    # the title tells who, the date what they were then
    ("Defence Minister Pevensie arrived.", "2007-01-01", "Pevensie", ("MLT", "GOV", "Edmund Pevensie")),
    ("Foreign Minister Pevensie arrived.", "2011-01-01", "Pevensie", ("MLT", "GOV", "Lucy Pevensie")),
    ("former Prime Minister Pevensie arrived.", "2015-01-01", "Pevensie", ("MLT", "ELI", "Edmund Pevensie")),
    ("Edmund Pevensie arrived.", "2015-01-01", "Pevensie", ("MLT", "ELI", "Edmund Pevensie")),
    ("CASPIAN TELMARINE ARRIVED.", "2015-01-01", "TELMARINE", ("MLT", "MIL", "Caspián Telmarine")),
    ("P. D. Kirke arrived.", "2015-01-01", "Kirke", ("MLT", "GOV", "Peter Digory Kirke")),
    # a known name spelt another way
    ("Yesterday Edmund Pevensey arrived in London.", "2006-01-01", "Pevensey", ("MLT", "GOV", "Edmund Pevensie")),
])
def test_who_a_name_means(narnia, text, day, words, expected):
    found = _one(text, day, narnia, words)
    assert found is not None and (found["code"], found["sector"], found["name"]) == expected


def test_a_surname_alone_is_the_person_named_before_but_not_without(narnia):
    later = [a for a in find_actor_records("Edmund Pevensie arrived. Pevensie left.", dt.date(2006, 1, 1), lexicon_dir=narnia)]
    assert [a["name"] for a in later] == ["Edmund Pevensie", "Edmund Pevensie"]
    alone = _one("Pevensie left.", "2006-01-01", narnia, "Pevensie")
    assert alone is None or alone["code"] is None  # two Pevensies and no title: nobody in particular


@pytest.mark.parametrize("text, words, expected", [
    ("LIMA -- Police detained dozens of protesters on Tuesday.", "Police", ("PER", "COP")),
    ("NAIROBI, Kenya (Reuters) - Police fired tear gas at students.", "Police", ("KEN", "COP")),
    ("Police in Cairo arrested two journalists.", "Police", ("EGY", "COP")),
    ("Police detained dozens of protesters on Tuesday.", "Police", (None, "COP")),
    # no place and no dateline: the state the document is mostly about
    ("Kenya's president spoke on Monday. Kenya's parliament voted on Tuesday. Police arrested three protesters.", "Police", ("KEN", "COP")),
    ("Kenya's president spoke on Monday. Uganda's parliament voted on Tuesday. Police arrested three protesters.", "Police", (None, "COP")),
    ("Serb protesters in northern Kosovo clashed with NATO peacekeepers.", "Serb", ("XKX", "ETH")),
    ("Serb protesters marched in Belgrade.", "Serb", ("SRB", "CVL")),
    ("Pakistani protesters burned American flags outside the US embassy in Islamabad.", "Pakistani", ("PAK", "CVL")),
    ("Kurds in Syria rallied against the offensive.", "Kurds", ("SYR", "ETH")),
    ("Ethnic Albanians in North Macedonia demanded more rights.", "Albanians", ("MKD", "ETH")),
])
def test_context_gives_a_state(text, words, expected):
    found = [a for a in find_actor_records(text, dt.date(2020, 1, 1)) if words in a["text"]]
    assert found and (found[0]["code"], found[0]["sector"]) == expected


def test_an_event_says_where_a_state_from_context_came_from():
    events = code_text("LIMA -- Police detained dozens of protesters on Tuesday.", dt.date(2020, 1, 1))
    assert events and events[0].source[0].code == "PER"
    assert "Police=context:dateline" in events[0].why


@pytest.mark.parametrize("text, words, expected", [
    # "former", "ousted" make an office-holder a former official, whatever the knowledge base says since
    ("The ousted Malian president spoke from exile.", "president", ("MLI", "ELI")),
    ("Former Ugandan defence minister Okello spoke.", "Okello", ("UGA", "ELI")),
    # demonyms misspelt by one letter, but not other words
    ("Ukranian forces shelled the town.", "forces", ("UKR", "MIL")),
    ("Iraqui forces entered the city.", "forces", ("IRQ", "MIL")),
    ("Siberian villagers protested.", "villagers", (None, "CVL")),
    # a people named by another state's demonym, in the state named before it
    ("Bosnian Serbs boycotted the vote.", "Serbs", ("BIH", "ETH")),
    # the role the text gives says what a known person is at the time
    ("Ugandan opposition leader Kizza Besigye was detained.", "Besigye", ("UGA", "OPP")),
])
def test_words_around_a_name(text, words, expected):
    found = [a for a in find_actor_records(text, dt.date(2020, 1, 1)) if words in a["text"]]
    assert found and (found[0]["code"], found[0]["sector"]) == expected


def test_a_state_named_with_a_shared_institution_name_decides(narnia):
    folder = Path(narnia) / "actors" / "knowledge"
    path = folder / "ISL.yml"
    # "Unity Party" belongs to Iceland in the knowledge base; "Malta's Unity Party" is Malta's
    day = dt.date(2020, 1, 1)
    own = [a for a in find_actor_records("The Icelandic Unity Party won.", day, lexicon_dir=narnia) if "Unity" in a["text"]]
    other = [a for a in find_actor_records("Malta's Unity Party won.", day, lexicon_dir=narnia) if "Unity" in a["text"]]
    longer = [a for a in find_actor_records("The Unity Party of Narnia won.", day, lexicon_dir=narnia) if "Unity" in a["text"]]
    assert path.exists()
    assert own and own[0]["code"] == "ISL" and own[0]["sector"] == "PTY"
    assert other and other[0]["code"] == "MLT" and other[0]["sector"] == "PTY"
    assert not longer or longer[0]["code"] is None  # part of a longer, unknown name


def test_the_cached_lexicon_reads_back_the_same():
    import pickle

    from dyads.actors.lexicon import _build_actor_lexicon

    built = _build_actor_lexicon(None)
    read = pickle.loads(pickle.dumps(built))
    assert len(read.phrases) == len(built.phrases) and set(read.phrases) == set(built.phrases)
    for phrase in ["Kenya", "William Ruto", "Kenyatta", "NATO", "Kurds"]:
        assert read.phrases.get(phrase) == built.phrases.get(phrase), phrase
    assert read.phrases.get("no such phrase") is None and "no such phrase" not in read.phrases
    person = next(iter(built.people))
    assert read.people[person] == built.people[person]
    dated = [e for e in built.people[person] if e.valid_from]
    assert not dated or isinstance(read.people[person][0].valid_from or dt.date.min, dt.date)


def test_a_family_name_with_a_particle_is_remembered_without_it():
    found = find_actor_records("Ousted Sudanese president Omar al-Bashir spoke. Bashir said he would return.", dt.date(2021, 3, 1))
    later = [a for a in found if a["text"] == "Bashir"]
    assert later and (later[0]["code"], later[0]["sector"], later[0]["name"]) == ("SDN", "ELI", "Omar al-Bashir")


def test_a_name_of_two_states_bodies_is_the_one_of_the_state_the_document_names(narnia):
    day = dt.date(2020, 1, 1)

    def alliance(text: str) -> list[dict]:
        return [a for a in find_actor_records(text, day, lexicon_dir=narnia) if "Alliance" in a["text"]]

    assert [a["code"] for a in alliance("The Freedom Alliance won the vote in Malta.")] == ["MLT"]
    assert [a["code"] for a in alliance("Iceland held elections. The Freedom Alliance won.")] == ["ISL"]
    assert all(a["code"] is None for a in alliance("The Freedom Alliance won."))


def test_eval_actors_command(tmp_path):
    from click.testing import CliRunner

    from dyads.cli import main

    phrases = tmp_path / "phrases.jsonl"
    phrases.write_text(
        '{"id": "a", "text": "LIMA -- Police detained protesters.", "actor": "Police", "date": "2020-01-01", "country": "PER", "sector": "COP"}\n'
        '{"id": "b", "text": "Kenya", "actor": "Kenya", "date": "2020-01-01", "country": "UGA", "sector": null}\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["eval", "--actors", str(phrases), "--part", "all"])
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines()[-1] == "actors part=all phrases=2 country=0.500 sector=1.000 both=0.500"
    phrases.write_text('{"id": "c", "text": "Kenya", "actor": "Uganda", "country": "UGA"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "--actors", str(phrases)])
    assert result.exit_code != 0 and "E705" in result.output and "line 1" in result.output


def test_two_office_holders_of_one_name_are_told_apart_by_the_states_the_document_names(narnia):
    day = dt.date(2015, 1, 1)

    def tash(text: str) -> list[tuple]:
        return [(a["code"], a["sector"]) for a in find_actor_records(text, day, lexicon_dir=narnia) if "Tash" in a["text"]]

    assert tash("Jadis Tash spoke in Valletta.") == [("MLT", "GOV")]
    assert tash("Jadis Tash spoke in Reykjavik.") == [("ISL", "GOV")]
    assert all(code is None for code, _ in tash("Jadis Tash spoke."))
