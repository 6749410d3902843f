"""The ``dyads_paragraphs`` component: a blank line ends a sentence.

Articles come as paragraphs; the parser sometimes runs a dateline or a headline into the next
sentence ("Ankara, 12 March 2024 Turkish Foreign Minister ... met ..."), which then takes the
dateline's date. Sentence starts set before the parser runs are kept by it.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("dyads_paragraphs")
def mark_paragraph_starts(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc
