"""The spaCy contract: components declared with what they need and set, lexicons chosen in the config,
and a saved dyads pipeline that plain ``spacy.load`` can run (through the package's entry points)."""
from __future__ import annotations

import json
import subprocess
import sys

from lexicon_copy import copy_lexicons
from spacy.language import Language

from dyads.pipeline import load_pipeline


def test_components_declare_what_they_require_and_assign(nlp):
    actors, events = Language.get_factory_meta("dyads_actors"), Language.get_factory_meta("dyads_events")
    assert "doc._.actors" in actors.assigns and "doc._.actors" in events.requires and "doc._.events" in events.assigns
    assert nlp.pipe_names[-3:] == ["dyads_actors", "dyads_event_types", "dyads_events"]
    types = Language.get_factory_meta("dyads_event_types")
    assert "doc._.event_types" in types.assigns and "doc.sents" in types.requires


def test_lexicons_are_chosen_in_the_config(tmp_path):
    folder = copy_lexicons(tmp_path)
    nlp = load_pipeline(lexicon_dir=str(folder))
    for name, function in (("dyads_actors", "dyads.actor_lexicon.v1"), ("dyads_events", "dyads.event_lexicon.v1")):
        config = nlp.config["components"][name]["lexicon"]
        assert config["@misc"] == function and config["lexicon_dir"] == str(folder)


def test_a_saved_pipeline_runs_with_plain_spacy_load(nlp, tmp_path):
    nlp.to_disk(tmp_path / "saved")
    script = (
        "import json, spacy, sys\n"
        f"nlp = spacy.load({str(tmp_path / 'saved')!r})\n"
        "doc = nlp('Iran threatened to attack Israel.')\n"
        "print(json.dumps([[e.event, [m.actor.code for m in e.source], [m.actor.code for m in e.target]] for e in doc._.events]))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [["THREATEN", ["IRN"], ["ISR"]]]
