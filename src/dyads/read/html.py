"""HTML input: one web page a file, main text and metadata through trafilatura.

trafilatura finds the article body and drops menus, but its date can be a site header
showing the day the page was crawled. The publication date is therefore looked up in
this order: publication tags (``article:published_time``, ``datePublished`` in meta
tags, microdata or JSON-LD, ``<time>`` inside ``<article>``), a dateline next to the
headline in the extracted text, and only then trafilatura's own guess, unless that guess
is a date shown on its own above the headline (the site header's "today").
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import trafilatura
from lxml import html as lxml_html
from lxml.etree import ParserError
from trafilatura.settings import Document as ExtractedPage

from dyads.errors import DocumentError, Errors
from dyads.read.cleanup import parse_article, parse_byline, parse_date, parse_date_line
from dyads.read.decode import decode_text, read_bytes
from dyads.records import Document

# Meta tags that carry the publication date (lower case; sites vary the case).
_PUBLISHED_META = frozenset(
    {
        "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
        "publish-date", "publication_date", "dc.date.issued", "dcterms.issued", "dc.date",
        "parsely-pub-date", "sailthru.date", "date",
    }
)


def read_html_file(path: Path, name: str) -> Document:
    """Read an ``.html`` page.

    Args:
        path (Path): the file.
        name (str): the path as the user gave it: the document's id.

    Returns:
        Document: the article body with title, byline, publication date and URL where found.

    Raises:
        DocumentError: E101 unreadable, E102 not UTF-8, E103 empty, E107 no article text.
    """
    page = decode_text(read_bytes(path, name), name)
    return parse_html(page, name)


def parse_html(page: str, name: str) -> Document:
    """Extract the article from an HTML page.

    Args:
        page (str): the page's HTML.
        name (str): the document's id, for the Document and messages.

    Returns:
        Document: the article body with its metadata.

    Raises:
        DocumentError: E107 when no article text is left.
    """
    extracted = trafilatura.bare_extraction(
        page,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
    )
    # as_dict is off, so trafilatura gives its Document (or None); the union in its signature covers both modes
    if not isinstance(extracted, ExtractedPage) or not extracted.text or not extracted.text.strip():
        raise DocumentError(Errors.E107.format(name=name))
    title = _clean(extracted.title)
    parts = parse_article(extracted.text, title=title)
    if not parts.paragraphs:
        raise DocumentError(Errors.E107.format(name=name))
    tree = _parse_tree(page)
    return Document(
        id=name,
        text=parts.body,
        date_published=_tagged_date(tree) or parts.date_published or _guessed_date(extracted.date, tree),
        title=title,
        byline=_byline(extracted.author) or parts.byline,
        url=_clean(extracted.url),
        dateline=parts.dateline,
        agency=parts.agency,
    )


def _parse_tree(page: str) -> Any:
    try:
        return lxml_html.fromstring(page)
    except (ParserError, ValueError):
        return None


def _tagged_date(tree: Any) -> dt.date | None:
    if tree is None:
        return None
    for value in _tagged_date_values(tree):
        date = parse_date(value)
        if date:
            return date
    return None


def _tagged_date_values(tree: Any) -> Iterator[str]:
    """Yield publication-date strings from the page's markup, most explicit first."""
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _PUBLISHED_META and meta.get("content"):
            yield meta.get("content")
    for element in tree.xpath("//*[@itemprop='datePublished']"):
        yield element.get("datetime") or element.get("content") or element.text_content()
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            yield from _json_ld_dates(json.loads(script.text_content()))
        except json.JSONDecodeError:
            continue
    for time in tree.xpath("//article//time[@datetime] | //time[@pubdate]"):
        yield time.get("datetime") or time.text_content()


def _json_ld_dates(data: Any) -> Iterator[str]:
    # JSON-LD nests the article in lists and "@graph" arrays; search it all.
    if isinstance(data, dict):
        if isinstance(data.get("datePublished"), str):
            yield data["datePublished"]
        for value in data.values():
            yield from _json_ld_dates(value)
    elif isinstance(data, list):
        for item in data:
            yield from _json_ld_dates(item)


def _byline(author: str | None) -> str | None:
    # trafilatura returns the name itself, but some pages put "By Jane Doe" in the author tag.
    author = _clean(author)
    if author is None:
        return None
    return parse_byline(author) or author


def _guessed_date(value: str | None, tree: Any) -> dt.date | None:
    date = parse_date(value) if value else None
    if date is None or tree is None or date in _header_dates(tree):
        return None
    return date


def _header_dates(tree: Any) -> set[dt.date]:
    """Dates shown on their own, without a time, before the first ``<h1>``: site headers."""
    dates: set[dt.date] = set()
    for element in tree.iter():
        if element.tag == "h1":
            break
        for text in (element.text, element.tail):
            date_line = parse_date_line(text or "")
            if date_line and not date_line[1]:
                dates.add(date_line[0])
    return dates


def _clean(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else ""
    return value or None
