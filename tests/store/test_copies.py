"""Copies of documents (wire copy re-published) and the same-sentence rule: dyads/store/dedup.py."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import duckdb
import pytest

import dyads
from dyads.records import Skipped
from dyads.store.dedup import COPY_JACCARD, Mention, MentionKey, bands, cluster, jaccard, normalise, shingles, text_key
from dyads.store.migrations import SCHEMA_VERSION
from dyads.store.rows import coded_with

from .synthetic import make_coded, make_event
from .wire import OTHER, WIRE


def _edit(text: str, how: str) -> str:
    if how == "credit line":
        return text + "\n(Reporting by the Herald's staff; editing by the night desk.)"
    if how == "retyped":  # the same words, other whitespace, quotes, dashes and case
        return text.replace(" - ", " -- ").replace('"', "'").replace(". ", ".\n\n").upper()
    if how == "one word":
        return re.sub(r"\bsaid\b", "stated", text, count=1)
    if how == "one sentence dropped":
        return text.replace("The talks are due to resume in Vienna next month.", "")
    raise ValueError(how)


def test_normalised_text_ignores_case_punctuation_and_whitespace():
    assert normalise("  Russia  ACCUSED\tUkraine -- of \"shelling\"!\n") == "russia accused ukraine of shelling"
    assert text_key(WIRE) == text_key(_edit(WIRE, "retyped"))
    assert text_key(WIRE) != text_key(_edit(WIRE, "one word"))
    assert text_key(" ... ") is None  # nothing to compare


@pytest.mark.parametrize("how, copy", [
    ("credit line", True), ("retyped", True), ("one word", True), ("one sentence dropped", True),
])
def test_light_edits_stay_above_the_threshold(how, copy):
    similarity = jaccard(shingles(WIRE), shingles(_edit(WIRE, how)))
    assert (similarity >= COPY_JACCARD) is copy, similarity
    # MinHash finds them: the two share a band
    assert set(bands(shingles(WIRE))) & set(bands(shingles(_edit(WIRE, how))))


def test_a_different_story_on_the_same_subject_is_far_below():
    assert jaccard(shingles(WIRE), shingles(OTHER)) < 0.2
    assert jaccard(shingles(WIRE), shingles(WIRE[: len(WIRE) // 2])) < COPY_JACCARD  # half of it is no copy


def _paper(doc_id: str, text: str, published: str, outlet: str, *, date: str | None = None, sentence: str | None = None):
    """A paper's article carrying ``text``, with one event whose sentence is the story's first."""
    first = sentence or text.split(". ")[0] + "."
    event = make_event(doc_id, 0, "CONSULT", ["ARM"], ["AZE"], date, published, sentence=first)
    return make_coded(doc_id, [event], published, text=text, url=f"https://{outlet}/{doc_id}")


def _stories(store) -> list[dict]:
    return store.sql("SELECT event_id, num_mentions, num_articles, num_sources FROM events", frame="arrow").to_pylist()


def test_identical_wire_copy_from_three_papers_a_day_apart_is_one_story(db):
    # no event date (the sentence says "on Tuesday" of no known week): the date rule alone cannot merge them
    papers = [_paper("wire", WIRE, "2020-03-03", "wire.example"),
              _paper("daily", WIRE, "2020-03-04", "daily.example"),
              _paper("herald", _edit(WIRE, "credit line"), "2020-03-04", "herald.example")]
    with dyads.open(db) as store:
        counts = store.add(papers)
        assert (counts.new, counts.identical_copies, counts.near_copies) == (3, 1, 1)
        assert counts.events_added == 1
        # one mention stored, reported by three articles: each copy is a mention, as in GDELT
        assert [(s["num_mentions"], s["num_articles"], s["num_sources"]) for s in _stories(store)] == [(3, 3, 3)]
        documents = store.sql("SELECT doc_id, duplicate_of, similarity FROM documents ORDER BY doc_id", frame="arrow").to_pylist()
        by_id = {d["doc_id"]: d for d in documents}
        assert len(by_id) == 3  # every input accounted for
        assert by_id["wire"]["duplicate_of"] is None
        assert (by_id["daily"]["duplicate_of"], by_id["daily"]["similarity"]) == ("wire", 1.0)
        assert by_id["herald"]["duplicate_of"] == "wire" and COPY_JACCARD <= by_id["herald"]["similarity"] < 1
        story = _stories(store)[0]["event_id"]
        sources = store.mentions(story, frame="arrow").to_pylist()
        assert [(s["doc_id"], s["copy_of"]) for s in sources] == [("wire", None), ("daily", "wire"), ("herald", "wire")]
        assert all(s["sentence"].startswith("GENEVA") for s in sources)
        assert [e["event_id"] for e in store.events(doc_id="daily", frame="arrow").to_pylist()] == [story]  # a copy's too
        assert store.events(doc_id="nowhere", frame="arrow").num_rows == 0
        assert store.merge_counts() == {"coded_documents": 3, "identical_copies": 1, "near_copies": 1, "mentions": 1,
                                         "stories": 1, "stories_in_several_articles": 1}


def test_the_earliest_of_a_batch_is_the_first_and_a_stored_one_stays_first(tmp_path):
    with dyads.open(tmp_path / "a.duckdb") as store:
        store.add([_paper("late", WIRE, "2020-03-05", "b.example"), _paper("early", WIRE, "2020-03-03", "a.example")])
        firsts = store.sql("SELECT doc_id FROM documents WHERE duplicate_of IS NULL", frame="arrow").to_pylist()
        assert firsts == [{"doc_id": "early"}]
    with dyads.open(tmp_path / "b.duckdb") as store:
        store.add([_paper("late", WIRE, "2020-03-05", "b.example")])
        store.add([_paper("early", WIRE, "2020-03-03", "a.example")])
        # the stored one keeps its events (ids a user may have exported); the earlier date still counts
        rows = store.sql("SELECT doc_id, duplicate_of FROM documents ORDER BY doc_id", frame="arrow").to_pylist()
        assert rows == [{"doc_id": "early", "duplicate_of": "late"}, {"doc_id": "late", "duplicate_of": None}]
        assert store.sql("SELECT first_seen, num_articles FROM events", frame="arrow").to_pylist() == [
            {"first_seen": dt.date(2020, 3, 3), "num_articles": 2}]


def test_a_copy_changed_into_another_story_gets_its_own_events(db):
    with dyads.open(db) as store:
        store.add([_paper("wire", WIRE, "2020-03-03", "wire.example"), _paper("daily", WIRE, "2020-03-04", "daily.example")])
        counts = store.add([_paper("daily", OTHER, "2020-03-09", "daily.example")])
        assert (counts.replaced, counts.identical_copies + counts.near_copies) == (1, 0)
        rows = store.sql("SELECT doc_id, duplicate_of FROM documents ORDER BY doc_id", frame="arrow").to_pylist()
        assert rows == [{"doc_id": "daily", "duplicate_of": None}, {"doc_id": "wire", "duplicate_of": None}]
        assert sorted(s["num_articles"] for s in _stories(store)) == [1, 1]


def test_skipped_documents_are_never_firsts(db):
    with dyads.open(db) as store:
        document = make_coded("skip", [], "2020-03-03", text=WIRE).document
        list(store.new_documents([document]))
        store.add([Skipped("skip", "[E405] skip: discarded: sports")])
        store.add([_paper("daily", WIRE, "2020-03-04", "daily.example")])
        assert store.sql("SELECT count(*) AS n FROM documents WHERE duplicate_of IS NOT NULL", frame="arrow").to_pylist() == [{"n": 0}]


KEY = MentionKey("CONSULT", "ARM", "AZE", "04")


def _m(doc: str, eid: str, sentence: str | None, published: dt.date | None, date: dt.date | None = None,
       key: MentionKey = KEY) -> Mention:
    return Mention(key, date, doc, eid, sentence, published)


DAY = dt.date(2020, 3, 3)


@pytest.mark.parametrize("mentions, stories", [
    pytest.param([_m("a", "1", "s", DAY), _m("b", "2", "s", DAY + dt.timedelta(1))], [{"1", "2"}], id="same-sentence-undated"),
    pytest.param([_m("a", "1", "s", DAY), _m("b", "2", "s", DAY + dt.timedelta(3))], [{"1"}, {"2"}], id="outside-window"),
    pytest.param([_m("a", "1", "s", DAY), _m("a", "2", "s", DAY)], [{"1"}, {"2"}], id="same-document"),
    pytest.param([_m("a", "1", "s", DAY), _m("b", "2", "t", DAY)], [{"1"}, {"2"}], id="other-sentence"),
    pytest.param([_m("a", "1", "s", None), _m("b", "2", "s", None)], [{"1"}, {"2"}], id="no-publication-date"),
    pytest.param([_m("a", "1", "s", DAY, key=KEY._replace(target_key="")), _m("b", "2", "s", DAY, key=KEY._replace(target_key=""))],
                 [{"1", "2"}], id="same-sentence-no-target"),
    pytest.param([_m("a", "1", "s", DAY, key=KEY), _m("b", "2", "s", DAY, key=KEY._replace(cameo_root="03"))],
                 [{"1"}, {"2"}], id="coded-differently"),
    # the same sentence joins a dated story of a third article: the unit takes the dated one's story
    pytest.param([_m("a", "1", "s", DAY, DAY), _m("b", "2", "s", DAY), _m("c", "3", "x", DAY, DAY)], [{"1", "2", "3"}],
                 id="unit-joins-dated-story"),
])
def test_same_sentence_rule(mentions, stories):
    groups: dict[str, set[str]] = {}
    for event_id, story_id in cluster(mentions, window=1):
        groups.setdefault(story_id, set()).add(event_id)
    assert sorted(map(sorted, groups.values())) == sorted(map(sorted, stories))


def test_the_same_sentence_in_two_different_articles_merges_in_the_store(db):
    sentence = "Armenia and Azerbaijan held talks in Geneva, the ministry said."
    with dyads.open(db) as store:
        store.add([_paper("a", WIRE, "2020-03-03", "a.example", sentence=sentence),
                   _paper("b", OTHER, "2020-03-04", "b.example", sentence=sentence.upper())])
        assert store.sql("SELECT count(*) AS n FROM documents WHERE duplicate_of IS NOT NULL", frame="arrow").to_pylist() == [{"n": 0}]
        assert [(s["num_mentions"], s["num_articles"]) for s in _stories(store)] == [(2, 2)]


def test_events_id_accepts_any_mention_id(db):
    docs = [make_coded(d, [make_event(d, 0, "ASSAULT", ["RUS"], ["UKR"], "2019-12-03")]) for d in ("a", "b", "c")]
    with dyads.open(db) as store:
        store.add(docs)
        ids = [row["event_id"] for row in store.sql("SELECT event_id FROM mentions ORDER BY event_id", frame="arrow").to_pylist()]
        for event_id in ids:  # the anchor's and the others'
            assert sorted(m["event_id"] for m in store.mentions(event_id, frame="arrow").to_pylist()) == ids
        assert store.mentions("no-such-id", frame="arrow").num_rows == 0


def test_each_document_records_what_coded_it(db, tmp_path):
    builtin = coded_with()
    assert builtin == coded_with() and builtin.model_hash is not None
    assert coded_with(event_model=False).model_hash is None
    lexicons = tmp_path / "lexicons"
    lexicons.mkdir()
    (lexicons / "verbs.yml").write_text("agree: []\n", encoding="utf-8")
    mine = coded_with(lexicon_dir=str(lexicons), event_model=False)
    with dyads.open(db) as store:
        store.add([_paper("a", WIRE, "2020-03-03", "a.example")])
        store.add([_paper("b", OTHER, "2020-03-09", "b.example")], coded_by=mine)
        rows = store.sql("SELECT doc_id, coder, lexicon_hash, model_hash FROM documents ORDER BY doc_id", frame="arrow").to_pylist()
    assert [(r["lexicon_hash"], r["model_hash"]) for r in rows] == [
        (builtin.lexicon_hash, builtin.model_hash), (mine.lexicon_hash, None)]
    assert builtin.lexicon_hash != mine.lexicon_hash and all(r["coder"].startswith("dyads") for r in rows)


def test_the_hash_follows_the_lexicon_files(tmp_path):
    lexicons = tmp_path / "lexicons"
    lexicons.mkdir()
    (lexicons / "verbs.yml").write_text("agree: []\n", encoding="utf-8")
    before = coded_with(lexicon_dir=str(lexicons))
    assert coded_with(lexicon_dir=str(lexicons)) == before
    assert coded_with(lexicon_dir=str(lexicons), builtin=False).lexicon_hash != before.lexicon_hash
    (lexicons / "verbs.yml").write_text("agree: [sign]\n", encoding="utf-8")  # an edited lexicon is another coder
    assert coded_with(lexicon_dir=str(lexicons)).lexicon_hash != before.lexicon_hash


SCHEMA2 = Path(__file__).parents[1] / "data" / "store" / "schema2"


def test_an_upgrade_from_schema_2_merges_the_copies_already_stored(db):
    con = duckdb.connect(str(db))
    con.execute(f"IMPORT DATABASE '{SCHEMA2}'")  # a path cannot be a parameter here
    before = con.execute("SELECT count(*) FROM events").fetchall()[0][0]
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall() == [("2",)]
    con.close()
    assert before == 4  # wire, its two copies and the other story: one story event each
    with dyads.open(db, read_only=True) as store:  # the first opening upgrades it
        assert store.sql("SELECT value FROM meta WHERE key = 'schema_version'", frame="arrow").to_pylist() == [{"value": str(SCHEMA_VERSION)}]
        documents = store.sql("SELECT doc_id, duplicate_of, similarity = 1 AS identical FROM documents ORDER BY doc_id",
                              frame="arrow").to_pylist()
        assert documents == [
            {"doc_id": "daily", "duplicate_of": "wire", "identical": True},
            {"doc_id": "herald", "duplicate_of": "wire", "identical": False},
            {"doc_id": "other", "duplicate_of": None, "identical": None},
            {"doc_id": "wire", "duplicate_of": None, "identical": None},
        ]
        stories = store.sql("SELECT e.num_articles, m.doc_id FROM events e JOIN mentions m ON m.event_id = e.event_id"
                            " ORDER BY m.doc_id", frame="arrow").to_pylist()
        assert stories == [{"num_articles": 1, "doc_id": "other"}, {"num_articles": 3, "doc_id": "wire"}]
        assert store.sql("SELECT count(*) AS n FROM events", frame="arrow").to_pylist() == [{"n": 2}]  # none left behind
        assert store.sql("SELECT count(*) AS n FROM mentions WHERE doc_id IN ('daily', 'herald')", frame="arrow").to_pylist() == [{"n": 0}]
    with dyads.open(db) as store:  # and a copy arriving now finds the bands the upgrade stored
        counts = store.add([_paper("gazette", _edit(WIRE, "one word"), "2020-03-05", "gazette.example")])
        assert counts.near_copies == 1


NEWS = Path("/work/shared/data/news")


def _news_with_copies() -> list[dict]:
    """300 Reuters and the 294 Wikinews articles, and two papers' copies of 40 Wikinews stories a day later."""
    import gzip
    import json
    import random

    with gzip.open(NEWS / "reuters21578.jsonl.gz", "rt", encoding="utf-8") as handle:
        reuters = [json.loads(next(handle)) for _ in range(300)]
    with (NEWS / "wikinews_2019_2020.jsonl").open(encoding="utf-8") as handle:
        wiki = [json.loads(line) for line in handle]
    copies = []
    for n, doc in enumerate(random.Random(42).sample(wiki, 40)):
        day = (dt.date.fromisoformat(doc["date"]) + dt.timedelta(1)).isoformat()
        copies.append({**doc, "id": f"daily-{n}", "url": f"https://daily.example/{n}", "date": day})
        edited = re.sub(r"\bsaid\b", "stated", doc["text"].replace('"', "'"), count=1) + "\n(Edited by the Herald desk.)"
        copies.append({**doc, "id": f"herald-{n}", "url": f"https://herald.example/{n}", "date": day, "text": edited})
    return reuters + wiki + copies


@pytest.mark.skipif(not NEWS.is_dir(), reason="the news corpora are not here (../shared/data/news)")
def test_real_news_copies_are_what_the_rule_says(db):
    articles = _news_with_copies()
    coded = [make_coded(a["id"], [], a["date"], text=a["text"], url=a["url"]) for a in articles]
    with dyads.open(db) as store:
        store.add(coded)
        found = {r["doc_id"]: r["duplicate_of"] for r in store.sql(
            "SELECT doc_id, duplicate_of FROM documents WHERE duplicate_of IS NOT NULL", frame="arrow").to_pylist()}
    # the rule applied pair by pair, without MinHash: each article against every earlier first document
    expected: dict[str, str] = {}
    firsts: list[tuple[str, str | None, set[str]]] = []
    for article in sorted(articles, key=lambda a: (a["date"], a["id"])):
        key, words = text_key(article["text"]), shingles(article["text"])
        # a Jaccard similarity of 0.9 needs sizes within 0.9 of each other: compare only those
        near = [(jaccard(words, w), f) for f, _, w in firsts if min(len(w), len(words)) >= COPY_JACCARD * max(len(w), len(words))]
        best = max(near, key=lambda p: p[0], default=(0.0, None))
        same = next((f for f, k, _ in firsts if k == key), None) or (best[1] if best[0] >= COPY_JACCARD else None)
        if same is None:
            firsts.append((article["id"], key, words))
        else:
            expected[article["id"]] = same
    assert found == expected
    wire = {a["id"] for a in articles if a["id"].startswith("daily-")}
    assert wire <= set(found) and all(found[d].startswith("wikinews-") for d in wire)  # every identical copy found
    assert sum(d.startswith("herald-") for d in found) >= 38  # edited copies: all but the shortest stories
    reuters = [text_key(a["text"]) for a in articles if a["id"].startswith("reuters")]
    assert sum(d.startswith("reuters") for d in found) >= len(reuters) - len(set(reuters)) > 0  # re-sent word for word


def test_the_upgrade_in_chunks_finds_what_one_pass_finds(tmp_path):
    from dyads.store import duck

    papers = [_paper(f"p{n}", text, f"2020-03-{3 + n % 5:02d}", f"o{n}.example")
              for n, text in enumerate([WIRE, OTHER, _edit(WIRE, "one word"), WIRE, _edit(OTHER, "retyped"), OTHER, WIRE])]
    results = []
    for chunk in (1, 3, 100):
        db = tmp_path / f"{chunk}.duckdb"
        with dyads.open(db) as store:
            store.add(papers)
        con = duck.connect(db, read_only=False)
        con.execute("UPDATE documents SET text_key = NULL, duplicate_of = NULL, similarity = NULL")
        con.execute("DELETE FROM document_bands")
        with duck.transaction(con):
            duck._merge_stored_copies(con, chunk=chunk)
        results.append(con.execute("SELECT doc_id, duplicate_of FROM documents ORDER BY doc_id").fetchall())
        con.close()
    assert results[0] == results[1] == results[2]
    # p5 (OTHER, 3 March) is published before p1 (OTHER, 4 March): the earliest is the first
    assert dict(results[0]) == {"p0": None, "p5": None, "p1": "p5", "p2": "p0", "p3": "p0", "p4": "p5", "p6": "p0"}


def test_gdelt_counts_a_copy_as_an_article_and_a_mention(db, tmp_path):
    import csv

    from dyads.store.gdelt import GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS

    papers = [_paper("wire", WIRE, "2020-03-03", "wire.example"), _paper("daily", WIRE, "2020-03-04", "daily.example"),
              _paper("herald", _edit(WIRE, "credit line"), "2020-03-04", "herald.example")]
    with dyads.open(db) as store:
        store.add(papers)
        assert store.export(tmp_path / "events.CSV", layout="gdelt") == 1
        assert store.export(tmp_path / "mentions.CSV", layout="gdelt-mentions") == 3
    names = [name for name, _ in GDELT_EVENT_COLUMNS]
    with (tmp_path / "events.CSV").open(encoding="utf-8", newline="") as handle:
        [event] = [dict(zip(names, row)) for row in csv.reader(handle, delimiter="\t")]
    assert (event["NumMentions"], event["NumSources"], event["NumArticles"]) == ("3", "3", "3")
    assert event["SOURCEURL"] == "https://wire.example/wire"  # the first report
    names = [name for name, _ in GDELT_MENTION_COLUMNS]
    with (tmp_path / "mentions.CSV").open(encoding="utf-8", newline="") as handle:
        mentions = [dict(zip(names, row)) for row in csv.reader(handle, delimiter="\t")]
    assert [(m["MentionSourceName"], m["MentionIdentifier"]) for m in mentions] == [
        ("wire.example", "https://wire.example/wire"), ("daily.example", "https://daily.example/daily"),
        ("herald.example", "https://herald.example/herald")]
    assert {m["GLOBALEVENTID"] for m in mentions} == {event["GLOBALEVENTID"]}
    # each row is its own article: the herald's carries its credit line
    assert [int(m["MentionDocLen"]) for m in mentions] == [len(WIRE), len(WIRE), len(_edit(WIRE, "credit line"))]


def test_deleting_the_first_document_releases_its_copies(db):
    papers = [_paper("wire", WIRE, "2020-03-03", "wire.example"), _paper("daily", WIRE, "2020-03-04", "daily.example")]
    with dyads.open(db) as store:
        store.add(papers)
        store.delete("wire")
        rows = store.sql("SELECT doc_id, duplicate_of FROM documents", frame="arrow").to_pylist()
        assert rows == [{"doc_id": "daily", "duplicate_of": None}]  # no copy of a document that is gone
        assert _stories(store) == []
