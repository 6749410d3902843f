"""The acceptance check of issue 13's store part: a store holding the seed article lists the six CSTO
members for `dyads relations CSTO --as-of 2019-12-04`, with the article as provenance; a second article
asserting one of them adds a source, not a row."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dyads.cli import main

SEED = Path("/work/shared/data/seed/azernews-2019-12-04-lavrov.txt")
MEMBERS = ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"]

pytestmark = pytest.mark.skipif(not SEED.exists(), reason=f"the seed article is not here ({SEED}): the team's shared data is absent")


def _run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result


def _members(db: Path, *extra: str) -> dict[str, dict]:
    rows = json.loads(_run("relations", "CSTO", "--kind", "member_of", "--db", db, "--format", "json", *extra).stdout)
    return {row["subjects"][0]: row for row in rows if row["polarity"] == "holds"}


def test_the_seed_lists_the_six_csto_members_and_a_second_article_adds_a_source(tmp_path):
    db = tmp_path / "seed.duckdb"
    _run("code", SEED, "--db", db)
    as_of = _members(db, "--as-of", "2019-12-04")
    assert sorted(as_of) == MEMBERS
    for row in as_of.values():
        assert row["source"] == "article" and row["num_sources"] == 1
        (source,) = row["sources"]
        assert source["doc_id"] == str(SEED) and source["date_published"] == "2019-12-04"
        assert "Khazakhstan" in source["sentence"] and "Kyrygzstan" in source["sentence"]
    assert not _members(db, "--as-of", "2019-12-03")  # nothing asserted before the article

    second = tmp_path / "second.jsonl"
    second.write_text(json.dumps({"id": "second", "date": "2019-12-10",
                                  "text": "Armenia is a member of the Collective Security Treaty Organization, "
                                          "its defence minister told reporters in Yerevan."}) + "\n", encoding="utf-8")
    _run("code", second, "--db", db)
    after = _members(db)
    assert sorted(after) == MEMBERS  # a source, not a row
    assert [s["doc_id"] for s in after["ARM"]["sources"]] == [str(SEED), "second"] and after["ARM"]["num_sources"] == 2
    assert all(after[code]["num_sources"] == 1 for code in MEMBERS if code != "ARM")
    assert [s["doc_id"] for s in _members(db, "--as-of", "2019-12-04")["ARM"]["sources"]] == [str(SEED)]

    # the background memberships come beside the article's rows, labelled, never as its sources
    rows = json.loads(_run("relations", "CSTO", "--as-of", "2019-12-04", "--with-known", "--db", db, "--format", "json").stdout)
    background = [r for r in rows if r["source"] == "background"]
    assert sorted(r["subjects"][0] for r in background) == MEMBERS
    assert all(r["sources"] == [] and r["num_sources"] == 0 for r in background)
