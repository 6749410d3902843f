"""Knowledge as data: a copied lexicon folder (``lexicon_dir`` / ``--lexicons``) changes what is
coded without any change to Python, and the built-in folder is left untouched."""
from __future__ import annotations

from pathlib import Path

import pytest
from lexicon_copy import append_text, copy_lexicons

from dyads import code_text
from dyads.errors import LexiconError
from dyads.events import load_event_lexicon
from dyads.lexicons import LEXICON_DIR
from dyads.lexicons.language import load_grammar
from dyads.records import PLOVER_EVENTS

NEW_TYPE = """
COURT:
  quad_class: 1
  cameo_roots: ["04"]
  goldstein: 2.0
  modes: [charm]
"""

NEW_ENTRY = """
- id: court.woo
  event: COURT
  mode: charm
  cameo: "040"
  verbs: [court, woo]
"""


@pytest.fixture(scope="module")
def with_new_type(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = copy_lexicons(tmp_path_factory.mktemp("new_type"))
    append_text(folder / "events" / "types.yml", NEW_TYPE)
    append_text(folder / "events" / "verbs.yml", NEW_ENTRY)
    return folder


def test_builtin_types_are_the_table(nlp) -> None:
    lexicon = load_event_lexicon()
    assert tuple(lexicon.types) == PLOVER_EVENTS
    assert len(PLOVER_EVENTS) == 16
    assert lexicon.types["ASSAULT"].quad_class == 4 and lexicon.types["CONSULT"].quad_class == 1
    assert lexicon.types["ASSAULT"].threaten_cameo == "138" and lexicon.types["AID"].intend_cameo == "033"


def test_a_new_type_is_coded_with_no_python_change(nlp, with_new_type: Path) -> None:
    sentence = "France courted Germany on Monday."
    assert [e.event for e in code_text(sentence, "2024-03-12")] == []
    [event] = code_text(sentence, "2024-03-12", lexicon_dir=str(with_new_type))
    assert (event.event, event.mode, event.cameo, event.quad_class) == ("COURT", "charm", "040", 1)
    assert event.goldstein == 1.0  # cameo.csv's value for 040
    assert [a.code for a in event.source] == ["FRA"] and [a.code for a in event.target] == ["DEU"]
    assert "COURT" not in (LEXICON_DIR / "events" / "types.yml").read_text(encoding="utf-8")


def test_a_type_default_goldstein_stands_in_for_an_unknown_code(with_new_type: Path) -> None:
    lexicon = load_event_lexicon(str(with_new_type))
    assert lexicon.goldstein("999", "COURT") == 2.0
    assert lexicon.goldstein("999") == 0.0
    assert lexicon.goldstein("0401", "COURT") == lexicon.goldstein("040")


def test_an_entry_of_an_unknown_type_or_mode_is_refused(tmp_path: Path) -> None:
    folder = copy_lexicons(tmp_path)
    append_text(folder / "events" / "verbs.yml", NEW_ENTRY)
    with pytest.raises(LexiconError, match="unknown PLOVER event 'COURT'"):
        load_event_lexicon(str(folder))
    append_text(folder / "events" / "types.yml", NEW_TYPE.replace("[charm]", "[flatter]"))
    with pytest.raises(LexiconError, match="mode 'charm' is not one of COURT's modes"):
        load_event_lexicon(str(folder))


def test_a_malformed_type_is_refused(tmp_path: Path) -> None:
    folder = copy_lexicons(tmp_path)
    append_text(folder / "events" / "types.yml", NEW_TYPE.replace("quad_class: 1", "quad_class: 5"))
    with pytest.raises(LexiconError, match="quad_class must be"):
        load_event_lexicon(str(folder))


MEETING = "Turkish Foreign Minister Hakan Fidan met his Iraqi counterpart Fuad Hussein in {place} on Monday."


def _digest(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file() and "__pycache__" not in p.parts}


def test_a_country_alias_in_the_folder_places_the_event(nlp, tmp_path: Path) -> None:
    before = _digest(LEXICON_DIR)
    folder = copy_lexicons(tmp_path)
    append_text(folder / "places" / "country_aliases.csv", "Narnia,IRQ\n")
    sentence = MEETING.format(place="Narnia")
    [builtin] = code_text(sentence, "2024-03-12")
    [copied] = code_text(sentence, "2024-03-12", lexicon_dir=str(folder))
    assert builtin.location is None
    assert copied.location is not None and (copied.location.country, copied.location.text) == ("IRQ", "Narnia")
    assert _digest(LEXICON_DIR) == before


def test_the_folder_grammar_decides_what_is_locative(nlp, tmp_path: Path) -> None:
    folder = copy_lexicons(tmp_path)
    grammar = folder / "grammar" / "en.yml"
    text = grammar.read_text(encoding="utf-8")
    assert "locative_prepositions: [in, " in text
    grammar.write_text(text.replace("locative_prepositions: [in, ", "locative_prepositions: ["), encoding="utf-8")
    sentence = MEETING.format(place="Baghdad")
    [builtin] = code_text(sentence, "2024-03-12")
    [copied] = code_text(sentence, "2024-03-12", lexicon_dir=str(folder))
    assert builtin.location is not None and builtin.location.name == "Baghdad"
    assert copied.location is None  # "in" is no longer a locative preposition


def test_a_malformed_grammar_is_refused(tmp_path: Path) -> None:
    folder = copy_lexicons(tmp_path)
    grammar = folder / "grammar" / "en.yml"
    text = grammar.read_text(encoding="utf-8")
    grammar.write_text(text.replace('against, "on", to', "against, on, to", 1), encoding="utf-8")
    with pytest.raises(LexiconError, match="quote on, no, off"):
        load_grammar(str(folder))
    grammar.write_text(text.replace("on_nouns:", "in_nouns:"), encoding="utf-8")
    with pytest.raises(LexiconError, match="unknown lists"):
        load_grammar(str(folder))
