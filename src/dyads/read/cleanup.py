"""Take a scraped news page apart: headline, byline, dates, dateline, and the article body.

A saved page has three parts, whatever the site: a *header* (site name, navigation, section
label, the headline, a standfirst, bylines and date lines, sometimes a photo caption), the
*body* (the article's paragraphs, with captions, "Read also" links and adverts between
them), and a *footer* (a wire credit or an agency's end mark, tags, share rows, lists of
related headlines, author bios, copyright, contact blocks). :func:`parse_article` finds the
body as the run of prose between the last header line and the first footer heading, then
reads the header and the footer for the metadata:

* **dates**: every date a short line holds, with the word before it: "Published",
  "Posted", "First published" (the publication), "Updated", "Last modified" (kept only where
  nothing else dates the page), "Retrieved", "Accessed", "Today's Paper" (the crawl date, kept
  apart). A bare date above the headline without a time is the site's "today": the crawl date.
  Numeric dates follow the page's own order, read from a date on it that can only be one way
  (13/03/2024 is day first); dots are always day first. "3 hours ago", "2 days ago",
  "Yesterday" count back from the crawl date, and stay unread without one;
* **byline**: "By X", "X and Y, Reuters", "X | Agency", a name on its own line under the
  headline, a desk ("Staff Reporter"), an agency alone ("By AFP", "Source: Xinhua",
  "-- BERNAMA"), or "Reporting by X; Editing by Y" at the foot;
* **headline**: among the header's headline-like lines, the one a page puts after its
  navigation and right before the byline, dates or body (a longer line right after it is the
  standfirst; a line the page repeats, as a browser title does, wins);
* **dateline**: "NAIROBI, July 19 (Reuters) -", "LIMA --", "KARACHI:", "(Berlin) –",
  "MOSCOW, January 18. /TASS/.", or a place alone on the line above the text.

The words of page furniture (agencies, footer headings, date labels) are data, in
``page_words.yml``. :func:`is_boilerplate` is the line filter the ``.html`` reader shares.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from importlib.resources import files
from typing import NamedTuple

import dateparser
import yaml

from ..datelines import DATELINE, dateline_end, dateline_place  # noqa: F401  (read's own API too)

DATEPARSER_SETTINGS = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}

# A header line is short; a meta line (byline, dates) shorter still.
_MAX_TITLE = 220
_MAX_META_LINE = 160
# The header is over after this many blocks, whatever they are.
_MAX_HEADER_BLOCKS = 30
# A prose paragraph: a sentence of at least this many words, or a long line of any ending.
_PROSE_WORDS = 6
_LONG_PROSE_WORDS = 25

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_WEEKDAYS = r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
_MONTH_NUMBER = {name[:3]: i for i, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}

# Dates written out, in a line: the forms news pages use.
_DATE_SPANS = re.compile(
    rf"(?P<iso>\b\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?(?:\.\d+)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?)"
    rf"|(?P<ymd>\b\d{{4}}/\d{{1,2}}/\d{{1,2}}\b)"
    rf"|(?P<numeric>\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}\b)"
    rf"|(?P<day_month>\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\.?,?\s+\d{{4}}\b)"
    rf"|(?P<month_day>\b(?:{_MONTHS})\.?\s*(?:-\s*)?\d{{1,2}}(?:st|nd|rd|th)?(?:,|\s*-)?\s*\d{{4}}\b)"
    rf"|(?P<month_slash>\b(?:{_MONTHS})\s+\d{{1,2}}/\d{{4}}\b)",
    re.I,
)
_RELATIVE = re.compile(
    r"\b(?P<count>\d+|an?|one)\s*(?P<unit>minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w)\s+ago\b"
    r"|^(?P<yesterday>yesterday)\b|^(?P<today>today)\b(?=,?\s+(?:at\s+)?\d{1,2}[:.]\d{2})",
    re.I,
)
_TIME = re.compile(r"\b(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::\d{2})?\s*(?P<ampm>[ap]\.?m\.?)?|\b(?P<hour2>\d{1,2})\s*(?P<ampm2>[ap]\.?m\.?)", re.I)
_ZONE = re.compile(r"\(?\b(?:UTC|GMT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)?|\b[A-Z]{1,4}T\b|\([A-Z]{2,5}\)|\(UTC[+-]\d+\)")
_LEFTOVER_NOISE = re.compile(
    rf"\b(?:{_WEEKDAYS})\b\.?|\b(?:at|on|of|and|the)\b|[|·•/,:;()\[\]–—-]+|\b\d+\s*(?:min|minute)s?\s+read\b|\b\d+\s+comments?\b",
    re.I,
)

_BY = re.compile(r"^(?:written by|words by|reporting by|posted by|by)\s*:?\s+(?P<name>.+)$", re.I)
_AUTHOR_LABEL = re.compile(
    r"^(?:author|authors|writer|writers|reporter|reporters|reporting|dc:creator|creator|written by|text and photos?|text)\s*:\s*(?P<name>.+)$", re.I
)
_SOURCE_CREDIT = re.compile(r"^(?:source|sources|credit)\s*:\s*(?P<name>[^|]+?)\s*$", re.I)
# A name: capitalised words, with the particles names carry, joined by "and", "&" or commas.
_NAME_WORD = r"(?:[A-Z][\w.'’-]*|(?:de|da|del|dos|van|von|der|al|bin|el|la|le|du|di|ibn|ben|of)\b)"
_NAMES = re.compile(rf"^{_NAME_WORD}(?:\s+{_NAME_WORD})*(?:\s*(?:,|and|&)\s*{_NAME_WORD}(?:\s+{_NAME_WORD})*)*$")
# Role words in a byline: "By political reporter Claire Whitby", "Jane Doe, Deputy Political Editor".
_ROLE_PREFIX = re.compile(r"^(?:(?:senior|chief|political|diplomatic|foreign|deputy|our|staff|special|security|defence|defense|economics|health|"
                          r"business|africa|asia|europe|middle east|international|news|correspondent|reporter|editor|writer)\s+)+", re.I)

_WIRE_CREDIT = re.compile(
    r"^\(?\s*(?:additional\s+)?(?:reporting|writing)\s+by\s+(?P<names>[^;()]+?)(?:\s*;\s*[^;]*by\s+[^;()]+)*\s*\)?\.?$", re.I
)
# "-- BERNAMA", "--IANS", "(QNA)" closing a text: the agency's end mark.
_AGENCY_END_MARK = re.compile(r"^[-–—]{1,3}\s*(?P<agency>[A-Za-z][\w ]{1,30}?)\s*$")
# Editors' codes and sign-offs after the last sentence: "... work. PCO", "... region. (QNA)", "... Well. PTI ABC XYZ RT".
_TRAILING_CODES = re.compile(
    r"(?<=[.!?\"”’])(?:(?:\s+\(?[A-Z]{2,6}\)?(?:\s*/\s*[A-Z]{2,6})*){1,6}|\s+\([A-Z][A-Za-z]+(?:\s*/\s*[A-Z][\w ]+)+\))\s*$"
)
_EDITOR_CODES = re.compile(r"^[A-Z]{1,5}(?:\s*/\s*[A-Z]{1,5})+$|^(?:[A-Z]{2,5}\s+){2,5}[A-Z]{2,5}$|^[A-Z]{2,8}(?:/[A-Za-z .]+){2,}$")

_BOILERPLATE_START = re.compile(
    r"^(?:follow us|like us|join us|find us|connect with us|see more|see also|read more|more from|more by this author"
    r"|share this|share on|share via|subscribe|sign up"
    r"|sign in|log ?in|click here|tap here|leave a comment|download (?:our|the)|get the .* app|back to top|skip to|we use cookies"
    r"|listen\b|text size|print version|print\b|email\b|advertisement|sponsored|reuse this content|accessibility help|your account"
    r"|open in app|translated (?:and edited )?by|edited by|news id\b|story continues|continue reading|want to have your say"
    r"|auto-refresh|load all|key events|printed from|views?\s*:|download\b|cite this"
    r"|comments? (?:-|\()|add comment|required fields|your email address|disclaimer\b|keywords?\b|\d+ min read|\d+ comments?\b)",
    re.I,
)
_BOILERPLATE_WORD = re.compile(
    r"^(?:latest|advertisement|sponsored|related|also read|recommended|most read|most popular"
    r"|trending|print|email|comments?|top stories|editor's picks|follow|share|listen|write|closed)\b",
    re.I,
)
_MAX_BOILERPLATE_WORDS = 3
_MAX_BOILERPLATE_LINE = 100
_COPYRIGHT = re.compile(r"^copyrights?\b|©|ⓒ|\(c\)\s*\d{4}|all rights reserved", re.I)
_COOKIE_NOTICE = re.compile(r"\bcookies?\b.*\b(?:use|accept|consent|policy|settings|browsing)\b", re.I)
_HANDLE_OR_URL = re.compile(r"^(?:@\w+|(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+|\S+:\s*(?:https?://|www\.)\S+)$", re.I)
_MENU_SEPARATORS = re.compile(r"\s*[|•·»>/]\s*|\s{2,}")
_MENU_WORDS = frozenset(
    "home news world politics business economy sport sports culture society opinion analysis"
    " video videos photos contact about us search menu login weather tech science health region"
    " regions interview interviews latest archive subscribe europe asia africa americas middle"
    " east local national entertainment lifestyle travel markets blog blogs podcasts more"
    " multimedia features editorial".split()
)
# Picture credits and captions: "Photo: AFP", "(AP Photo/Hassan Ammar)", "REUTERS/Stringer", "1 of 3".
# A caption's credit is at its end: "(AP Photo/Hassan Ammar)", "REUTERS/Stringer", "PHOTO | NAME | SITE", "Photo: PID".
_CAPTION = re.compile(
    r"^(?i:\[?(?:photo|image|picture|file photo|photograph|main image|image caption|caption)(?:\s+credit)?\s*[:,|\]]"
    r"|\[photo\]|\d+\s+of\s+\d+$|photo by\b|credit\s*:|image used for representation|representational (?:image|photo))"
    r"|\((?:[A-Z]+\s+)?(?i:photo)\b[^)]*\)\s*$|\b(?:[A-Z]{2,}\s+PHOTO|REUTERS|AFP|AP|EPA|XINHUA|GETTY IMAGES)\s*/\s*[A-Z][\w .-]+\]?$"
    r"|\bPHOTO\s*\|.*$|\b(?i:photo)\s*:\s*[\w .,/|-]+\]?$"
    r"|\b(?i:getty images|afp via getty|ap photo|epa-efe|anadolu via)\b[^.]*\)?\s*$"
)
_BIO = re.compile(r"^(?:the (?:writer|author)s? (?:is|are)\b|about the author\b"
                  r"|[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3} (?:is|was) (?:(?:a|an|the)\s+)?.{0,200}"
                  r"\b(?:correspondent|reporter|editor|editor-in-chief|writer|journalist|researcher|fellow|columnist|contributor|analyst)\b)")
_DISCLAIMER = re.compile(
    r"\b(?:subscri(?:be|bers?|ption)|syndicated feed|auto-generated|has not been edited|not (?:been )?edited by|views expressed"
    r"|not responsible for the content|may not be (?:published|reproduced)|reproduction|redistribut|republish"
    r"|appeared in the print edition|published in [A-Z][\w ]+, \w+ \d|become a member|support (?:independent|our) journalism"
    r"|tax deductible|\bdonate\b|mak(?:e|ing) a donation|your (?:donation|gift)|help us keep|push alerts|newsletter"
    r"|acknowledges? (?:the )?(?:aboriginal|traditional)|thank you for your (?:usual )?(?:cooperation|understanding)"
    r"|on (?:whatsapp|telegram)\b|click here to join|if you find an error|found a mistake|ctrl\s*\+\s*enter|property of the agency"
    r"|use with reference to|printed from\b|url of this page"
    r"|contributed to this report|this is a summary of what was said|for (?:further|more) information|media (?:contact|enquiries)"
    r"|press contact|for media enquiries|only the headline of this report|rest of the content is)",
    re.I,
)
_SUMMARY_HEADING = re.compile(r"^(?:highlights|key points|key messages|key facts|at a glance|in brief|summary|in short)\s*:?$", re.I)
_NOT_A_PLACE = re.compile(r"\b(?:overview|highlights|summary|background|analysis|statement|update|report|news|briefing|context)\b", re.I)
_LEADING_NOTICE = re.compile(r"^(?:this is a summary of|editor'?s note\b|disclaimer\b|this (?:article|story|report) (?:was|is|has been) "
                             r"(?:updated|corrected|amended|first published))", re.I)
_CONTACT = re.compile(r"^(?:phone|tel|telephone|fax|e-?mail|web|website|address|contact)\s*[:.]", re.I)
_PAGE_LABEL = re.compile(r"^(?:press release|news release|for immediate release|statement|media advisory|news|press statement|briefing notes?)\b"
                         r"(?:\s*(?:no\.?|n°|number)?\s*[\w/.-]*\d[\w/.-]*)?$|^\(?statement no\.? ?\d+\)?$|^[A-Z]-?\d{3}/\d{2}$", re.I)


@functools.cache
def _words() -> dict[str, frozenset[str]]:
    data = yaml.safe_load(files("dyads.read").joinpath("page_words.yml").read_text(encoding="utf-8"))
    return {key: frozenset(str(v).casefold() for v in values) for key, values in data.items()}


@dataclass
class ArticleParts:
    """What :func:`parse_article` finds in a scraped article.

    Attributes:
        title: the headline, where found.
        byline: the author names (or the desk or agency credited), where found.
        date_published: the publication date, where found.
        date_crawled: the day the page was saved, where its header shows it.
        paragraphs: the body, one string per paragraph, furniture removed.
        dateline, agency: the place and the agency of a dateline taken off the body.
    """

    title: str | None = None
    byline: str | None = None
    date_published: dt.date | None = None
    date_crawled: dt.date | None = None
    dateline: str | None = None
    agency: str | None = None
    paragraphs: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        """The body as the coder reads it: paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)


class _Dated(NamedTuple):
    """A date a line shows: the day (or a count back from the crawl date), and the word before it."""

    date: dt.date | None
    back: dt.timedelta | None  # "3 hours ago"
    label: str  # "published", "updated", "crawled" or ""
    has_time: bool
    hour: int | None  # the crawl time's hour, for "N hours ago" across midnight


@dataclass
class _Meta:
    """What a header or footer line says about the page."""

    dates: list[_Dated] = field(default_factory=list)
    byline: str | None = None
    leftover: int = 0  # words that are neither dates nor credits


# ---------------------------------------------------------------- lines


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
    if not all(re.search(r"[^\W\d_]", item) for item in items):
        return False  # "1 / 6": a counter, not a menu
    if (">" in line or " / " in line) and len(items) >= 2 and all(len(item.split()) <= 4 for item in items) \
            and not line.rstrip().endswith((".", "?", "!")):
        return True  # a breadcrumb: "Home > News > Politics", "News & Events / Secretariat News"
    if len(items) >= 3 and all(len(item.split()) <= 3 for item in items) and not line.rstrip().endswith((".", "?", "!")):
        return True
    if len(items) >= 4 and all(len(item.split()) <= 4 for item in items) and not line.rstrip().endswith((".", "?", "!")):
        return True
    categories = [c.strip() for c in line.split(",")]
    if len(categories) >= 4 and all(c[:1].isupper() and len(c.split()) <= 4 for c in categories) and not line.rstrip().endswith("."):
        return True  # "Armed Conflicts, Featured, Global Governance, Headlines": a category list
    # "Home News World Sport Contact": capitalised words, mostly section names. Title-case
    # headlines also capitalise every word, so the section names make the difference.
    words = line.split()
    if len(words) < 4 or any(not w[:1].isupper() and w != "&" for w in words):
        return False
    known = sum(w.lower().strip("&") in _MENU_WORDS for w in words)
    return known * 2 >= len(words) + 1


def _footer_heading(line: str) -> bool:
    """A heading that opens the footer: "Related Posts", "Read Next", "Tags: A, B", "Share: f t"."""
    text = line.strip().strip("*#>").strip()
    head, colon, rest = text.partition(":")
    heading = re.sub(r"\s+", " ", head).strip(" .").casefold()
    if heading in _words()["footer_headings"]:
        if not colon or not rest.strip():
            return True
        # "Tags: A, B", "Topics: X; Y", "Share: f t": the footer; "Related: <headline>" is a link in the text
        return heading in {"tags", "topics", "keywords", "share", "share this", "share this page", "share this story",
                           "related topic", "related topics", "filed under"} or heading.startswith("share")
    # "More from RW", "More in UAE": a heading naming the site or section
    return bool(re.match(r"^(?:filed under|region\s*/\s*country|topic|people|posted in|categories)\s*:|^(?:more from|more in)\s+\S+(?:\s+\S+)?$", text, re.I))


def _inline_link(line: str) -> bool:
    """A link to another story inside the text: "RELATED: ...", "Also Read | ...", "Read also: ...", ">> ..."."""
    return bool(re.match(r"^(?:related|also read|read also|read more|see also|watch|more|listen)\s*[:|]\s*\S|^>>\s*\S|^more from\b", line.strip(), re.I))


def _is_prose(line: str) -> bool:
    words = line.split()
    if len(words) >= _LONG_PROSE_WORDS:
        return True
    return len(words) >= _PROSE_WORDS and bool(re.search(r"[.!?][\"”’)]?$|[\"”’]$", line.strip()))


def _is_furniture(line: str) -> bool:
    """Furniture anywhere on the page: links, captions, contacts, labels, menus."""
    stripped = line.strip()
    return (
        is_boilerplate(stripped) or _inline_link(stripped) or bool(_CAPTION.search(stripped)) or bool(_CONTACT.match(stripped))
        or bool(_EDITOR_CODES.match(stripped)) or bool(_PAGE_LABEL.match(stripped))
    )


def _is_notice(line: str) -> bool:
    """A notice about the page or its author (a disclaimer, an appeal, a bio): furniture where it ends the
    text, but its words ("donation", "reporter") are also news, so never in the middle of it."""
    stripped = line.strip()
    return (len(stripped) <= 400 and bool(_DISCLAIMER.search(stripped))) or bool(_BIO.match(stripped))


# ---------------------------------------------------------------- dates


def parse_date_line(line: str) -> tuple[dt.date, bool, str] | None:
    """Read a line that is only a date, as datelines and site headers are.

    Args:
        line (str): one line of text.

    Returns:
        tuple | None: ``(date, has_time, label)`` where ``label`` is "published", "updated",
        "crawled" or "" for none; None when the line is not a date line.
    """
    meta = _read_meta(line.strip(), day_first=None)
    if meta is None or meta.byline or meta.leftover > 2:
        return None
    dated = [d for d in meta.dates if d.date is not None]
    if not dated:
        return None
    first = dated[0]
    return first.date, first.has_time, first.label  # type: ignore[return-value]


def publication_date_in(lines: list[str], page: str = "") -> dt.date | None:
    """The publication date among short lines such as a page's date element shows
    ("NEW DELHI, 14 August 2023 22:15 IST", "Updated - 15 August 2023"): a "Published" date first,
    then one without a label, then an "Updated" one; never a crawl date. ``page``, the page's text,
    tells the order of numeric dates."""
    day_first = _page_day_first(page)
    dated = [d for line in lines if (meta := _read_meta(" ".join(line.split()), day_first)) for d in meta.dates
             if d.date and d.label != "crawled"]
    if not dated:
        return None
    return min(dated, key=lambda d: ({"first": 0, "published": 1, "date": 2, "": 2}.get(d.label, 3), dated.index(d))).date


def _read_meta(line: str, day_first: bool | None) -> _Meta | None:
    """The dates and the credit a short header or footer line holds; None for a line with neither."""
    line = re.sub(r"[^\S\n]+", " ", line.replace("\xa0", " ")).strip()
    if not line or len(line) > _MAX_META_LINE:
        return None
    meta = _Meta()
    rest = line
    spans: list[tuple[int, int]] = []
    for match in _DATE_SPANS.finditer(line):
        day = _span_date(match, day_first)
        if day is None:
            continue
        label = _label_before(line[spans[-1][1] if spans else 0 : match.start()])
        after = re.sub(r"^[\s,./|T-]*(?:at\s+)?", "", line[match.end() : match.end() + 20])
        time = _TIME.match(after) or (_TIME.search(match.group(0)[10:]) if match["iso"] else None)
        hour = _hour(time) if time else None
        meta.dates.append(_Dated(day, None, label, time is not None, hour))
        spans.append((match.start(), match.end()))
    for match in _RELATIVE.finditer(line):
        if any(a <= match.start() < b for a, b in spans):
            continue
        label = _label_before(line[spans[-1][1] if spans else 0 : match.start()])
        meta.dates.append(_Dated(None, _relative(match), label, False, None))
        spans.append((match.start(), match.end()))
    if not meta.dates:
        return _credit_only(line)
    for start, end in sorted(spans, reverse=True):
        rest = rest[:start] + " | " + rest[end:]
    rest = _TIME.sub(" ", rest)
    rest = _ZONE.sub(" ", rest)
    rest = re.sub(rf"\b(?:{_WEEKDAYS})\b\.?,?", " ", rest, flags=re.I)
    rest = _date_labels().sub(" | ", rest)
    meta.byline = _credit_in(rest)
    leftover = _LEFTOVER_NOISE.sub(" ", rest)
    if meta.byline:
        leftover = leftover.replace(meta.byline, " ")
    meta.leftover = len([w for w in leftover.split() if re.search(r"[A-Za-z]", w)])
    if meta.leftover >= 3 and re.search(r"[.!?][\"”’)]?$", line):
        meta.leftover += _MAX_META_LINE  # a sentence that holds a date ("Addis Ababa, 26 July 2023: The Chairperson condemns ...")
    return meta


@functools.cache
def _date_labels() -> re.Pattern[str]:
    """Every date label as one pattern, the longest first ("last update on" before "update"), compiled once."""
    words = _words()
    labels = words["published_labels"] | words["updated_labels"] | words["crawled_labels"] | words["date_labels"]
    alternatives = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alternatives})(?![\w])\s*:?", re.I)


def _credit_only(line: str) -> _Meta | None:
    byline = parse_byline(line)
    return _Meta(byline=byline) if byline else None


def _credit_in(rest: str) -> str | None:
    """A byline among the pieces of a date line: "Hikmet Durgun | 08.06.2017", "... By Rafael Moreira - Agência Planalto reporter"."""
    by = re.search(r"(?:^|\s|\|)(?:by|By|BY)\s*:?\s+(?P<name>[^|]+)", rest)
    if by:
        return parse_byline("By " + by["name"].strip())
    pieces = [p.strip(" ,-–—·•") for p in re.split(r"\s*\|\s*|\s{2,}|\s[-–—·•]\s", rest)]
    for piece in pieces:
        if (source := _SOURCE_CREDIT.match(piece)) and _is_agency(source["name"]):
            return source["name"].strip()  # "Source: Xinhua| 2018-06-14 21:35:12"
        if _AUTHOR_LABEL.match(piece) and (name := parse_byline(piece)):
            return name  # "08.04.2021 | 18:05 | Text and photo: Kairat Bekov"
    names = [p for p in pieces if p and looks_like_names(p) and (_has_person_shape(p) or _is_agency(p) or _is_desk_credit(p))]
    return names[0] if len(names) == 1 else None


def _label_before(text: str) -> str:
    """The date label nearest before a date: "Published: ", "Last update on: ", "Retrieved "."""
    words = _words()
    lowered = " ".join(re.sub(r"[|·:,()\-–—/]+", " ", text).casefold().split())
    best, at = "", (-1, 0)
    for kind in ("published", "updated", "crawled", "date"):
        for label in words[f"{kind}_labels"]:
            for match in re.finditer(rf"(?<![\w']){re.escape(label)}(?![\w'])", lowered):
                # the label ending nearest the date, and of two ending there the longer ("print date" over "date")
                if (match.end(), len(label)) > at:
                    best, at = kind, (match.end(), len(label))
                    if kind == "published" and re.match(r"(?:first|originally)\b", label):
                        best = "first"
    return best


def _span_date(match: re.Match[str], day_first: bool | None) -> dt.date | None:
    text = match.group(0)
    if match["iso"]:
        year, month, day = (int(x) for x in text[:10].split("-"))
        return _safe_date(year, month, day)
    if match["ymd"]:
        year, month, day = (int(x) for x in text.split("/"))
        return _safe_date(year, month, day)
    if match["numeric"]:
        a, b, year = (int(x) for x in re.split(r"[./]", text))
        if "." in text or day_first or (day_first is None and a > 12):
            return _safe_date(year, b, a)
        return _safe_date(year, a, b)
    if match["month_slash"]:
        month_name, rest = text.split(None, 1)
        day, year = (int(x) for x in rest.split("/"))
        return _safe_date(year, _MONTH_NUMBER[month_name[:3].lower()], day)
    numbers = [int(n) for n in re.findall(r"\d+", text)]
    found = re.search(rf"(?:{_MONTHS})", text, re.I)
    if found is None or len(numbers) < 2:
        return None
    return _safe_date(numbers[-1], _MONTH_NUMBER[found.group(0)[:3].lower()], numbers[0])


def _hour(time: re.Match[str]) -> int | None:
    hour_text = time["hour"] or time["hour2"]
    if hour_text is None:
        return None
    hour = int(hour_text) % 12 if (time["ampm"] or time["ampm2"]) else int(hour_text)
    if (time["ampm"] or time["ampm2"] or "").lower().startswith("p"):
        hour += 12
    return hour


def _relative(match: re.Match[str]) -> dt.timedelta:
    if match["yesterday"]:
        return dt.timedelta(days=1)
    if match["today"]:
        return dt.timedelta(0)
    count = 1 if match["count"].lower() in {"a", "an", "one"} else int(match["count"])
    unit = match["unit"].lower()
    if unit.startswith("w"):
        return dt.timedelta(weeks=count)
    if unit.startswith("d"):
        return dt.timedelta(days=count)
    if unit.startswith("h"):
        return dt.timedelta(hours=count)
    return dt.timedelta(minutes=count)


def _page_day_first(text: str) -> bool | None:
    """The page's order of numeric dates: day first where one of them can only be read so (13/03/2024),
    month first where one can only be read that way (3/15/2019); None where none tells."""
    day_first = month_first = False
    numeric = [(int(a), int(b), int(y)) for a, b, y in re.findall(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", text)]
    for a, b, _ in numeric:
        day_first |= a > 12
        month_first |= b > 12
    if day_first == month_first:
        # a date the page also writes out tells the order: "07/12/2022" beside "7 Dec. 2022"
        written = {(d.day, d.month, d.year) for m in _DATE_SPANS.finditer(text) if (m["day_month"] or m["month_day"])
                   and (d := _span_date(m, None)) is not None}
        day_first = any((a, b, y) in written for a, b, y in numeric if a != b)
        month_first = any((b, a, y) in written for a, b, y in numeric if a != b)
    if day_first != month_first:
        return day_first
    return None


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
    iso = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text)
    if iso:
        return _safe_date(int(iso[1]), int(iso[2]), int(iso[3]))
    dotted = re.search(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", text)
    if dotted and not re.search(rf"\b(?:{_MONTHS})\b", text, re.I):
        return _safe_date(int(dotted[3]), int(dotted[2]), int(dotted[1]))
    parsed = dateparser.parse(text, languages=["en"], settings=DATEPARSER_SETTINGS)
    return parsed.date() if parsed else None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# ---------------------------------------------------------------- bylines


def parse_byline(line: str) -> str | None:
    """Read the author names (or the desk or agency credited) from a byline.

    Args:
        line (str): one line of text: "By Jane Doe and John Roe, Reuters", "Jane Doe | Reuters",
            "By political reporter Jane Doe", "Author: Jane Doe", "Staff Reporter", "By AFP".

    Returns:
        str | None: the names ("Jane Doe and John Roe"), without the agency, role or place after
        a comma, bar or dash; None when the line is not a byline.
    """
    line = " ".join(line.split()).strip()
    match = _BY.match(line) or _AUTHOR_LABEL.match(line)
    if match:
        name = match["name"]
    elif (source := _SOURCE_CREDIT.match(line)) and (_is_agency(source["name"]) or re.fullmatch(r"[A-Z][A-Za-z]{1,15}", source["name"].strip())):
        return source["name"].strip()  # "Source: Xinhua", "Source: OCHA"
    elif _is_desk_credit(line) or (_is_agency(line) and len(line.split()) <= 4):
        return line
    else:
        # "Jane Smith | Reuters", "Meghan Castell · NPB News ·": a name, then the agency or outlet
        pieces = [p for p in re.split(r"\s*[|·]\s*", line) if p.strip()]
        if 2 <= len(pieces) <= 3 and looks_like_names(pieces[0]) and all(len(p.split()) <= 4 for p in pieces[1:]) and (
            _is_agency(pieces[1]) or "·" in line or (len(pieces[0].split()) >= 2 and _has_person_shape(pieces[0]))
        ):
            return _without_trailers(pieces[0].strip(" ,"))
        return None
    name = re.sub(r"\s*\([^)]*\)", "", name)  # "(nils@paper.no)"
    name = re.split(r"\s+\|\s*|\s*\|\s+|\s+[-–—·•/]\s+|\s+in\s+(?=[A-Z])|\s+on\s+(?=\d|[A-Z][a-z]+day)", name)[0].strip(" ,;:·•")
    name = _ROLE_PREFIX.sub("", name) if not _is_desk_credit(name) else name
    name = _without_trailers(name)
    if _is_desk_credit(name) or (_is_agency(name) and len(name.split()) <= 4):
        return name
    if len(name.split()) > 8 or not looks_like_names(name):
        return None
    return name


def _without_trailers(name: str) -> str:
    """Names without what follows them after a comma ("Jane Smith, Reuters", "John Roe, Moscow", "X, Deputy
    Political Editor", "Hodan Ali, WFP Somalia") and without honorifics ("Dr", "Prof")."""
    name = re.sub(r"\b(?:Dr|Prof|Professor|Mr|Mrs|Ms|Hon|Sir)\.?\s+(?=[A-Z])", "", name.strip(" ,•·|-–—"))
    segments = name.split(", ")
    while len(segments) > 1 and (
        " " not in segments[-1] or _is_agency(segments[-1]) or _is_role(segments[-1])
        or (not name.isupper() and any(len(w) >= 2 and w.isupper() for w in segments[-1].split()))
    ):
        segments.pop()
    return ", ".join(segments)


_FUNCTION_WORDS = frozenset("as at by in of on to the a an for from with and or if it is this that".split())


def _has_person_shape(text: str) -> bool:
    """Two to four name words, not all capitals (a site's masthead is)."""
    words = text.split()
    return 2 <= len(words) <= 4 and not text.isupper() and words[0].casefold() not in _FUNCTION_WORDS


def looks_like_names(text: str) -> bool:
    """Whether a short text is only names: capitalised words (with name particles) joined by "and", "&" or commas."""
    text = text.strip(" ,•·|")
    words = text.split()
    if ":" in text or (words and (words[0].casefold() in _FUNCTION_WORDS or any(w in {"ON", "OFF", "LIVE", "NEW"} for w in words))):
        return False
    return (
        1 <= len(words) <= 8 and bool(_NAMES.match(text)) and any(w[:1].isupper() for w in words)
        and not any(w.casefold().strip(",") in _MENU_WORDS for w in words) and not _looks_like_date_word(text)
    )


def _looks_like_date_word(text: str) -> bool:
    return bool(re.search(rf"\b(?:{_MONTHS}|{_WEEKDAYS})\b\.?\s*\d", text, re.I))


def _is_agency(text: str) -> bool:
    return text.strip(" .,()/-").casefold() in _words()["agencies"]


def _is_desk_credit(text: str) -> bool:
    words = text.strip().split()
    if "," in text or ":" in text or not 1 <= len(words) <= 5 or not all(w[:1].isupper() or w.lower() in {"and", "of", "&"} for w in words):
        return False
    return words[-1].casefold() in _words()["desk_credit_words"]


def _is_role(text: str) -> bool:
    return bool(re.search(r"\b(?:editor|correspondent|reporter|writer|chief|staff|bureau|columnist|contributor|fellow|director|spokesperson"
                          r"|spokesman|spokeswoman|secretary|minister|colonel|general|major|captain|lieutenant|brigadier|admiral|commander"
                          r"|officer|head|analyst|researcher|professor)\b", text, re.I))


# ---------------------------------------------------------------- the page


@dataclass
class _Block:
    text: str
    prose: bool
    furniture: bool
    meta: _Meta | None


def _blocks(text: str) -> list[str]:
    """The page's lines, with the lines of a hard-wrapped paragraph joined into one."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    filled = [line for line in lines if line.strip()]
    width = max((len(line) for line in filled), default=0)
    wrapped = 0 < width <= 100 and sum(len(line) >= width * 0.8 for line in filled) >= 4
    blocks: list[str] = []
    current: list[str] = []
    for index, line in enumerate([*lines, ""]):
        stripped = line.strip()
        if stripped:
            current.append(stripped)
            following = lines[index + 1].strip() if index + 1 < len(lines) else ""
            if following[:1].islower() and " " in following and not re.search(r"[.!?:]$", stripped) and not re.match(r"by\b", following):
                continue  # the next line carries on the sentence: "... calls for" / "overhaul of ..."
            # a wrapped line fills the width; a shorter one ends its paragraph
            if wrapped and len(line) >= width * 0.75 - 8 and not _wrap_stops_at(stripped):
                continue
        if current:
            # editors' codes and sign-offs after the last sentence: "... work. PCO", "... fields. (QNA)"
            blocks.append(_TRAILING_CODES.sub("", " ".join(current)).rstrip())
            current = []
    return blocks


def _wrap_stops_at(line: str) -> bool:
    return bool(_CAPTION.search(line) and line.endswith("]")) or is_boilerplate(line)


def parse_article(text: str, title: str | None = None) -> ArticleParts:
    """Take a scraped article apart into headline, byline, dates, dateline and body.

    Args:
        text (str): the article as plain text, one paragraph a line or paragraphs separated by blank lines.
        title (str | None): the headline where already known (from HTML metadata); then only its
            repeats are removed and no other line is taken for the headline.

    Returns:
        ArticleParts: the metadata found and the body paragraphs, furniture removed.
    """
    day_first = _page_day_first(text)
    if (item := _feed_item(text, day_first)) is not None:
        return item
    blocks = [_block(raw, day_first) for raw in _blocks(text)]
    parts = ArticleParts(title=title)
    if not blocks:
        return parts
    start = _body_start(blocks)
    end = _body_end(blocks, start)
    header, body, footer = blocks[:start], blocks[start:end], blocks[end:]
    title_index = _headline(header, title)
    last_menu = max((i for i, b in enumerate(header) if _is_menu(b.text)), default=-1)
    if title is None and title_index is not None:
        parts.title = header[title_index].text
    _read_header(header, title_index, parts)
    kept = [i for i, b in enumerate(body) if not _drop_from_body(b, parts, body[i - 1] if i else None)]
    while kept and _LEADING_NOTICE.match(body[kept[0]].text):
        kept.pop(0)  # "This is a summary of what was said by ...": a notice before the text
    # a byline, an e-mail, a stray headline or a notice the body ends with belong to the footer
    while kept and (_is_notice(body[kept[-1]].text) or (not _is_prose(body[kept[-1]].text) and not re.search(r"[.!?][\"”’)]?$", body[kept[-1]].text))):
        kept.pop()
    # what follows the last paragraph, kept or not (a signature, a credit, an "Issued:" line), is the footer
    footer = body[kept[-1] + 1 :] + footer if kept else body + footer
    paragraphs = [body[i].text for i in kept]
    _read_footer(footer, parts)
    _settle_dates(header, footer, title_index, last_menu, parts)
    if paragraphs:
        _take_dateline(paragraphs, header, parts, day_first)
        _unnumber(paragraphs)
    parts.paragraphs = [p for p in paragraphs if p.strip()]
    return parts


_FEED_KEY = re.compile(r"^\s*(?P<key>title|link|guid|pubdate|published|updated|dc:creator|author|category|description|content:encoded"
                       r"|summary|enclosure|source|media:\w+)\s*:\s*(?P<value>.*)$", re.I)


def _feed_item(text: str, day_first: bool | None) -> ArticleParts | None:
    """An RSS or Atom item saved as "key: value" lines (``title:``, ``pubDate:``, ``dc:creator:``, ``description:``)."""
    lines = [line for line in text.splitlines() if line.strip() and not re.fullmatch(r"\s*</?(?:item|entry)>\s*", line)]
    keyed = [(i, m) for i, line in enumerate(lines) if (m := _FEED_KEY.match(line))]
    keys = {m["key"].lower() for _, m in keyed}
    if len(keyed) < 3 or "title" not in keys or not keys & {"description", "content:encoded", "summary"}:
        return None
    parts = ArticleParts()
    body: list[str] = []
    for n, (i, match) in enumerate(keyed):
        key, value = match["key"].lower(), match["value"].strip()
        end = keyed[n + 1][0] if n + 1 < len(keyed) else len(lines)
        if key == "title":
            parts.title = value
        elif key in {"dc:creator", "author"}:
            parts.byline = parse_byline("By " + value) or value
        elif key in {"pubdate", "published"} and (meta := _read_meta(value, day_first)) and meta.dates:
            parts.date_published = meta.dates[0].date
        elif key in {"description", "content:encoded", "summary"}:
            body = [v for v in [value, *lines[i + 1 : end]] if v.strip()]
    paragraphs = [p.strip() for p in body]
    if paragraphs:
        _take_dateline(paragraphs, [], parts, day_first)
    parts.paragraphs = [p for p in paragraphs if p]
    return parts


def _unnumber(paragraphs: list[str]) -> None:
    """Numbered paragraphs of a statement ("1. Japan strongly protests ...", "2. Such a launch ..."): the numbers go."""
    numbered = [re.match(r"^(\d{1,2})\.\s+(?=[A-Z])", p) for p in paragraphs]
    if sum(m is not None for m in numbered) >= 2 and numbered[0] is not None and numbered[0].group(1) == "1":
        paragraphs[:] = [p[m.end():] if m else p for p, m in zip(paragraphs, numbered, strict=True)]


def _block(raw: str, day_first: bool | None) -> _Block:
    meta = _read_meta(raw, day_first) if not _is_prose(raw) or len(raw) <= _MAX_META_LINE // 2 else None
    if meta is not None and meta.leftover > 6:
        meta = None  # a headline that holds a date ("Vote set for 3 March 2024 as ...")
    return _Block(raw, _is_prose(raw) and not _is_furniture(raw) and meta is None, _is_furniture(raw), meta)


def _body_start(blocks: list[_Block]) -> int:
    """The first block of the body: the first prose after the header's last byline or date line.

    A standfirst or a caption may come before the byline and dates; a prose block followed
    within three blocks by a meta line, before the next prose, is one of those."""
    limit = min(len(blocks), _MAX_HEADER_BLOCKS)
    summary = next((i for i in range(limit) if _SUMMARY_HEADING.match(blocks[i].text)), None)
    if summary is not None:
        # "HIGHLIGHTS" and its bullets summarise the text: the text starts after the next heading
        after = next((i for i in range(summary + 1, limit) if not blocks[i].prose and not blocks[i].text.lstrip().startswith(("•", "*", "-"))), None)
        if after is not None:
            for block in blocks[summary:after + 1]:
                block.prose = False
    start = next((i for i in range(limit) if blocks[i].prose), None)
    if start is None:
        # no prose at all: a short text; the body is whatever is not furniture after the header lines
        return next((i for i, b in enumerate(blocks) if not b.furniture and b.meta is None and not _title_like(b.text)), len(blocks))
    while True:
        ahead = blocks[start + 1 : start + 9]
        metas = [i for i, b in enumerate(ahead) if b.meta is not None and not any(x.prose for x in ahead[:i])]
        if not metas:
            return start
        after = start + 1 + metas[-1]
        following = next((i for i in range(after + 1, limit) if blocks[i].prose), None)
        if following is None:
            return start
        start = following


def _body_end(blocks: list[_Block], start: int) -> int:
    """The first block of the footer: a footer heading, an end mark, a wire credit, or copyright."""
    for i in range(start + 1, len(blocks)):
        text = blocks[i].text.strip()
        if (
            _footer_heading(text) or text.casefold() in _words()["end_marks"] or _WIRE_CREDIT.match(text)
            or _AGENCY_END_MARK.match(text) or (bool(_COPYRIGHT.search(text)) and len(text) <= 300)
        ):
            return i
    return len(blocks)


def _drop_from_body(block: _Block, parts: ArticleParts, before: _Block | None) -> bool:
    text = block.text
    if before is not None and re.match(r"^(?:image|photo|video)\s+caption,?$", before.text, re.I) and not block.prose:
        return True  # the caption under an "Image caption," marker
    if not block.prose and len(text.split()) <= 4 and not re.search(r"[.!?][\"”’]?$", text):
        return True  # a picture credit, a label, a stray link: no sentence to code
    if parts.title and _same_text(text, parts.title):
        return True
    if block.meta is not None and not block.prose:
        return True
    return block.furniture or (_is_menu(text) and not block.prose)


def _title_like(text: str) -> bool:
    words = text.split()
    if looks_like_names(text) and (len(words) <= 4 or "," in text or " and " in text or "&" in text) and not text.isupper():
        return False  # "Helen Tranter and Simon Ashcroft", "Olalekan Adeyemi, Abuja": a byline without "By"
    return (
        len(text) <= _MAX_TITLE and len(words) >= 3 and not text.endswith(".")
        and not is_boilerplate(text) and not _footer_heading(text) and not _is_furniture(text) and not _is_notice(text)
        and parse_byline(text) is None and _read_meta(text, None) is None
    )


def _headline(header: list[_Block], known: str | None) -> int | None:
    """The headline among the header blocks: see the module docstring."""
    if known is not None:
        return next((i for i, b in enumerate(header) if _same_text(b.text, known)), None)
    candidates = [i for i, b in enumerate(header) if _title_like(b.text)]
    if not candidates:
        return None
    last_menu = max((i for i, b in enumerate(header) if b.meta is None and (_is_menu(b.text) or b.text.count("|") >= 2)), default=-1)
    texts = [b.text for b in header]

    def score(i: int) -> float:
        text = texts[i]
        words = len(text.split())
        points = 2.0 if 5 <= words <= 30 else 0.0
        points += 2.0 if i > last_menu else 0.0
        following = header[i + 1 : i + 3]
        if i == len(header) - 1 or any(b.meta is not None for b in following):
            points += 2.0
        if i - 1 in candidates and texts[i - 1].upper() != texts[i - 1] and len(texts[i - 1].split()) >= 5:
            points -= 3.0  # a standfirst under the headline
        if any(b.meta is not None and (b.meta.dates or re.match(r"(?i)by\b", b.text)) for b in header[last_menu + 1 : i]):
            points -= 1.5  # after the byline and dates: a standfirst or a caption
        if any(_same_text(t, text) or t.startswith(text + " ") for j, t in enumerate(texts) if j != i):
            points += 3.0  # a browser title repeated on the page
        if text.isupper() and words <= 6:
            points -= 1.0  # a masthead or letterhead
        return points

    best = max(candidates, key=lambda i: (score(i), -i))
    # the browser title ("Headline | Site - Site") before the headline itself: take the page's own line
    repeats = [j for j in candidates if j > best and texts[best].startswith(texts[j])]
    return repeats[0] if repeats else best


def _read_header(header: list[_Block], title_index: int | None, parts: ArticleParts) -> None:
    signed: list[str] = []  # names alone on their lines, each above its role: several authors
    for i, block in enumerate(header):
        if i == title_index:
            continue
        after_title = title_index is not None and i > title_index
        # before the headline only a line with dates may credit someone ("Posted on March 12 by X"); else it is the masthead
        byline = block.meta.byline if block.meta is not None and (
            after_title or (block.meta.dates and re.search(r"\bby\b", block.text, re.I))
        ) else None
        title_case_deck = title_index is not None and i == title_index + 1 and _title_case(header[title_index].text)
        if byline is None and after_title and not block.prose and looks_like_names(block.text) and not _is_agency(block.text) \
                and not title_case_deck:
            words = block.text.split()
            if 2 <= len(words) <= 9 and not _title_like_heading(block.text):
                byline = _without_trailers(block.text)
                if i + 1 < len(header) and _is_role(header[i + 1].text) and not _is_role(block.text):
                    signed.append(byline)
        if byline is None and block.meta is None and after_title:
            byline = parse_byline(block.text)
        if byline is None and after_title and _is_agency(block.text) and len(block.text.split()) <= 3:
            byline = block.text  # "KYODO" on its own under the headline
        if byline and parts.byline is None:
            parts.byline = byline
    if len(signed) > 1 and parts.byline == signed[0]:
        parts.byline = ", ".join(signed[:-1]) + " and " + signed[-1]


def _title_case(text: str) -> bool:
    """A headline with every word capitalised: the site's decks are in title case too, and look like names."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) > 3]
    return len(words) >= 3 and all(w[:1].isupper() for w in words)


def _title_like_heading(text: str) -> bool:
    return text.casefold() in _words()["footer_headings"] or text.casefold() in _MENU_WORDS


def _read_footer(footer: list[_Block], parts: ArticleParts) -> None:
    """A credit at the foot: a wire credit, an agency's end mark or sign-off, "Source: X", "Author: X", a desk,
    or a name above its e-mail or its role (a signature)."""
    for i, block in enumerate(footer[:12]):
        if parts.byline is not None:
            return
        text = block.text.strip()
        following = footer[i + 1].text.strip() if i + 1 < len(footer) else ""
        if credit := _WIRE_CREDIT.match(text):
            parts.byline = credit["names"].strip()
        elif (mark := _AGENCY_END_MARK.match(text)) and (_is_agency(mark["agency"]) or _is_desk_credit(mark["agency"])):
            parts.byline = mark["agency"].strip()
        elif (source := _SOURCE_CREDIT.match(text)) and (_is_agency(source["name"]) or len(source["name"].split()) == 1):
            parts.byline = source["name"].strip()
        elif (_is_agency(text.strip("()")) and len(text.split()) <= 3) or (_is_desk_credit(text) and i <= 2):
            parts.byline = text.strip("()")  # "APS", "(PNS)", "Communications Department" signing off
        elif _AUTHOR_LABEL.match(text) and (name := parse_byline(text)):
            parts.byline = name
        elif looks_like_names(text) and _has_person_shape(re.sub(r"^(?:[A-Z]\.\s*)+", "X ", text).title()) and (
            _HANDLE_OR_URL.match(following) or _is_role(following) or re.match(r"^[A-Z]\.\s*[A-Z]", text)
        ):
            parts.byline = _without_trailers(text)  # "Sagir Musa" above "Brigadier General", "N. Gelashvili"


def _take_dateline(paragraphs: list[str], header: list[_Block], parts: ArticleParts, day_first: bool | None) -> None:
    """The dateline opening the text, or a place alone on the line above it."""
    first = paragraphs[0]
    place, agency, date, rest = _dateline(first, day_first)
    if place is None and header:
        alone = header[-1].text
        if re.fullmatch(r"[A-Z][A-Z .'’-]+(?:,\s*[A-Z][A-Za-z .'’-]+)?", alone) and not _is_agency(alone) and len(alone.split()) <= 5 \
                and not _NOT_A_PLACE.search(alone):
            place = alone  # "ERBIL, Iraq" on its own above the text
    if place is not None:
        parts.dateline = place
        parts.agency = agency
        if date is None and parts.date_crawled is not None and (undated := _dateline_month_day(first)):
            date = _latest_on_or_before(*undated, parts.date_crawled)  # "Kathmandu, Sept 20:" on a page saved 2015-09-21
        if date is not None and parts.date_published is None:
            parts.date_published = date
        if rest is not None:
            if rest.strip():
                paragraphs[0] = rest
            else:
                paragraphs.pop(0)


# "Addis Ababa, 26 July 2023: ", "Suva — ", "(Berlin) – ", "MOSCOW, January 18. /TASS/. ", "New Delhi, Nov 17 (PTI) ",
# "Lima, 7 Dec. 2022 (EFE).- ", "THE HAGUE, Netherlands -- ", "ABU DHABI, 5th May, 2020 (WAM) -- ", "Kathmandu, Sept 20: "
_PLACE = rf"(?!(?i:{_MONTHS})\b)[A-Z][A-Za-z.'’-]+(?:\s+[A-Z][A-Za-z.'’-]+){{0,3}}"
_DATELINE_DATE = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?i:{_MONTHS})\.?,?(?:\s+\d{{4}})?|(?i:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:[,/]?\s*\d{{4}})?)"
_MIXED_DATELINE = re.compile(
    rf"^\s*(?:\((?P<paren>{_PLACE})\)|(?P<place>{_PLACE})(?:,\s*(?P<where>{_PLACE}))?(?:,\s*(?P<date>{_DATELINE_DATE})\.?)?)"
    rf"\s*(?:\((?P<agency>[A-Za-z][\w .&-]{{1,30}})\)|/(?P<slashed>[A-Z]{{2,10}})/\.?|,\s*(?P<signed>[A-Z]{{2,10}})\.(?=\s))?"
    rf"\s*(?P<mark>\.?[-–—]+|:)?\s*",
)


def _dateline_month_day(paragraph: str) -> tuple[int, int] | None:
    """``(month, day)`` of a dateline's date written without its year."""
    match = DATELINE.match(paragraph) or _MIXED_DATELINE.match(paragraph)
    date = match["date"] if match else None
    if not date or re.search(r"\d{4}", date):
        return None
    name = re.search(rf"(?i:{_MONTHS})", date)
    day = re.search(r"\d{1,2}", date)
    return (_MONTH_NUMBER[name.group(0)[:3].lower()], int(day.group(0))) if name and day else None


def _latest_on_or_before(month: int, day: int, limit: dt.date) -> dt.date | None:
    for year in (limit.year, limit.year - 1):
        candidate = _safe_date(year, month, day)
        if candidate is not None and candidate <= limit:
            return candidate
    return None


def _dateline(paragraph: str, day_first: bool | None) -> tuple[str | None, str | None, dt.date | None, str | None]:
    """``(place, agency, date, the paragraph without it)``; all None but the text where there is no dateline."""
    match = DATELINE.match(paragraph)
    if match:
        place = ", ".join(p for p in (match["place"], match["where"]) if p)
        date = parse_date(match["date"]) if match["date"] and re.search(r"\d{4}", match["date"]) else None
        return place, match["agency"], date, paragraph[match.end():]
    match = _MIXED_DATELINE.match(paragraph)
    if not match:
        return None, None, None, None
    place = match["paren"] or ", ".join(p for p in (match["place"], match["where"]) if p)
    agency = match["agency"] or match["slashed"] or match["signed"]
    mark = (match["mark"] or "").strip(". ")
    if agency is not None and not _is_agency(agency) and not (
        re.fullmatch(r"[A-Z][A-Za-z]{1,11}", agency) and (match["date"] or mark in {"—", "–", "--", "-"})
    ):
        return None, None, None, None  # "The Electoral Commission (EC) said": a name and its acronym
    if match["signed"] and not match["date"]:
        return None, None, None, None
    if not (mark or agency):
        return None, None, None, None
    # a mixed-case place is a dateline only where a date, an agency or a dash says so ("Russia: ..." is a sentence)
    dash = mark in {"—", "–", "--"} or (mark == "-" and match["where"] is not None)
    if not place.isupper() and not (match["date"] or agency or match["paren"] or dash):
        return None, None, None, None
    if len(place.split()) > 5 or place.split()[0].casefold() in {"the", "a", "an", "in", "on", "at"}:
        return None, None, None, None
    date = None
    if match["date"] and re.search(r"\d{4}", match["date"]):
        date = parse_date(match["date"].replace("/", " "))
    return place, agency, date, paragraph[match.end():]


def _settle_dates(header: list[_Block], footer: list[_Block], title_index: int | None, last_menu: int, parts: ArticleParts) -> None:
    """Choose the publication and crawl dates among every date the header and footer show."""
    found: list[tuple[_Dated, str]] = []  # the date, and where it is: "masthead" (above the menus), "above" the headline, or ""
    for i, block in enumerate(header):
        if block.meta is not None:
            before_title = title_index is not None and i < title_index
            place = "masthead" if before_title and i < last_menu else "above" if before_title else ""
            found += [(d, place) for d in block.meta.dates]
    for block in footer:
        if block.meta is not None and block.meta.leftover <= 6:
            found += [(d, "") for d in block.meta.dates if d.label in {"published", "first"}]
    # the site's "today": labelled so, a bare date above the headline, or any unlabelled date in the masthead
    crawled = [d for d, place in found if d.date and (
        d.label == "crawled" or (place == "above" and not d.has_time and d.label == "")
        or (place == "masthead" and d.label in {"", "date"})
    )]
    parts.date_crawled = crawled[0].date if crawled else None
    crawl_hour = crawled[0].hour if crawled else None
    published = [d for d, before in found if d not in crawled and d.label != "crawled"]
    if parts.date_crawled is not None:
        for d in published:
            if d.back is not None:
                day = parts.date_crawled - dt.timedelta(days=d.back.days)
                if d.back.days == 0 and crawl_hour is not None and d.back.seconds // 3600 > crawl_hour:
                    day -= dt.timedelta(days=1)
                published[published.index(d)] = d._replace(date=day)
    dated = [d for d in published if d.date is not None]
    if not dated:
        return
    first = min(dated, key=lambda d: ({"first": 0, "published": 1, "date": 2, "": 2, "updated": 3}.get(d.label, 4), dated.index(d)))
    parts.date_published = first.date


def strip_wire_dateline(paragraph: str) -> tuple[str, dt.date | None]:
    """Take a dateline off the front of a paragraph; its date counts only where it has a year.

    Args:
        paragraph (str): the first body paragraph.

    Returns:
        tuple: the paragraph without the dateline, and the dateline's date (or None).
    """
    place, _, date, rest = _dateline(paragraph, None)
    if place is None or rest is None:
        return paragraph, None
    return rest, date


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
