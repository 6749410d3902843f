"""JSON Lines input: one document a line, ``{"id", "text", "date", "title", "url", "byline"}``.

The usual other names of those keys are read too (``body``/``content`` for the text,
``published``/``pub_date`` for the date, ``headline`` for the title, ...: :data:`KEY_NAMES`),
and ``fields`` maps any other (``{"text": "story"}``, from ``dyads code --field text=story``).
Keys that none of these name are reported once per input (a warning), so that a text or
date under a name dyads does not know is not lost without a word. The text of a line is used
as given (no boilerplate filter): whoever wrote the file already chose what to code. A bad
line is skipped on its own; the other lines are read.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from dyads.errors import DocumentError, Errors
from dyads.read.decode import SNIFF_BYTES, open_regular
from dyads.records import Document, Skipped, published_date

# json.loads gives these for "\ud800" escapes; such a string cannot be written as UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")
_STRING_FIELDS = ("id", "text", "title", "byline", "url")
# The keys read for each field, in order of preference: data sets and crawlers name them differently.
KEY_NAMES: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc_id", "document_id", "article_id", "guid", "uuid"),
    "text": ("text", "body", "content", "article", "full_text", "story", "maintext"),
    "date": ("date", "published", "pub_date", "date_published", "publication_date", "published_at", "pubdate", "datetime"),
    "title": ("title", "headline"),
    "byline": ("byline", "author", "authors"),
    "url": ("url", "link", "source_url", "sourceurl"),
}
FIELDS = tuple(KEY_NAMES)

Placed = tuple[str, Document | Skipped]
log = logging.getLogger(__name__)


def field_keys(fields: Mapping[str, str] | None) -> dict[str, tuple[str, ...]]:
    """The keys read for each field: a key given in ``fields`` first, then the usual names."""
    keys = dict(KEY_NAMES)
    for field, key in (fields or {}).items():
        if field not in keys:
            raise ValueError(f"unknown field {field!r} (one of {', '.join(FIELDS)})")
        keys[field] = (key, *keys[field])
    return keys


def read_jsonl(path: Path, name: str, fields: Mapping[str, str] | None = None) -> Iterator[Placed]:
    """Read a JSON Lines file, one document a line, streaming.

    Args:
        path (Path): the file.
        name (str): the path as the user gave it; a line without an ``id`` gets ``name:line``.

    Returns:
        Iterator[tuple[str, Document | Skipped]]: the place of each item ("docs.jsonl line 3")
        and the item: a Document for each good line and a Skipped for each bad one; a single
        Skipped for the whole file when it is binary, unreadable, not a regular file or empty.
    """
    try:
        with open_regular(path, name) as handle:
            if b"\x00" in handle.read(SNIFF_BYTES):
                yield name, Skipped(name, Errors.E102.format(name=name))
                return
            handle.seek(0)
            yield from read_jsonl_lines(decode_lines(handle, name), name, fields)
    except DocumentError as err:
        yield name, Skipped(name, str(err))
    except OSError as err:
        # A read failing half-way (an I/O error, a file on a vanished network share).
        yield name, Skipped(name, Errors.E101.format(name=name, problem=err.strerror or err))


def decode_lines(handle: Iterable[bytes], name: str, first_line: int = 1) -> Iterator[str | DocumentError]:
    """Decode byte lines as UTF-8, one at a time.

    Args:
        handle (Iterable[bytes]): the lines, as a binary file yields them.
        name (str): the input's name, for messages.
        first_line (int): the number of the first line (a slice of a file read on its own, ``dyads code --dask``).

    Returns:
        Iterator[str | DocumentError]: each line as text; an E102 error in place of a line
        that is not UTF-8, so that the lines after it are still read.
    """
    for number, raw in enumerate(handle, start=first_line):
        try:
            yield raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            yield DocumentError(Errors.E102.format(name=f"{name} line {number}"))


def read_jsonl_lines(lines: Iterable[str | DocumentError], name: str, fields: Mapping[str, str] | None = None, *,
                     first_line: int = 1, whole: bool = True) -> Iterator[Placed]:
    """Turn JSON lines into documents.

    Args:
        lines (Iterable[str | DocumentError]): the lines of the input, in order; an error in
            place of a line (it could not be decoded) skips that line.
        name (str): the input's name for ids and messages ("docs.jsonl", "<stdin>").
        first_line (int): the number of the first of ``lines``, where they are a slice of the input.
        whole (bool): False for such a slice: a blank slice of a file is not an empty file.

    Returns:
        Iterator[tuple[str, Document | Skipped]]: the place ("docs.jsonl line 3") and the
        item, one per non-blank line; a single E103 Skipped when there is no non-blank line.
    """
    found_any = False
    keys = field_keys(fields)
    unknown: set[str] = set()
    for number, line in enumerate(lines, start=first_line):
        line_id = f"{name}:{number}"
        place = f"{name} line {number}"
        if isinstance(line, DocumentError):
            found_any = True
            yield place, Skipped(line_id, str(line))
            continue
        if not line.strip():
            continue
        found_any = True
        try:
            record = json.loads(line)
        except (ValueError, RecursionError) as err:
            # ValueError covers JSONDecodeError and numbers too long to convert;
            # RecursionError arrays or objects nested thousands deep.
            yield place, Skipped(line_id, Errors.E104.format(name=name, line=number, problem=_json_problem(err)))
            continue
        if isinstance(record, dict):
            unknown |= unknown_keys(record, keys)
        try:
            yield place, parse_record(record, name, number, keys)
        except DocumentError as err:
            yield place, Skipped(_record_id(record, line_id, keys), str(err))
    if not found_any and whole:
        yield name, Skipped(name, Errors.E103.format(name=name))
    warn_unknown_keys(name, unknown)


def unknown_keys(record: Mapping[str, Any], keys: Mapping[str, tuple[str, ...]]) -> set[str]:
    """The keys of a record that no field reads."""
    known = {key for names in keys.values() for key in names}
    return {key for key in record if key not in known}


def warn_unknown_keys(name: str, unknown: set[str]) -> None:
    if unknown:
        log.warning("%s: keys not read: %s (map one with --field, e.g. --field text=%s)", name,
                    ", ".join(sorted(unknown)), sorted(unknown)[0])


def _json_problem(err: Exception) -> str:
    if isinstance(err, json.JSONDecodeError):
        return err.msg
    if isinstance(err, RecursionError):
        return "nested too deeply"
    return str(err)


def parse_record(record: Any, name: str, line: int, keys: Mapping[str, tuple[str, ...]] | None = None) -> Document:
    """Check one decoded JSON line (or CSV row) and build its Document.

    Args:
        record (Any): the decoded JSON value.
        name (str): the input's name, for ids and messages.
        line (int): the 1-based line number, for ids and messages.
        keys (Mapping | None): the keys read for each field (:func:`field_keys`); the usual names when None.

    Returns:
        Document: the document, its id from ``id`` (or another id key) or else ``name:line``.

    Raises:
        DocumentError: E110 for a value that is not an object, E118 for a string field
            holding a lone surrogate (``"\\ud800"``), E105 for a missing or empty text,
            E106 for a date that is not an ISO 8601 date or YYYYMMDD.
    """
    keys = keys or KEY_NAMES
    if not isinstance(record, dict):
        raise DocumentError(Errors.E110.format(name=name, line=line, kind=_json_kind(record)))
    values = {field: _value(record, names) for field, names in keys.items()}
    if isinstance(values["byline"], list):  # "authors": ["A", "B"]
        values["byline"] = ", ".join(str(a) for a in values["byline"] if isinstance(a, str) and a.strip()) or None
    for field in _STRING_FIELDS:
        value = values.get(field)
        surrogate = _SURROGATE.search(value) if isinstance(value, str) else None
        if surrogate:
            char = surrogate.group().encode("utf-8", "backslashreplace").decode("ascii")
            raise DocumentError(Errors.E118.format(name=name, line=line, field=field, char=char))
    text = values["text"]
    if not isinstance(text, str) or not text.strip():
        raise DocumentError(Errors.E105.format(name=name, line=line))
    return Document(
        id=_record_id(record, f"{name}:{line}", keys),
        text=text,
        date_published=_parse_date(values["date"], name, line),
        title=_optional_str(values["title"]),
        byline=_optional_str(values["byline"]),
        url=_optional_str(values["url"]),
    )


def _value(record: Mapping[str, Any], names: tuple[str, ...]) -> Any:
    """The first of ``names`` the record has with a value."""
    for key in names:
        value = record.get(key)
        if value not in (None, ""):
            return value
    return None


def _record_id(record: Any, default: str, keys: Mapping[str, tuple[str, ...]] | None = None) -> str:
    # Numbers are common ids in exported data sets; anything else cannot be an id.
    if isinstance(record, dict):
        value = _value(record, (keys or KEY_NAMES)["id"])
        if isinstance(value, str) and value and not _SURROGATE.search(value):
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
    return default


def _parse_date(value: Any, name: str, line: int) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, int) and not isinstance(value, bool) and 10_000_000 <= value <= 99_999_999:
        value = str(value)  # 20190104 exported as a number
    if isinstance(value, str):
        try:
            return published_date(value)
        except ValueError:
            pass
    raise DocumentError(Errors.E106.format(name=name, line=line, value=value))


def _optional_str(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _json_kind(value: Any) -> str:
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    return "null"
