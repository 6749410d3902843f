"""How PETRARCH pattern semantics map onto the dependency parse, on sentences of our own
(not the validation records), coded with the validation dictionaries only."""
from __future__ import annotations

import pytest
import spacy

from dyads.actors.imported import FoldedMatcher
from dyads.actors.lexicon import ActorEntry
from dyads.parse import MODEL_NAME
from dyads.petrarch.records import petrarch_code
from dyads.pipeline import load_pipeline


@pytest.fixture(scope="module")
def code(shared_data, tmp_path_factory):
    folder = shared_data / "petrarch2" / "dictionaries"
    if not (folder / "PETR.Validate.verbs.txt").exists():
        pytest.skip("PETRARCH dictionaries not available in shared data")
    mp = pytest.MonkeyPatch()
    mp.setenv("DYADS_CACHE", str(tmp_path_factory.mktemp("cache")))
    dictionaries = tuple((kind, str(folder / f"PETR.Validate.{kind}.txt")) for kind in ("actors", "agents", "verbs", "discards"))
    nlp = load_pipeline(MODEL_NAME, None, dictionaries, False)
    prefixes = nlp.get_pipe("dyads_actors").lexicon.prefix_sectors

    def triples(text: str) -> set[tuple[str, str, str]]:
        doc = nlp(text)
        return {
            (petrarch_code(s, prefixes), petrarch_code(t, prefixes), e.cameo)
            for e in doc._.events for s in e.source for t in (e.target or [None])
        }

    yield triples
    mp.undo()


@pytest.mark.parametrize("text, expected", [
    # a role spreads over the states coordinated with the one it took
    ("The ambassadors of Rohan and Arnor presented credentials to Gondor.", {("ROHGOV", "GON", "032"), ("ARNGOV", "GON", "032")}),
    # `% HAVE *`: a compound before the verb acts on itself
    ("Rohan and Arnor have postponed their talks.", {("ROH", "ARN", "191"), ("ARN", "ROH", "191")}),
    # `* WITH %`: after the verb the compound is the target
    ("Rohan agrees with Arnor and Gondor on the treaty.", {("ROH", "ARN", "031"), ("ROH", "GON", "031")}),
    # a subject that is no actor is not replaced by another actor of the sentence
    ("Rohan warned Arnor after crowds burned down a market.", {("ROH", "ARN", "160")}),
    # a verb with no subject of its own is coded by the verb governing it
    ("Rohan urged Arnor to leave Gondor.", {("ROH", "ARN", "102")}),
    # a passive with no "by" phrase is read in word order
    ("Arnor was criticized over its dispute with Rohan.", {("ARN", "ROH", "121")}),
    # the verb phrase, complement clause included, supplies the target; a relative clause codes nothing
    ("Rohan said that Arnor is an unpleasant place to visit.", {("ROH", "ARN", "023")}),
])
def test_imported_patterns_on_the_parse(code, text, expected):
    assert code(text) == expected


def test_short_stem_matches_whole_words_only():
    nlp = spacy.blank("en")
    entry = ActorEntry("org", "USA", "EDU", None, None, "d.txt:1")
    matcher = FoldedMatcher(nlp, {(("THE", "KU"), False): [entry]})
    assert matcher.find(nlp("The Kuwait government"), None) == {}
    assert matcher.find(nlp("The KU team"), None) == {(0, 2): [entry]}
