"""The ``dyads_paragraphs`` component: a blank line ends a sentence, and so does a dateline.

Articles come as paragraphs; the parser sometimes runs a dateline or a headline into the next
sentence ("Ankara, 12 March 2024 Turkish Foreign Minister ... met ..."), which then takes the
dateline's date, or its place as the subject ("KYIV, Ukraine — Russia shelled ..."). Sentence
starts set before the parser runs are kept by it, and so are the words it is told start none.
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
        # the parser may still end the story's first sentence at its first name ("GENEVA (Reuters) - Israel | and
        # Azerbaijan have built ..."): none ends before its first verb (the tagger has run)
        for token in doc[body + 1:]:
            if token.is_sent_start or token.text in _SENTENCE_ENDS or (token.is_space and "\n" in token.text):
                break
            token.is_sent_start = False
            if token.tag_.startswith("VB") or token.tag_ == "MD":
                break
    return doc


_SENTENCE_ENDS = {".", "!", "?"}


def dateline_token(doc: Doc) -> int:
    """The first token after the dateline that opens the text (text given as it is, as JSON Lines
    and ``code_text`` are); 0 when there is none."""
    end = dateline_end(doc.text)
    if not end:
        return 0
    return next((t.i for t in doc if t.idx >= end), len(doc))
