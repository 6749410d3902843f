"""Load and check the actor lexicons (``lexicons/actors/``) once.

The files are for a political scientist to read and extend:

- ``countries.csv``: ``code,name,names,adjectives,capitals`` (lists separated by ``|``)
- ``organisations.yml``: IGOs, NGOs and groups tied to one state
- ``persons.yml``: office-holders with dated terms
- ``sectors.yml``: role words per PLOVER sector, and which of them name one person
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import Errors, LexiconError
from ..lexicons import lexicon_path, load_yaml

_CODE = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class ActorEntry:
    """What a phrase in an actor lexicon means.

    ``kind`` is one of ``country``, ``adjective``, ``capital``, ``org``, ``person``.
    ``entry_id`` names the file and entry, so an event's ``why`` can cite it.
    """

    kind: str
    code: str
    sector: str | None
    name: str | None
    org: str | None
    entry_id: str
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    role: str | None = None

    def valid_on(self, day: dt.date | None) -> bool:
        if day is None:
            return True
        if self.valid_from and day < self.valid_from:
            return False
        return not (self.valid_to and day > self.valid_to)


@dataclass
class ActorLexicon:
    """Phrases (case-sensitive) to their meanings, and role words (lower case) to sectors."""

    phrases: dict[str, list[ActorEntry]] = field(default_factory=dict)
    sector_words: dict[str, str] = field(default_factory=dict)
    person_roles: set[str] = field(default_factory=set)
    country_names: dict[str, str] = field(default_factory=dict)
    # imported (PETRARCH) phrases, matched without regard to case: (words, whole_word) -> entries
    folded: dict[tuple[tuple[str, ...], bool], list[ActorEntry]] = field(default_factory=dict)
    # sector codes that go before the state's in a PETRARCH code ("[NGO~]": MSF Arnor -> NGOARN)
    prefix_sectors: set[str] = field(default_factory=set)

    def add(self, phrase: str, entry: ActorEntry) -> None:
        phrase = phrase.strip()
        if phrase:
            entries = self.phrases.setdefault(phrase, [])
            if entry not in entries:
                entries.append(entry)


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split("|") if part.strip()]


def _read_countries(path: Path, lexicon: ActorLexicon) -> None:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = {"code", "name", "names", "adjectives", "capitals"} - set(reader.fieldnames or [])
        if missing:
            raise LexiconError(Errors.E302.format(path=path, problem=f"missing columns {sorted(missing)}"))
        first_line: dict[str, int] = {}
        for line, row in enumerate(reader, start=2):
            code = (row["code"] or "").strip()
            if not _CODE.match(code):
                raise LexiconError(Errors.E301.format(path=path, line=line, problem=f"bad country code {code!r}"))
            if code in first_line:
                raise LexiconError(Errors.E301.format(path=path, line=line, problem=f"country code {code!r} repeats line {first_line[code]}"))
            first_line[code] = line
            entry_id = f"actors/countries.csv#{code}"
            lexicon.country_names[code] = row["name"].strip()
            for name in [row["name"], *_split(row["names"])]:
                lexicon.add(name, ActorEntry("country", code, None, None, None, entry_id))
                # "the United States" / "The Gambia": headlines and sentence starts capitalise "The"
                if name.strip().lower().startswith("the "):
                    lexicon.add(name.strip()[4:], ActorEntry("country", code, None, None, None, entry_id))
            for adjective in _split(row["adjectives"]):
                lexicon.add(adjective, ActorEntry("adjective", code, None, None, None, entry_id))
            for capital in _split(row["capitals"]):
                lexicon.add(capital, ActorEntry("capital", code, "GOV", None, None, entry_id))


def _date(value: Any, path: Path, what: str) -> dt.date | None:
    if value in (None, "", "null"):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise LexiconError(Errors.E302.format(path=path, problem=f"{what}: bad date {value!r}")) from exc


def _read_organisations(path: Path, lexicon: ActorLexicon) -> None:
    for item in load_yaml(path) or []:
        short = item.get("short")
        code = item.get("code")
        if not short or not code or not _CODE.match(str(code)):
            raise LexiconError(Errors.E302.format(path=path, problem=f"organisation {item!r} needs `short` and a 3-letter `code`"))
        is_org = code in {"IGO", "NGO", "MNC", "IMG"}
        entry = ActorEntry(
            "org", code, item.get("sector"), item.get("name") or short,
            short if is_org else None, f"actors/organisations.yml#{short}",
        )
        for alias in {short, item.get("name") or short, *(item.get("aliases") or [])}:
            lexicon.add(str(alias), entry)


def read_organisation_codes(path: Path) -> dict[str, str]:
    """``short`` -> code of each organisation in ``organisations.yml`` (roles in the knowledge files name them)."""
    return {str(item["short"]): str(item["code"]) for item in load_yaml(path) or [] if item.get("short") and item.get("code")}


def _read_persons(path: Path, lexicon: ActorLexicon) -> None:
    for item in load_yaml(path) or []:
        name = item.get("name")
        code = item.get("country")
        if not name or not code:
            raise LexiconError(Errors.E302.format(path=path, problem=f"person {item!r} needs `name` and `country`"))
        if not _CODE.match(str(code)):
            raise LexiconError(Errors.E302.format(path=path, problem=f"person {name!r}: `country` must be a 3-letter code, got {code!r}"))
        what = f"person {name!r}"
        entry = ActorEntry(
            "person", code, item.get("sector") or "GOV", name, item.get("org"),
            f"actors/{path.name}#{name}", _date(item.get("from"), path, what), _date(item.get("to"), path, what),
            item.get("role"),
        )
        for alias in {name, *(item.get("aliases") or [])}:
            lexicon.add(str(alias), entry)


def _read_sectors(path: Path, lexicon: ActorLexicon) -> None:
    data = load_yaml(path) or {}
    for code, words in data.items():
        if code == "persons":
            lexicon.person_roles.update(str(w).lower() for w in words or [])
            continue
        if not _CODE.match(str(code)):
            raise LexiconError(Errors.E302.format(path=path, problem=f"bad sector code {code!r}"))
        for word in words or []:
            lexicon.sector_words.setdefault(str(word).lower(), str(code))


@lru_cache(maxsize=4)
def load_actor_lexicon(lexicon_dir: str | None = None) -> ActorLexicon:
    """Read every actor file once (cached per folder)."""
    lexicon = ActorLexicon()
    for name in ("countries.csv", "organisations.yml", "persons.yml", "sectors.yml"):
        path = lexicon_path(lexicon_dir, "actors", name)
        if not path.is_file():
            raise LexiconError(Errors.E302.format(path=path, problem="missing: a lexicon folder needs every file of the built-in one"))
    _read_countries(lexicon_path(lexicon_dir, "actors", "countries.csv"), lexicon)
    _read_organisations(lexicon_path(lexicon_dir, "actors", "organisations.yml"), lexicon)
    _read_persons(lexicon_path(lexicon_dir, "actors", "persons.yml"), lexicon)
    historical = lexicon_path(lexicon_dir, "actors", "persons_historical.yml")  # 1975-2015 terms; optional
    if historical.exists():
        _read_persons(historical, lexicon)
    _read_sectors(lexicon_path(lexicon_dir, "actors", "sectors.yml"), lexicon)
    return lexicon
