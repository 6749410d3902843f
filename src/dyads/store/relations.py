"""Standing relations read from the store: assertions grouped into relations, background memberships
added on request, and their export to JSON Lines and CSV.

A standing relation is one kind between the same sides (with the same territory and polarity),
whatever article asserted it; ``sources`` lists every assertion: document, date, sentence, who
said it. Background memberships (``lexicons/relations/known.yml``) come only with ``with_known``,
each labelled ``source: background``, with no sources: they are public record, not an article's claim.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from ..errors import DyadsError, Errors
from .rows import relation_key

COLUMNS = ("relation", "subjects", "object", "territory", "value", "polarity", "according_to", "source", "num_sources",
           "first_asserted", "last_asserted", "valid_from", "valid_to", "note", "relation_key", "sources")
"""The columns of a standing relation (``Store.relations``), in order."""

SOURCE_FIELDS = ("doc_id", "date_published", "sentence_index", "sentence", "according_to", "value", "confidence",
                 "relation_id", "why")
"""The fields of each of its ``sources``."""

ARTICLE, BACKGROUND = "article", "background"


def grouped(column_names: list[str], rows: list[tuple]) -> list[dict[str, Any]]:
    """``duck.relation_sources`` rows (ordered by relation) as one record per standing relation."""
    records: list[dict[str, Any]] = []
    for row in rows:
        item = dict(zip(column_names, row))
        if not records or records[-1]["relation_key"] != item["relation_key"]:
            records.append({
                "relation": item["relation"], "subjects": list(item["subjects"]), "object": item["object"],
                "territory": item["territory"], "value": None, "polarity": item["polarity"], "according_to": [],
                "source": ARTICLE, "num_sources": 0, "first_asserted": None, "last_asserted": None,
                "valid_from": None, "valid_to": None, "note": None, "relation_key": item["relation_key"], "sources": [],
            })
        record = records[-1]
        record["sources"].append({name: item[name] for name in SOURCE_FIELDS})
        if item["according_to"] is not None and item["according_to"] not in record["according_to"]:
            record["according_to"].append(item["according_to"])
        # sources come oldest first: the latest stated value (a rank) and dates stand
        if item["value"] is not None:
            record["value"] = item["value"]
        record["valid_from"] = record["valid_from"] or item["valid_from"]
        record["valid_to"] = record["valid_to"] or item["valid_to"]
    for record in records:
        days = [s["date_published"] for s in record["sources"] if s["date_published"] is not None]
        record["first_asserted"], record["last_asserted"] = (min(days), max(days)) if days else (None, None)
        record["num_sources"] = len({s["doc_id"] for s in record["sources"]})
    return records


def background(actors: tuple[str, ...], kind: str | None, as_of: dt.date | None, path: str | os.PathLike | None = None) -> list[dict[str, Any]]:
    """The background memberships that name every one of ``actors``, as standing-relation records.

    With ``as_of``, only the spells that surely held that day (``KnownMembership.valid_on``), as
    ``holds``; without, every spell, ``ended`` where it has a ``to``.

    Raises:
        LexiconError: E301/E302 for a malformed file (naming the file and line).
    """
    from ..relations.known import load_known

    if kind not in (None, "member_of"):
        return []
    records = []
    for spell in load_known(path):
        org = spell.org.upper()
        if any(key not in (spell.code, org) for key in actors):
            continue
        if as_of is not None and not spell.valid_on(as_of):
            continue
        polarity = "ended" if spell.valid_to is not None and as_of is None else "holds"
        records.append({
            "relation": "member_of", "subjects": [spell.code], "object": org, "territory": None, "value": None,
            "polarity": polarity, "according_to": [], "source": BACKGROUND, "num_sources": 0,
            "first_asserted": None, "last_asserted": None, "valid_from": spell.valid_from.text,
            "valid_to": spell.valid_to.text if spell.valid_to else None, "note": spell.note,
            "relation_key": relation_key("member_of", (spell.code,), org, None, polarity), "sources": [],
        })
    return records


def export_relations(records: list[dict[str, Any]], path: Path) -> int:
    """Write standing relations to ``path``: ``.jsonl`` one relation a line with its ``sources``
    nested; ``.csv`` one line per source, the relation's columns repeated (a background row: one
    line, its source columns empty). Returns how many relations were written.

    Raises:
        DyadsError: E825 for another extension; E818 when the file cannot be written.
    """
    suffix = path.suffix.lower()
    if suffix not in (".jsonl", ".csv"):
        raise DyadsError(Errors.E825.format(name="the relations file's extension", choices=".jsonl, .csv", value=path.suffix))
    try:
        with path.open("w", encoding="utf-8", newline="") as out:
            if suffix == ".jsonl":
                for record in records:
                    out.write(json.dumps(record, ensure_ascii=False, default=_iso) + "\n")
            else:
                write_csv(records, out)
    except OSError as exc:
        raise DyadsError(Errors.E818.format(path=path, problem=exc.strerror or exc)) from None
    return len(records)


def write_csv(records: list[dict[str, Any]], out: Any) -> None:
    """Standing relations as CSV, one line per source (lists joined with ``;``)."""
    relation_columns = [c for c in COLUMNS if c != "sources"]
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(relation_columns + [f"source_{name}" for name in SOURCE_FIELDS])
    for record in records:
        head = [_cell(record[c]) for c in relation_columns]
        for source in record["sources"] or [dict.fromkeys(SOURCE_FIELDS)]:
            writer.writerow(head + [_cell(source[name]) for name in SOURCE_FIELDS])


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(_cell(v) for v in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _iso(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")
