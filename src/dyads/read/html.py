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
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import trafilatura
from lxml import html as lxml_html
from lxml.etree import ParserError
from trafilatura.settings import Document as ExtractedPage

from dyads.errors import DocumentError, Errors
from dyads.read.cleanup import looks_like_names, parse_article, parse_byline, parse_date, parse_date_line, publication_date_in
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
    tree = _parse_tree(page)
    title = _own_heading(_clean(extracted.title), tree)
    parts = parse_article(extracted.text, title=title)
    standfirsts = _standfirsts(tree)
    while parts.paragraphs and " ".join(parts.paragraphs[0].split()) in standfirsts:
        parts.paragraphs.pop(0)  # the summary under the headline, which the page marks as such
    if not parts.paragraphs:
        raise DocumentError(Errors.E107.format(name=name))
    return Document(
        id=name,
        text=parts.body,
        date_published=_tagged_date(tree) or _shown_date(tree) or parts.date_published or _guessed_date(extracted.date, tree),
        title=title,
        # the page's own author marks beat the metadata's author, which is often the site itself
        byline=_marked_authors(tree) or parts.byline or _byline(extracted.author),
        url=_clean(extracted.url),
        dateline=parts.dateline,
        agency=parts.agency,
        date_crawled=parts.date_crawled,
    )


def _parse_tree(page: str) -> Any:
    try:
        return lxml_html.fromstring(page)
    except (ParserError, ValueError):
        return None


# Class names that mark a standfirst (the summary under a headline) and an author credit.
_STANDFIRST_CLASS = re.compile(r"lead-paragraph|standfirst|\bdek\b|\bdeck\b|subtitle|subhead|article-summary", re.I)
_AUTHOR_CLASS = re.compile(r"(?:^|[\s_-])(?:author|authors|byline|article-authors)(?:$|\s)", re.I)


_DATE_CLASS = re.compile(r"date|time|publish|posted|dateline|timestamp", re.I)


def _shown_date(tree: Any) -> dt.date | None:
    """The publication date an element marked as a date shows (``class="publish-time"``), line by line."""
    if tree is None:
        return None
    page = tree.text_content()
    for element in tree.xpath("//body//*[@class]"):
        if _DATE_CLASS.search(element.get("class") or "") and element.tag not in {"body", "article", "main", "section"}:
            lines = [text for text in element.itertext() if text.strip()]
            if lines and len(" ".join(lines)) <= 200 and (day := publication_date_in(lines, page)):
                return day
    return None


def _standfirsts(tree: Any) -> set[str]:
    if tree is None:
        return set()
    return {" ".join(e.text_content().split()) for e in tree.iter() if isinstance(e.tag, str) and _STANDFIRST_CLASS.search(e.get("class") or "")}


def _marked_authors(tree: Any) -> str | None:
    """The names in the page's author elements (``class="author"``, ``itemprop="author"``, ``rel="author"``), joined as a byline."""
    if tree is None:
        return None
    names: list[str] = []
    for element in tree.xpath("//body//*[@class or @itemprop='author' or @rel='author']"):
        marked = element.get("itemprop") == "author" or element.get("rel") == "author" or _AUTHOR_CLASS.search(element.get("class") or "")
        if not marked or (element.getparent() is not None and _is_marked(element.getparent())):
            continue
        text = " ".join(element.text_content().split()).strip(" •·|,")
        name = (parse_byline(text) or (text if looks_like_names(text) else None)) if text else None
        if name and name not in names:
            names.append(name)
    if not names or len(names) > 6:
        return None
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _is_marked(element: Any) -> bool:
    return bool(element.get("itemprop") == "author" or element.get("rel") == "author" or _AUTHOR_CLASS.search(element.get("class") or ""))


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
    author = _clean(author.strip(" •·|,-") if author else None)
    if author is None:
        return None
    # trafilatura joins several authors with "; ": write them as a byline does
    names = [n.strip() for n in author.split(";") if n.strip()]
    if len(names) > 1:
        author = ", ".join(names[:-1]) + " and " + names[-1]
    return parse_byline(author) or author


def _guessed_date(value: str | None, tree: Any) -> dt.date | None:
    date = parse_date(value) if value else None
    if date is None or tree is None or date in _header_dates(tree):
        return None
    if (date.month, date.day) == (1, 1):
        return None  # a year alone (a copyright line) padded to January 1st, not a day the page shows
    return date


def _own_heading(title: str | None, tree: Any) -> str | None:
    """The page's own heading where the browser title wraps it in the site's name ("KNA :: Kuwait Amir receives ...")."""
    if title is None or tree is None:
        return title
    headings = {" ".join(h.text_content().split()) for h in tree.xpath("//h1 | //h2")}
    if title in headings:
        return title
    for part in re.split(r"\s+(?:::|\||-|–|—|»)\s+", title):
        if part in headings and len(part.split()) >= 3:
            return part
    return title


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
