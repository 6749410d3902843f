"""`dyads train`, `dyads eval --corpus` and `--no-model` on the command line, run for real."""
from __future__ import annotations

import json

from click.testing import CliRunner

from dyads.cli import main


def test_train_saves_the_same_model_twice_and_prints_heldout_scores(tiny_corpus, tmp_path):
    runs = []
    for name in ("one", "two"):
        result = CliRunner().invoke(main, ["train", "--corpus", str(tiny_corpus), "-o", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        assert "held-out part 4 sentences" in result.output
        assert "macro-F1" in result.output
        runs.append((tmp_path / name / "weights.npz").read_bytes())
    assert runs[0] == runs[1]
    meta = json.loads((tmp_path / "one" / "meta.json").read_text(encoding="utf-8"))
    assert meta["design"] == "parse-features" and meta["heldout_sentences"] == 4


def test_train_names_a_bad_corpus_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x-1", "text": "Chad and Niger met.", "events": []}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["train", "--corpus", str(bad), "-o", str(tmp_path / "m")])
    assert result.exit_code == 1
    assert f"{bad}:1" in result.output and "quad_class" in result.output
    assert not (tmp_path / "m").exists()


def test_eval_corpus_scores_a_part(tiny_corpus):
    result = CliRunner().invoke(main, ["eval", "--corpus", str(tiny_corpus), "--part", "all"])
    assert result.exit_code == 0, result.output
    summary = result.output.strip().splitlines()[-1]
    assert summary.startswith("corpus part=all sentences=24 ")
    assert "macro_f1=" in summary and "source_acc=" in summary


def test_no_model_leaves_the_model_out_of_why():
    text = ["code", "Kenyan police arrested dozens of Somali refugees.", "--text", "--date", "2019-12-04", "-q", "-o", "-"]
    with_model = [json.loads(line) for line in CliRunner().invoke(main, text).output.splitlines() if line.startswith("{")]
    rules_only = [json.loads(line) for line in CliRunner().invoke(main, [*text, "--no-model"]).output.splitlines() if line.startswith("{")]
    assert [e["event"] for e in with_model] == [e["event"] for e in rules_only] == ["COERCE"]
    assert "model:events p=" in with_model[0]["why"]
    assert "model:" not in rules_only[0]["why"]
