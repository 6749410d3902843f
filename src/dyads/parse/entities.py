"""Named entities by position, computed once per Doc.

``Doc.ents`` builds a new tuple of spans on every access and ``Span.ents`` scans all of
them, so asking for a sentence's entities sentence by sentence costs time that grows with
the square of the document's length. Stages ask here instead: one pass over ``doc.ents``,
then a binary search per sentence.
"""
from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span


def entities_in(span: Span | Doc) -> list[Span]:
    """The named entities that lie wholly inside ``span`` (a sentence or the whole Doc), in order.

    Args:
        span (Span | Doc): the stretch of text.

    Returns:
        list[Span]: the entities, as ``span.ents`` would give them.
    """
    doc = span if isinstance(span, Doc) else span.doc
    index = doc._.dyads_ents
    if index is None:
        ents = tuple(doc.ents)
        index = doc._.dyads_ents = (ents, [ent.start for ent in ents])
    ents, starts = index
    if isinstance(span, Doc):
        return list(ents)
    found = []
    for ent in ents[bisect_left(starts, span.start):]:
        if ent.start >= span.end:
            break
        if ent.end <= span.end:
            found.append(ent)
    return found
