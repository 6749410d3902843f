"""`dyads export --layout gdelt` / `gdelt-mentions`: GDELT 2.0's own files, read as a GDELT user reads them."""
from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

import pandas as pd
import pyarrow.dataset as ds
import pytest

import dyads
from dyads.records import Actor, Location
from dyads.store.gdelt import GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS
from dyads.store.places import CITY_POPULATION, describe_place

from .synthetic import make_coded, make_event

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
if not SHARED.is_dir():
    SHARED = Path("/work/shared/data")
EVENT_COLUMNS_FILE = SHARED / "gdelt" / "GDELT_2.0_Events_columns.csv"
MENTION_COLUMNS_FILE = SHARED / "gdelt" / "GDELT_2.0_Mentions_columns.tsv"
CAMEO_TABLE = SHARED / "cameo" / "cameo_eventcodes_goldstein.csv"

ALEPPO = Location("Aleppo", "SYR", 36.20124, 37.16117, "Aleppo")
HOUSTON = Location("Houston", "USA", 29.76328, -95.36327, "Houston")
# as the gazetteer stores a country: its name, with the capital's coordinates
SYRIA = Location("Syria", "SYR", 33.5102, 36.29128, "Syria")
UN = Actor("the United Nations", "IGO", None, "United Nations", "UN")
# (CAMEO code, GDELT's quad class): the codes the issue found wrong, and one of each root group
QUADS = [("040", 1), ("057", 1), ("081", 2), ("083", 2), ("090", 2), ("116", 3), ("141", 3), ("144", 3),
         ("172", 4), ("190", 4)]


def _event(doc, index, kind, source, target, date, published, **kwargs):
    return make_event(doc, index, kind, source, target, date, published, **kwargs)


@pytest.fixture
def store(db):
    late = _event("late", 3, "ASSAULT", ["RUS"], ["SYR"], "2019-11-30", "2019-12-03", location=ALEPPO)
    early = _event("early", 0, "ASSAULT", ["RUS"], ["SYR"], "2019-12-01", "2019-12-01", location=ALEPPO)
    un = dataclasses.replace(_event("un", 1, "REQUEST", ["USA"], ["SYR"], "2019-12-02", "2019-12-02"), source=[UN])
    kosovo = dataclasses.replace(_event("un", 3, "ACCUSE", ["SYR"], ["XKX"], "2019-12-02", "2019-12-02"),
                                 source=[Actor("Kurds", "SYR", "ETH")], target=[Actor("Kosovo", "XKX", "GOV")])
    docs = [
        # the story's anchor (earliest event date) comes from a later article than its first report
        make_coded("late", [late], "2019-12-03", url="https://late.example/3"),
        make_coded("early", [early], "2019-12-01", url="https://early.example/1"),
        make_coded("eve", [_event("eve", 0, "CONSULT", ["USA"], ["GBR"], "2019-12-31", "2019-12-31", location=HOUSTON)],
                   "2019-12-31", url="https://eve.example/31"),
        make_coded("un", [un, _event("un", 2, "THREATEN", ["IRN"], ["ISR"], "2019-12-02", "2019-12-02", location=SYRIA),
                          kosovo], "2019-12-02"),
        make_coded("quads", [_event("quads", i, "ACCUSE", ["TUR"], ["GRC"], "2015-02-18", "2015-02-18", cameo=code)
                             for i, (code, _) in enumerate(QUADS)], "2015-02-18"),
        make_coded("undated", [_event("undated", 0, "THREATEN", ["IRN"], ["ISR"], None, None)], None),
    ]
    with dyads.open(db) as opened:
        opened.add(docs)
        yield opened


def _published(path: Path, *, sep: str) -> list[tuple[str, str]]:
    if not path.is_file():
        pytest.skip(f"GDELT's published column list {path} is absent (shared data not mounted)")
    with path.open(encoding="utf-8") as handle:
        rows = csv.DictReader(handle, delimiter=sep)
        return [(row["tableId"], row["dataType"]) for row in rows]


# A GDELT user's dtypes for GDELT's types: nullable integers, floats, strings (codes keep leading zeros)
PANDAS = {"INTEGER": "Int64", "FLOAT": "float64", "STRING": "string"}


def _read_pandas(path: Path, columns: list[tuple[str, str]]) -> pd.DataFrame:
    return pd.read_csv(path, sep="\t", header=None, names=[n for n, _ in columns],
                       dtype={n: PANDAS[t] for n, t in columns})


def test_the_columns_are_gdelts_published_ones():
    assert list(GDELT_EVENT_COLUMNS) == _published(EVENT_COLUMNS_FILE, sep=",")
    assert list(GDELT_MENTION_COLUMNS) == _published(MENTION_COLUMNS_FILE, sep="\t")


def test_the_file_is_tab_separated_without_a_header(store, tmp_path):
    out = tmp_path / "20191201.export.CSV"
    assert store.export(out, layout="gdelt") == 1 + 1 + 3 + len(QUADS) + 1
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 + 1 + 3 + len(QUADS) + 1  # no header row
    assert all(len(line.split("\t")) == 61 for line in lines)
    assert not lines[0].startswith("GLOBALEVENTID")


def _assert_gdelt_events(frame: pd.DataFrame) -> None:
    """Every column's type and range, as GDELT's codebook defines them."""
    assert frame.shape[1] == 61
    ids = frame["GLOBALEVENTID"]
    assert ids.notna().all() and ids.is_unique and ((ids > 0) & (ids < 2**53)).all()
    dated = frame[frame["SQLDATE"].notna()]
    days = pd.to_datetime(dated["SQLDATE"].astype(str), format="%Y%m%d")
    assert (dated["MonthYear"] == dated["SQLDATE"] // 100).all() and (dated["Year"] == dated["SQLDATE"] // 10000).all()
    fraction = (days.dt.year + ((days.dt.month - 1) * 30 + days.dt.day) / 365).round(4)
    assert (dated["FractionDate"] - fraction).abs().max() < 1e-9
    assert ((dated["FractionDate"] - dated["Year"]) < 1).all()
    assert frame["IsRootEvent"].isin([0, 1]).all()
    codes = frame["EventCode"]
    assert codes.str.fullmatch(r"\d{3,4}").all()
    assert (frame["EventBaseCode"] == codes.str[:3]).all() and (frame["EventRootCode"] == codes.str[:2]).all()
    root = frame["EventRootCode"].astype(int)
    expected_quad = root.map(lambda r: 1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4)
    assert (frame["QuadClass"] == expected_quad).all()
    assert frame["GoldsteinScale"].between(-10, 10).all()
    assert (frame["NumMentions"] >= frame["NumArticles"]).all() and (frame["NumArticles"] >= frame["NumSources"]).all()
    assert (frame["NumSources"] >= 1).all()
    assert frame["AvgTone"].isna().all()  # dyads measures no tone
    for who in ("Actor1", "Actor2", "Action"):
        kind = frame[f"{who}Geo_Type"]
        assert kind.notna().all() and kind.isin([0, 1, 2, 3, 4, 5]).all()
        placed = frame[kind > 0]
        assert placed[f"{who}Geo_CountryCode"].str.fullmatch(r"[A-Z]{2}").all()
        assert (placed[f"{who}Geo_ADM1Code"].dropna().str[:2] == placed.loc[placed[f"{who}Geo_ADM1Code"].notna(),
                                                                            f"{who}Geo_CountryCode"]).all()
        assert placed[f"{who}Geo_Lat"].dropna().between(-90, 90).all()
        assert placed[f"{who}Geo_Long"].dropna().between(-180, 180).all()
        # a country has no point of its own here (GeoNames has no centroids), and no FeatureID but its code
        country = placed[placed[f"{who}Geo_Type"] == 1]
        assert country[f"{who}Geo_Lat"].isna().all()
        assert (country[f"{who}Geo_FeatureID"] == country[f"{who}Geo_CountryCode"]).all()
        cities = placed[placed[f"{who}Geo_Type"].isin([3, 4])]
        assert cities[f"{who}Geo_FeatureID"].str.fullmatch(r"-?\d+").all() and cities[f"{who}Geo_Lat"].notna().all()
        assert frame.loc[kind == 0, f"{who}Geo_FullName"].isna().all()
    assert frame["DATEADDED"].astype(str).str.fullmatch(r"20\d{12}").all()
    assert frame["SOURCEURL"].notna().all()


def test_pandas_reads_it_with_gdelts_names_and_types(store, tmp_path):
    out = tmp_path / "events.CSV"
    store.export(out, layout="gdelt")
    frame = _read_pandas(out, _published(EVENT_COLUMNS_FILE, sep=","))
    _assert_gdelt_events(frame)
    rows = {(r.EventCode, r.SQLDATE): r for r in frame.itertuples()}

    assault = rows[("190", 20191130)]
    # the story's first report (earliest published) gives SOURCEURL and IsRootEvent, not its anchor
    assert assault.SOURCEURL == "https://early.example/1" and assault.IsRootEvent == 1
    assert (assault.NumMentions, assault.NumArticles) == (2, 2)
    assert (assault.ActionGeo_Type, assault.ActionGeo_CountryCode, assault.ActionGeo_ADM1Code) == (4, "SY", "SY09")
    assert assault.ActionGeo_FeatureID == "170063" and assault.ActionGeo_FullName == "Aleppo, Syria"
    assert (assault.Actor1Geo_Type, assault.Actor1Geo_FeatureID) == (4, "170063")  # actors are placed where the event is
    assert abs(assault.ActionGeo_Lat - 36.20124) < 1e-6

    eve = rows[("040", 20191231)]
    assert eve.FractionDate == 2019.989  # (11 * 30 + 31) / 365; never 2020.0
    assert (eve.ActionGeo_Type, eve.ActionGeo_ADM1Code, eve.ActionGeo_FeatureID) == (3, "USTX", "4699066")  # a US city
    assert eve.ActionGeo_FullName == "Houston, Texas, United States"

    un = rows[("100", 20191202)]
    assert (un.Actor1Code, un.Actor1KnownGroupCode, un.Actor1Name) == ("UNO", "UNO", "UNITED NATIONS")
    assert pd.isna(un.Actor1CountryCode) and un.Actor2CountryCode == "SYR"
    assert (un.Actor1Geo_Type, un.ActionGeo_Type) == (0, 0)  # no place

    kosovo = rows[("112", 20191202)]
    # CAMEO's codes: Kosovo is KOS; an ethnic group (dyads' ETH sector) has no CAMEO type
    assert (kosovo.Actor2Code, kosovo.Actor2CountryCode) == ("KOSGOV", "KOS")
    assert kosovo.Actor1Code == "SYR" and pd.isna(kosovo.Actor1Type1Code)

    syria = rows[("130", 20191202)]
    assert (syria.ActionGeo_Type, syria.ActionGeo_FeatureID, syria.ActionGeo_ADM1Code) == (1, "SY", "SY")
    assert pd.isna(syria.ActionGeo_Lat) and pd.isna(syria.ActionGeo_Long)  # not Damascus

    assert rows[("081", 20150218)].FractionDate == 2015.1315  # as GDELT's own files have it
    by_code = {r.EventCode: r.QuadClass for r in frame.itertuples()}
    assert [(code, by_code[code]) for code, _ in QUADS] == QUADS
    undated = frame[frame["SQLDATE"].isna()]
    assert len(undated) == 1 and undated["FractionDate"].isna().all()


def test_polars_reads_it_with_gdelts_names_and_types(store, tmp_path):
    pl = pytest.importorskip("polars", reason="polars is an optional dependency (pip install polars)")
    out = tmp_path / "events.CSV"
    store.export(out, layout="gdelt")
    columns = _published(EVENT_COLUMNS_FILE, sep=",")
    kinds = {"INTEGER": pl.Int64, "FLOAT": pl.Float64, "STRING": pl.String}
    frame = pl.read_csv(out, separator="\t", has_header=False, new_columns=[n for n, _ in columns],
                        schema_overrides={n: kinds[t] for n, t in columns}, quote_char=None)
    assert frame.schema == pl.Schema({n: kinds[t] for n, t in columns})
    _assert_gdelt_events(frame.to_pandas(use_pyarrow_extension_array=True).convert_dtypes())


def test_typed_parquet_has_the_same_rows(store, tmp_path):
    store.export(tmp_path / "events.CSV", layout="gdelt")
    store.export(tmp_path / "gdelt.parquet", layout="gdelt")
    table = ds.dataset(tmp_path / "gdelt.parquet", partitioning="hive").to_table()
    kinds = {"INTEGER": "int64", "FLOAT": "double", "STRING": "string"}
    assert [(f.name, str(f.type)) for f in table.schema if f.name != "month"] == [
        (n, kinds[t]) for n, t in GDELT_EVENT_COLUMNS]
    from_tsv = _read_pandas(tmp_path / "events.CSV", list(GDELT_EVENT_COLUMNS))
    assert sorted(table.column("GLOBALEVENTID").to_pylist()) == sorted(from_tsv["GLOBALEVENTID"].tolist())
    assert sorted(set(table.column("month").to_pylist())) == ["2015-02", "2019-11", "2019-12", "undated"]


def test_mentions_table(store, tmp_path):
    store.export(tmp_path / "events.CSV", layout="gdelt")
    assert store.export(tmp_path / "mentions.CSV", layout="gdelt-mentions") == 2 + 1 + 3 + len(QUADS) + 1
    events = _read_pandas(tmp_path / "events.CSV", list(GDELT_EVENT_COLUMNS))
    mentions = _read_pandas(tmp_path / "mentions.CSV", _published(MENTION_COLUMNS_FILE, sep="\t"))
    assert mentions.shape[1] == 16
    assert set(mentions["GLOBALEVENTID"]) == set(events["GLOBALEVENTID"])
    counts = mentions.groupby("GLOBALEVENTID").size()
    assert (events.set_index("GLOBALEVENTID")["NumMentions"] == counts[events["GLOBALEVENTID"]].to_numpy()).all()
    assert mentions["MentionType"].isin([1, 2]).all() and (mentions["SentenceID"] >= 1).all()
    assert mentions["Confidence"].between(0, 100).all() and (mentions["MentionDocLen"] > 0).all()
    assert mentions["InRawText"].eq(1).all()
    for column in ("EventTimeDate", "MentionTimeDate"):
        assert mentions[column].astype(str).str.fullmatch(r"20\d{12}").all()
    web = mentions[mentions["MentionType"] == 1]
    assert web["MentionIdentifier"].str.startswith("https://").all()
    assault = mentions[mentions["MentionIdentifier"] == "https://late.example/3"].iloc[0]
    assert assault["SentenceID"] == 4 and assault["MentionSourceName"] == "late.example"
    # offsets are characters into the document, where the words are
    body = "RUS assault SYR (late #3)."
    assert assault["ActionCharOffset"] == body.index("assault") and assault["Actor1CharOffset"] == 0


def test_the_places_are_the_gazetteers():
    gazetteer = pytest.importorskip("dyads.where.gazetteer")
    assert CITY_POPULATION == gazetteer.MIN_POPULATION


def test_ids_stay_below_2_53_for_any_story_id(store, tmp_path):
    out = tmp_path / "events.CSV"
    store.export(out, layout="gdelt")
    ids = [int(line.split("\t", 1)[0]) for line in out.read_text(encoding="utf-8").splitlines()]
    assert all(0 < i < 2**53 for i in ids) and all(float(i) == i for i in ids)
    assert max(ids) < 2**52  # 13 of the story id's 16 hex digits


def test_the_dyads_csv_takes_its_evidence_from_the_first_report(store, tmp_path):
    store.export(tmp_path / "events.csv")
    rows = pd.read_csv(tmp_path / "events.csv", dtype={"cameo": str})
    assault = rows[(rows["cameo"] == "190") & (rows["source"] == "RUS")].iloc[0]
    assert assault["doc_id"] == "early" and "(early #0)" in assault["sentence"]
    store.export(tmp_path / "events.tsv")
    assert (tmp_path / "events.tsv").read_text(encoding="utf-8").split("\n", 1)[0].count("\t") == len(rows.columns) - 1


@pytest.mark.parametrize(("place", "expected"), [
    (("Singapore", "SGP", 1.28967, 103.85007), (1, "SN", None)),   # the country, though a city has its name
    (("Houston", "USA", 29.76328, -95.36327), (3, "USTX", 29.76328)),
    (("Aleppo", "SYR", 36.20124, 37.16117), (4, "SY09", 36.20124)),
    (("Atlantis", "GRC", 37.0, 25.0), (4, None, 37.0)),            # not in GeoNames: kept as stored
])
def test_describe_place(place, expected):
    details = describe_place(*place)
    assert (details.geo_type, details.adm1 if details.geo_type != 1 else details.fips, details.lat) == expected
