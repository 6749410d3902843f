"""Load and check the actor lexicons (``lexicons/actors/``) once.

The files are for a political scientist to read and extend:

- ``countries.csv``: ``code,name,names,adjectives,capitals`` (lists separated by ``|``; an adjective
  ending in a hyphen is a combining form: ``Sino-`` of "Sino-Russian")
- ``organisations.yml``: IGOs, NGOs and groups tied to one state
- ``offices.yml`` and ``knowledge/*.yml``: institutions, parties, groups and people with dated
  terms, state by state (see ``knowledge/README.md`` and :mod:`dyads.actors.knowledge`)
- ``sectors.yml``: role words per PLOVER sector, and which of them name one person
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from ..cache import load_cached
from ..errors import Errors, LexiconError
from ..lexicons import lexicon_path, load_yaml
from .knowledge import Knowledge, Person, knowledge_files, read_knowledge
from .names import NameMatcher, PersonNameMatcher, SpellingMatcher, fold

_CODE = re.compile(r"^[A-Z]{3}$")


class ActorEntry(NamedTuple):
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

    # a named tuple, not a dataclass: the cached lexicon holds tens of thousands, and tuples unpickle fast

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
    # a state's combining form -> its code: "Sino" (of "Sino-Russian") -> CHN
    combining_forms: dict[str, str] = field(default_factory=dict)
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
    # the matchers compiled from ``phrases`` (kept with the cached lexicon, so a run loads them built)
    name_matcher: NameMatcher | None = None
    spelling_matcher: SpellingMatcher | None = None
    person_matcher: PersonNameMatcher | None = None

    def compile(self) -> None:
        """Build the matchers of the phrases as they are now."""
        self.name_matcher = NameMatcher(self.phrases)
        self.spelling_matcher = SpellingMatcher(
            (phrase, " ".join(sorted({e.code for e in entries})))
            for phrase, entries in self.phrases.items() if " " not in phrase and any(e.kind in {"country", "adjective"} for e in entries)
        )
        self.person_matcher = PersonNameMatcher(
            phrase for phrase, entries in self.phrases.items() if all(e.kind == "person" for e in entries)
        )

    def add(self, phrase: str, entry: ActorEntry) -> None:
        phrase = phrase.strip()
        if phrase:
            entries = self.phrases.setdefault(phrase, [])
            if entry not in entries:
                entries.append(entry)

    def __getstate__(self) -> dict[str, Any]:
        # Pickled compactly, for the on-disk cache: each entry once as a plain tuple (dates as day
        # numbers), phrases and people as lists of row numbers; entries are made again on first use.
        rows: list[tuple] = []
        number: dict[int, int] = {}

        def index(entries: list[ActorEntry]) -> tuple[int, ...]:
            for entry in entries:
                if id(entry) not in number:
                    number[id(entry)] = len(rows)
                    rows.append(_row(entry))
            return tuple(number[id(entry)] for entry in entries)

        state = dict(self.__dict__)
        state["phrases"] = {phrase: index(entries) for phrase, entries in self.phrases.items()}
        state["people"] = {person: index(entries) for person, entries in self.people.items()}
        state["rows"] = rows
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        rows = state.pop("rows")
        made: dict[int, ActorEntry] = {}
        state["phrases"] = _Entries(state["phrases"], rows, made)
        state["people"] = _Entries(state["people"], rows, made)
        self.__dict__.update(state)


def _row(entry: ActorEntry) -> tuple:
    return (*entry[:6], entry.valid_from.toordinal() if entry.valid_from else 0,
            entry.valid_to.toordinal() if entry.valid_to else 0, *entry[8:])


class _Entries(dict):
    """A ``phrases`` or ``people`` table read from the cache: entries are made when first looked up,
    so that loading a lexicon of tens of thousands of names costs no more than reading it."""

    def __init__(self, index: dict[str, tuple[int, ...]], rows: list[tuple], made: dict[int, ActorEntry]):
        super().__init__()
        self._index, self._rows, self._made = index, rows, made

    def _entry(self, number: int) -> ActorEntry:
        entry = self._made.get(number)
        if entry is None:
            row = self._rows[number]
            start, end = row[6], row[7]
            entry = ActorEntry._make((*row[:6], dt.date.fromordinal(start) if start else None,
                                      dt.date.fromordinal(end) if end else None, *row[8:]))
            self._made[number] = entry
        return entry

    def __missing__(self, key: str) -> list[ActorEntry]:
        entries = [self._entry(number) for number in self._index[key]]
        self[key] = entries
        return entries

    def get(self, key: str, default: Any = None) -> Any:
        return self[key] if key in self._index else default

    def __contains__(self, key: object) -> bool:
        return key in self._index

    def __iter__(self):
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)

    def keys(self):
        return self._index.keys()

    def items(self):
        return [(key, self[key]) for key in self._index]

    def values(self):
        return [self[key] for key in self._index]

    def setdefault(self, key: str, default: Any = None) -> Any:
        if key in self._index:
            return self[key]
        self._index[key] = ()
        self[key] = default
        return default


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
                if adjective.endswith("-"):  # a combining form ("Sino-"): a state only joined to another's name
                    lexicon.combining_forms[adjective[:-1]] = code
                    continue
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


def _read_organisations(path: Path, lexicon: ActorLexicon) -> dict[str, str]:
    """Add the organisations of ``organisations.yml``; returns ``short`` -> code."""
    codes: dict[str, str] = {}
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
        codes[str(short)] = str(code)
    return codes


_PARTICLES = {"de", "da", "das", "do", "dos", "du", "di", "del", "della", "van", "von", "der", "den", "ter", "ten", "la", "le"}
# names whose parts are not given names and a surname: Arabic chains, East Asian order
_NO_INITIALS = {"bin", "ibn", "bint", "al", "el", "abu", "abd", "abdel", "abdul", "ould", "ag", "ben"}
_EAST_ASIAN = {"CHN", "TWN", "JPN", "KOR", "PRK", "VNM", "MNG", "KHM", "MMR", "LAO", "THA"}
FORMER = "former"
# sectors of roles outside the state, which do not make a former office-holder an official again
_PARTY_SECTORS = {"PTY", "OPP"}


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
    (``ELI``); with no date, each person's latest term. Of two people who fit equally well, both are
    kept where they are of different states (the document's other states decide), else dropped."""
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
        fitting = [fitting[0]._replace(name=None)]
    if len(fitting) > 1 and len({e.code for e in fitting}) == 1:
        return others  # two people of one state: which one, the name does not say
    # one person, or people of different states ("Pedro Sánchez" of Spain and of Colombia): the
    # states the document names decide (ActorFinder._disambiguate)
    return fitting + others


def person_on(terms: list[ActorEntry], day: dt.date | None) -> ActorEntry | None:
    """One person's entry for ``day``: a term held that day, else the former official."""
    roles = [e for e in terms if e.role != FORMER]
    if day is None:
        return max(roles, key=lambda e: (e.valid_from or dt.date.min, -e.rank), default=None)
    holding = [e for e in roles if e.valid_on(day)]
    former = next((e for e in terms if e.role == FORMER), None)
    if holding and former is not None and all(e.sector in _PARTY_SECTORS for e in holding) and any(
        e.sector not in _PARTY_SECTORS and e.valid_to and e.valid_to < day for e in roles
    ):
        return former  # a former head of state who leads a party now is a former official (PLOVER's ELI)
    if holding:
        return min(holding, key=lambda e: e.rank)
    return former


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
FORMAT_VERSION = "actors-11"


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
    organisations = _read_organisations(lexicon_path(lexicon_dir, "actors", "organisations.yml"), lexicon)
    _add_knowledge(read_knowledge(lexicon_dir, organisations), lexicon)
    _read_sectors(lexicon_path(lexicon_dir, "actors", "sectors.yml"), lexicon)
    lexicon.compile()
    return lexicon
