"""`dyads export --layout plover` and `--layout polecat`: PLOVER 2.0's codes, modes, contexts and field names."""
from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pandas as pd
import pycountry
import pytest

import dyads
from dyads.records import Actor, Location
from dyads.store.plover import PLOVER_EXTRAS, POLECAT_COLUMNS, mode_and_context, plover_sectors, plover_vocabulary

from .synthetic import make_coded, make_event

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
if not SHARED.is_dir():
    SHARED = Path("/work/shared/data")
PLOVER_DIR = SHARED / "plover"

UN = Actor("the United Nations", "IGO", None, "United Nations", "UN")
EU = Actor("the EU", "IGO", None, "European Union", "EU")
NATO = Actor("NATO", "IGO", None, "North Atlantic Treaty Organization", "NATO")
KURDS = Actor("Kurds", "SYR", "ETH")  # dyads' ETH sector: no PLOVER sector
KOSOVO = Actor("Kosovo", "XKX", "GOV")  # ISO has no code: dyads XKX, PLOVER KOS
ALEPPO = Location("Aleppo", "SYR", 36.20124, 37.16117, "Aleppo")
SYRIA = Location("Syria", "SYR", 33.5102, 36.29128, "Syria")


def _with(event, **changes):
    return dataclasses.replace(event, **changes)


@pytest.fixture
def store(db):
    events = [
        _with(make_event("a", 0, "REQUEST", ["USA"], ["SYR"], "2019-12-02", "2019-12-02"), source=[UN], target=[EU]),
        _with(make_event("a", 1, "COOPERATE", ["USA"], ["GBR"], "2019-12-02", "2019-12-02"), mode="military", source=[NATO]),
        _with(make_event("a", 2, "COOPERATE", ["FRA"], ["DEU"], "2019-12-02", "2019-12-02"), mode="humanitarian"),
        _with(make_event("a", 3, "ASSAULT", ["RUS"], ["SYR"], "2019-12-01", "2019-12-02", location=ALEPPO), mode="firearms"),
        _with(make_event("a", 4, "ASSAULT", ["TUR"], ["SYR"], "2019-12-01", "2019-12-02", location=SYRIA), mode="massacre"),
        _with(make_event("a", 5, "CONSULT", ["RUS"], ["TUR"], "2019-12-02", "2019-12-02"), mode="visit"),
        _with(make_event("a", 6, "ACCUSE", ["SRB"], ["XKX"], "2019-12-02", "2019-12-02"),
              source=[KURDS], target=[KOSOVO]),
    ]
    with dyads.open(db) as opened:
        opened.add([make_coded("a", events, "2019-12-02", url="https://wire.example/a")])
        yield opened


def _records(store, tmp_path) -> list[dict]:
    out = tmp_path / "plover.jsonl"
    store.export(out, layout="plover")
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize(("event", "mode", "expected"), [
    ("COOPERATE", "military", ([], ["military"])),   # COOPERATE has no modes in PLOVER 2.0: a context
    ("AID", "economic", ([], ["economic"])),
    ("AID", "humanitarian", ([], [])),               # neither a PLOVER mode nor a context
    ("ASSAULT", "firearms", (["firearms"], [])),
    ("ASSAULT", "massacre", ([], [])),               # dyads' own mode
    ("RETREAT", "ease", ([], [])),
    ("CONSULT", "", ([], [])),
])
def test_modes_and_contexts(event, mode, expected):
    assert mode_and_context(event, mode) == expected


def test_codes_modes_contexts_and_field_names(store, tmp_path):
    records = {(r["event"][0], r["mode"][0] if r["mode"] else r["context"][0] if r["context"] else ""): r
               for r in _records(store, tmp_path)}
    request = records[("REQUEST", "")]
    assert [a["code"] for a in request["actor"]] == ["UNO"] and [a["code"] for a in request["recipient"]] == ["EUR"]
    assert request["actor"][0]["identifier_text"] == "United Nations"
    military = records[("COOPERATE", "military")]
    assert (military["mode"], military["context"], military["actor"][0]["code"]) == ([], ["military"], "IGO")
    assert records[("COOPERATE", "")]["context"] == []  # "humanitarian" is no PLOVER context
    assault = records[("ASSAULT", "firearms")]
    assert assault["event_scale"] == -10.0 and "goldstein" not in assault
    assert assault["event_loc"] == {
        "extracted_place": "Aleppo", "resolved_place": "Aleppo", "geonameid": 170063, "lat": 36.20124,
        "lon": 37.16117, "city": "Aleppo", "country": "Syria", "country_code": "SYR", "feature_class": "P",
        "resolution": 4,
    }
    country = records[("ASSAULT", "")]["event_loc"]
    assert country["resolution"] == 1 and "lat" not in country and "city" not in country
    assert assault["cite_info"]["url"] == "https://wire.example/a"
    accuse = records[("ACCUSE", "")]
    assert accuse["actor"] == [{"code": "SYR", "entity_text": "Kurds", "ethnicity": "Kurds"}]
    assert accuse["recipient"] == [{"code": "KOS", "sector": "GOV", "entity_text": "Kosovo"}]


def _spec_fields(manual: Path, table: str) -> set[str]:
    """The field names of one of the manual's tables (Table 6.1: the record, 6.2: an entity, ...).

    The manual writes names with spaces ("event loc"); as JSON names they take underscores.
    """
    lines = manual.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith(f"Table {table}:"))
    header = next(i for i in range(start, len(lines)) if re.match(r"\s*Name\s+Content", lines[i]))
    name_col, content_col = lines[header].index("Name"), lines[header].index("Content")
    names = set()
    for line in lines[header + 1:]:
        if line.strip().startswith(("Notes:", "Table", "CHAPTER")) or (line and not line[0].isspace()):
            break
        if len(line) > name_col and not line[:name_col].strip() and line[name_col] != " ":
            names.add(line[name_col:content_col].strip().replace(" ", "_"))
    return names


def test_every_record_is_valid_against_the_plover_field_list(store, tmp_path):
    manual, ontology_file = PLOVER_DIR / "PLOVER_MANUAL.txt", PLOVER_DIR / "plover_ontology_v2.json"
    if not manual.is_file() or not ontology_file.is_file():
        pytest.skip(f"the PLOVER manual and ontology are absent from {PLOVER_DIR} (shared data not mounted)")
    record_fields, entity_fields = _spec_fields(manual, "6.1"), _spec_fields(manual, "6.2")
    cite_fields, location_fields = _spec_fields(manual, "6.5"), _spec_fields(manual, "6.6")
    assert {"id", "event_scale", "event_loc", "quad_code"} <= record_fields  # the table was read
    ontology = json.loads(ontology_file.read_text(encoding="utf-8"))
    types = {t["event"]: t for t in ontology["event_types"]}
    quads = {"VERBAL COOPERATION": 1, "MATERIAL COOPERATION": 2, "VERBAL CONFLICT": 3, "MATERIAL CONFLICT": 4}
    contexts = {c["context"] for c in ontology["contexts"]}
    sectors = {s["code"] for s in ontology["sector_codes"]}
    # the manual's Kosovo, which ISO 3166-1 lacks, is KOS
    codes = {c.alpha_3 for c in pycountry.countries} | {c["code"] for c in ontology["nonstate_actor_codes"]} | {"KOS"}
    assert not set(PLOVER_EXTRAS) & record_fields  # dyads' own fields use no name PLOVER gives a meaning

    records = _records(store, tmp_path)
    assert len(records) == 7
    for record in records:
        assert set(record) <= record_fields | set(PLOVER_EXTRAS), set(record) - record_fields
        assert {"id", "date", "actor", "event"} <= set(record)
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", record["date"]) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", record["coded_date"])
        (event,) = record["event"]
        assert event in types
        assert set(record["mode"]) <= {m["mode"] for m in types[event]["modes"]}, record
        assert set(record["context"]) <= contexts
        assert record["quad_code"] == quads[types[event]["quad_category"]]
        assert -10 <= record["event_scale"] <= 10
        for entity in record["actor"] + record["recipient"]:
            assert set(entity) <= entity_fields and entity["code"] in codes
            assert entity.get("sector") is None or entity["sector"] in sectors
        assert set(record["cite_info"]) <= cite_fields
        if record["event_loc"] is not None:
            location = record["event_loc"]
            assert set(location) <= location_fields and location["country_code"] in codes
            assert -90 <= location.get("lat", 0) <= 90 and -180 <= location.get("lon", 0) <= 180
            assert location["resolution"] in (1, 2, 3, 4, 5)


def test_the_vocabulary_is_plovers(tmp_path):
    ontology_file = PLOVER_DIR / "plover_ontology_v2.json"
    if not ontology_file.is_file():
        pytest.skip(f"the PLOVER ontology is absent from {PLOVER_DIR} (shared data not mounted)")
    ontology = json.loads(ontology_file.read_text(encoding="utf-8"))
    modes, contexts = plover_vocabulary()
    assert modes == {t["event"]: frozenset(m["mode"] for m in t["modes"]) for t in ontology["event_types"]}
    assert contexts == frozenset(c["context"] for c in ontology["contexts"])
    assert plover_sectors() == frozenset(s["code"] for s in ontology["sector_codes"])


def test_polecat_layout(store, tmp_path):
    out = tmp_path / "polecat.txt"
    assert store.export(out, layout="polecat") == 7
    frame = pd.read_csv(out, sep="\t", dtype=str, keep_default_na=False)
    assert tuple(frame.columns) == POLECAT_COLUMNS
    rows = {(r["Event Type"], r["Event Mode"] or r["Contexts"]): r for r in frame.to_dict("records")}
    request = rows[("REQUEST", "")]
    assert (request["Actor Country"], request["Recipient Country"], request["Actor Name"]) == ("UNO", "EUR", "United Nations")
    assert rows[("COOPERATE", "military")]["Contexts"] == "military"
    assault = rows[("ASSAULT", "firearms")]
    assert (assault["Placename"], assault["Country"], assault["GeoNames ID"]) == ("Aleppo", "Syria", "170063")
    assert assault["Event Date"] == "2019-12-01" and assault["Quad Code"] == "4"
    assert assault["Primary Actor Sector"] == "GOV" and assault["Source"] == "wire.example"
