"""Stored evidence stays whole: repeated ids never mix two documents, and a read failure changes nothing."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

import dyads
from dyads.cli import main
from dyads.cli_store import StoreSink
from dyads.records import Document, Skipped

from .synthetic import make_coded, make_event

UNREADABLE = "[E101] cannot read a.txt: Permission denied"


def _rows(store, query: str) -> list[dict]:
    return store.sql(query, frame="arrow").to_pylist()


def _stored(store, doc_id: str) -> dict:
    """What the store holds for one document: its row, its sentences, its mentions."""
    return {
        "document": _rows(store, f"SELECT body, content_hash, status, reason FROM documents WHERE doc_id = '{doc_id}'"),
        "sentences": _rows(store, f"SELECT sentence_index, text FROM sentences WHERE doc_id = '{doc_id}' ORDER BY ALL"),
        "mentions": _rows(store, f"SELECT event_id, event FROM mentions WHERE doc_id = '{doc_id}' ORDER BY ALL"),
    }


# ---------------------------------------------------------------- repeated ids


def _two_with_one_id():
    first = make_coded("dup", [make_event("dup", 0, "ASSAULT", ["RUS"], ["UKR"], "2019-12-03")], text="Russia attacked Ukraine.")
    second = make_coded("dup", [make_event("dup", 3, "THREATEN", ["IRN"], ["ISR"], "2019-12-04", sentence="Iran threatened Israel.")],
                        text="Iran threatened Israel.")
    return first, second


def test_repeated_ids_in_one_batch_keep_the_first(db):
    first, second = _two_with_one_id()
    with dyads.open(db) as store:
        counts = store.add([first, second])
        assert (counts.new, counts.repeated, counts.events_added) == (1, 1, 1)
        stored = _stored(store, "dup")
    assert stored["document"][0]["body"] == "Russia attacked Ukraine."
    assert [s["text"] for s in stored["sentences"]] == [first.events[0].sentence]
    assert [m["event"] for m in stored["mentions"]] == ["ASSAULT"]
    assert "1 left out (repeated id)" in counts.summary()


def test_repeated_ids_across_batches_of_one_call_keep_the_first(db):
    first, second = _two_with_one_id()
    with dyads.open(db) as store:
        counts = store.add([first, make_coded("other", []), second], batch_documents=1)
        assert (counts.new, counts.replaced, counts.repeated) == (2, 0, 1)
        assert [m["event"] for m in _stored(store, "dup")["mentions"]] == ["ASSAULT"]


def test_a_skipped_repeat_does_not_undo_the_first(db):
    first, _ = _two_with_one_id()
    with dyads.open(db) as store:
        counts = store.add([first, Skipped("dup", "[E115] b.txt: duplicate document id 'dup'; skipped")])
        assert counts.repeated == 1
        assert _stored(store, "dup")["document"][0]["status"] == "coded"


def test_repeated_documents_read_before_coding_keep_the_first_text(db):
    """``new_documents`` remembers the first text of an id, so its result is stored with its own hash."""
    first, second = _two_with_one_id()
    with dyads.open(db) as store:
        assert len(list(store.new_documents([first.document, second.document]))) == 2
        store.add([first, second])
        row = _stored(store, "dup")["document"][0]
        assert [d.id for d in store.new_documents([first.document])] == []  # its hash is the first text's
    assert row["body"] == first.document.text


def test_the_cli_sink_drops_a_repeat_in_a_later_batch(db):
    first, second = _two_with_one_id()
    with StoreSink(dyads.open(db), batch=1) as sink:
        sink.add(first)
        sink.add(make_coded("other", []))
        sink.add(second)
        summary = sink.summary()
    assert "1 left out (repeated id)" in summary and "0 replaced" in summary
    with dyads.open(db, read_only=True) as store:
        assert [m["event"] for m in _stored(store, "dup")["mentions"]] == ["ASSAULT"]


# ---------------------------------------------------------------- read failures


def _coded_a():
    return make_coded("a", [make_event("a", 0, "ASSAULT", ["RUS"], ["UKR"], "2019-12-03"),
                            make_event("a", 1, "CONSULT", ["RUS"], ["AZE"], "2019-12-03")], text="Russia attacked Ukraine.")


def test_a_read_failure_keeps_a_coded_document(db):
    with dyads.open(db) as store:
        store.add([_coded_a()])
        before = _stored(store, "a")
        events = _rows(store, "SELECT event_id, num_mentions FROM events ORDER BY ALL")
        counts = store.add([Skipped("a", UNREADABLE)])
        assert (counts.kept, counts.replaced, counts.new, counts.events_removed) == (1, 0, 0, 0)
        assert "1 kept as stored (unreadable this run)" in counts.summary()
        assert _stored(store, "a") == before
        assert _rows(store, "SELECT event_id, num_mentions FROM events ORDER BY ALL") == events
        # and recode still has the text to code again
        assert [d.text for d in store.stored_documents()] == ["Russia attacked Ukraine."]


def test_a_read_failure_keeps_a_document_the_coder_skipped_with_its_text(db):
    with dyads.open(db) as store:
        list(store.new_documents([Document("s", "A football match.")]))
        store.add([Skipped("s", "[E405] s: discarded: sports")])
        counts = store.add([Skipped("s", UNREADABLE)], force=True)
        assert counts.kept == 1
        assert _stored(store, "s")["document"][0]["body"] == "A football match."


def test_a_read_failure_is_stored_for_a_new_document_and_updated_for_an_unreadable_one(db):
    with dyads.open(db) as store:
        assert store.add([Skipped("x", UNREADABLE)]).new == 1
        assert store.add([Skipped("x", UNREADABLE)]).unchanged == 1
        assert store.add([Skipped("x", "[E102] x is not UTF-8 text")]).replaced == 1
        assert _stored(store, "x")["document"][0]["reason"] == "[E102] x is not UTF-8 text"


def test_a_document_read_again_still_replaces(db):
    with dyads.open(db) as store:
        store.add([_coded_a()])
        store.add([Skipped("a", UNREADABLE)])
        changed = make_coded("a", [make_event("a", 0, "ACCUSE", ["UKR"], ["RUS"], "2019-12-04")], text="Ukraine accused Russia.")
        counts = store.add([changed])
        assert (counts.replaced, counts.events_removed, counts.events_added) == (1, 2, 1)


ARTICLES = {
    "one.txt": "Russia accused Ukraine of violating the ceasefire on Tuesday.",
    "two.txt": "Iran threatened to attack Israel on Monday.",
}


def test_cli_rerun_with_an_unreadable_file_keeps_its_events(nlp, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "events.duckdb"
    first = CliRunner().invoke(main, ["code", str(folder), "--db", str(db)])
    assert first.exit_code == 0, first.output
    with dyads.open(db, read_only=True) as store:
        doc_id = next(r["doc_id"] for r in _rows(store, "SELECT doc_id FROM documents") if r["doc_id"].endswith("one.txt"))
        before = _stored(store, doc_id)
        events = _rows(store, "SELECT * FROM events ORDER BY event_id")
    assert before["mentions"], "the test needs a document with events"

    (folder / "one.txt").unlink()
    (folder / "one.txt").symlink_to(tmp_path / "nowhere.txt")  # unreadable, even for root
    again = CliRunner().invoke(main, ["code", str(folder), "--db", str(db)])
    # the exit status for a run with skipped documents is cli.py's business; here: no crash
    assert again.exception is None or isinstance(again.exception, SystemExit), again.output
    assert "skipped" in again.output and "1 kept as stored (unreadable this run)" in again.output
    assert "0 replaced" in again.output and "0 removed" in again.output
    with dyads.open(db, read_only=True) as store:
        assert _stored(store, doc_id) == before
        assert _rows(store, "SELECT * FROM events ORDER BY event_id") == events

    recoded = CliRunner().invoke(main, ["recode", "--db", str(db)])
    assert recoded.exit_code == 0, recoded.output
    with dyads.open(db, read_only=True) as store:
        after = _stored(store, doc_id)
    assert after["document"][0]["body"] == ARTICLES["one.txt"] and after["mentions"] == before["mentions"]


def test_summary_leaves_out_kept_and_repeated_when_there_are_none(db):
    with dyads.open(db) as store:
        summary = store.add([_coded_a()]).summary()
    assert summary == "documents 1 new, 0 replaced, 0 unchanged; events 2 added, 0 removed"
    assert Path(db).exists()
