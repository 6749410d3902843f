"""Property-based round trips of the store: what goes in through ``Store.add`` comes back out, once."""
from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dyads

from .synthetic import QUAD, make_coded, make_event

CODES = ["RUS", "UKR", "AZE", "IRN", "ISR", "TUR"]
DAYS = [None, "2019-12-01", "2019-12-02", "2019-12-04", "2019-12-20"]


@st.composite
def documents(draw, ids=st.sampled_from([f"doc{i}" for i in range(8)])):
    """A list of coded documents with distinct ids, each with 0-3 events in distinct sentences."""
    doc_ids = draw(st.lists(ids, min_size=1, max_size=6, unique=True))
    coded = []
    for doc_id in doc_ids:
        n = draw(st.integers(0, 3))
        events = [
            make_event(doc_id, index, draw(st.sampled_from(sorted(QUAD))), [draw(st.sampled_from(CODES))],
                       [draw(st.sampled_from(CODES))], draw(st.sampled_from(DAYS)))
            for index in range(n)
        ]
        coded.append(make_coded(doc_id, events, text=f"{doc_id}: " + " ".join(e.sentence for e in events)))
    return coded


def _snapshot(store) -> dict:
    def rows(query):
        return store.sql(query, frame="arrow").to_pylist()

    return {
        "documents": rows("SELECT doc_id, content_hash, body FROM documents ORDER BY doc_id"),
        "mentions": rows("SELECT event_id, doc_id, story_id FROM mentions ORDER BY event_id"),
        "sentences": rows("SELECT doc_id, sentence_index, text FROM sentences ORDER BY ALL"),
        "actors": rows("SELECT count(*) AS n FROM event_actors"),
        "events": rows("SELECT event_id, num_mentions, num_articles FROM events ORDER BY event_id"),
    }


@contextmanager
def _fresh() -> Iterator[Path]:
    """A new database path for each example (pytest's tmp_path is one per test, not per example)."""
    with tempfile.TemporaryDirectory(prefix="dyads-prop-") as folder:
        yield Path(folder) / "events.duckdb"


PROPERTY = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(documents())
def test_what_is_added_comes_back(coded):
    with _fresh() as path, dyads.open(path) as store:
        counts = store.add(coded)
        snapshot = _snapshot(store)
        every = [e for c in coded for e in c.events]
        assert (counts.new, counts.events_added) == (len(coded), len(every))
        assert [d["doc_id"] for d in snapshot["documents"]] == sorted(c.document.id for c in coded)
        assert [m["event_id"] for m in snapshot["mentions"]] == sorted(e.event_id for e in every)
        assert snapshot["actors"] == [{"n": sum(len(e.source) + len(e.target) for e in every)}]
        # every mention belongs to exactly one story event, and the stories count them all
        assert sum(e["num_mentions"] for e in snapshot["events"]) == len(every)
        stories = {m["story_id"] for m in snapshot["mentions"]}
        assert stories == {e["event_id"] for e in snapshot["events"]}
        for c in coded:
            found = store.events(doc_id=c.document.id, limit=None, frame="arrow").to_pylist()
            assert {e["event_id"] for e in found} == {m["story_id"] for m in snapshot["mentions"] if m["doc_id"] == c.document.id}


@PROPERTY
@given(documents())
def test_adding_again_changes_nothing(coded):
    with _fresh() as path, dyads.open(path) as store:
        store.add(coded)
        before = _snapshot(store)
        again = store.add(coded)
        assert (again.new, again.replaced, again.unchanged, again.events_added, again.events_removed) == (
            0, 0, len(coded), 0, 0)
        assert _snapshot(store) == before


@PROPERTY
@given(documents(), st.data())
def test_a_changed_document_replaces_exactly_its_events(coded, data):
    target = data.draw(st.sampled_from(coded))
    doc_id = target.document.id
    n = data.draw(st.integers(0, 3))
    new_events = [make_event(doc_id, 10 + i, data.draw(st.sampled_from(sorted(QUAD))), [data.draw(st.sampled_from(CODES))],
                             [data.draw(st.sampled_from(CODES))], data.draw(st.sampled_from(DAYS))) for i in range(n)]
    changed = make_coded(doc_id, new_events, text=f"{doc_id} changed: " + " ".join(e.sentence for e in new_events))
    with _fresh() as path, dyads.open(path) as store:
        store.add(coded)
        before = _snapshot(store)
        counts = store.add([changed])
        after = _snapshot(store)
        assert (counts.replaced, counts.events_removed, counts.events_added) == (1, len(target.events), n)

        def others(rows):
            return [r for r in rows if r["doc_id"] != doc_id]

        for table in ("documents", "sentences"):
            assert others(after[table]) == others(before[table])
        assert [m["event_id"] for m in others(after["mentions"])] == [m["event_id"] for m in others(before["mentions"])]
        assert sorted(m["event_id"] for m in after["mentions"] if m["doc_id"] == doc_id) == sorted(e.event_id for e in new_events)
        assert [d["body"] for d in after["documents"] if d["doc_id"] == doc_id] == [changed.document.text]
        assert sum(e["num_mentions"] for e in after["events"]) == len(after["mentions"])


@PROPERTY
@given(documents(), st.data())
def test_read_failures_and_repeats_change_nothing(coded, data):
    from dyads.records import Skipped

    unreadable = [Skipped(c.document.id, "[E101] cannot read it: Permission denied")
                  for c in data.draw(st.lists(st.sampled_from(coded), unique_by=lambda c: c.document.id))]
    with _fresh() as path, dyads.open(path) as store:
        store.add(coded)
        before = _snapshot(store)
        counts = store.add(unreadable + coded)  # each repeat of an id after its read failure is left out
        assert (counts.kept, counts.repeated) == (len(unreadable), len(unreadable))
        assert _snapshot(store) == before
