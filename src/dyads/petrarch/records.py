"""Run PETRARCH's validation records (``PETR.UnitTest.records.xml``) as a peer test.

Each ``<Sentence>`` is coded as one document dated by its ``date`` attribute, with
dyads' own parse (not the file's trees) and the dictionaries given. A record counts
as exact when the set of (source, target, CAMEO code) triples dyads produces equals
the expected set; a ``noevents`` record is exact when nothing is coded. Records
that expect a coder error (bad parse, dateline, discards) are left out and counted.
"""
from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from ..actors import ActorMention
from ..actors.component import ActorFinder
from ..errors import DyadsError, Errors
from ..events import EventCoder
from ..parse import MODEL_NAME
from ..pipeline import load_pipeline
from .discards import apply_discards

Triple = tuple[str, str, str]


@dataclass(frozen=True)
class PetrarchRecord:
    id: str
    category: str
    date: dt.date | None
    text: str
    expected: frozenset[Triple]
    error: str | None = None


@dataclass
class SuiteResult:
    """Exact records by category, the records left out, and each record's outcome."""

    exact: int = 0
    total: int = 0
    left_out: int = 0
    by_category: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    misses: list[tuple[PetrarchRecord, frozenset[Triple]]] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.exact / self.total if self.total else 0.0


def read_records(path: str | Path) -> list[PetrarchRecord]:
    """Read the ``<Sentence>`` records of a PETRARCH validation file.

    Raises:
        DyadsError: the file is not XML or has no ``<Sentence>`` records.
    """
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise DyadsError(Errors.E703.format(path=path, problem=exc)) from exc
    records = []
    for sentence in root.iter("Sentence"):
        text_node = sentence.find("Text")
        text = " ".join((text_node.text or "").split()) if text_node is not None else ""
        date_text = (sentence.get("date") or "").strip()
        day = dt.date(int(date_text[:4]), int(date_text[4:6]), int(date_text[6:8])) if len(date_text) == 8 else None
        expected: set[Triple] = set()
        error = None
        for coding in sentence.findall("EventCoding"):
            if coding.get("error"):
                error = coding.get("error")
            elif coding.get("eventcode"):
                expected.add((coding.get("sourcecode", "").strip('"'), coding.get("targetcode", "").strip('"'), coding.get("eventcode", "")))
        records.append(PetrarchRecord(sentence.get("id", ""), sentence.get("category", ""), day, text, frozenset(expected), error))
    if not records:
        raise DyadsError(Errors.E703.format(path=path, problem="no <Sentence> records"))
    return records


def petrarch_code(mention: ActorMention | None, prefix_sectors: set[str]) -> str:
    """The PETRARCH-style code of an actor: state + sector (``BREGOV``), ``---`` for no state,
    and prefix agents in front (``NGOARN``)."""
    if mention is None:
        return "---"
    code = mention.actor.code or "---"
    sector = mention.actor.sector or ""
    if sector[:3] in prefix_sectors:
        return sector[:3] + code + sector[3:]
    if sector and code.endswith(sector):
        return code  # "White House security officials": USAGOV already holds GOV
    return code + sector


def run_records(
    path: str | Path, dictionaries: tuple[tuple[str, str], ...], builtin: bool = False,
    lexicon_dir: str | None = None, model: str = MODEL_NAME,
) -> SuiteResult:
    """Code every record that expects events (or none) and compare with the expected triples."""
    records = read_records(path)
    nlp = load_pipeline(model, lexicon_dir, tuple(dictionaries), builtin)
    prefix_sectors = cast(ActorFinder, nlp.get_pipe("dyads_actors")).lexicon.prefix_sectors
    discards = cast(EventCoder, nlp.get_pipe("dyads_events")).lexicon.discards
    result = SuiteResult()
    kept = [r for r in records if r.error is None]
    result.left_out = len(records) - len(kept)
    docs = []
    for record in kept:
        doc = nlp.make_doc(record.text)
        doc._.doc_id = record.id
        doc._.date_published = record.date
        docs.append(doc)
    for record, doc in zip(kept, nlp.pipe(docs)):
        produced: set[Triple] = set()
        if not apply_discards(doc, discards):
            for event in doc._.events or []:
                for source in event.source:
                    for target in event.target or [None]:
                        produced.add((petrarch_code(source, prefix_sectors), petrarch_code(target, prefix_sectors), event.cameo))
        exact = frozenset(produced) == record.expected
        result.total += 1
        result.exact += exact
        counts = result.by_category[record.category]
        counts[0] += exact
        counts[1] += 1
        if not exact:
            result.misses.append((record, frozenset(produced)))
    return result


def format_suite(result: SuiteResult, verbose: bool = False) -> str:
    """The report: exact share by category, the records left out, and the closing figure line."""
    lines = [f"{'category':<10} {'exact':>6} {'records':>8}"]
    for category, (exact, total) in sorted(result.by_category.items()):
        lines.append(f"{category:<10} {exact / total:>6.2f} {total:>8}")
    if verbose:
        for record, produced in result.misses:
            lines.append(f"miss {record.id}: expected {sorted(record.expected)} got {sorted(produced)}")
    lines.append(f"left out (records expecting a coder error): {result.left_out}")
    lines.append(f"petrarch-records exact={result.share:.2f} ({result.exact}/{result.total})")
    return "\n".join(lines)
