"""Plain-text input: one article a file, as a scraper saves a page.

The headline, byline and publication date are read from the top of the text
(:func:`dyads.read.cleanup.parse_article`); page furniture is dropped from the body.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from dyads.errors import DocumentError, Errors
from dyads.read.cleanup import parse_article
from dyads.read.decode import decode_text, read_bytes
from dyads.records import Document


def read_text_file(path: Path, name: str) -> Document:
    """Read a ``.txt`` article.

    Args:
        path (Path): the file.
        name (str): the path as the user gave it: the document's id.

    Returns:
        Document: the body with title, byline and publication date where the text shows them.

    Raises:
        DocumentError: E101 unreadable, E102 not UTF-8, E103 empty, E107 nothing but boilerplate.
    """
    text = decode_text(read_bytes(path, name), name)
    parts = parse_article(text)
    if not parts.paragraphs:
        raise DocumentError(Errors.E107.format(name=name))
    return Document(
        id=name,
        text=parts.body,
        date_published=parts.date_published,
        title=parts.title,
        byline=parts.byline,
        dateline=parts.dateline,
        agency=parts.agency,
        date_crawled=parts.date_crawled,
    )


def read_text_document(text: str, doc_id: str = "text", date: dt.date | None = None) -> Document:
    """Wrap text typed on the command line (``dyads code "..." --text``) as a Document.

    The text is taken as it is: a one-line sentence typed by a user would otherwise look
    like a headline to the scraped-article heuristics.

    Args:
        text (str): the text to code.
        doc_id (str): the document's id in the output.
        date (datetime.date | None): the publication date, for resolving "on Monday".

    Returns:
        Document: the document.

    Raises:
        DocumentError: E103 when the text is empty or blank.
    """
    if not text.strip():
        raise DocumentError(Errors.E103.format(name=doc_id))
    return Document(id=doc_id, text=text.strip(), date_published=date)
