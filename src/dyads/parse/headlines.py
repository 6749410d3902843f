"""Headlines in title case, read in sentence case.

The English model tags a line such as "Indonesia Joins BRICS as Full Member, Brazil Says" as a run of proper
nouns, so neither the verb nor the relation noun is seen and nothing is coded from it. Such a line is parsed with
its capitalised common words in lower case ("Indonesia joins BRICS as full member, Brazil says"): words the English
model's lemmatizer knows (in any inflection) and its stop words, except the names the actor lexicon knows ("Turkey", "Chad"); other
words ("Pashinyan"), acronyms and the line's first word keep their capitals. The words change case only, so every
offset stays valid, and records quote the line as written (:func:`as_written`).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import cast

from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Span

# a line is in title case when at least this share of its longer words (four letters or more, past the first
# word) are capitalised, as headline styles capitalise every word but short function words
_TITLE_SHARE = 0.9
_MIN_LONG_WORDS = 3
_LONG_WORD = re.compile(r"\b[^\W\d_]{4,}\b")

Names = Callable[[Doc], list[tuple[int, int, list[str]]]]


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """The character spans of the lines of ``text`` written in title case."""
    spans = []
    start = 0
    for line in text.split("\n"):
        words = _LONG_WORD.findall(line)[1:]
        capitalised = sum(word[0].isupper() for word in words)
        if len(words) >= _MIN_LONG_WORDS and capitalised >= _TITLE_SHARE * len(words) and any(w[1:].islower() for w in words):
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


class HeadlineCase:
    """A pipeline's reading of title-case lines: the actor lexicon's names and the English words its lemmatizer knows;
    called on a Doc, the Doc's text in sentence case, or None."""

    def __init__(self, nlp: Language, names: Names):
        # (a model without the lemmatizer's word index: no word is known, and headlines are parsed as written)
        lemmatizer = cast(Lemmatizer, nlp.get_pipe("lemmatizer")) if nlp.has_pipe("lemmatizer") else None
        index = lemmatizer.lookups.get_table("lemma_index", {}) if lemmatizer is not None else {}
        # (the index holds content words: function words, "with", "and", "over", are the language's stop words)
        self.words = frozenset(word for words in index.values() for word in words) | nlp.Defaults.stop_words
        self.names = names

    def common(self, word: str) -> bool:
        """Whether a lower-case word is a common English word, in any inflection ("joins", "switches", "recognises")."""
        stems = [word]
        if word.endswith("s"):
            stems += [word[:-1], word[:-2], word[:-3] + "y"]
        if word.endswith("ed") or word.endswith("ing"):
            stem = word[:-2] if word.endswith("ed") else word[:-3]
            stems += [stem, stem + "e", stem[:-1]]
        return any(stem in self.words for stem in stems)

    def __call__(self, doc: Doc) -> str | None:
        """``doc``'s text with the capitalised common words of its title-case lines in lower case, or None where no
        line is in title case (the common case, which costs one scan of the text)."""
        lines = _title_case_lines(doc.text)
        if not lines:
            return None
        known = {i for start, end, _ in self.names(doc) for i in range(start, end)}
        text = list(doc.text)
        changed = False
        for line_start, line_end in lines:
            words = [t for t in doc if line_start <= t.idx < line_end and not t.is_space]
            for token in words[1:]:
                if token.is_title and token.i not in known and self.common(token.lower_):
                    text[token.idx] = token.text[0].lower()
                    changed = True
        return "".join(text) if changed else None


def make_doc(nlp: Language, text: str, case: HeadlineCase) -> Doc:
    """``nlp.make_doc(text)``, or, where a line is in title case, the Doc of the text in sentence case, which keeps the
    text as written in ``doc._.source_text``."""
    doc = nlp.make_doc(text)
    cased = case(doc)
    if cased is None:
        return doc
    doc = nlp.make_doc(cased)
    doc._.source_text = text
    return doc


def as_written(span: Span) -> str:
    """A sentence's text as the document wrote it, whatever case it was parsed in."""
    source = span.doc._.source_text
    return (source[span.start_char : span.end_char] if source else span.text).strip()
