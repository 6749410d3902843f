"""The JSON API of ``dyads serve`` against a real database coded from the sample articles: every answer is
checked against the store's own queries (``Store.dyad``, ``Store.events``, ``Store.mentions``) or against
the tables read in plain Python (``fixtures.stories``)."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from statistics import mean

import pytest

import dyads

from .fixtures import ORGANISATIONS, client_fixture, connect, samples_db_fixture, stories  # noqa: F401  (fixtures)


@pytest.fixture(scope="module")
def told(samples_db):
    return stories(samples_db)


def get(client, url, status=200, **params):
    response = client.get(url, params=params)
    assert response.status_code == status, response.text
    return response.json()


def test_meta_counts_what_the_file_holds(client, samples_db):
    meta = get(client, "/api/meta")
    con = connect(samples_db)
    try:
        documents, coded, events, mentions, first, last = con.execute(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM documents WHERE status = 'coded'),"
            " (SELECT count(*) FROM events), (SELECT count(*) FROM mentions), (SELECT min(day) FROM events),"
            " (SELECT max(day) FROM events)").fetchall()[0]
    finally:
        con.close()
    assert meta["database"] == "samples.duckdb"  # the name, not where it is
    assert meta["schema_version"] >= 4
    assert (meta["documents"], meta["coded"], meta["events"], meta["mentions"]) == (documents, coded, events, mentions)
    assert events >= 20 and documents == 6
    assert (meta["first_day"], meta["last_day"]) == (first.isoformat(), last.isoformat())


def test_actors_autocomplete_over_codes_names_and_short_names(client, told):
    every = get(client, "/api/actors", limit=100)["actors"]
    counts = Counter(key for story in told.values() for key in story.sources | story.targets)
    assert {a["key"]: a["events"] for a in every} == dict(counts)
    assert [a["events"] for a in every] == sorted((a["events"] for a in every), reverse=True)
    # a country name, a code in any case, an organisation's full and short name
    assert get(client, "/api/actors", q="azerb")["actors"][0] == {"key": "AZE", "label": "Azerbaijan", "kind": "state",
                                                                  "events": counts["AZE"]}
    assert get(client, "/api/actors", q="arm")["actors"][0]["key"] == "ARM"
    eu = get(client, "/api/actors", q="european union")["actors"]
    assert eu[0]["key"] == "EU" and eu[0]["kind"] == "organisation" and eu[0]["label"] == "European Union"
    nato = get(client, "/api/actors", q="nato")["actors"]
    assert nato[0]["key"] == "NATO" and nato[0]["label"] == "North Atlantic Treaty Organization"
    # a person's name stored with the actor finds it
    assert get(client, "/api/actors", q="lavrov")["actors"][0]["key"] == "RUS"
    # pycountry's official name finds the state too
    assert get(client, "/api/actors", q="Russian Federation")["actors"][0]["key"] == "RUS"
    assert get(client, "/api/actors", q="no such actor anywhere")["actors"] == []
    assert len(get(client, "/api/actors", limit=2)["actors"]) == 2


def test_organisations_are_actors_of_their_own(client, told):
    """The EU and NATO, both stored with code IGO, are separate actors with their own events."""
    for key in ("EU", "NATO", "UN"):
        wanted = {s.event_id for s in told.values() if key in s.sources | s.targets}
        assert wanted, key
        page = get(client, "/api/events", actor=key, page_size=200)
        assert {e["event_id"] for e in page["events"]} == wanted
        assert all(any(a["key"] == key for a in e["sources"] + e["targets"]) for e in page["events"])
    assert "IGO" not in {a["key"] for a in get(client, "/api/actors", limit=100)["actors"]}


def _store_rows(samples_db, a, b, **options):
    with dyads.open(samples_db, read_only=True) as store:
        return store.dyad(a, b, frame="rows", **options).to_pylist()


@pytest.mark.parametrize("by", ["week", "month", "year"])
def test_dyad_counts_match_the_store(client, samples_db, told, by):
    # states: their keys are their codes, as the store's dyad query takes them
    pairs = {(s, t) for story in told.values() for s in story.source_codes for t in story.target_codes
             if s != t and not {s, t} & ORGANISATIONS}
    assert ("AZE", "ARM") in pairs
    for a, b in sorted(pairs):
        answer = get(client, "/api/dyad", a=a, b=b, by=by)
        assert answer["a"]["key"] == a and answer["b"]["key"] == b and answer["by"] == by
        for direction, (x, y) in (("a->b", (a, b)), ("b->a", (b, a))):
            got = [p for p in answer["periods"] if p["direction"] == direction]
            expected = [r for r in _store_rows(samples_db, x, y, by=by) if r["period"] is not None]
            assert [(dt.date.fromisoformat(p["period"]), p["events"], p["q1"], p["q2"], p["q3"], p["q4"], p["goldstein"])
                    for p in got] == [(r["period"], r["events"], r["verbal_coop"], r["material_coop"], r["verbal_conflict"],
                                       r["material_conflict"], r["goldstein_mean"]) for r in expected], (a, b, direction)


def test_dyad_filters(client, samples_db):
    every = get(client, "/api/dyad", a="AZE", b="ARM", by="year")["periods"]
    assert sum(p["events"] for p in every if p["direction"] == "a->b") == 2
    for options in ({"since": dt.date(2019, 12, 4)}, {"until": dt.date(2019, 12, 3)}, {"min_confidence": 0.845}):
        answer = get(client, "/api/dyad", a="aze", b="arm", by="year", **options)  # keys in any case
        expected = _store_rows(samples_db, "AZE", "ARM", by="none", **options)[0]["events"]
        assert sum(p["events"] for p in answer["periods"] if p["direction"] == "a->b") == expected == 1, options


def test_dyad_of_organisations(client, told):
    wanted = [s for s in told.values() if "EU" in s.sources and "RUS" in s.targets]
    answer = get(client, "/api/dyad", a="EU", b="RUS", by="year")
    assert sum(p["events"] for p in answer["periods"] if p["direction"] == "a->b") == len(wanted) > 0
    assert answer["a"]["label"] == "European Union"


def test_network_counts_each_partner_both_ways(client, told):
    for centre in ("RUS", "TUR", "EU"):
        answer = get(client, "/api/actors/" + centre + "/network")
        partners: dict[str, list] = {}
        for story in told.values():
            involved = story.sources | story.targets
            if centre not in involved:
                continue
            others = (story.targets if centre in story.sources else set()) | (story.sources if centre in story.targets else set())
            for partner in others - {centre}:
                partners.setdefault(partner, []).append(story)
        assert answer["actor"]["key"] == centre and answer["nodes"][0]["key"] == centre
        assert {n["key"] for n in answer["nodes"][1:]} == set(partners)
        for edge in answer["edges"]:
            found = partners[edge["target"]]
            assert edge["source"] == centre
            assert edge["events"] == len(found)
            assert edge["cooperation"] == sum(s.quad_class <= 2 for s in found)
            assert edge["conflict"] == sum(s.quad_class >= 3 for s in found)
            assert edge["net"] == edge["cooperation"] - edge["conflict"]
            assert edge["goldstein"] == pytest.approx(round(mean(s.goldstein for s in found), 2))
        assert [e["events"] for e in answer["edges"]] == sorted((e["events"] for e in answer["edges"]), reverse=True)
    assert len(get(client, "/api/actors/RUS/network", limit=1)["edges"]) == 1


def test_events_pages_cover_every_story_once_newest_first(client, told):
    seen = []
    for page in (1, 2, 3):
        answer = get(client, "/api/events", page=page, page_size=10)
        assert answer["total"] == len(told) and answer["page"] == page and answer["page_size"] == 10
        seen += answer["events"]
    assert [e["event_id"] for e in seen] == [e["event_id"] for e in seen if e] and len(seen) == len(told)
    assert {e["event_id"] for e in seen} == set(told)
    days = [e["day"] for e in seen]
    assert days == sorted(days, reverse=True)
    assert get(client, "/api/events", page=4, page_size=10)["events"] == []


@pytest.mark.parametrize("params, keep", [
    ({"source": "AZE"}, lambda s: "AZE" in s.sources),
    ({"target": "rus"}, lambda s: "RUS" in s.targets),
    ({"actor": "TUR"}, lambda s: "TUR" in s.sources | s.targets),
    ({"source": "UKR", "target": "RUS"}, lambda s: "UKR" in s.sources and "RUS" in s.targets),
    ({"event": "accuse"}, lambda s: s.event == "ACCUSE"),
    ({"quad_class": 4}, lambda s: s.quad_class == 4),
    ({"country": "SYR"}, lambda s: "SYR" in s.source_codes + s.target_codes),
    ({"min_confidence": 0.8}, lambda s: s.confidence >= 0.8),
    ({"since": "2019-12-10", "until": "2019-12-12"}, lambda s: dt.date(2019, 12, 10) <= s.day <= dt.date(2019, 12, 12)),
])
def test_events_filters(client, told, params, keep):
    answer = get(client, "/api/events", page_size=200, **params)
    wanted = {s.event_id for s in told.values() if keep(s)}
    assert wanted, params  # the samples have some of each
    assert answer["total"] == len(wanted)
    assert {e["event_id"] for e in answer["events"]} == wanted


def test_events_text_search_is_every_word_in_any_case(client):
    found = get(client, "/api/events", q="SANCTIONS", page_size=200)["events"]
    assert found and all("sanctions" in e["sentence"].lower() for e in found)
    both = get(client, "/api/events", q="sanctions russia", page_size=200)["events"]
    assert both and all({"sanctions", "russia"} <= set(e["sentence"].lower().replace(",", " ").split()) for e in both)
    assert len(both) < len(found) or all("russia" in e["sentence"].lower() for e in found)
    # LIKE's own characters are plain text
    assert get(client, "/api/events", q="%")["total"] == 0
    assert get(client, "/api/events", q="_")["total"] == 0


def test_events_of_a_document_as_the_store_lists_them(client, samples_db):
    with dyads.open(samples_db, read_only=True) as store:
        documents = [row["doc_id"] for row in store.sql("SELECT doc_id FROM documents", frame="rows").to_pylist()]
        for doc_id in documents:
            expected = {row["event_id"] for row in store.events(doc_id=doc_id, frame="rows").to_pylist()}
            got = {e["event_id"] for e in get(client, "/api/events", doc_id=doc_id, page_size=200)["events"]}
            assert got == expected and expected, doc_id


def test_event_rows_carry_the_evidence_and_its_highlights(client, samples_db):
    con = connect(samples_db)
    try:
        sentences = dict(con.execute(
            "SELECT m.event_id, s.text FROM events e JOIN mentions m ON m.event_id = e.event_id"
            " JOIN sentences s ON s.doc_id = m.doc_id AND s.sentence_index = m.sentence_index").fetchall())
    finally:
        con.close()
    rows = get(client, "/api/events", page_size=200)["events"]
    marked = Counter()
    for row in rows:
        assert row["sentence"] == sentences[row["event_id"]]
        texts = {"source": {a["text"].lower() for a in row["sources"]}, "target": {a["text"].lower() for a in row["targets"]},
                 "trigger": {part.lower() for part in (row["trigger"] or "").split(" ... ")}}
        for mark in row["highlights"]:
            assert row["sentence"][mark["start"]:mark["end"]].lower() in texts[mark["label"]], (row["event_id"], mark)
            marked[mark["label"]] += 1
        if row["location"] is not None:
            assert {"name", "country", "lat", "lon"} == set(row["location"])
        assert row["num_articles"] >= 1 and row["why"]
    # most rows have all three marked: the finding works on the real sentences
    assert marked["trigger"] >= len(rows) - 3 and marked["source"] >= len(rows) - 3 and marked["target"] >= 10


def test_one_event_with_every_report(client, samples_db, told):
    event_id = next(s.event_id for s in told.values() if "AZE" in s.sources and s.event == "ACCUSE")
    answer = get(client, f"/api/events/{event_id}")
    assert answer["event_id"] == event_id and answer["event"] == "ACCUSE"
    with dyads.open(samples_db, read_only=True) as store:
        reports = store.mentions(event_id, frame="rows").to_pylist()
    assert [(m["event_id"], m["doc_id"], m["sentence"]) for m in answer["mentions"]] == [
        (r["event_id"], r["doc_id"], r["sentence"]) for r in reports]
    assert answer["mentions"][0]["title"].startswith("Armenia and Azerbaijan")


def test_a_document_with_its_events_marked(client, samples_db):
    with dyads.open(samples_db, read_only=True) as store:
        documents = store.sql("SELECT doc_id, body FROM documents", frame="rows").to_pylist()
        counted = {row["doc_id"]: row["n"] for row in store.sql(
            "SELECT doc_id, count(*) AS n FROM mentions GROUP BY doc_id", frame="rows").to_pylist()}
    for document in documents:
        answer = get(client, "/api/documents/" + document["doc_id"])  # ids with slashes too
        assert answer["text"] == document["body"] and answer["status"] == "coded"
        triggers = {s["event_id"] for s in answer["spans"] if s["label"] == "trigger"}
        events = {e["event_id"] for e in answer["events"]}
        assert len(events) == counted[document["doc_id"]]
        assert triggers <= events and len(triggers) >= len(events) - 1, document["doc_id"]
        rows = {e["event_id"]: e for e in answer["events"]}
        for span in answer["spans"]:
            words = answer["text"][span["start"]:span["end"]].lower()
            row = rows[span["event_id"]]
            if span["label"] == "trigger":
                assert words in {p.lower() for p in row["trigger"].split(" ... ")}
            else:
                assert words in {a["text"].lower() for a in row[span["label"] + "s"]}


def test_the_map_counts_located_events(client, told):
    places = get(client, "/api/map")["places"]
    located = [s for s in told.values() if s.lat is not None]
    assert sum(p["events"] for p in places) == len(located) > 0
    assert all(p["events"] == p["q1"] + p["q2"] + p["q3"] + p["q4"] for p in places)
    moscow = next(p for p in places if p["name"] == "Moscow")
    assert moscow["country"] == "RUS" and abs(moscow["lat"] - 55.75) < 0.1
    russia = get(client, "/api/map", actor="RUS")["places"]
    assert sum(p["events"] for p in russia) == sum(1 for s in located if "RUS" in s.sources | s.targets)


@pytest.mark.parametrize("url, params, status, words", [
    ("/api/dyad", {"a": "XYZ", "b": "ARM"}, 404, "no actor 'XYZ'"),
    ("/api/actors/NOWHERE/network", {}, 404, "no actor 'NOWHERE'"),
    ("/api/events", {"source": "XYZ"}, 404, "no actor 'XYZ'"),
    ("/api/events/0000000000000000", {}, 404, "no event '0000000000000000'"),
    ("/api/documents/no/such/doc.txt", {}, 404, "no document 'no/such/doc.txt'"),
    ("/api/dyad", {"a": "AZE", "b": "ARM", "by": "decade"}, 422, "by"),
    ("/api/dyad", {"a": "AZE", "b": "ARM", "since": "2019-13-01"}, 422, "since"),
    ("/api/dyad", {"a": "AZE", "b": "ARM", "since": "2020-01-01", "until": "2019-01-01"}, 400, "is after"),
    ("/api/events", {"since": "1799-12-31"}, 422, "between 1800-01-01 and 2200-12-31"),
    ("/api/events", {"until": "2201-01-01"}, 422, "between 1800-01-01 and 2200-12-31"),
    ("/api/events", {"page_size": 201}, 422, "page_size"),
    ("/api/events", {"page": 0}, 422, "page"),
    ("/api/events", {"quad_class": 5}, 422, "quad_class"),
    ("/api/events", {"min_confidence": 1.5}, 422, "min_confidence"),
    ("/api/actors", {"limit": 101}, 422, "limit"),
    ("/api/dyad", {"a": "AZE"}, 422, "b"),
])
def test_errors_say_what_is_wrong(client, url, params, status, words):
    answer = get(client, url, status, **params)
    assert isinstance(answer["detail"], str) and words in answer["detail"] and answer["detail"].startswith("[E8")
