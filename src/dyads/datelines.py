"""Datelines opening a story ("MOSCOW, Dec 3 (Reuters) - ", "LIMA -- "), for the reader, the
paragraph marker and the actors stage; a module of its own so that none of them needs the others."""
from __future__ import annotations

import re

# A dateline opening a story: "MOSCOW, Dec 3 (Reuters) - ", "KYIV, Ukraine (AP) — ", and without an agency
# "KYIV, Ukraine — ", "ADDIS ABABA, Ethiopia, Aug 19 - ", "BEIJING: ". The place is in capitals, so a sentence
# that opens with a name ("Russia (and its allies) - ...") is none.
DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2})(?:,\s*(?P<where>[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,2}?))?"
    r"(?:,\s*(?P<date>[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?))?"
    r"(?:\s*\((?P<agency>[A-Za-z][\w .&-]{1,30})\))?(?:\s*[-–—]+|:)(?:\s+|$|(?<=[–—]))"
)


def dateline_end(text: str) -> int:
    """Where the story starts after the dateline opening ``text``: 0 when there is none.

    Args:
        text (str): a document's text, or its first paragraph.

    Returns:
        int: the offset of the first character after the dateline and the space behind it.
    """
    match = DATELINE.match(text)
    return match.end() if match else 0


def dateline_place(text: str) -> tuple[str, ...] | None:
    """The place of the dateline opening ``text``: ``("NAIROBI", "Kenya")``, ``("LIMA",)``; None without one."""
    match = DATELINE.match(text)
    if not match:
        return None
    return tuple(part for part in (match["place"], match["where"]) if part)
