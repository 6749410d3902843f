"""Which event records are reports of the same story event.

The rule (also in the README, "The event database"). Records from *different* documents are one
story event when

* their PLOVER event type, set of source actor codes, set of target actor codes and CAMEO root
  (the code's first two digits) are equal, and
* both have an event date, and the later date is at most ``window`` days after the story's
  first (anchor) date.

Records never merge when they have no event date (GDELT's false merges came from stories joined
by publication date alone), when they come from the same document (one article reporting two
shellings means two shellings), or when their source or target is empty. Within a group of
equal keys the records are taken in order of date, document and id, and each joins the first open
story that has no record from its document yet; a story stays open for ``window`` days after its
anchor, so a daily series of attacks does not chain into one event. The story takes the id of
its anchor record, so the clustering depends only on the set of records, not on the order they
were stored in.

Two more rules merge what is plainly one report:

* **Copies of a document.** Wire copy re-published by several outlets is one document with several
  sources: a coded document whose text is the same as a stored one after normalising case,
  punctuation and whitespace (``text_key``), or whose word 5-gram shingles overlap a stored one's
  with a Jaccard similarity of at least ``COPY_JACCARD`` (found through MinHash bands, then
  checked exactly), is stored as a copy of that first document (``duplicate_of``): its row, text
  and source stay, its events are those of the first. At 0.9 a credit line, one changed word or
  one dropped sentence in a 180-word story still make a copy (0.94; retyped case, quotes and
  whitespace are the same text), while rewrites that add a paragraph stay apart (0.8-0.9 in the
  Reuters corpus) and so do two notices of one template (near 0.6); see the README.
* **The same sentence.** Records with the same key whose sentences are the same after that
  normalisation, in different documents published at most ``window`` days apart, are one story
  even without an event date or a target: the same words coded the same way are one report quoted.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any, NamedTuple

DEFAULT_WINDOW_DAYS = 1
COPY_JACCARD = 0.9       # word 5-gram Jaccard similarity from which a document is a copy of another
SHINGLE_WORDS = 5
BANDS, ROWS = 16, 4      # MinHash: 64 hashes in 16 bands of 4; a pair at 0.9 shares a band with p > 0.999


class MentionKey(NamedTuple):
    """What must be equal for two records to be one story event."""

    event: str
    source_key: str
    target_key: str
    cameo_root: str


class Mention(NamedTuple):
    """The part of a stored record the rule looks at."""

    key: MentionKey
    date: dt.date | None
    doc_id: str
    event_id: str
    sentence_key: str | None = None      # a hash of the normalised sentence (duck.recluster), for the same-sentence rule
    published: dt.date | None = None     # the document's publication date, the same-sentence rule's clock


_NOT_WORD = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """Lower case, every run of punctuation and whitespace one space: what "the same text" compares."""
    return _NOT_WORD.sub(" ", text.lower()).strip()


def text_key(text: str) -> str | None:
    """sha256 of the normalised text; None when nothing is left of it (nothing to compare)."""
    words = normalise(text)
    return hashlib.sha256(words.encode()).hexdigest() if words else None


def shingles(text: str) -> set[str]:
    """The word 5-grams of the normalised text (a shorter text is one shingle of all its words)."""
    words = normalise(text).split()
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    """|a & b| / |a | b|; 0 for two empty sets."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


@functools.cache
def _row_hashes() -> tuple[Any, Any]:
    """Multiply-shift hashing of 64-bit shingle hashes: one odd multiplier and one offset per MinHash row,
    fixed so that bands stored by one run match those computed by the next. numpy is imported here, on
    the first document stored, so that queries and ``--help`` start without it."""
    import numpy as np

    rng = np.random.default_rng(20190101)
    multipliers = rng.integers(1, 2**63, size=BANDS * ROWS, dtype=np.uint64) | np.uint64(1)
    offsets = rng.integers(0, 2**63, size=BANDS * ROWS, dtype=np.uint64)
    return multipliers, offsets


def bands(words: set[str]) -> list[int]:
    """The MinHash band keys of a shingle set: documents sharing one are checked with ``jaccard``.

    Returns:
        ``BANDS`` signed 64-bit keys (band number included), or [] for an empty set.
    """
    if not words:
        return []
    import numpy as np

    multipliers, offsets = _row_hashes()
    hashed = np.array([int.from_bytes(hashlib.blake2b(w.encode(), digest_size=8).digest(), "little") for w in words],
                      dtype=np.uint64)
    with np.errstate(over="ignore"):  # arithmetic modulo 2^64 is the point
        signature = ((np.outer(multipliers, hashed) + offsets[:, None]) >> np.uint64(32)).min(axis=1)
    keys = []
    for band in range(BANDS):
        row = signature[band * ROWS:(band + 1) * ROWS].tobytes()
        keys.append(int.from_bytes(hashlib.blake2b(bytes([band]) + row, digest_size=8).digest(), "little", signed=True))
    return keys


@dataclass
class _Story:
    story_id: str
    anchor: dt.date
    doc_ids: set[str] = field(default_factory=set)


def actor_key(codes: Iterable[str]) -> str:
    """The distinct actor codes of one side, sorted and joined with ``;`` ("" for no actor)."""
    return ";".join(sorted({code for code in codes if code}))


def mergeable(mention: Mention) -> bool:
    """Whether a record may be merged with others at all (it has a date and both sides)."""
    return mention.date is not None and bool(mention.key.source_key) and bool(mention.key.target_key)


def cluster(mentions: Iterable[Mention], window: int = DEFAULT_WINDOW_DAYS) -> Iterator[tuple[str, str]]:
    """Assign each record to its story event.

    Args:
        mentions: the records of one or more keys, in any order.
        window: how many days after a story's first date a record may still join it.

    Yields:
        ``(event_id, story_id)`` for every record; a record that starts a story is its own story.
    """
    ordered = sorted(mentions, key=_order)
    for _, group in groupby(ordered, key=lambda m: m.key):
        stories: list[_Story] = []
        for unit in _same_sentence_units(list(group), window):
            anchor = unit[0]
            day = min((m.date for m in unit if m.date is not None), default=None)
            if day is None or not mergeable(anchor._replace(date=day)):
                for mention in unit:
                    yield mention.event_id, anchor.event_id
                continue
            docs = {m.doc_id for m in unit}
            # stories whose window has passed cannot take this unit, nor any later one
            stories = [s for s in stories if (day - s.anchor).days <= window]
            story = next((s for s in stories if not docs & s.doc_ids), None)
            if story is None:
                story = _Story(anchor.event_id, day)
                stories.append(story)
            story.doc_ids |= docs
            for mention in unit:
                yield mention.event_id, story.story_id


def _order(mention: Mention) -> tuple:
    return mention.key, mention.date or dt.date.max, mention.doc_id, mention.event_id


def _same_sentence_units(group: list[Mention], window: int) -> list[list[Mention]]:
    """The records of one key gathered by the same-sentence rule, each unit in ``_order``, units by their first.

    Records of one normalised sentence are taken in order of publication date, document and id;
    each joins the first unit that has nothing from its document yet and whose first publication
    date is at most ``window`` days before its own. A record with no sentence key or no
    publication date is a unit of its own.
    """
    units: list[list[Mention]] = []
    by_sentence: dict[str, list[tuple[dt.date, Mention]]] = {}
    for mention in group:
        if mention.sentence_key is None or mention.published is None:
            units.append([mention])
        else:
            by_sentence.setdefault(mention.sentence_key, []).append((mention.published, mention))
    for same in by_sentence.values():
        open_units: list[tuple[dt.date, set[str], list[Mention]]] = []
        for published, mention in sorted(same, key=lambda p: (p[0], p[1].doc_id, p[1].event_id)):
            open_units = [u for u in open_units if (published - u[0]).days <= window]
            unit = next((u for u in open_units if mention.doc_id not in u[1]), None)
            if unit is None:
                unit = (published, set(), [])
                open_units.append(unit)
                units.append(unit[2])
            unit[1].add(mention.doc_id)
            unit[2].append(mention)
    for members in units:
        members.sort(key=_order)
    return sorted(units, key=lambda u: _order(u[0]))
