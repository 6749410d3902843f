"""The de-duplication rule (dyads/store/dedup.py), on a synthetic corpus seeded with random.Random(42)."""
from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

import pytest

import dyads
from dyads.store.dedup import Mention, MentionKey, cluster

from .synthetic import make_coded, make_event

KEY = MentionKey("ASSAULT", "RUS", "UKR", "19")
DAY = dt.date(2019, 12, 3)


def _m(doc: str, eid: str, date: dt.date | None, key: MentionKey = KEY) -> Mention:
    return Mention(key, date, doc, eid)


@pytest.mark.parametrize("mentions, stories", [
    pytest.param([_m("a", "1", DAY), _m("b", "2", DAY)], [{"1", "2"}], id="same-day-two-articles"),
    pytest.param([_m("a", "1", DAY), _m("b", "2", DAY + dt.timedelta(1))], [{"1", "2"}], id="within-window"),
    pytest.param([_m("a", "1", DAY), _m("b", "2", DAY + dt.timedelta(2))], [{"1"}, {"2"}], id="outside-window"),
    pytest.param([_m("a", "1", None), _m("b", "2", None)], [{"1"}, {"2"}], id="undated-never-merge"),
    pytest.param([_m("a", "1", DAY), _m("a", "2", DAY)], [{"1"}, {"2"}], id="same-document-never-merges"),
    pytest.param([_m("a", "1", DAY), _m("a", "2", DAY), _m("b", "3", DAY)], [{"1", "3"}, {"2"}], id="third-article-joins-first-story"),
    pytest.param([_m("a", "1", DAY), _m("b", "2", DAY, KEY._replace(cameo_root="18"))], [{"1"}, {"2"}], id="cameo-roots-differ"),
    pytest.param([_m("a", "1", DAY, KEY._replace(target_key="")), _m("b", "2", DAY, KEY._replace(target_key=""))],
                 [{"1"}, {"2"}], id="no-target-never-merges"),
    pytest.param([_m(d, d, DAY + dt.timedelta(i)) for i, d in enumerate("abcd")], [{"a", "b"}, {"c", "d"}],
                 id="daily-series-does-not-chain"),
])
def test_cluster_rule(mentions, stories):
    groups = defaultdict(set)
    for event_id, story_id in cluster(mentions, window=1):
        groups[story_id].add(event_id)
    assert sorted(map(sorted, groups.values())) == sorted(map(sorted, stories))


def test_cluster_ignores_input_order():
    rng = random.Random(42)
    mentions = [_m(f"d{rng.randrange(6)}", str(i), DAY + dt.timedelta(rng.randrange(5))) for i in range(40)]
    first = dict(cluster(mentions))
    rng.shuffle(mentions)
    assert dict(cluster(mentions)) == first


def synthetic_corpus(rng: random.Random):
    """Coded documents and the true story of every event record in them.

    Forty true events, each with its own source-target pair, reported by one to four articles
    on its day or the next; plus the cases that must not merge.
    """
    codes = ["RUS", "UKR", "AZE", "ARM", "TUR", "SYR", "IRN", "ISR", "USA", "CHN", "FRA", "DEU", "GBR", "IND", "PAK"]
    pairs = rng.sample([(a, b) for a in codes for b in codes if a != b], 40)
    kinds = ["AGREE", "CONSULT", "COOPERATE", "ACCUSE", "REQUEST", "THREATEN", "ASSAULT", "SANCTION"]
    docs: dict[str, list] = defaultdict(list)
    truth: dict[str, str] = {}

    def report(doc: str, story: str, *args, **kwargs):
        event = make_event(doc, len(docs[doc]), *args, **kwargs)
        docs[doc].append(event)
        truth[event.event_id] = story

    for n, (source, target) in enumerate(pairs):
        kind = rng.choice(kinds)
        day = dt.date(2019, 1, 1) + dt.timedelta(rng.randrange(300))
        for doc in rng.sample([f"wire-{i}" for i in range(12)], rng.randint(1, 4)):
            date = day + dt.timedelta(rng.randint(0, 1))
            report(doc, f"true-{n}", kind, [source], [target], date.isoformat(), date.isoformat())
    # must not merge: the same dyad and type three days apart
    report("late-1", "late-a", "ASSAULT", ["RUS"], ["GEO"], "2019-05-01")
    report("late-2", "late-b", "ASSAULT", ["RUS"], ["GEO"], "2019-05-04")
    # ... reported without an event date
    report("undated-1", "undated-a", "SANCTION", ["USA"], ["VEN"], None)
    report("undated-2", "undated-b", "SANCTION", ["USA"], ["VEN"], None)
    # ... twice in one article
    report("twice", "twice-a", "ACCUSE", ["EGY"], ["ETH"], "2019-06-01")
    report("twice", "twice-b", "ACCUSE", ["EGY"], ["ETH"], "2019-06-01")
    # ... ACCUSE from CAMEO 09 (investigate) and 11 (disapprove)
    report("roots-1", "roots-a", "ACCUSE", ["SRB"], ["XKX"], "2019-07-01", cameo="090")
    report("roots-2", "roots-b", "ACCUSE", ["SRB"], ["XKX"], "2019-07-01", cameo="112")
    # ... no target
    report("alone-1", "alone-a", "THREATEN", ["PRK"], [], "2019-08-01")
    report("alone-2", "alone-b", "THREATEN", ["PRK"], [], "2019-08-01")
    # ... a different target set
    report("sets-1", "sets-a", "REQUEST", ["FRA"], ["MLI"], "2019-09-01")
    report("sets-2", "sets-b", "REQUEST", ["FRA"], ["MLI", "NER"], "2019-09-01")
    # should merge: a multi-actor event with its actors in another order
    report("order-1", "order", "AGREE", ["ARM", "AZE"], ["RUS"], "2019-10-01")
    report("order-2", "order", "AGREE", ["AZE", "ARM"], ["RUS"], "2019-10-02")
    coded = [make_coded(doc, events, published=max((e.date_published or dt.date(2019, 12, 31)) for e in events)) for doc, events in docs.items()]
    return coded, truth


def _partition(store) -> set[frozenset[str]]:
    stories = defaultdict(set)
    for row in store.sql("SELECT event_id, story_id FROM mentions", frame="arrow").to_pylist():
        stories[row["story_id"]].add(row["event_id"])
    return {frozenset(s) for s in stories.values()}


def test_synthetic_corpus_merges_what_it_should_and_nothing_else(db):
    coded, truth = synthetic_corpus(random.Random(42))
    expected = defaultdict(set)
    for event_id, story in truth.items():
        expected[story].add(event_id)
    with dyads.open(db) as store:
        store.add(coded)
        assert _partition(store) == {frozenset(s) for s in expected.values()}
        counts = store.sql("SELECT count(*) AS events, sum(num_mentions) AS mentions FROM events", frame="arrow").to_pylist()[0]
        assert counts == {"events": len(expected), "mentions": len(truth)}
        merged = store.events(min_mentions=2, frame="arrow").to_pylist()
        assert all(row["num_articles"] == row["num_mentions"] for row in merged)  # one mention per article


def test_storing_order_does_not_change_the_stories(tmp_path):
    coded, _ = synthetic_corpus(random.Random(42))
    partitions = []
    for n, seed in enumerate((1, 2)):
        shuffled = coded[:]
        random.Random(seed).shuffle(shuffled)
        with dyads.open(tmp_path / f"{n}.duckdb") as store:
            for doc in shuffled:  # one document a batch: stories re-clustered as they grow
                store.add([doc])
            partitions.append(_partition(store))
    assert partitions[0] == partitions[1]


def test_a_wider_window_reclusters(db):
    docs = [make_coded(d, [make_event(d, 0, "ASSAULT", ["RUS"], ["UKR"], day)], day)
            for d, day in (("a", "2019-12-01"), ("b", "2019-12-03"))]
    with dyads.open(db) as store:
        store.add(docs)
        assert store.sql("SELECT count(*) AS n FROM events", frame="arrow").to_pylist() == [{"n": 2}]
    with dyads.open(db, window=2) as store:
        assert store.window == 2
        assert store.sql("SELECT count(*) AS n FROM events", frame="arrow").to_pylist() == [{"n": 1}]
    with dyads.open(db, read_only=True) as store:
        assert store.window == 2  # the database keeps its window


def test_only_day_precise_dates_merge(db):
    # two reports of an attack "last month" may be two attacks; two of an attack "on Tuesday" are one
    events = {
        (d, precision): make_event(d, index, "ASSAULT", ["RUS"], ["UKR"], "2019-11-01" if precision == "month" else "2019-12-03")
        for d in "ab" for index, precision in enumerate(("month", "day"))
    }
    for (_, precision), event in events.items():
        event.date_precision = precision
    docs = [make_coded(d, [events[(d, "month")], events[(d, "day")]]) for d in "ab"]
    with dyads.open(db) as store:
        store.add(docs)
        rows = store.sql("SELECT date, date_precision, num_mentions FROM events ORDER BY date_precision, date", frame="arrow").to_pylist()
    assert [(r["date"].isoformat(), r["date_precision"], r["num_mentions"]) for r in rows] == [
        ("2019-12-03", "day", 2), ("2019-11-01", "month", 1), ("2019-11-01", "month", 1),
    ]


def test_key_groups_keep_a_key_whole_across_fetched_batches():
    # recluster streams the mentions in key order: a key cut by a fetch boundary must still be one group
    import duckdb

    from dyads.store import duck

    con = duckdb.connect()
    rows = [("ACCUSE", "RUS", "AZE", "11", None, f"d{i}", f"e{i}", None, None) for i in range(3)]
    rows += [("ASSAULT", "ARM", "AZE", "19", None, f"d{i}", f"e{i}", None, None) for i in range(3, 5)]
    con.execute("SELECT * FROM (VALUES " + ", ".join(["(?, ?, ?, ?, ?::DATE, ?, ?, ?, ?::DATE)"] * len(rows)) + ") ORDER BY 1, 2, 3, 4",
                [value for row in rows for value in row])
    groups = [[m.event_id for m in group] for group in duck._key_groups(con, batch=2)]
    assert groups == [["e0", "e1", "e2"], ["e3", "e4"]]
