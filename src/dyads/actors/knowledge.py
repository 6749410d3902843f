"""Read and check the actor knowledge base (``lexicons/actors/knowledge/*.yml``).

One file per state (``KEN.yml``), ``IGO.yml`` for the officials of international
organisations, ``peoples.yml`` for peoples and faiths that live across borders; the
format is described in that folder's README. :func:`read_knowledge` turns them into
plain records (bodies, people with dated roles); :func:`check_knowledge` adds the
checks that span files (overlapping terms of one office, one name for two codes).
``python -m dyads.actors.knowledge [FILES]`` prints every problem, then the counts per
country, so thin countries are visible.
"""
from __future__ import annotations

import csv
import datetime as dt
import itertools
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import Errors, LexiconError
from ..lexicons import lexicon_path, load_yaml

_CODE = re.compile(r"^[A-Z]{3}$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
# PLOVER's sector codes, and ETH for a people as such (CAMEO's code; PLOVER has none for it)
SECTORS = frozenset(
    "COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP PRE REL SOC ETH".split()
)
# codes that are not states: an organisation's own code in organisations.yml
STATELESS = frozenset({"IGO", "NGO", "MNC", "IMG", "ISM", "UNO", "EUR"})
_SECTIONS = ("bodies", "parties", "groups")
_KEYS = {
    "state": {"country", "source", "bodies", "parties", "groups", "people"},
    "body": {"names", "sector", "source", "id"},
    "person": {"name", "aka", "roles", "country", "source", "id"},
    "role": {"office", "from", "to", "of", "org", "acting", "sector"},
    "people": {"names", "sector", "lands", "source", "id"},
}


@dataclass(frozen=True)
class Office:
    """An office from ``offices.yml``: its holders' sector, the titles written before their names."""

    name: str
    sector: str
    titles: tuple[str, ...]
    shared: bool
    rank: int


@dataclass(frozen=True)
class Role:
    """One term in one office. ``start`` is the first day the date allows, ``end`` the last."""

    office: str
    sector: str
    code: str
    org: str | None
    of: str | None
    start: dt.date | None
    end: dt.date | None
    acting: bool
    rank: int
    # the latest day the term may have begun, the earliest it may have ended (for the overlap check)
    start_late: dt.date | None = None
    end_early: dt.date | None = None

    def holds_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Person:
    """Someone in the knowledge base: name variants, nationality, terms."""

    entry_id: str
    name: str
    names: tuple[str, ...]
    country: str
    roles: tuple[Role, ...]
    where: str


@dataclass(frozen=True)
class Body:
    """An institution, party, armed group, people or faith: name variants, code, sector."""

    entry_id: str
    kind: str
    names: tuple[str, ...]
    code: str
    sector: str | None
    where: str
    lands: tuple[str, ...] = ()


@dataclass
class Knowledge:
    """Everything read from the knowledge files."""

    offices: dict[str, Office] = field(default_factory=dict)
    people: list[Person] = field(default_factory=list)
    bodies: list[Body] = field(default_factory=list)

    def title_offices(self) -> dict[str, frozenset[str]]:
        """Lower-case title -> the offices whose holders it may precede ("president" -> president, ...)."""
        titles: dict[str, set[str]] = defaultdict(set)
        for office in self.offices.values():
            for title in office.titles:
                titles[title.lower()].add(office.name)
        return {title: frozenset(names) for title, names in titles.items()}


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Keeps the line of each mapping (``__line__``) so an error can name it."""


def _mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)
# dates stay strings: a YYYY or YYYY-MM date is read the same way as a full one
_LineLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _Reader:
    """Reads one file; every problem raises E301 with the file and line."""

    def __init__(self, path: Path, offices: dict[str, Office], organisations: dict[str, str], states: frozenset[str]):
        self.path = path
        self.offices = offices
        self.organisations = organisations
        self.states = states

    def fail(self, item: Any, problem: str) -> LexiconError:
        line = item.get("__line__", "?") if isinstance(item, dict) else "?"
        return LexiconError(Errors.E301.format(path=self.path, line=line, problem=problem))

    def mapping(self, item: Any, kind: str, required: tuple[str, ...]) -> dict:
        if not isinstance(item, dict):
            raise self.fail(item, f"a {kind} must be a mapping, got {item!r}")
        unknown = set(item) - _KEYS[kind] - {"__line__"}
        if unknown:
            raise self.fail(item, f"unknown key(s) {sorted(unknown)} in a {kind} (allowed: {sorted(_KEYS[kind])})")
        for key in required:
            if item.get(key) in (None, "", []):
                raise self.fail(item, f"a {kind} needs `{key}`")
        return item

    def names(self, item: dict, key: str) -> tuple[str, ...]:
        value = item.get(key) or []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, (str, int)) and str(v).strip() for v in value):
            raise self.fail(item, f"`{key}` must be a list of names, got {value!r}")
        return tuple(str(v).strip() for v in value)

    def code(self, item: dict, value: Any, what: str) -> str:
        if not isinstance(value, str) or not _CODE.match(value):
            raise self.fail(item, f"{what} must be a 3-letter code, got {value!r}")
        if self.states and value not in self.states and value not in STATELESS:
            raise self.fail(item, f"{what} {value!r} is not a state of countries.csv")
        return value

    def sector(self, item: dict, value: Any) -> str:
        if value not in SECTORS:
            raise self.fail(item, f"unknown sector {value!r} (one of {' '.join(sorted(SECTORS))})")
        return str(value)

    def date(self, item: dict, value: Any, key: str) -> tuple[dt.date, dt.date] | None:
        """The first and last day a date written as YYYY, YYYY-MM or YYYY-MM-DD allows."""
        if value in (None, ""):
            return None
        match = _DATE.match(str(value))
        try:
            if not match:
                raise ValueError
            year, month, day = (int(g) if g else None for g in match.groups())
            assert year is not None
            if day:
                first = last = dt.date(year, month or 1, day)
            elif month:
                first = dt.date(year, month, 1)
                last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
            else:
                first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        except ValueError:
            raise self.fail(item, f"`{key}`: bad date {value!r} (YYYY-MM-DD, YYYY-MM or YYYY)") from None
        return first, last

    def entry_id(self, item: dict, name: str) -> str:
        return f"actors/knowledge/{self.path.name}#{item.get('id') or name}"

    def body(self, item: Any, kind: str, code: str) -> Body:
        item = self.mapping(item, "people" if kind in {"people", "faith"} else "body", ("names",))
        names = self.names(item, "names")
        sector = item.get("sector") or ("PTY" if kind == "party" else None)
        if sector is None:
            raise self.fail(item, f"{names[0]!r} needs a `sector`")
        lands = tuple(self.code(item, land, "`lands`") for land in item.get("lands") or [])
        return Body(self.entry_id(item, names[0]), kind, names, code, self.sector(item, sector),
                    f"{self.path.name}:{item['__line__']}", lands)

    def person(self, item: Any, country: str, orgs: dict[str, str]) -> Person:
        item = self.mapping(item, "person", ("name", "roles"))
        name = str(item["name"]).strip()
        nationality = self.code(item, item.get("country") or country, "`country`")
        if nationality in STATELESS:
            raise self.fail(item, f"{name!r} needs `country`: the nationality, for when out of office")
        roles_in = item["roles"]
        if not isinstance(roles_in, list):
            raise self.fail(item, f"`roles` of {name!r} must be a list")
        roles = tuple(self.role(role, nationality if country in STATELESS else country, orgs) for role in roles_in)
        names = (name, *self.names(item, "aka"))
        return Person(self.entry_id(item, name), name, names, nationality, roles, f"{self.path.name}:{item['__line__']}")

    def role(self, item: Any, code: str, orgs: dict[str, str]) -> Role:
        item = self.mapping(item, "role", ("office",))
        office_name = str(item["office"]).strip()
        office = self.offices.get(office_name)
        sector = item.get("sector") or (office.sector if office else None)
        if sector is None:
            raise self.fail(item, f"office {office_name!r} is not in offices.yml: give it a `sector`")
        org = item.get("org")
        role_code = code
        if org is not None:
            org = str(org)
            if org in self.organisations:
                role_code = self.organisations[org]
            elif org not in orgs:
                raise self.fail(item, f"`org` {org!r} is neither in organisations.yml nor a body, party or group of this file")
        elif code in STATELESS:
            raise self.fail(item, f"a role in {self.path.name} needs `org`")
        start = self.date(item, item.get("from"), "from")
        end = self.date(item, item.get("to"), "to")
        if start and end and end[1] < start[0]:
            raise self.fail(item, f"`to` {item.get('to')} is before `from` {item.get('from')}")
        return Role(
            office_name, self.sector(item, sector), role_code, org if role_code in STATELESS else None,
            str(item["of"]) if item.get("of") else None, start[0] if start else None, end[1] if end else None,
            bool(item.get("acting")), office.rank if office else len(self.offices),
            start[1] if start else None, end[0] if end else None,
        )


def read_offices(path: Path) -> dict[str, Office]:
    data = load_yaml(path, _LineLoader)
    if not isinstance(data, dict):
        raise LexiconError(Errors.E302.format(path=path, problem="must map office names to {sector, titles, shared}"))
    offices = {}
    for rank, (name, spec) in enumerate(item for item in data.items() if item[0] != "__line__"):
        if not isinstance(spec, dict) or spec.get("sector") not in SECTORS:
            line = spec.get("__line__", "?") if isinstance(spec, dict) else "?"
            raise LexiconError(Errors.E301.format(path=path, line=line, problem=f"office {name!r} needs a known `sector`"))
        offices[str(name)] = Office(str(name), spec["sector"], tuple(str(t) for t in spec.get("titles") or []), bool(spec.get("shared")), rank)
    return offices


def read_file(
    path: Path, offices: dict[str, Office], organisations: dict[str, str], states: frozenset[str] = frozenset()
) -> tuple[list[Person], list[Body]]:
    """The people and bodies of one knowledge file; ``states``: the codes a file may use (all when empty)."""
    reader = _Reader(path, offices, organisations, states)
    data = load_yaml(path, _LineLoader) or {}
    if not isinstance(data, dict):
        raise LexiconError(Errors.E302.format(path=path, problem="must be a mapping (country, source, bodies, parties, groups, people)"))
    if path.stem == "peoples":
        bodies = [reader.body(item, "people", "") for item in data.get("peoples") or []]
        return [], bodies + [reader.body(item, "faith", "") for item in data.get("faiths") or []]
    reader.mapping(data, "state", ("country",))
    country = reader.code(data, data["country"], "`country`")
    if path.stem != country:
        raise reader.fail(data, f"`country: {country}` in a file named {path.name}")
    bodies = []
    for section, kind in zip(_SECTIONS, ("body", "party", "group")):
        items = data.get(section) or []
        if not isinstance(items, list):
            raise reader.fail(data, f"`{section}` must be a list")
        bodies += [reader.body(item, kind, country) for item in items]
    orgs = {name: body.code for body in bodies for name in body.names}
    people_in = data.get("people") or []
    if not isinstance(people_in, list):
        raise reader.fail(data, "`people` must be a list")
    people = [reader.person(item, country, orgs) for item in people_in]
    return people, bodies


def state_codes(path: Path) -> frozenset[str]:
    """The state codes of ``countries.csv`` (its first column)."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return frozenset(row[0] for row in csv.reader(handle) if row and _CODE.match(row[0]))
    except OSError as exc:
        raise LexiconError(Errors.E302.format(path=path, problem=exc.strerror)) from exc


def knowledge_files(lexicon_dir: str | None) -> list[Path]:
    folder = lexicon_path(lexicon_dir, "actors", "knowledge")
    if not folder.is_dir():
        raise LexiconError(Errors.E302.format(path=folder, problem="missing: a lexicon folder needs the actors/knowledge folder"))
    return sorted(folder.glob("*.yml"))


def read_organisation_codes(path: Path) -> dict[str, str]:
    """``short`` -> code of each organisation in ``organisations.yml`` (roles in the knowledge files name them)."""
    return {str(item["short"]): str(item["code"]) for item in load_yaml(path) or [] if item.get("short") and item.get("code")}


def read_knowledge(
    lexicon_dir: str | None, organisations: dict[str, str] | None = None, files: list[Path] | None = None
) -> Knowledge:
    """Every knowledge file of a lexicon folder (or ``files`` of it), read and checked one by one.

    Args:
        lexicon_dir: the lexicon folder; None for the built-in one.
        organisations: ``short`` -> code of ``organisations.yml``, which roles may name as `org`
            (read from the folder's file when None).
        files: only these files (the checker's command line).
    """
    if organisations is None:
        organisations = read_organisation_codes(lexicon_path(lexicon_dir, "actors", "organisations.yml"))
    knowledge = Knowledge(offices=read_offices(lexicon_path(lexicon_dir, "actors", "offices.yml")))
    states = state_codes(lexicon_path(lexicon_dir, "actors", "countries.csv"))
    for path in files if files is not None else knowledge_files(lexicon_dir):
        people, bodies = read_file(path, knowledge.offices, organisations, states)
        knowledge.people += people
        knowledge.bodies += bodies
    return knowledge


def check_knowledge(knowledge: Knowledge) -> list[str]:
    """Problems across entries: repeated ids, overlapping terms of one office, a name given two codes."""
    problems = []
    seen: dict[str, str] = {}
    entries: list[Person | Body] = [*knowledge.people, *knowledge.bodies]
    for entry in entries:
        if entry.entry_id in seen:
            problems.append(f"{entry.where}: id {entry.entry_id!r} repeats {seen[entry.entry_id]} (merge them, or give an `id`)")
        seen.setdefault(entry.entry_id, entry.where)
    terms: dict[tuple, list[tuple[Role, Person]]] = defaultdict(list)
    for person in knowledge.people:
        for role in person.roles:
            office = knowledge.offices.get(role.office)
            if role.acting or (office is not None and office.shared) or office is None:
                continue
            terms[(role.code, role.org, role.office, role.of)].append((role, person))
    for (code, org, office_name, of), held in terms.items():
        held.sort(key=lambda pair: pair[0].start or dt.date.min)
        for (first, first_person), (second, second_person) in itertools.pairwise(held):
            if first_person.entry_id == second_person.entry_id and first == second:
                problems.append(f"{second_person.where}: {second_person.name!r} lists the same {office_name} term twice")
            elif first.end_early is None or (second.start_late is not None and first.end_early > second.start_late):
                where = " ".join(filter(None, [code, org, of]))
                ended = first.end_early.isoformat() if first.end_early else "no end"
                problems.append(
                    f"{second_person.where}: {office_name} ({where}) of {second_person.name!r} from "
                    f"{second.start_late} overlaps {first_person.name!r} ({first_person.where}, {ended})"
                )
    return problems


def shared_names(knowledge: Knowledge) -> dict[str, set[str]]:
    """Names given to bodies of several states ("BNP": Bangladesh and Britain): not errors, but the
    coder takes such a name only where the document names one of those states besides."""
    codes: dict[str, set[str]] = defaultdict(set)
    for body in knowledge.bodies:
        for name in body.names:
            codes[name].add(body.code or body.kind)
    return {name: found for name, found in codes.items() if len(found) > 1}


def counts_by_country(knowledge: Knowledge) -> dict[str, Counter]:
    counts: dict[str, Counter] = defaultdict(Counter)
    for body in knowledge.bodies:
        if body.code:
            counts[body.code][body.kind] += 1
    for person in knowledge.people:
        codes = {role.code for role in person.roles if role.code not in STATELESS} or {person.country}
        for code in codes:
            counts[code]["people"] += 1
            counts[code]["terms"] += sum(role.code == code for role in person.roles)
    return counts


def report(lexicon_dir: str | None = None, names: list[str] | None = None, echo: Callable[[str], Any] = print) -> int:
    """Check the knowledge files (all, or ``names`` of them), print every problem and the counts per
    country; 1 when there is a problem, else 0."""
    folder = lexicon_path(lexicon_dir, "actors", "knowledge")
    files = [Path(name) if Path(name).exists() else folder / name for name in names] if names else None
    try:
        knowledge = read_knowledge(lexicon_dir, files=files)
    except LexiconError as exc:
        echo(str(exc))
        return 1
    problems = check_knowledge(knowledge)
    for problem in problems:
        echo(problem)
    shared = shared_names(knowledge)
    if shared:
        echo(f"{len(shared)} names belong to bodies of several states (decided by the other states a document names): "
             + ", ".join(f"{name} ({'/'.join(sorted(codes))})" for name, codes in sorted(shared.items())[:40])
             + (" ..." if len(shared) > 40 else ""))
    counts = counts_by_country(knowledge)
    echo(f"{'code':<5} {'bodies':>6} {'parties':>7} {'groups':>6} {'people':>6} {'terms':>6}")
    for code in sorted(counts):
        c = counts[code]
        echo(f"{code:<5} {c['body']:>6} {c['party']:>7} {c['group']:>6} {c['people']:>6} {c['terms']:>6}")
    kinds = Counter(body.kind for body in knowledge.bodies)
    echo(f"{len(knowledge.people)} people, {sum(len(p.roles) for p in knowledge.people)} terms, "
         f"{kinds['body']} bodies, {kinds['party']} parties, {kinds['group']} groups, {kinds['people']} peoples, "
         f"{kinds['faith']} faiths; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(report(None, sys.argv[1:]))
