"""Load and check the actor lexicons (``lexicons/actors/``) once.

The files are for a political scientist to read and extend:

- ``countries.csv``: ``code,name,names,adjectives,capitals`` (lists separated by ``|``)
- ``organisations.yml``: IGOs, NGOs and groups tied to one state
- ``offices.yml`` and ``knowledge/*.yml``: institutions, parties, groups and people with dated
  terms, state by state (see ``knowledge/README.md`` and :mod:`dyads.actors.knowledge`)
- ``sectors.yml``: role words per PLOVER sector, and which of them name one person
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..cache import load_cached
from ..errors import Errors, LexiconError
from ..lexicons import lexicon_path, load_yaml
from .knowledge import Knowledge, Person, knowledge_files, read_knowledge
from .names import fold

_CODE = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class ActorEntry:
    """What a phrase in an actor lexicon means.

    ``kind`` is one of ``country``, ``adjective``, ``capital``, ``org``, ``person``, ``people``
    (a people or faith living across borders: no code of its own). A person has one entry per
    term (``role`` is the office, ``rank`` its place in ``offices.yml``) and one as a former
    official (``role`` is ``former``, sector ``ELI``).
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
    rank: int = 0

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
    # the knowledge base's people: id -> one entry per term and one as a former official
    people: dict[str, list[ActorEntry]] = field(default_factory=dict)
    # folded family name -> ids of the people it may name ("ruto"), with a title or an earlier mention
    surnames: dict[str, set[str]] = field(default_factory=dict)
    # lower-case title ("president") -> offices its holders may hold
    title_offices: dict[str, frozenset[str]] = field(default_factory=dict)

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


_PARTICLES = {"de", "da", "das", "do", "dos", "du", "di", "del", "della", "van", "von", "der", "den", "ter", "ten", "la", "le"}
# names whose parts are not given names and a surname: Arabic chains, East Asian order
_NO_INITIALS = {"bin", "ibn", "bint", "al", "el", "abu", "abd", "abdel", "abdul", "ould", "ag", "ben"}
_EAST_ASIAN = {"CHN", "TWN", "JPN", "KOR", "PRK", "VNM", "MNG", "KHM", "MMR", "LAO", "THA"}
FORMER = "former"


def initial_variants(name: str, country: str) -> list[str]:
    """"George Walker Bush" -> "George W. Bush", "G. W. Bush", "G.W. Bush": how news shortens
    a Latin name of three or more words (given names, then a surname with its particles)."""
    words = name.split()
    if country in _EAST_ASIAN or len(words) < 3 or any(w.lower().strip("-") in _NO_INITIALS for w in words):
        return []
    cut = next((i for i, w in enumerate(words[1:], start=1) if w in _PARTICLES), len(words) - 1)
    given, surname = words[:cut], " ".join(words[cut:])
    if len(given) < 2 or not all(w[:1].isupper() and w.isalpha() for w in given):
        return []
    initials = [w[0] + "." for w in given]
    return [
        " ".join([given[0], *initials[1:], surname]),
        " ".join([*initials, surname]),
        "".join(initials) + " " + surname,
    ]


def _add_knowledge(knowledge: Knowledge, lexicon: ActorLexicon) -> None:
    for body in knowledge.bodies:
        kind = {"people": "people", "faith": "people"}.get(body.kind, "org")
        entry = ActorEntry(kind, body.code, body.sector, body.names[0], None, body.entry_id)
        for name in body.names:
            lexicon.add(name, entry)
    # one person in two files (a state's, and IGO.yml for an international post) is one person
    merged: dict[tuple[str, str], list[Person]] = {}
    for person in knowledge.people:
        merged.setdefault((person.name, person.country), []).append(person)
    for same in merged.values():
        person = same[0]
        roles = [role for one in same for role in one.roles]
        entries = [
            ActorEntry("person", role.code, role.sector, person.name, role.org, person.entry_id, role.start, role.end,
                       role.office, role.rank)
            for role in roles
        ]
        entries.append(ActorEntry("person", person.country, "ELI", person.name, None, person.entry_id, role=FORMER))
        names = list(dict.fromkeys(name for one in same for name in one.names))
        names += [v for v in initial_variants(person.name, person.country) if v not in names]
        for name in names:
            for entry in entries:
                lexicon.add(name, entry)
        for name in names:
            parts = name.split()
            if len(parts) > 1:
                lexicon.surnames.setdefault(fold(parts[-1]), set()).add(person.entry_id)
        lexicon.people[person.entry_id] = entries
    lexicon.title_offices = knowledge.title_offices()


def choose_entries(entries: list[ActorEntry], day: dt.date | None) -> list[ActorEntry]:
    """The meanings of one name on ``day``: everything but people as it is, and of the people the
    one who held an office that day (the highest-ranked office), else who held one before or after
    (``ELI``); with no date, each person's latest term. Two people who fit equally well are dropped:
    the name is ambiguous."""
    others = [e for e in entries if e.kind != "person"]
    people: dict[str, list[ActorEntry]] = {}
    for entry in entries:
        if entry.kind == "person":
            people.setdefault(entry.entry_id, []).append(entry)
    if not people:
        return others
    best: list[tuple[int, ActorEntry]] = []
    for terms in people.values():
        chosen = person_on(terms, day)
        if chosen is not None:
            best.append((chosen.role == FORMER, chosen))
    if not best:
        return others
    level = min(fit for fit, _ in best)
    fitting = [entry for fit, entry in best if fit == level]
    if len(fitting) > 1 and len({(e.code, e.sector) for e in fitting}) == 1:
        # "Kenyatta" in 2023: father or son, either way a former Kenyan official
        fitting = [replace(fitting[0], name=None)]
    return fitting + others if len(fitting) == 1 else others


def person_on(terms: list[ActorEntry], day: dt.date | None) -> ActorEntry | None:
    """One person's entry for ``day``: a term held that day, else the former official."""
    roles = [e for e in terms if e.role != FORMER]
    if day is None:
        return max(roles, key=lambda e: (e.valid_from or dt.date.min, -e.rank), default=None)
    holding = [e for e in roles if e.valid_on(day)]
    if holding:
        return min(holding, key=lambda e: e.rank)
    return next((e for e in terms if e.role == FORMER), None)


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


# Bump when the readers change what they make of the files, so cached lexicons are not reused.
FORMAT_VERSION = "actors-2"


@lru_cache(maxsize=4)
def load_actor_lexicon(lexicon_dir: str | None = None) -> ActorLexicon:
    """Read every actor file once (cached per folder in the process, and compiled on disk: see
    :mod:`dyads.cache`, keyed by the files' contents)."""
    paths = [lexicon_path(lexicon_dir, "actors", name) for name in ("countries.csv", "organisations.yml", "offices.yml", "sectors.yml")]
    for path in paths:
        if not path.is_file():
            raise LexiconError(Errors.E302.format(path=path, problem="missing: a lexicon folder needs every file of the built-in one"))
    paths += knowledge_files(lexicon_dir)
    try:
        content = [part for path in paths for part in (path.name.encode(), path.read_bytes())]
    except OSError as exc:
        raise LexiconError(Errors.E302.format(path=exc.filename, problem=exc.strerror)) from exc
    return load_cached("actors", FORMAT_VERSION, content, lambda: _build_actor_lexicon(lexicon_dir), ActorLexicon)


def _build_actor_lexicon(lexicon_dir: str | None) -> ActorLexicon:
    lexicon = ActorLexicon()
    _read_countries(lexicon_path(lexicon_dir, "actors", "countries.csv"), lexicon)
    organisations = lexicon_path(lexicon_dir, "actors", "organisations.yml")
    _read_organisations(organisations, lexicon)
    _add_knowledge(read_knowledge(lexicon_dir, read_organisation_codes(organisations)), lexicon)
    _read_sectors(lexicon_path(lexicon_dir, "actors", "sectors.yml"), lexicon)
    return lexicon
