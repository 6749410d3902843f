"""The lexicon loaders refuse malformed entries with a LexiconError that names the file and the entry
or line: each check is tried on a copy of the built-in lexicon folder, passed as ``lexicon_dir``."""
from __future__ import annotations

from pathlib import Path

import pytest
from lexicon_copy import append_text, copy_lexicons

from dyads.actors.lexicon import load_actor_lexicon
from dyads.errors import LexiconError
from dyads.events.lexicon import load_event_lexicon


@pytest.fixture
def lexicons(tmp_path) -> Path:
    return copy_lexicons(tmp_path)


def _line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1) if needle in line)


def test_an_unchanged_copy_loads(lexicons):
    """The copy itself is fine: each failure below comes from the one change made to it."""
    events = load_event_lexicon(str(lexicons))
    assert "agree.agree" in events.entries and events.cameo
    actors = load_actor_lexicon(str(lexicons))
    assert actors.country_names["FRA"] == "France"


# -- events/verbs.yml -----------------------------------------------------------------------------

VERB_ENTRY_PROBLEMS = [
    pytest.param("- id: test.bad\n  event: ATTACK\n  cameo: \"190\"\n  verbs: [zap]\n", r"'test\.bad'.*unknown PLOVER event 'ATTACK'", id="unknown-type"),
    pytest.param("- id: test.bad\n  cameo: \"190\"\n  verbs: [zap]\n", r"'test\.bad'.*unknown PLOVER event ''", id="missing-event"),
    pytest.param("- id: test.bad\n  event: ASSAULT\n  cameo: \"999\"\n  verbs: [zap]\n", r"'test\.bad'.*CAMEO code '999' is not in cameo\.csv", id="bad-cameo"),
    pytest.param("- id: test.bad\n  event: ASSAULT\n  verbs: [zap]\n", r"'test\.bad'.*CAMEO code '' is not in cameo\.csv", id="missing-cameo"),
    pytest.param("- id: test.bad\n  event: ASSAULT\n  cameo: \"190\"\n", r"'test\.bad'.*needs `verbs` or `nouns`", id="no-trigger-words"),
    pytest.param("- id: test.bad\n  event: ASSAULT\n  cameo: \"190\"\n  verb: [zap]\n", r"'test\.bad'.*unknown key\(s\) \['verb'\]", id="misspelt-verbs"),
    pytest.param("- id: test.bad\n  event: ASSAULT\n  mode: polite\n  cameo: \"190\"\n  verbs: [zap]\n", r"'test\.bad'.*mode 'polite'", id="unknown-mode"),
    pytest.param("- id: agree.agree\n  event: AGREE\n  cameo: \"030\"\n  verbs: [concur]\n", r"'agree\.agree'.*duplicate id", id="duplicate-id"),
    pytest.param("- event: AGREE\n  cameo: \"030\"\n  verbs: [concur]\n", r"\{'event': 'AGREE'.*'concur'.*\}: every entry needs an `id`", id="missing-id"),
]


@pytest.mark.parametrize("entry, message", VERB_ENTRY_PROBLEMS)
def test_bad_verb_entry_names_file_and_entry(lexicons, entry, message):
    append_text(lexicons / "events" / "verbs.yml", entry)
    with pytest.raises(LexiconError, match=r"\[E401\] .*verbs\.yml entry " + message):
        load_event_lexicon(str(lexicons))


def test_verbs_file_that_is_not_a_list(lexicons):
    (lexicons / "events" / "verbs.yml").write_text("agree: [agree]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"\[E302\] .*verbs\.yml: expected a list of entries"):
        load_event_lexicon(str(lexicons))


def test_yaml_syntax_error_names_the_line(lexicons):
    path = lexicons / "events" / "verbs.yml"
    append_text(path, "- id: test.bad\n  event: [ASSAULT\n")
    lines = len(path.read_text(encoding="utf-8").splitlines())
    with pytest.raises(LexiconError, match=r"\[E301\] .*verbs\.yml line (\d+): ") as error:
        load_event_lexicon(str(lexicons))
    line = int(str(error.value).split(" line ")[1].split(":")[0])
    assert lines - 2 <= line <= lines + 1  # at the broken entry, not at the top of the file


def test_the_error_reaches_the_caller_of_code_text(lexicons):
    """A broken lexicon stops coding with the LexiconError, not a skipped document or a traceback."""
    from dyads import code_text

    append_text(lexicons / "events" / "verbs.yml", "- id: test.bad\n  event: ATTACK\n  cameo: \"190\"\n  verbs: [zap]\n")
    with pytest.raises(LexiconError, match=r"test\.bad"):
        code_text("France condemned Iran.", "2019-12-04", lexicon_dir=str(lexicons))


# -- events/cameo.csv -----------------------------------------------------------------------------

def test_bad_goldstein_names_the_csv_line(lexicons):
    path = lexicons / "events" / "cameo.csv"
    append_text(path, "1999,a made-up code,very negative,4,ASSAULT,\n")
    line = _line_of(path, "a made-up code")
    with pytest.raises(LexiconError, match=rf"\[E301\] .*cameo\.csv line {line}: bad row"):
        load_event_lexicon(str(lexicons))


def test_cameo_file_without_a_goldstein_column(lexicons):
    path = lexicons / "events" / "cameo.csv"
    text = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([text[0].replace("goldstein", "gs"), *text[1:]]) + "\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"\[E301\] .*cameo\.csv line 2: bad row"):
        load_event_lexicon(str(lexicons))


# -- events/types.yml -----------------------------------------------------------------------------

TYPE_PROBLEMS = [
    pytest.param("quad_class: 1", "quad_class: 7", r"quad_class must be 1, 2, 3 or 4", id="quad-class"),
    pytest.param("quad_class: 1", "quad_class: one", r"bad value", id="quad-class-not-a-number"),
    pytest.param('cameo_roots: ["03"]', 'cameo_roots: ["99"]', r"CAMEO codes \['99'\] are not in cameo\.csv", id="cameo-root"),
    pytest.param("  goldstein: 4.0\n", "", r"missing \['goldstein'\]", id="missing-field"),
    pytest.param("goldstein: 4.0\n", "goldstein: 4.0\n  colour: red\n", r"unknown \['colour'\]", id="unknown-field"),
]


@pytest.mark.parametrize("old, new, message", TYPE_PROBLEMS)
def test_bad_type_names_file_and_type(lexicons, old, new, message):
    path = lexicons / "events" / "types.yml"
    text = path.read_text(encoding="utf-8")
    start = text.index("\nAGREE:\n")
    end = text.index("\n\n", start + 1)
    block = text[start:end + 1]
    assert old in block
    path.write_text(text[:start] + block.replace(old, new, 1) + text[end + 1:], encoding="utf-8")
    with pytest.raises(LexiconError, match=r"\[E401\] .*types\.yml entry 'AGREE': " + message):
        load_event_lexicon(str(lexicons))


def test_lower_case_type_name(lexicons):
    path = lexicons / "events" / "types.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("\nAGREE:\n", "\nagree:\n", 1), encoding="utf-8")
    with pytest.raises(LexiconError, match=r"types\.yml entry 'agree': type names are upper case"):
        load_event_lexicon(str(lexicons))


def test_verb_entry_of_a_type_removed_from_types_yml(lexicons):
    """verbs.yml is checked against the types of this folder, not a list built into the code."""
    path = lexicons / "events" / "types.yml"
    text = path.read_text(encoding="utf-8")
    start = text.index("\nAGREE:\n")
    end = text.index("\n\n", start + 1)
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    with pytest.raises(LexiconError, match=r"verbs\.yml entry 'agree\.\w+': unknown PLOVER event 'AGREE'"):
        load_event_lexicon(str(lexicons))


# -- actors ---------------------------------------------------------------------------------------

def test_bad_country_code_names_the_csv_line(lexicons):
    path = lexicons / "actors" / "countries.csv"
    append_text(path, "Narnia,Narnia,,Narnian,Cair Paravel\n")
    line = _line_of(path, "Cair Paravel")
    with pytest.raises(LexiconError, match=rf"\[E301\] .*countries\.csv line {line}: bad country code 'Narnia'"):
        load_actor_lexicon(str(lexicons))


def test_countries_file_missing_a_column(lexicons):
    path = lexicons / "actors" / "countries.csv"
    text = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([text[0].replace(",capitals", ",capital"), *text[1:]]) + "\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"\[E302\] .*countries\.csv: missing columns \['capitals'\]"):
        load_actor_lexicon(str(lexicons))


@pytest.mark.parametrize("entry, message", [
    pytest.param('- short: "Narnia League"\n  name: "Narnia League"\n', r"\{'short': 'Narnia League', 'name': 'Narnia League'\} needs `short` and a 3-letter `code`", id="missing-code"),
    pytest.param('- short: "Narnia League"\n  code: NARN\n', r"\{'short': 'Narnia League', 'code': 'NARN'\} needs `short` and a 3-letter `code`", id="four-letter-code"),
    pytest.param('- name: "Narnia League"\n  code: IGO\n', r"\{'name': 'Narnia League', 'code': 'IGO'\} needs `short`", id="missing-short"),
])
def test_bad_organisation_names_file_and_entry(lexicons, entry, message):
    append_text(lexicons / "actors" / "organisations.yml", entry)
    with pytest.raises(LexiconError, match=r"\[E302\] .*organisations\.yml: organisation " + message):
        load_actor_lexicon(str(lexicons))


def test_bad_knowledge_entry_names_file_and_line(lexicons):
    append_text(lexicons / "actors" / "knowledge" / "GBR.yml",
                '  - name: "Aslan Narnian"\n    roles:\n      - {office: king of narnia, from: 1950}\n')
    with pytest.raises(LexiconError, match=r"\[E301\] .*GBR\.yml line \d+: office 'king of narnia' is not in offices\.yml"):
        load_actor_lexicon(str(lexicons))


def test_bad_sector_code(lexicons):
    append_text(lexicons / "actors" / "sectors.yml", "\nWIZARDS: [wizard]\n")
    with pytest.raises(LexiconError, match=r"\[E302\] .*sectors\.yml: bad sector code 'WIZARDS'"):
        load_actor_lexicon(str(lexicons))


def test_actor_yaml_syntax_error_names_the_line(lexicons):
    path = lexicons / "actors" / "organisations.yml"
    append_text(path, '- short: "Narnia League\n  code: [IGO\n')
    with pytest.raises(LexiconError, match=r"\[E301\] .*organisations\.yml line \d+: "):
        load_actor_lexicon(str(lexicons))


# -- malformed input the loaders once accepted without a word --

def test_duplicate_cameo_code(lexicons):
    append_text(lexicons / "events" / "cameo.csv", "190,use conventional military force again,-10.0,4,ASSAULT,\n")
    with pytest.raises(LexiconError, match=r"cameo\.csv.*190"):
        load_event_lexicon(str(lexicons))


def test_duplicate_country_code(lexicons):
    append_text(lexicons / "actors" / "countries.csv", "FRA,Frankia,,Frankish,Aachen\n")
    with pytest.raises(LexiconError, match=r"countries\.csv.*FRA"):
        load_actor_lexicon(str(lexicons))


def test_missing_actor_file(lexicons):
    (lexicons / "actors" / "sectors.yml").unlink()
    with pytest.raises(LexiconError, match=r"sectors\.yml"):
        load_actor_lexicon(str(lexicons))


def test_misspelt_objects_key(lexicons):
    append_text(lexicons / "events" / "verbs.yml", "- id: test.typo\n  event: ASSAULT\n  cameo: \"190\"\n  verbs: [zap]\n  objets: [village]\n")
    with pytest.raises(LexiconError, match=r"test\.typo"):
        load_event_lexicon(str(lexicons))
