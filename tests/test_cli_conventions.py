"""Command-line habits of `dyads code` and `dyads recode` (issue 12): --text, output extensions,
dictionaries on recode, the progress bar's total, the documented exit codes."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.progress import TimeRemainingColumn

from dyads import cli
from dyads.cli import main
from dyads.cli_progress import input_size, progress

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
SENTENCE = "Turkish troops shelled Kurdish positions near Afrin on Monday."


def test_text_prints_and_never_stores_into_the_environment_database(nlp, tmp_path, monkeypatch):
    env_db = tmp_path / "env.duckdb"
    monkeypatch.setenv("DYADS_DB", str(env_db))
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["code", SENTENCE, "--text", "--date", "2018-02-05"])
    assert result.exit_code == 0, result.output
    printed = [json.loads(line) for line in result.stdout.splitlines()]
    assert printed and printed[0]["event"] == "ASSAULT"
    # it used to store into $DYADS_DB silently and print nothing
    assert not env_db.exists() and not (tmp_path / "dyads.duckdb").exists()


def test_text_with_db_on_the_command_line_prints_and_stores(nlp, tmp_path):
    db = tmp_path / "asked.duckdb"
    result = CliRunner().invoke(main, ["code", SENTENCE, "--text", "--date", "2018-02-05", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.splitlines()[0])["event"] == "ASSAULT" and "stored in" in result.output
    events = CliRunner().invoke(main, ["events", "--db", str(db), "--format", "json"])
    assert [e["event"] for e in json.loads(events.stdout)] == ["ASSAULT"]


@pytest.mark.parametrize("name", ["events.tsv", "events.xlsx"])
def test_an_unknown_output_extension_is_an_error(tmp_path, name):
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps({"id": "a", "text": SENTENCE}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["code", str(source), "-o", str(tmp_path / name)])
    assert result.exit_code == 1 and "E608" in result.output and ".jsonl, .ndjson, .json, .csv, .parquet, .pq" in result.output
    assert not (tmp_path / name).exists()


def test_recode_takes_the_dictionary_options(nlp, tmp_path, monkeypatch):
    monkeypatch.setenv("DYADS_CACHE", str(tmp_path / "cache"))
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps({"id": "a", "text": SENTENCE, "date": "2018-02-05"}) + "\n", encoding="utf-8")
    db = tmp_path / "events.duckdb"
    assert CliRunner().invoke(main, ["code", str(source), "--db", str(db), "-q"]).exit_code == 0
    actors = tmp_path / "tiny.actors.txt"
    actors.write_text("TURKISH_TROOPS [TURMIL]\n", encoding="utf-8")
    # only an actors dictionary and no built-in lexicons: no verb is known, so every event goes
    result = CliRunner().invoke(main, ["recode", "--db", str(db), "--actors", str(actors), "--no-builtin"])
    assert result.exit_code == 0, result.output
    assert "1 replaced" in result.output and "events 0 added, 1 removed" in result.output


def test_input_size_counts_documents_where_that_is_cheap(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("x", encoding="utf-8")
    (folder / "sub" / "b.html").write_text("x", encoding="utf-8")
    (folder / ".hidden.txt").write_text("x", encoding="utf-8")
    lines = tmp_path / "d.jsonl"
    lines.write_text('{"text": "a"}\n\n{"text": "b"}\n{"text": "c"}\n', encoding="utf-8")
    assert input_size((str(folder),)) == 2
    assert input_size((str(folder), str(lines))) == 5
    csv_file = tmp_path / "e.csv"
    csv_file.write_text("text\na\n", encoding="utf-8")
    assert input_size((str(lines), str(csv_file))) is None  # a CSV row may span lines
    assert input_size(("-",)) is None


def test_input_size_walks_a_link_loop_once(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("x", encoding="utf-8")
    (folder / "sub" / "up").symlink_to(folder, target_is_directory=True)
    (folder / ".git").mkdir()
    (folder / ".git" / "x.txt").write_text("x", encoding="utf-8")
    assert input_size((str(folder),)) == 1


def test_progress_bar_shows_a_total_and_time_left_when_known(monkeypatch):
    monkeypatch.setattr("sys.stderr.isatty", lambda: True, raising=False)
    with progress(False, 10) as bar:
        assert any(isinstance(column, TimeRemainingColumn) for column in bar.columns)
    with progress(False, None) as bar:
        assert not any(isinstance(column, TimeRemainingColumn) for column in bar.columns)
    with progress(True, 10) as bar:
        assert bar is None


def test_the_readme_documents_the_exit_codes_the_cli_uses():
    table = dict(re.findall(r"^\| `(\d)` \| (.+?) \|$", README, flags=re.MULTILINE))
    assert set(table) == {"0", "1", "2", "3", "4"}
    assert str(cli.EXIT_ALL_CODED) in table and "every document coded" in table[str(cli.EXIT_ALL_CODED)]
    assert "some documents skipped or missing" in table[str(cli.EXIT_SOME_SKIPPED)]
    assert "no document coded" in table[str(cli.EXIT_NONE_CODED)]
    assert "command line" in table["2"] and "error" in table["1"]
