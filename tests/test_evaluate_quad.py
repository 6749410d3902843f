"""`dyads eval --quad`: each sentence's events become one CAMEO quad class, scored against the labels."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest
from click.testing import CliRunner

from dyads.cli import main
from dyads.coder import code_text
from dyads.errors import DyadsError
from dyads.evaluate_quad import read_quad_file, score_quads, sentence_class

# Team-written sentences, one per class.
LABELLED = [
    ("s0", "The weather in Geneva was mild on Tuesday.", 0),
    ("s1", "Armenia and Azerbaijan agreed to resume talks on Monday.", 1),
    ("s2", "The United States provided humanitarian aid to Sudan.", 2),
    ("s3", "Russia accused Ukraine of shelling civilians in Donetsk.", 3),
    ("s4", "Turkish troops shelled Kurdish positions near Afrin on Monday.", 4),
]


def test_score_quads_counts_as_documented():
    pairs = [(1, 1), (1, 3), (3, 3), (4, 4), (0, 4), (2, 0)]
    scores = score_quads(pairs)
    assert scores.sentences == 6 and scores.accuracy == pytest.approx(3 / 6)
    assert scores.per_class[1] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667, "gold": 2, "predicted": 1}
    assert scores.per_class[4]["precision"] == 0.5 and scores.per_class[2]["f1"] == 0.0
    # macro-F1 over the quads present in the gold labels (1, 2, 3, 4): (2/3 + 0 + 2/3 + 2/3) / 4
    assert scores.macro_f1_quads == pytest.approx((2 / 3 + 0 + 2 / 3 + 2 / 3) / 4)
    assert scores.confusion[0] == {0: 0, 1: 0, 2: 0, 3: 0, 4: 1} and scores.confusion[1][3] == 1


def test_a_sentence_takes_the_class_of_its_most_confident_event(nlp):
    assert sentence_class(code_text("Turkish troops shelled Kurdish positions near Afrin on Monday.")) == 4
    assert sentence_class(code_text("Russia accused Ukraine of shelling civilians in Donetsk.")) == 3
    assert sentence_class([]) == 0
    accused, shelled = code_text("Russia accused Ukraine of shelling civilians in Donetsk.")[0], \
        code_text("Turkish troops shelled Kurdish positions near Afrin on Monday.")[0]
    # the most confident event decides; a statement (CAMEO 01/02) and a negated event count as no event
    assert sentence_class([replace(accused, confidence=0.9), replace(shelled, confidence=0.4)]) == 3
    assert sentence_class([replace(accused, cameo="020", confidence=0.9), replace(shelled, confidence=0.4)]) == 0
    assert sentence_class([replace(shelled, negated=True)]) == 0


def test_the_class_is_that_of_the_cameo_root_as_the_data_defines_it(nlp):
    """CAMEO 08 (yield) is material cooperation in the quad data, though PLOVER counts CONCEDE as verbal."""
    [eased] = code_text("Sudan lifted the state of emergency in Darfur on Sunday.", "2020-01-05")
    assert (eased.event, eased.quad_class, eased.cameo[:2]) == ("CONCEDE", 1, "08")
    assert sentence_class([eased]) == 2
    assert sentence_class([replace(eased, cameo="0921")]) == 3  # investigate: verbal conflict
    assert sentence_class([replace(eased, cameo="141")]) == 4  # demonstrate: material conflict
    assert sentence_class([replace(eased, cameo="057")]) == 1


def test_eval_quad_on_a_labelled_file(nlp, tmp_path):
    path = tmp_path / "quads.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": t, "quad_class": q}) + "\n" for i, t, q in LABELLED))
    result = CliRunner().invoke(main, ["eval", "--quad", str(path), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["sentences"] == 5
    # each sentence was coded into its own class
    assert {gold: row[gold] for gold, row in ((int(g), {int(p): n for p, n in r.items()}) for g, r in figures["confusion"].items())} == {
        0: 1, 1: 1, 2: 1, 3: 1, 4: 1,
    }
    assert figures["accuracy"] == 1.0 and figures["macro_f1_quads"] == 1.0


@pytest.mark.parametrize("line, problem", [
    ('{"id": "a", "text": "x", "quad_class": 7}', "quad_class must be 0-4"),
    ('{"id": "a", "text": "", "quad_class": 1}', "non-empty string"),
    ('{"id": "a", "quad_class": 1}', "text"),
    ("not json", "Expecting value"),
])
def test_a_bad_line_names_the_file_and_line(tmp_path, line, problem):
    path = tmp_path / "quads.jsonl"
    path.write_text('{"id": "ok", "text": "Iran threatened Israel.", "quad_class": 3}\n' + line + "\n")
    with pytest.raises(DyadsError, match=rf"\[E704\] .*quads\.jsonl line 2: .*{problem}"):
        read_quad_file(path)
