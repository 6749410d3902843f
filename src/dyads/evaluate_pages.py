"""Score page reading: headline, byline, dates, dateline and clean body (``dyads eval --pages DIR``).

A folder of pages as a scraper saves them (``.txt``, ``.html``), each with a ``.yml`` beside it
holding what a careful reader of the page would say::

    title: "Kenya's Ruto names new cabinet"
    byline: "Duncan Mwangi and Aaron Ochieng"     # null where no one is credited
    date_published: 2024-07-19                    # null where the page shows none
    date_crawled: 2024-07-21                      # only where the page has a crawl header
    dateline: "NAIROBI"                           # only where the body opens with one
    agency: "Reuters"
    first_sentence: "..."                         # the body's first and last sentences
    last_sentence: "..."
    not_in_body: ["Read Next", "© 2024 Reuters"]  # page furniture the body must not keep

Each page is read as ``dyads code`` reads it, and each field is right or wrong; the body is clean
when it starts with the first sentence, ends with the last and keeps none of the furniture.
Text is compared with its whitespace collapsed; bylines and datelines also ignoring case.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import DyadsError, Errors
from .read import read_documents
from .records import Document

FIELDS = ("title", "byline", "date", "crawl_date", "dateline", "agency", "body")
_PAGE_SUFFIXES = (".txt", ".html", ".htm")


@dataclass
class PageResult:
    page: str
    wrong: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # field -> (expected, read)
    checked: tuple[str, ...] = ()


@dataclass
class PageScores:
    results: list[PageResult]

    def right(self, name: str) -> tuple[int, int]:
        """How many pages have ``name`` right, of those where it is checked."""
        checked = [r for r in self.results if name in r.checked]
        return sum(name not in r.wrong for r in checked), len(checked)

    def to_dict(self) -> dict[str, Any]:
        return {
            "pages": len(self.results),
            "all_right": sum(not r.wrong for r in self.results),
            **{name: dict(zip(("right", "of"), self.right(name), strict=True)) for name in FIELDS},
            "wrong": {r.page: {k: [str(v) for v in pair] for k, pair in r.wrong.items()} for r in self.results if r.wrong},
        }

    def report(self, verbose: bool = False) -> str:
        lines = [f"pages: {len(self.results)}, every field right: {sum(not r.wrong for r in self.results)}"]
        for name in FIELDS:
            right, of = self.right(name)
            if of:
                lines.append(f"  {name:<11} {right:>3} / {of}")
        if verbose:
            for result in self.results:
                for name, (expected, got) in result.wrong.items():
                    lines.append(f"{result.page}: {name}: expected {expected!r}, read {got!r}")
        return "\n".join(lines)


def evaluate_pages(folder: str | Path) -> PageScores:
    """Read every page of ``folder`` that has a ``.yml`` beside it and score what was read.

    Raises:
        DyadsError: E119 when the folder has no page with expectations, or one is malformed.
    """
    folder = Path(folder)
    pages = sorted(p for p in folder.iterdir() if p.suffix in _PAGE_SUFFIXES and p.with_suffix(".yml").exists())
    if not pages:
        raise DyadsError(Errors.E119.format(name=folder, problem="no page (.txt, .html) with a .yml of expectations beside it"))
    results = []
    for page in pages:
        expected = _expectations(page.with_suffix(".yml"))
        [read] = list(read_documents([str(page)]))
        results.append(score_page(page.name, expected, read if isinstance(read, Document) else None))
    return PageScores(results)


def _expectations(path: Path) -> dict[str, Any]:
    try:
        expected = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DyadsError(Errors.E119.format(name=path, problem=exc)) from None
    missing = {"title", "first_sentence", "last_sentence"} - set(expected or {})
    if missing:
        raise DyadsError(Errors.E119.format(name=path, problem=f"missing {', '.join(sorted(missing))}"))
    return expected


def score_page(name: str, expected: dict[str, Any], document: Document | None) -> PageResult:
    """Compare one page's reading with what its ``.yml`` expects."""
    result = PageResult(name)
    checked = ["title", "byline", "date", "body"]
    read: dict[str, Any] = {}
    if document is not None:
        read = {
            "title": document.title, "byline": document.byline, "date": document.date_published,
            "crawl_date": document.date_crawled, "dateline": document.dateline, "agency": document.agency,
        }
    wanted = {"title": expected["title"], "byline": expected.get("byline"), "date": _day(expected.get("date_published"))}
    if "date_crawled" in expected:
        wanted["crawl_date"] = _day(expected["date_crawled"])
        checked.append("crawl_date")
    for key in ("dateline", "agency"):
        wanted[key] = expected.get(key)
        checked.append(key)
    for key, value in wanted.items():
        got = read.get(key)
        if not _same(value, got, ignore_case=key in {"byline", "dateline", "agency"}):
            result.wrong[key] = (value, got)
    body = _collapse(document.text) if document is not None else ""
    problems = []
    if not body.startswith(_collapse(expected["first_sentence"])):
        problems.append(f"starts {body[:80]!r}")
    if not body.endswith(_collapse(expected["last_sentence"])):
        problems.append(f"ends {body[-80:]!r}")
    problems += [f"keeps {s!r}" for s in expected.get("not_in_body") or [] if _collapse(str(s)) in body]
    if problems:
        result.wrong["body"] = ("clean", "; ".join(problems))
    result.checked = tuple(checked)
    return result


def _day(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _same(expected: Any, got: Any, ignore_case: bool) -> bool:
    if expected is None or got is None or not isinstance(expected, str):
        return expected == got
    a, b = _collapse(expected), _collapse(str(got))
    return a.casefold() == b.casefold() if ignore_case else a == b
