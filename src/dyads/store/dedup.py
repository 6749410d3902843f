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
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import groupby
from typing import NamedTuple

DEFAULT_WINDOW_DAYS = 1


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
    ordered = sorted(mentions, key=lambda m: (m.key, m.date or dt.date.max, m.doc_id, m.event_id))
    for _, group in groupby(ordered, key=lambda m: m.key):
        stories: list[_Story] = []
        for mention in group:
            day = mention.date
            if day is None or not mergeable(mention):
                yield mention.event_id, mention.event_id
                continue
            # stories whose window has passed cannot take this record, nor any later one
            stories = [s for s in stories if (day - s.anchor).days <= window]
            story = next((s for s in stories if mention.doc_id not in s.doc_ids), None)
            if story is None:
                story = _Story(mention.event_id, day)
                stories.append(story)
            story.doc_ids.add(mention.doc_id)
            yield mention.event_id, story.story_id
