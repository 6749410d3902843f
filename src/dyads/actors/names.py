"""Find the lexicons' names in a Doc, ignoring accents, case and hyphens.

"Erdogan" finds "Erdoğan" and "ERDOĞAN", "al-Sisi" finds "al Sisi". Folding keeps the
length of a text (one character for one), so a name found in the folded text lies at
the same offsets in the original, where two checks follow: the match must begin and end
on token boundaries, and every capital letter of the name must be a capital in the text
("Turkey" is not "turkey", "US" is not "us"). Names are indexed by their first word:
building the index for a hundred thousand names is a dictionary pass, with no
tokenizer run, so the matcher is built in well under a second.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from spacy.tokens import Doc

_SPACES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212_\u00a0\t\n\r\f\v"
_QUOTES = "\u2019\u2018\u02bc\u02bb`\u00b4\u2032"
# letters NFKD does not take apart
_LETTERS = {"ı": "i", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H"}


class _FoldTable(dict):
    """``str.translate`` table that works each character out on first sight."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char in _SPACES or char.isspace():
            folded = " "
        elif char in _QUOTES:
            folded = "'"
        else:
            base = _LETTERS.get(char) or "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
            if len(base) != 1:
                base = char
            lower = base.lower()
            folded = lower if len(lower) == 1 else base
        self[code] = folded
        return folded


_TABLE = _FoldTable()


def fold(text: str) -> str:
    """``text`` without accents, in lower case, with dashes as spaces and curly quotes straight; same length."""
    return text.translate(_TABLE)


class NameMatcher:
    """The longest known name starting at each token, as ``(start, end, name)`` token spans."""

    def __init__(self, names: Iterable[str]):
        self._by_first: dict[str, list[tuple[str, str]]] = {}
        for name in names:
            folded = fold(name)
            first = _first_word(folded)
            if first:
                self._by_first.setdefault(first, []).append((folded, name))
        for candidates in self._by_first.values():
            candidates.sort(key=lambda item: -len(item[0]))

    def __len__(self) -> int:
        return sum(len(c) for c in self._by_first.values())

    def __call__(self, doc: Doc) -> list[tuple[int, int, list[str]]]:
        text = doc.text
        folded = fold(text)
        ends = {token.idx + len(token): token.i + 1 for token in doc}
        found = []
        for token in doc:
            if token.is_space:
                continue
            start = token.idx
            candidates = self._by_first.get(_first_word(folded[start : start + len(token)]))
            if not candidates:
                continue
            best_end = 0
            names: list[str] = []
            for key, name in candidates:
                end_char = start + len(key)
                end = ends.get(end_char)
                if end is None or (best_end and end < best_end) or not folded.startswith(key, start):
                    continue
                if not _same_capitals(name, text[start:end_char], title_ok=not token.is_sent_start):
                    continue
                if end > best_end:
                    best_end, names = end, []
                names.append(name)
            if names:
                found.append((token.i, best_end, names))
        return found


_WORD = re.compile(r"[^\W_]+")


def _first_word(folded: str) -> str:
    """The first run of letters and digits: "lord" of "lord's resistance army" (spaCy splits "'s" off)."""
    match = _WORD.match(folded)
    return match.group() if match else folded.split(" ", 1)[0]


def _same_capitals(name: str, written: str, title_ok: bool) -> bool:
    """Whether every capital of ``name`` is a capital in ``written``; an acronym of four letters or
    more may be written as a name ("Nato", "Zanu-PF"), except as a plain capitalised word at a sentence
    start, where "CARE" would be "Care"."""
    for match in re.finditer(r"\S+", name):
        word, text = match.group(), written[match.start() : match.end()]
        if all(c.isupper() == t.isupper() or not c.isupper() for c, t in zip(word, text)):
            continue
        letters = [c for c in word if c.isalpha()]
        # "Zanu-PF" is no everyday word even at a sentence start
        mixed = any(c.isupper() for c in text[1:])
        if (title_ok or mixed) and len(letters) >= 4 and word.isupper() and text[:1].isupper():
            continue
        return False
    return True


class SpellingMatcher:
    """Single-word names ("Ukrainian", "Kyrgyzstan") within one edit of a word: one letter left out,
    added, changed, or two swapped ("Ukranian", "Kyrygzstan"). The first two letters must agree, so
    that another word is not read as a name ("Siberian" is not "Liberian"); a word of six letters or
    more is looked at ("Iraqui"), as shorter ones are too often other words ("Chill"). Names given with
    one meaning (a code) count as one: "Uzbekistn" is near "Uzbekistan" and "Uzbekiston", both Uzbekistan."""

    def __init__(self, names: Iterable[str | tuple[str, str]], min_length: int = 6):
        self.min_length = min_length
        self._deletes: dict[str, set[str]] = {}
        self._names: dict[str, str] = {}
        self._meanings: dict[str, str] = {}
        for given in names:
            name, meaning = given if isinstance(given, tuple) else (given, given)
            key = fold(name)
            if len(key) >= min_length - 1 and key.isalpha():
                self._names[key] = name
                self._meanings[key] = meaning
                for variant in {key, *_deletions(key)}:
                    self._deletes.setdefault(variant, set()).add(key)

    def correct(self, word: str) -> str | None:
        """The one name ``word`` is a misspelling of, or None (also where it is a name, or near two)."""
        key = fold(word)
        if len(key) < self.min_length or key in self._names:
            return None
        near = set()
        for variant in {key, *_deletions(key)}:
            near |= self._deletes.get(variant, set())
        near = {name for name in near if name[:2] == key[:2] and _one_edit(key, name)}
        return self._names[min(near)] if len({self._meanings[name] for name in near}) == 1 else None


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by one insertion, deletion, substitution or swap of neighbours."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


class PersonNameMatcher:
    """Full names of people written another way ("Mahmud Abbas", "Nouri al-Maleki", "Milo Djukanovic"):
    a name of two words or more within one edit of a known one (two for names of fifteen letters or
    more), among the known names that share its first or last word, with the same initials."""

    def __init__(self, names: Iterable[str]):
        by_word: dict[str, list[int]] = {}
        self._keys: list[str] = []
        self._written: list[str] = []
        known: set[str] = set()
        for name in names:
            key = fold(name)
            words = key.split()
            if len(words) < 2 or key in known:
                continue
            known.add(key)
            for word in {words[0], words[-1]}:
                by_word.setdefault(word, []).append(len(self._keys))
            self._keys.append(key)
            self._written.append(name)
        # plain lists and tuples: the matcher is pickled with the cached lexicon and must load fast
        self._by_word = {word: tuple(numbers) for word, numbers in by_word.items()}

    def correct(self, written: str) -> str | None:
        """The one known name ``written`` is a spelling of, or None (also where it is known as written)."""
        key = fold(written)
        words = key.split()
        if len(words) < 2:
            return None
        limit = 2 if len(key) >= 15 else 1
        near = set()
        for number in {*self._by_word.get(words[0], ()), *self._by_word.get(words[-1], ())}:
            name = self._keys[number]
            if name == key:
                return None
            if name[0] == key[0] and name.split()[-1][:1] == words[-1][:1] and _distance(key, name, limit) <= limit:
                near.add(number)
        return self._written[near.pop()] if len(near) == 1 else None


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, or ``limit + 1`` once it is sure to exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, start=1):
        current = [i]
        for j, other in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != other)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]
