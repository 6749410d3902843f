"""Background memberships (``lexicons/relations/known.yml``): what public record says, kept apart from articles.

``dyads relations --with-known`` and ``Store.relations(with_known=True)`` add these rows, each labelled
``source: background``; they are never stored and never counted as a claim of an article.

Dates in the file are ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (read here as written: a bare year as int, the others as text). A
date is kept as written, with its precision; ``valid_on`` reads it cautiously: a membership counts on
a day only when it surely held then (``from: 1993`` counts from 1993-12-31, ``to: 1999`` ends it
before 1999-01-01).
"""
from __future__ import annotations

import calendar
import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..errors import Errors, LexiconError
from ..lexicons import LEXICON_DIR

KNOWN_FILE = LEXICON_DIR / "relations" / "known.yml"

_CODE = re.compile(r"^[A-Z]{3}$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^\d{4}$")
_MEMBER_FIELDS = {"code", "from", "to", "note"}
_ORG_FIELDS = {"org", "name", "note", "members"}


@dataclass(frozen=True)
class PartialDate:
    """A date to the precision the file gives: a year, a month or a day."""

    text: str
    first: dt.date  # the earliest day it can mean
    last: dt.date   # the latest day it can mean


@dataclass(frozen=True)
class KnownMembership:
    """One spell of one state's membership of one organisation, from the background file."""

    org: str
    org_name: str | None
    code: str
    valid_from: PartialDate
    valid_to: PartialDate | None
    note: str | None
    line: int

    def valid_on(self, day: dt.date) -> bool:
        """Whether it surely held on ``day``: begun by the last day ``from`` can mean, not yet ended
        on the first day ``to`` can mean."""
        return self.valid_from.last <= day and (self.valid_to is None or day < self.valid_to.first)


def load_known(path: str | os.PathLike | None = None) -> list[KnownMembership]:
    """Every membership spell in the background file, checked.

    Args:
        path: the file (default: the built-in ``lexicons/relations/known.yml``).

    Raises:
        LexiconError: E302 when it cannot be read; E301 naming the file and line of a YAML error,
            a code that is not three capital letters, a date that is not YYYY, YYYY-MM or
            YYYY-MM-DD (or not a real day), a `to` before its `from`, or an unknown field.
    """
    path = Path(path) if path else KNOWN_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise LexiconError(Errors.E302.format(path=path, problem=exc.strerror)) from exc
    try:
        loader = _Loader(text)
        try:
            root = loader.get_single_node()
            data = loader.construct_document(root) if root is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise LexiconError(Errors.E301.format(path=path, line=mark.line + 1 if mark else "?",
                                              problem=str(exc).splitlines()[0])) from exc

    def fail(node: Any, problem: str) -> LexiconError:
        return LexiconError(Errors.E301.format(path=path, line=node.start_mark.line + 1, problem=problem))

    if not isinstance(data, dict) or not isinstance(data.get("organisations"), list):
        raise LexiconError(Errors.E302.format(path=path, problem="expected a mapping with an `organisations` list"))
    org_nodes = _value_node(root, "organisations").value
    found: list[KnownMembership] = []
    for org_node, org in zip(org_nodes, data["organisations"]):
        if not isinstance(org, dict) or not isinstance(org.get("org"), str) or not org["org"].strip():
            raise fail(org_node, "an organisation needs `org`: its short name")
        unknown = set(org) - _ORG_FIELDS
        if unknown:
            raise fail(org_node, f"{org['org']}: unknown field(s) {', '.join(sorted(map(str, unknown)))} (use {', '.join(sorted(_ORG_FIELDS))})")
        members = org.get("members")
        if not isinstance(members, list):
            raise fail(org_node, f"{org['org']}: `members` must be a list")
        for member_node, member in zip(_value_node(org_node, "members").value, members):
            found.append(_membership(org, member, member_node, fail))
    return found


def _membership(org: dict, member: Any, node: Any, fail: Any) -> KnownMembership:
    name = org["org"]
    if not isinstance(member, dict):
        raise fail(node, f"{name}: a member must be a mapping such as {{code: ARM, from: 1992-05-15}}")
    unknown = set(member) - _MEMBER_FIELDS
    if unknown:
        raise fail(node, f"{name}: unknown field(s) {', '.join(sorted(map(str, unknown)))} (use code, from, to, note)")
    code = member.get("code")
    if not isinstance(code, str) or not _CODE.match(code):
        raise fail(node, f"{name}: member code {code!r} is not an ISO 3166-1 alpha-3 code (three capital letters)")
    if "from" not in member:
        raise fail(node, f"{name} {code}: `from` is missing")
    start = _partial_date(member["from"])
    if start is None:
        raise fail(node, f"{name} {code}: `from` {member['from']!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    end = None
    if member.get("to") is not None:
        end = _partial_date(member["to"])
        if end is None:
            raise fail(node, f"{name} {code}: `to` {member['to']!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        if end.last < start.first:
            raise fail(node, f"{name} {code}: `to` {end.text} is before `from` {start.text}")
    note = member.get("note")
    return KnownMembership(name, org.get("name"), code, start, end, str(note) if note is not None else None,
                           node.start_mark.line + 1)


def _partial_date(value: Any) -> PartialDate | None:
    """A YAML date value as a ``PartialDate``; None when it is none of YYYY, YYYY-MM, YYYY-MM-DD."""
    if isinstance(value, bool):
        return None
    text = str(value) if isinstance(value, int) else value if isinstance(value, str) else None
    if text is None:
        return None
    if _YEAR.match(text):
        year = int(text)
        return PartialDate(text, dt.date(year, 1, 1), dt.date(year, 12, 31)) if year >= 1 else None
    month = _MONTH.match(text)
    if month:
        year, number = int(month[1]), int(month[2])
        if not 1 <= number <= 12 or year < 1:
            return None
        return PartialDate(text, dt.date(year, number, 1), dt.date(year, number, calendar.monthrange(year, number)[1]))
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        return None
    return PartialDate(text, day, day) if len(text) == 10 else None


class _Loader(yaml.SafeLoader):
    """YAML that keeps a date as the text written: a bad day (2019-13-01) is then this module's error,
    with its line, not a ValueError from the YAML library."""


def _date_as_written(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
    return str(loader.construct_scalar(node))


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _date_as_written)


def _value_node(mapping: Any, key: str) -> Any:
    """The YAML node of ``key``'s value in a mapping node."""
    return next(value for name, value in mapping.value if name.value == key)
