"""The ``dyads_paragraphs`` component: a blank line ends a sentence, and so does a dateline.

Articles come as paragraphs; the parser sometimes runs a dateline or a headline into the next
sentence ("Ankara, 12 March 2024 Turkish Foreign Minister ... met ..."), which then takes the
dateline's date, or its place as the subject ("KYIV, Ukraine — Russia shelled ..."). Sentence
starts set before the parser runs are kept by it.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..datelines import dateline_end


@Language.component("dyads_paragraphs")
def mark_paragraph_starts(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    body = dateline_token(doc)
    if 0 < body < len(doc):
        doc[body].is_sent_start = True
        # the parser may cut the first words off after a dateline ("JERUSALEM (Reuters) - Israel || and Syria have ..."):
        # a sentence of one or two words there is never one
        for token in doc[body + 1 : body + 3]:
            if token.is_sent_start is None:
                token.is_sent_start = False
    return doc


def dateline_token(doc: Doc) -> int:
    """The first token after the dateline that opens the text (text given as it is, as JSON Lines
    and ``code_text`` are); 0 when there is none."""
    end = dateline_end(doc.text)
    if not end:
        return 0
    return next((t.i for t in doc if t.idx >= end), len(doc))
