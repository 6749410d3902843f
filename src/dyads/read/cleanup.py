"""Shared clean-up for scraped articles: boilerplate lines, date lines, bylines and the headline.

Scrapers save pages in a recognisable shape: a site header (often the *crawl* date), the
headline, a dateline with the *publication* date, the headline again, a byline, the body,
then footer links. :func:`parse_article` takes that shape apart; :func:`is_boilerplate`
is the line filter that both the ``.txt`` and the ``.html`` readers apply to the body.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field

import dateparser

from ..datelines import DATELINE, dateline_end, dateline_place  # noqa: F401  (read's own API too)

DATEPARSER_SETTINGS = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}

# A date line is short; anything longer is a sentence that happens to contain a date.
_MAX_DATE_LINE = 60
# A headline is a line, not a paragraph.
_MAX_TITLE = 200
# Lines at the top that come before the body; past this many the header is over.
_MAX_HEADER_LINES = 12

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_WEEKDAYS = r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
# Words that introduce a date line; "updated" dates are kept but rank below "published" ones.
_DATE_PREFIX = re.compile(
    r"^(?:(?P<label>published|posted|updated|last updated|date|first published)(?:\s+on)?\s*:?\s*)",
    re.I,
)
# Every token a pure date line may contain: weekdays, months, numbers, times, zones, glue words.
_DATE_TOKEN = re.compile(
    rf"^(?:{_WEEKDAYS}|{_MONTHS}|\d{{1,4}}(?:st|nd|rd|th)?|\d{{1,2}}:\d{{2}}(?::\d{{2}})?"
    r"|\d{4}-\d{2}-\d{2}(?:t[\d:.]+(?:z|[+-]\d{2}:?\d{2})?)?|\d{1,2}[./]\d{1,2}[./]\d{2,4}|am|pm|a\.m\.|p\.m\.|at|of|on"
    r"|utc|gmt|[a-z]{1,4}t|[+-]\d{2}:?\d{2}|utc[+-]\d{1,2}(?::\d{2})?|gmt[+-]\d{1,2}(?::\d{2})?)$",
    re.I,
)
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b", re.I)
_MONTH_WORD = re.compile(rf"\b(?:{_MONTHS})\b", re.I)
_DOTTED_DMY = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")

_WIRE_CREDIT = re.compile(
    r"^(?:\(?\s*)(?:additional\s+)?(?:reporting|writing)\s+by\s+(?P<names>[^;()]+?)(?:\s*;\s*[^;]*by\s+[^;()]+)*\s*\)?\.?$", re.I
)
_BYLINE = re.compile(r"^(?:written by|words by|reporting by|by)\s*:?\s+(?P<name>.+)$", re.I)
# A byline names people: a few capitalised words, joined by "and" or commas.
_BYLINE_NAME = re.compile(
    r"^[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|da|del|van|von|der|al|bin|el|la|le|,))*$"
)

# Phrases that only page furniture starts with ("Follow us on Twitter", "Read more: ...").
_BOILERPLATE_START = re.compile(
    r"^(?:follow us|like us|join us|find us|connect with us|see more|see also|read more|more from"
    r"|share this|share on|subscribe|sign up|sign in|log ?in|click here|tap here|leave a comment"
    r"|tags?\s*:|photo\s*:|image\s*:|file photo|back to top|skip to|we use cookies)\b",
    re.I,
)
# Words that also start prose and headlines ("Latest figures show ...", "Related talks are
# due ..."): furniture only in a line of a few words that is not a sentence ("Latest See more").
_BOILERPLATE_WORD = re.compile(
    r"^(?:latest|advertisement|sponsored|related|also read|recommended|most read|most popular"
    r"|trending|print|email|comments?|top stories|editor's picks)\b",
    re.I,
)
_MAX_BOILERPLATE_WORDS = 3
# Longer lines are article text even when they start like a footer link.
_MAX_BOILERPLATE_LINE = 100
_COPYRIGHT = re.compile(r"^copyright\b|©|\(c\)\s*\d{4}|all rights reserved", re.I)
_COOKIE_NOTICE = re.compile(r"\bcookies?\b.*\b(?:use|accept|consent|policy|settings|browsing)\b", re.I)
_HANDLE_OR_URL = re.compile(r"^(?:@\w+|(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+)$", re.I)
_MENU_SEPARATORS = re.compile(r"\s*[|•·»/]\s*")
_MENU_WORDS = frozenset(
    "home news world politics business economy sport sports culture society opinion analysis"
    " video videos photos contact about us search menu login weather tech science health region"
    " regions interview interviews latest archive subscribe europe asia africa americas middle"
    " east local national entertainment lifestyle travel markets blog blogs podcasts more"
    " multimedia features editorial".split()
)


@dataclass
class ArticleParts:
    """What :func:`parse_article` finds in a scraped article.

    Attributes:
        title: the headline, where found.
        byline: the author names from a "By ..." line, where found.
        date_published: the publication date, where found.
        paragraphs: the body, one string per paragraph, boilerplate removed.
        dateline, agency: the place and the agency of a dateline taken off the body.
    """

    title: str | None = None
    byline: str | None = None
    date_published: dt.date | None = None
    dateline: str | None = None
    agency: str | None = None
    paragraphs: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        """The body as the coder reads it: paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class _DateLine:
    date: dt.date
    has_time: bool
    label: str
    after_title: bool


def is_boilerplate(line: str) -> bool:
    """Tell whether a line is page furniture rather than article text.

    Args:
        line (str): one line, stripped or not.

    Returns:
        bool: True for footer links ("Follow us on ...", "Latest", "Read more"), copyright and
        cookie notices, a bare social handle or URL, and navigation menus.
    """
    line = line.strip()
    if not line:
        return False
    if len(line) <= _MAX_BOILERPLATE_LINE and (
        _BOILERPLATE_START.match(line) or _COPYRIGHT.search(line)
    ):
        return True
    if (
        _BOILERPLATE_WORD.match(line)
        and len(line.split()) <= _MAX_BOILERPLATE_WORDS
        and not line.endswith((".", "!", "?"))
    ):
        return True
    if len(line) <= 300 and _COOKIE_NOTICE.search(line):
        return True
    return bool(_HANDLE_OR_URL.match(line)) or _is_menu(line)


def _is_menu(line: str) -> bool:
    # "Home | News | World" : several short items between separators.
    items = [item for item in _MENU_SEPARATORS.split(line) if item]
    if len(items) >= 3 and all(len(item.split()) <= 3 for item in items):
        return True
    # "Home News World Sport Contact": capitalised words, mostly section names. Title-case
    # headlines also capitalise every word, so the section names make the difference.
    words = line.split()
    if len(words) < 4 or any(not w[:1].isupper() and w != "&" for w in words):
        return False
    known = sum(w.lower().strip("&") in _MENU_WORDS for w in words)
    return known * 2 >= len(words) + 1


def parse_date_line(line: str) -> tuple[dt.date, bool, str] | None:
    """Read a line that is only a date, as datelines and site headers are.

    Args:
        line (str): one line of text.

    Returns:
        tuple | None: ``(date, has_time, label)`` where ``label`` is the lower-cased prefix
        word ("published", "updated", or "" for none); None when the line is not a date line.
    """
    line = line.strip()
    if not line or len(line) > _MAX_DATE_LINE or not any(c.isdigit() for c in line):
        return None
    prefix = _DATE_PREFIX.match(line)
    label = prefix.group("label").lower() if prefix else ""
    rest = line[prefix.end():] if prefix else line
    # Time zones in brackets, "(UTC+04:00)", say nothing about the day and confuse dateparser.
    rest = re.sub(r"\([^)]*\)", " ", rest)
    tokens = [t for t in re.split(r"[\s,|]+|\s[-/]\s", rest) if t and t not in {"-", "/"}]
    if not tokens or not all(_DATE_TOKEN.match(t.rstrip(".")) or _DATE_TOKEN.match(t) for t in tokens):
        return None
    date = parse_date(re.sub(r"\s/\s", " ", rest))
    if date is None:
        return None
    return date, bool(_TIME.search(rest)), label


# Pages repeat their date lines (header, dateline, footer), and dateparser takes milliseconds a call.
@functools.lru_cache(maxsize=4096)
def parse_date(text: str) -> dt.date | None:
    """Read a date written in any common English form.

    Args:
        text (str): a short string holding a date ("4 December 2019 11:24", "2019-12-04T08:00Z").

    Returns:
        datetime.date | None: the day, or None when no date can be read.
    """
    # Numeric forms first: dateparser reads "04.12.2019" month-first, news sites mean day-first.
    iso = _ISO_DATE.search(text)
    if iso:
        return _safe_date(int(iso[1]), int(iso[2]), int(iso[3]))
    dotted = _DOTTED_DMY.search(text)
    if dotted and not _MONTH_WORD.search(text):
        return _safe_date(int(dotted[3]), int(dotted[2]), int(dotted[1]))
    parsed = dateparser.parse(text, languages=["en"], settings=DATEPARSER_SETTINGS)
    return parsed.date() if parsed else None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_byline(line: str) -> str | None:
    """Read the author names from a "By ..." line.

    Args:
        line (str): one line of text.

    Returns:
        str | None: the names ("Jane Doe and John Roe"), without an agency or role after a
        "|" or " - "; None when the line is not a byline.
    """
    match = _BYLINE.match(line.strip())
    if not match:
        return None
    name = re.split(r"\s+\|\s+|\s+[-–—]\s+", match["name"])[0].strip(" ,;:")
    # "Jane Smith, Reuters", "John Roe, Moscow": an agency or place after the last comma is no author
    segments = name.split(", ")
    while len(segments) > 1 and " " not in segments[-1]:
        segments.pop()
    name = ", ".join(segments)
    if len(name.split()) > 8 or not _BYLINE_NAME.match(name):
        return None
    return name


def _looks_like_title(line: str) -> bool:
    # A headline has a few words, no final full stop, and is not a date or a byline.
    return (
        len(line) <= _MAX_TITLE
        and len(line.split()) >= 3
        and not line.endswith(".")
        and parse_date_line(line) is None
        and parse_byline(line) is None
        and not is_boilerplate(line)
    )


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def parse_article(text: str, title: str | None = None) -> ArticleParts:
    """Take a scraped article apart into headline, byline, publication date and body.

    The header is the run of lines before the first body line. In it, a date line *before*
    the headline with no time ("Tuesday July 23 2024") is a site header showing the crawl
    date and is not used; a dateline after the headline, or one with a time, is the
    publication date. The headline's repeat, the dateline and the byline leave the body.

    Args:
        text (str): the article as plain text, paragraphs separated by blank lines.
        title (str | None): the headline where already known (from HTML metadata); then
            only its repeats are removed and no other line is taken for the headline.

    Returns:
        ArticleParts: the metadata found and the body paragraphs, boilerplate removed.
    """
    parts = ArticleParts(title=title)
    date_lines: list[_DateLine] = []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    body_start = len(lines)
    seen = 0
    # Whether the headline has been passed: a date line above it is a site header.
    headline_seen = False
    title_index: int | None = None
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        seen += 1
        if seen > _MAX_HEADER_LINES:
            body_start = index
            break
        date_line = parse_date_line(line)
        if date_line:
            date_lines.append(_DateLine(*date_line, after_title=headline_seen))
        elif parts.title and _same_text(line, parts.title):
            headline_seen = True
        elif is_boilerplate(line):
            pass
        elif (byline := parse_byline(line)) is not None:
            parts.byline = parts.byline or byline
        elif parts.title is None and _looks_like_title(line):
            parts.title = line
            title_index = index
            headline_seen = True
        elif (
            title is None and title_index is not None and not date_lines and parts.byline is None
            and all(not between.strip() for between in lines[title_index + 1 : index])
            and len((parts.title or "").split()) <= 4
            and _looks_like_title(line) and len(line.split()) > len((parts.title or "").split())
        ):
            # "Kenya News Agency" above "Kenya and Uganda sign border deal": a site name, then the headline
            parts.title = line
            title_index = index
        elif parts.title is None and len(line.split()) < 3 and not line.endswith("."):
            # A site name or section label ("AzerNews", "Politics") above the headline.
            pass
        else:
            body_start = index
            break
    parts.date_published = _choose_date(date_lines)
    parts.paragraphs = _paragraphs(lines[body_start:], parts)
    if parts.paragraphs and (credit := _WIRE_CREDIT.match(parts.paragraphs[-1])):
        # "Reporting by Jane Smith; Editing by John Roe": the authors, at the foot of wire copy
        parts.byline = parts.byline or credit["names"].strip()
        parts.paragraphs.pop()
    if parts.paragraphs:
        match = DATELINE.match(parts.paragraphs[0])
        if match:
            parts.dateline = ", ".join(p for p in (match["place"], match["where"]) if p)
            parts.agency = match["agency"]
        first, wire_date = strip_wire_dateline(parts.paragraphs[0])
        parts.date_published = parts.date_published or wire_date
        # A paragraph that was the dateline alone leaves nothing to code.
        parts.paragraphs[:1] = [first] if first.strip() else []
    return parts


def _choose_date(date_lines: list[_DateLine]) -> dt.date | None:
    # Only a dateline (after the headline) or a timestamped line names the publication;
    # a bare date above the headline is the site's "today", i.e. the crawl date.
    candidates = [d for d in date_lines if d.after_title or d.has_time or d.label]
    if not candidates:
        return None
    best = max(
        candidates,
        key=lambda d: (d.label != "updated", d.after_title, d.has_time, -date_lines.index(d)),
    )
    return best.date


def strip_wire_dateline(paragraph: str) -> tuple[str, dt.date | None]:
    """Take a dateline off the front of a paragraph; its date counts only where it has a year.

    Args:
        paragraph (str): the first body paragraph.

    Returns:
        tuple: the paragraph without the dateline, and the dateline's date (or None).
    """
    match = DATELINE.match(paragraph)
    if not match:
        return paragraph, None
    date = parse_date(match["date"]) if match["date"] and re.search(r"\d{4}", match["date"]) else None
    return paragraph[match.end():], date


def _paragraphs(lines: list[str], parts: ArticleParts) -> list[str]:
    """Join the body lines into paragraphs, dropping boilerplate and header repeats."""
    paragraphs: list[str] = []
    current: list[str] = []
    for raw in [*lines, ""]:
        line = raw.strip()
        if line and not _is_furniture(line, parts):
            # A hard-wrapped paragraph continues until a blank line or a line that ends a
            # sentence; a file with one paragraph per line then keeps its paragraphs.
            current.append(line)
            if not re.search(r"[.!?:\"”’)]$", line):
                continue
        if current:
            paragraphs.append(" ".join(current))
            current = []
    return paragraphs


def _is_furniture(line: str, parts: ArticleParts) -> bool:
    # A date on a line of its own ("Updated 5 Dec 2019 10:00") states no event.
    if is_boilerplate(line) or parse_date_line(line) is not None:
        return True
    if parts.title and _same_text(line, parts.title):
        return True
    byline = parse_byline(line)
    return byline is not None and parts.byline is not None and _same_text(byline, parts.byline)
