"""Standing relations in the store (issue 13, part 3): the relations table, merging, queries, background
memberships, export, the migration from schema 3. On synthetic relation records: no spaCy run."""
from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

import dyads
from dyads.cli import main
from dyads.coder import Coded
from dyads.errors import DyadsError
from dyads.records import Actor, Document, Relation
from dyads.relations.known import load_known
from dyads.store.migrations import SCHEMA_VERSION
from dyads.store.relations import COLUMNS

SCHEMA3 = Path(__file__).parents[1] / "data" / "store" / "schema3"
CSTO = Actor("CSTO", "IGO", None, "Collective Security Treaty Organization", "CSTO")


def _state(code: str) -> Actor:
    return Actor(code.title(), code)


def _relation(doc_id: str, index: int, kind: str, subjects: list[str], target: Actor | None, published: str, *,
              polarity: str = "holds", according_to: str | None = None, value: float | None = None,
              territory: str | None = None) -> Relation:
    key = f"{doc_id}|{index}|{kind}|{subjects}|{target}|{polarity}"
    return Relation(
        relation_id=hashlib.sha1(key.encode()).hexdigest()[:16], relation=kind, subjects=[_state(c) for c in subjects],
        object=target, value=value, according_to=according_to, polarity=polarity, doc_id=doc_id, sentence_index=index,
        sentence=f"{' and '.join(subjects)} {kind} ({doc_id} #{index}).", date_published=published, confidence=0.8,
        why="test", territory=territory,
    )


def _coded(doc_id: str, published: str, relations: list[Relation], text: str | None = None) -> Coded:
    import datetime as dt

    body = text or " ".join(r.sentence for r in relations) or f"Nothing in {doc_id}."
    return Coded(Document(doc_id, body, dt.date.fromisoformat(published), f"Title {doc_id}"), [], relations)


def _members(published: str = "2019-12-04") -> Coded:
    return _coded("seedlike", published, [
        _relation("seedlike", 0, "member_of", ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"], CSTO, published),
        _relation("seedlike", 1, "strategic_partner", ["RUS", "AZE"], None, published, according_to="RUS"),
        _relation("seedlike", 2, "ranked", ["AZE"], None, published, according_to="Global Firepower", value=53),
    ])


def _second(published: str = "2019-12-10") -> Coded:
    return _coded("second", published, [_relation("second", 0, "member_of", ["ARM"], CSTO, published, according_to="ARM")])


def _by_subject(frame) -> dict[str, dict]:
    return {row["subjects"][0]: row for row in frame.to_dict("records")}


def _count(store, table: str) -> int:
    return store.sql(f"SELECT count(*) AS n FROM {table}", frame="arrow").to_pylist()[0]["n"]


# ---------------------------------------------------------------- storing and merging


def test_a_member_list_is_one_standing_relation_per_member(db):
    with dyads.open(db) as store:
        store.add([_members()])
        frame = store.relations("CSTO")
        assert list(frame.columns) == list(COLUMNS)
        members = _by_subject(frame[frame["relation"] == "member_of"])
        assert sorted(members) == ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"]
        assert {row["object"] for row in members.values()} == {"CSTO"}
        assert all(row["source"] == "article" and row["num_sources"] == 1 for row in members.values())
        assert [s["doc_id"] for s in members["ARM"]["sources"]] == ["seedlike"]
        assert members["ARM"]["sources"][0]["sentence"].startswith("ARM and BLR")
        assert _count(store, "relations") == 8 and _count(store, "relation_sources") == 8


def test_a_second_article_adds_a_source_not_a_row(db):
    with dyads.open(db) as store:
        store.add([_members()])
        store.add([_second()])
        members = _by_subject(store.relations("CSTO", kind="member_of"))
        assert len(members) == 6
        assert members["ARM"]["num_sources"] == 2
        assert [(s["doc_id"], str(s["date_published"])) for s in members["ARM"]["sources"]] == [
            ("seedlike", "2019-12-04"), ("second", "2019-12-10")]
        assert members["ARM"]["according_to"] == ["ARM"]  # the second article's speaker; the first has none
        assert members["BLR"]["num_sources"] == 1
        stored = store.sql("SELECT num_sources, num_mentions, first_asserted::VARCHAR AS f, last_asserted::VARCHAR AS l "
                           "FROM relations WHERE list_contains(subjects, 'ARM') AND relation = 'member_of'", frame="arrow")
        assert stored.to_pylist() == [{"num_sources": 2, "num_mentions": 2, "f": "2019-12-04", "l": "2019-12-10"}]


def test_another_polarity_or_object_is_another_relation(db):
    with dyads.open(db) as store:
        store.add([_members(), _coded("left", "2019-12-11", [
            _relation("left", 0, "member_of", ["ARM"], CSTO, "2019-12-11", polarity="ended"),
            _relation("left", 1, "member_of", ["ARM"], Actor("NATO", "IGO", None, None, "NATO"), "2019-12-11", polarity="denied"),
        ])])
        arm = store.relations("ARM", kind="member_of")
        assert sorted(zip(arm["object"], arm["polarity"])) == [("CSTO", "ended"), ("CSTO", "holds"), ("NATO", "denied")]


def test_symmetric_relations_merge_whatever_the_order_and_split_into_pairs(db):
    with dyads.open(db) as store:
        store.add([
            _coded("x", "2020-01-01", [_relation("x", 0, "ally", ["RUS", "ARM"], None, "2020-01-01")]),
            _coded("y", "2020-01-02", [_relation("y", 0, "ally", ["ARM", "RUS"], None, "2020-01-02"),
                                      _relation("y", 1, "ally", ["FRA", "DEU", "ITA"], None, "2020-01-02")]),
        ])
        allies = store.relations(kind="ally", between=("RUS", "ARM"))
        assert [(row["subjects"], row["num_sources"]) for row in allies.to_dict("records")] == [(["ARM", "RUS"], 2)]
        pairs = store.relations("DEU", kind="ally")
        assert sorted(tuple(s) for s in pairs["subjects"]) == [("DEU", "FRA"), ("DEU", "ITA")]


def test_a_breakaway_entity_is_a_side_of_its_own_not_the_state_it_broke_from(db):
    abkhazia = Actor("Abkhazia", "GEO", "PRE", "Republic of Abkhazia")
    ossetia = Actor("South Ossetia", "GEO", "PRE", "Republic of South Ossetia")
    with dyads.open(db) as store:
        store.add([_coded("r", "2008-08-26", [_relation("r", 0, "recognizes", ["RUS"], abkhazia, "2008-08-26"),
                                             _relation("r", 1, "recognizes", ["RUS"], ossetia, "2008-08-26")])])
        recognised = store.relations("RUS", kind="recognizes")
        assert sorted(recognised["object"]) == ["REPUBLIC OF ABKHAZIA", "REPUBLIC OF SOUTH OSSETIA"]
        assert store.relations("GEO").empty
        assert list(store.relations("Republic of Abkhazia")["subjects"]) == [["RUS"]]


def test_an_actor_may_be_asked_for_by_a_name_the_actor_lexicon_knows(db):
    abkhazia = Actor("Abkhazia", "GEO", "PRE", "Republic of Abkhazia")
    with dyads.open(db) as store:
        store.add([_members(), _coded("r", "2008-08-26", [_relation("r", 0, "recognizes", ["RUS"], abkhazia, "2008-08-26")])])
        assert list(store.relations("Abkhazia")["object"]) == ["REPUBLIC OF ABKHAZIA"]
        assert sorted(store.relations("Armenia")["relation"]) == ["member_of"]
        assert list(store.relations(between=("Russia", "the CSTO"))["subjects"]) == [["RUS"]]
        assert store.relations("Atlantis").empty  # a name that stands for no actor finds nothing


def test_a_changed_document_replaces_its_relations_and_a_deleted_one_loses_them(db):
    with dyads.open(db) as store:
        store.add([_members(), _second()])
        # the same id, a new text: its relations now are only the ranking
        store.add([_coded("seedlike", "2019-12-04", [
            _relation("seedlike", 0, "ranked", ["AZE"], None, "2019-12-04", according_to="Global Firepower", value=52)],
            text="Azerbaijan ranks 52nd.")])
        members = _by_subject(store.relations("CSTO", kind="member_of"))
        assert list(members) == ["ARM"] and members["ARM"]["num_sources"] == 1
        ranked = store.relations("AZE", kind="ranked").to_dict("records")
        assert [(r["value"], r["num_sources"]) for r in ranked] == [(52.0, 1)]
        store.delete("second")
        assert store.relations("CSTO").empty
        assert _count(store, "relations") == 1 and _count(store, "relation_sources") == 1
        store.delete("seedlike")
        assert _count(store, "relations") == 0 and _count(store, "relation_sources") == 0


def test_a_recode_with_force_keeps_one_source_per_assertion(db):
    with dyads.open(db) as store:
        store.add([_members(), _second()])
        store.add([_members(), _second()], force=True)
        members = _by_subject(store.relations("CSTO", kind="member_of"))
        assert members["ARM"]["num_sources"] == 2 and len(members["ARM"]["sources"]) == 2
        assert _count(store, "relations") == 8


def test_a_copy_of_a_stored_article_is_not_another_source(db):
    first = _members()
    with dyads.open(db) as store:
        store.add([first])
        copy = _coded("copy", "2019-12-05", [
            _relation("copy", 0, "member_of", ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"], CSTO, "2019-12-05")],
            text=first.document.text)
        counts = store.add([copy])
        assert counts.identical_copies == 1
        assert _by_subject(store.relations("CSTO", kind="member_of"))["ARM"]["num_sources"] == 1


# ---------------------------------------------------------------- queries


def test_as_of_keeps_what_was_asserted_by_then(db):
    with dyads.open(db) as store:
        store.add([_members(), _second()])
        members = _by_subject(store.relations("CSTO", as_of="2019-12-04", kind="member_of"))
        assert len(members) == 6 and [s["doc_id"] for s in members["ARM"]["sources"]] == ["seedlike"]
        assert store.relations("CSTO", as_of="2019-12-03").empty
        with pytest.raises(DyadsError, match="E702"):
            store.relations("CSTO", as_of="4 Dec 2019")


def test_between_kind_and_values(db):
    with dyads.open(db) as store:
        store.add([_members()])
        between = store.relations(between=("RUS", "AZE")).to_dict("records")
        assert [(r["relation"], r["according_to"]) for r in between] == [("strategic_partner", ["RUS"])]
        ranked = store.relations("AZE", kind="ranked").to_dict("records")
        assert [(r["value"], r["according_to"], r["object"]) for r in ranked] == [(53.0, ["Global Firepower"], None)]
        assert store.relations(between=("ARM", "AZE")).empty
        with pytest.raises(DyadsError, match="E825.*member_of"):
            store.relations("CSTO", kind="membership")


# ---------------------------------------------------------------- background memberships


def test_with_known_adds_background_rows_labelled_as_such(db):
    with dyads.open(db) as store:
        store.add([_members()])
        frame = store.relations("CSTO", as_of="2019-12-04", with_known=True)
    articles = frame[frame["source"] == "article"]
    known = frame[frame["source"] == "background"]
    assert sorted(s[0] for s in known["subjects"]) == ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"]
    assert (known["num_sources"] == 0).all() and all(s == [] for s in known["sources"])
    assert set(known["valid_from"]) == {"1992-05-15", "1993"} and set(known["polarity"]) == {"holds"}
    # the articles' rows are as they were without --with-known: background is never counted as a claim
    assert len(articles) == 6 and (articles["num_sources"] == 1).all()


def test_with_known_reads_the_dates_cautiously(db):
    with dyads.open(db) as store:
        in_2010 = store.relations("CSTO", as_of="2010-06-01", with_known=True, kind="member_of")
        in_1993 = store.relations("CSTO", as_of="1993-06-01", with_known=True)
        every = store.relations("UZB", with_known=True, kind="member_of")
        assert store.relations("CSTO", with_known=True, kind="ally").empty
    assert "UZB" in {s[0] for s in in_2010["subjects"]}  # from 2006 to 2012
    # joined "1993": not surely a member on 1993-06-01
    assert not {"AZE", "BLR", "GEO"} & {s[0] for s in in_1993["subjects"]}
    csto = every[every["object"] == "CSTO"]
    assert sorted(zip(csto["valid_from"], csto["valid_to"], csto["polarity"])) == [
        ("1992-05-15", "1999", "ended"), ("2006", "2012", "ended")]


def test_the_background_file_parses_whole():
    spells = load_known()
    assert len(spells) > 400
    assert {s.org for s in spells} >= {"UN", "NATO", "EU", "CSTO", "CIS", "AU", "ASEAN", "SCO", "GCC", "OPEC", "BRICS"}


@pytest.mark.parametrize(("entry", "problem"), [
    ("{code: Arm, from: 1992-05-15}", "not an ISO 3166-1 alpha-3 code"),
    ("{code: ARM, from: 1992-13-15}", "`from` '1992-13-15' is not a date"),
    ("{code: ARM, from: 92}", "`from` 92 is not a date"),
    ("{code: ARM, from: 2019-02-30}", "is not a date"),
    ("{code: ARM, from: 1992, to: 1991-05}", "`to` 1991-05 is before `from` 1992"),
    ("{code: ARM}", "`from` is missing"),
    ("{code: ARM, from: 1992, since: 1993}", "unknown field(s) since"),
])
def test_a_malformed_background_entry_names_file_and_line(tmp_path, db, entry, problem):
    known = tmp_path / "known.yml"
    known.write_text("# header\norganisations:\n  - org: CSTO\n    members:\n      - {code: KAZ, from: 1992-05-15}\n"
                     f"      - {entry}\n", encoding="utf-8")
    with pytest.raises(DyadsError) as raised:
        load_known(known)
    assert str(raised.value).startswith(f"[E301] {known} line 6: ") and problem in str(raised.value)
    with dyads.open(db) as store, pytest.raises(DyadsError, match="E301.*line 6"):
        store.relations("CSTO", with_known=True, known_path=known)


def test_a_month_and_a_year_are_read_as_written(tmp_path):
    known = tmp_path / "known.yml"
    known.write_text("organisations:\n  - org: OPEC\n    members:\n      - {code: IDN, from: 2016-01, to: 2016}\n",
                     encoding="utf-8")
    (spell,) = load_known(known)
    assert (spell.valid_from.text, spell.valid_from.first.isoformat(), spell.valid_from.last.isoformat()) == (
        "2016-01", "2016-01-01", "2016-01-31")
    assert spell.valid_to is not None and spell.valid_to.first.isoformat() == "2016-01-01" and spell.line == 4


# ---------------------------------------------------------------- migration


def test_an_upgrade_from_schema_3_adds_the_relation_tables(db):
    con = duckdb.connect(str(db))
    con.execute(f"IMPORT DATABASE '{SCHEMA3}'")  # a path cannot be a parameter here
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall() == [("3",)]
    assert not con.execute("SELECT * FROM duckdb_tables() WHERE table_name LIKE 'relation%'").fetchall()
    con.close()
    with dyads.open(db, read_only=True) as store:  # the first opening upgrades it
        assert store.sql("SELECT value FROM meta WHERE key = 'schema_version'", frame="arrow").to_pylist() == [{"value": "4"}]
        assert _count(store, "relations") == 0 and _count(store, "events") == 2
        assert store.relations("CSTO").empty
    with dyads.open(db) as store:
        store.add([_members()])
        assert len(store.relations("CSTO")) == 6 and _count(store, "events") == 2
    assert SCHEMA_VERSION == 4


def test_a_migrated_database_has_the_tables_a_new_one_has(db, tmp_path):
    con = duckdb.connect(str(db))
    con.execute(f"IMPORT DATABASE '{SCHEMA3}'")
    con.close()
    dyads.open(db).close()
    fresh = tmp_path / "new.duckdb"
    dyads.open(fresh).close()

    def columns(path: Path) -> list[tuple]:
        with duckdb.connect(str(path), read_only=True) as c:
            return c.execute("SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
                             "WHERE table_name LIKE 'relation%' ORDER BY table_name, ordinal_position").fetchall()

    assert columns(db) == columns(fresh) and len(columns(fresh)) == 23


# ---------------------------------------------------------------- command line and export


def _run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture
def stored(db):
    with dyads.open(db) as store:
        store.add([_members(), _second()])
    return db


def test_cli_lists_relations_with_sources(stored):
    done = _run("relations", "CSTO", "--as-of", "2019-12-04", "--kind", "member_of", "--db", stored, "--format", "json")
    assert done.exit_code == 0, done.output
    rows = json.loads(done.stdout)
    assert sorted(r["subjects"][0] for r in rows) == ["ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"]
    assert {s["doc_id"] for r in rows for s in r["sources"]} == {"seedlike"}
    table = _run("relations", "--between", "RUS", "AZE", "--db", stored)
    assert table.exit_code == 0 and "strategic_partner" in table.stdout and "seedlike 2019-12-04" in table.stdout
    known = _run("relations", "CSTO", "--as-of", "2019-12-04", "--with-known", "--db", stored)
    assert known.exit_code == 0 and known.stdout.count("background") == 6


def test_cli_needs_an_actor_or_between_and_names_bad_values(stored):
    assert _run("relations", "--db", stored).exit_code == 2
    assert _run("relations", "CSTO", "--between", "RUS", "AZE", "--db", stored).exit_code == 2
    bad_date = _run("relations", "CSTO", "--as-of", "2019-12", "--db", stored)
    assert bad_date.exit_code == 2 and "--as-of" in bad_date.output
    bad_kind = _run("relations", "CSTO", "--kind", "friends", "--db", stored)
    assert bad_kind.exit_code == 1 and "E825" in bad_kind.output


def test_csv_is_one_line_per_source(stored):
    done = _run("relations", "ARM", "--kind", "member_of", "--with-known", "--as-of", "2019-12-31", "--db", stored,
                "--format", "csv")
    assert done.exit_code == 0, done.output
    lines = list(csv.DictReader(io.StringIO(done.stdout)))
    article = [r for r in lines if r["source"] == "article"]
    assert [r["source_doc_id"] for r in article] == ["seedlike", "second"] and {r["num_sources"] for r in article} == {"2"}
    background = [r for r in lines if r["source"] == "background"]
    assert {r["object"] for r in background} >= {"CSTO", "UN", "CIS"} and all(r["source_doc_id"] == "" for r in background)


def test_export_to_jsonl_and_csv(stored, tmp_path):
    jsonl = tmp_path / "relations.jsonl"
    done = _run("relations", "CSTO", "--db", stored, "-o", jsonl)
    assert done.exit_code == 0, done.output
    records = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 6 and "wrote 6 relations" in done.stderr
    arm = next(r for r in records if r["relation"] == "member_of" and r["subjects"] == ["ARM"])
    assert [s["doc_id"] for s in arm["sources"]] == ["seedlike", "second"] and arm["first_asserted"] == "2019-12-04"
    table = tmp_path / "relations.csv"
    assert _run("relations", "CSTO", "--db", stored, "-o", table).exit_code == 0
    assert len(list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8"))))) == 7  # ARM's two sources
    wrong = _run("relations", "CSTO", "--db", stored, "-o", tmp_path / "relations.parquet")
    assert wrong.exit_code == 1 and "E825" in wrong.output and ".jsonl, .csv" in wrong.output


def test_a_plain_query_imports_neither_spacy_nor_pyarrow(stored):
    import os
    import subprocess
    import sys

    probe = ("import sys\nfrom dyads.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
             "print(sorted(m for m in ('spacy', 'pyarrow', 'numpy', 'pandas') if m in sys.modules), file=sys.stderr)\n")
    src = str(Path(dyads.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", probe, "relations", "CSTO", "--format", "json", "--db", str(stored)],
                          capture_output=True, text=True, env=env, check=True)
    assert len(json.loads(done.stdout)) == 6
    assert done.stderr.strip().splitlines()[-1] == "[]"
