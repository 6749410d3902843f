"""PETRARCH dictionary readers, the cache, and dated codes, on small dictionaries written here."""
from __future__ import annotations

import datetime as dt

import pytest

from dyads.actors.imported import pick_dated
from dyads.errors import LexiconError
from dyads.petrarch import cache as cache_module
from dyads.petrarch.cache import load_compiled
from dyads.petrarch.convert import convert_actors
from dyads.petrarch.readers import (
    read_actor_dictionary,
    read_agent_dictionary,
    read_discard_dictionary,
    read_verb_dictionary,
)

ACTORS = """<!-- a test dictionary -->
NORTHLAND_ [NTH]  # comment
+NORTHLANDER
SOUTHLAND
\t[STH < 950601]
\t[STHGOV 19950601 - 19990815]
\t[STHREB > 990816]
ODD\x1aNAME [ODD]
"""

AGENTS = """!PERSON! = MAN, MEN
AMBASSADOR [~GOV]
GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
CONGRESS!PERSON! [~LEG]
MSF {} [NGO~]
"""

VERBS = """&CURRENCY
+DOLLARS
+SWISS FRANCS

--- ABANDON [345] ---
ABANDON
WIRE_+TAP {WIRE_+TAPPED}
- * DIPLOMATIC TIES [901]
- * &CURRENCY [903]
- $ * + AGAINST [111]
"""


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def test_actor_dictionary_synonyms_and_dated_codes(tmp_path):
    records = read_actor_dictionary(_write(tmp_path, "a.txt", ACTORS))
    north, south, odd = records
    assert [p.words for p in north.phrases] == [("NORTHLAND",), ("NORTHLANDER",)]
    assert north.phrases[0].whole_word and not north.phrases[1].whole_word
    assert [c.code for c in south.codes] == ["STH", "STHGOV", "STHREB"]
    assert south.codes[0].end == dt.date(1995, 5, 31)
    assert south.codes[1].start == dt.date(1995, 6, 1) and south.codes[1].end == dt.date(1999, 8, 15)
    assert odd.phrases[0].words == ("ODDNAME",)  # the 0x1A byte is dropped


@pytest.mark.parametrize("day, code, sector", [
    (dt.date(1990, 1, 1), "STH", None),
    (dt.date(1997, 1, 1), "STH", "GOV"),
    (dt.date(2005, 1, 1), "STH", "REB"),
])
def test_dated_code_is_picked_by_the_document_date(tmp_path, day, code, sector):
    imported = convert_actors(read_actor_dictionary(_write(tmp_path, "a.txt", ACTORS)), tmp_path / "a.txt")
    entries = imported.phrases[(("SOUTHLAND",), False)]
    [entry] = pick_dated(entries, day)
    assert (entry.code, entry.sector) == (code, sector)


def test_agent_plurals_macros_and_prefix_codes(tmp_path):
    records = read_agent_dictionary(_write(tmp_path, "g.txt", AGENTS))
    by_code = {r.code: r for r in records}
    assert ("AMBASSADORS",) in [p.words for p in by_code["GOV"].phrases]
    assert ("GOLDEN", "GEESE") in [p.words for p in by_code["GGS"].phrases]
    assert ("GOLDEN", "GOOSES") not in [p.words for p in by_code["GGS"].phrases]  # braces replace the regular plural
    assert [p.words for p in by_code["NGO"].phrases] == [("MSF",)]
    assert ("CONGRESSMEN",) in [p.words for p in by_code["LEG"].phrases]
    assert by_code["NGO"].prefix and not by_code["GOV"].prefix


def test_verb_dictionary_blocks_synsets_and_patterns(tmp_path):
    verbs = read_verb_dictionary(_write(tmp_path, "v.txt", VERBS))
    assert verbs.synsets["&CURRENCY"] == (("DOLLARS",), ("SWISS", "FRANCS"))
    [block] = verbs.blocks
    assert block.code == "345"
    assert block.verbs[1].verb == "TAP" and block.verbs[1].forms == ("TAPPED",)
    assert [(p.before, p.after, p.code) for p in block.patterns] == [
        ((), ("DIPLOMATIC", "TIES"), "901"), ((), ("&CURRENCY",), "903"), (("$",), ("+", "AGAINST"), "111"),
    ]


def test_discards(tmp_path):
    records = read_discard_dictionary(_write(tmp_path, "d.txt", "YEARS LATER\n+World Golf   # story\n"))
    assert [(r.phrase.words, r.story) for r in records] == [(("YEARS", "LATER"), False), (("WORLD", "GOLF"), True)]


@pytest.mark.parametrize("reader, text, line", [
    (read_actor_dictionary, "GOOD [GON]\nBAD [950601-990815]\n", 2),
    (read_actor_dictionary, "\t[GON]\n", 1),
    (read_agent_dictionary, "GOOD [~GOV]\nBAD [GOV]\n", 2),
    (read_verb_dictionary, "--- X [010] ---\nX\n- DIPLOMATIC TIES [901]\n", 3),
])
def test_malformed_line_names_file_and_line(tmp_path, reader, text, line):
    path = _write(tmp_path, "bad.txt", text)
    with pytest.raises(LexiconError) as error:
        reader(path)
    assert str(path) in str(error.value) and f"line {line}" in str(error.value)


def test_cache_skips_parsing_until_the_file_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("DYADS_CACHE", str(tmp_path / "cache"))
    path = _write(tmp_path, "a.txt", ACTORS)
    calls = []

    def compile_file(p):
        calls.append(p)
        return convert_actors(read_actor_dictionary(p), p)

    first = load_compiled(path, "actors", compile_file)
    second = load_compiled(path, "actors", compile_file)
    assert len(calls) == 1 and second.phrases.keys() == first.phrases.keys()
    path.write_text(ACTORS + "EASTLAND [EST]\n", encoding="utf-8")
    third = load_compiled(path, "actors", compile_file)
    assert len(calls) == 2 and (("EASTLAND",), False) in third.phrases


def test_corrupt_cache_entry_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("DYADS_CACHE", str(tmp_path / "cache"))
    path = _write(tmp_path, "a.txt", ACTORS)
    load_compiled(path, "actors", lambda p: convert_actors(read_actor_dictionary(p), p))
    for entry in cache_module.cache_dir().glob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    again = load_compiled(path, "actors", lambda p: convert_actors(read_actor_dictionary(p), p))
    assert (("NORTHLAND",), True) in again.phrases
