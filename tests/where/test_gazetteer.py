"""The offline gazetteer, and find_location on sentences parsed by the pinned model."""
from __future__ import annotations

from pathlib import Path

import pytest
from lexicon_copy import append_text, copy_lexicons
from spacy.language import Language

from dyads.errors import LexiconError
from dyads.parse import load_model
from dyads.where import Gazetteer, find_location, get_gazetteer
from dyads.where import gazetteer as gazetteer_module


@pytest.fixture(scope="session")
def bare_nlp() -> Language:
    """The pinned model without the dyads components: find_location needs only NER and parse."""
    return load_model()


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return get_gazetteer()


@pytest.mark.parametrize(
    "name, place, country, lat, lon",
    [
        ("Baku", "Baku", "AZE", 40.4, 49.9),
        ("Azerbaijan", "Azerbaijan", "AZE", 40.4, 49.9),  # a country sits at its capital
        ("Afrin", "‘Afrīn", "SYR", 36.5, 36.9),  # found without GeoNames' accent and quote
        ("Cizre", "Cizre", "TUR", 37.3, 42.2),
        ("Moscow", "Moscow", "RUS", 55.8, 37.6),
        ("Kiev", "Kyiv", "UKR", 50.5, 30.5),  # alternate name
        ("St. Petersburg", "Saint Petersburg", "RUS", 59.9, 30.3),  # not the Florida one
        ("Tripoli", "Tripoli", "LBY", 32.9, 13.2),  # the most populous of the name
        ("Bogota", "Bogotá", "COL", 4.6, -74.1),
        ("Colombia", "Colombia", "COL", 4.6, -74.1),  # capital found without its accent
        ("Russian Federation", "Russia", "RUS", 55.8, 37.6),  # pycountry name
        ("Türkiye", "Turkey", "TUR", 39.9, 32.9),
        ("the United States", "United States", "USA", 38.9, -77.0),
        ("U.S.", "United States", "USA", 38.9, -77.0),  # alias
        ("Britain", "United Kingdom", "GBR", 51.5, -0.1),
        ("Kosovo", "Kosovo", "XKX", 42.7, 21.2),
        ("Pristina", "Pristina", "XKX", 42.7, 21.2),
        ("Georgia", "Georgia", "GEO", 41.7, 44.8),  # the country wins over cities
    ],
)
def test_lookup(
    gazetteer: Gazetteer, name: str, place: str, country: str, lat: float, lon: float
) -> None:
    location = gazetteer.lookup(name)
    assert location is not None
    assert (location.name, location.country) == (place, country)
    assert location.lat == pytest.approx(lat, abs=0.1)
    assert location.lon == pytest.approx(lon, abs=0.1)


@pytest.mark.parametrize("name", ["Nowhereville", "Foreign Ministry", ""])
def test_lookup_unknown(gazetteer: Gazetteer, name: str) -> None:
    assert gazetteer.lookup(name) is None


def test_is_country(gazetteer: Gazetteer) -> None:
    assert gazetteer.is_country(gazetteer.lookup("Azerbaijan"))
    assert not gazetteer.is_country(gazetteer.lookup("Baku"))


def test_get_gazetteer_is_shared() -> None:
    assert get_gazetteer() is get_gazetteer()


@pytest.mark.parametrize(
    "text, place, country",
    [
        (
            "Russian Foreign Minister Sergey Lavrov spoke at a press conference in Baku on Tuesday.",
            "Baku",
            "AZE",
        ),
        ("Turkish troops shelled Kurdish positions near Afrin on Monday.", "‘Afrīn", "SYR"),
        # a city wins over the country that holds it
        (
            "Police clashed with protesters in the town of Cizre in southeastern Turkey.",
            "Cizre",
            "TUR",
        ),
        ("The ministers met in Baku, Azerbaijan, on December 3.", "Baku", "AZE"),
        ("Rebels attacked an army post on the outskirts of Damascus.", "Damascus", "SYR"),
        ("Fighting continued in Idlib province.", "Idlib", "SYR"),
        # the embassy's country is not where the protest took place
        ("Protesters gathered outside the U.S. embassy in Ankara.", "Ankara", "TUR"),
        ("Iran said it would hold talks with France in Geneva next week.", "Geneva", "CHE"),
        ("Thousands of people protested in Venezuela on Saturday.", "Venezuela", "VEN"),
        # no place: a subject, a direction, a partner, nothing at all
        ("Moscow said it would respond.", None, None),
        ("Lavrov travelled to Baku for talks.", None, None),
        ("Russia signed an agreement with Azerbaijan.", None, None),
        ("The minister criticised the decision.", None, None),
    ],
)
def test_find_location(
    bare_nlp: Language, text: str, place: str | None, country: str | None
) -> None:
    location = find_location(next(bare_nlp(text).sents))
    assert (location and location.name, location and location.country) == (place, country)


def test_find_location_baku_coordinates(bare_nlp: Language) -> None:
    doc = bare_nlp("Lavrov spoke at a press conference in Baku on Tuesday.")
    location = find_location(doc[:])
    assert location is not None
    assert location.lat == pytest.approx(40.4, abs=0.1)
    assert location.lon == pytest.approx(49.9, abs=0.1)


def test_bad_alias_names_file_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    aliases = tmp_path / "country_aliases.csv"
    aliases.write_text("# test\nalias,country\nBritain,GBR\nNarnia,XXX\n", encoding="utf-8")
    monkeypatch.setattr(gazetteer_module, "_ALIASES", aliases)
    with pytest.raises(LexiconError, match=r"\[E301\] .*country_aliases.csv line 4: .*Narnia"):
        Gazetteer()


def test_namesake_in_a_country_the_text_is_about_wins():
    gazetteer = get_gazetteer()
    assert gazetteer.lookup("Tripoli").country == "LBY"
    assert gazetteer.lookup("Tripoli", frozenset({"LBN"})).country == "LBN"
    # a far smaller namesake does not displace the city everyone means
    assert gazetteer.lookup("Paris", frozenset({"USA"})).country == "FRA"


def test_gazetteer_is_compiled_once_and_rebuilt_when_its_data_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DYADS_CACHE", str(tmp_path / "cache"))
    folder = str(copy_lexicons(tmp_path))
    get_gazetteer.cache_clear()
    built = get_gazetteer(folder)
    assert len(list((tmp_path / "cache").glob("gazetteer-*.pickle"))) == 1

    # a second process (here: the per-process cache emptied) loads the compiled copy instead of building
    get_gazetteer.cache_clear()

    def no_build(self: Gazetteer, *args: object, **kwargs: object) -> None:
        raise AssertionError("built again although its data did not change")

    with monkeypatch.context() as patched:
        patched.setattr(Gazetteer, "__init__", no_build)
        loaded = get_gazetteer(folder)
    assert loaded is not built
    assert loaded.lookup("Baku") == built.lookup("Baku")

    # a changed alias file is a new key: built again, and the new alias is found
    append_text(Path(folder) / "places" / "country_aliases.csv", "Ruritanian Republic,AZE\n")
    get_gazetteer.cache_clear()
    changed = get_gazetteer(folder)
    assert changed.lookup("the Ruritanian Republic").country == "AZE"
    assert len(list((tmp_path / "cache").glob("gazetteer-*.pickle"))) == 2
    get_gazetteer.cache_clear()
