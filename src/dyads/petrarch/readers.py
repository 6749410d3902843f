"""Read TABARI / PETRARCH dictionaries into plain dataclasses, one function per format.

The formats are line based (``shared/data/SOURCES.md``): ``#`` and ``<!-- -->``
comments, ``_`` joining the words of a phrase (a trailing ``_`` asks for a whole
word), ``+`` lines adding synonyms to the entry above, codes in brackets. The
files have quirks that the readers tolerate: stray 0x1A bytes, spaces inside
brackets, codes on lines of their own, lower-case codes. Anything they cannot
make sense of raises :class:`~dyads.errors.LexiconError` naming file and line.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Errors, LexiconError

_CODE = re.compile(r"^[A-Za-z0-9+#\-/?]+$")
_DATE = re.compile(r"^\d{6}(\d{2})?$")
_MACRO = re.compile(r"!([A-Z]+)!")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Phrase:
    """Words of a dictionary phrase, upper case; ``whole_word`` is False where the last word is a stem."""

    words: tuple[str, ...]
    whole_word: bool = True


@dataclass(frozen=True)
class DatedCode:
    """An actor code, valid from ``start`` to ``end`` (inclusive; None is open)."""

    code: str
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class ActorRecord:
    """One root of an actor dictionary: its phrases (root and ``+`` synonyms) and its codes."""

    phrases: tuple[Phrase, ...]
    codes: tuple[DatedCode, ...]
    line: int


@dataclass(frozen=True)
class AgentRecord:
    """A common noun naming a sector: ``AMBASSADOR [~GOV]`` (suffix) or ``MSF {} [NGO~]`` (prefix)."""

    phrases: tuple[Phrase, ...]
    code: str
    prefix: bool
    line: int


@dataclass(frozen=True)
class VerbForm:
    """A verb in a block: its words (``verb_index`` marks the verb itself), irregular forms, own code."""

    words: tuple[str, ...]
    verb_index: int
    forms: tuple[str, ...]
    code: str | None
    line: int

    @property
    def verb(self) -> str:
        return self.words[self.verb_index]


@dataclass(frozen=True)
class VerbPatternRecord:
    """``- BEFORE * AFTER [CODE]``: elements before and after the verb, in text order.

    Elements are upper-case words, ``&SYNSET`` names, or the markers ``$`` (source),
    ``+`` (target), ``%`` (compound: source and target both), ``^`` (skip a noun
    phrase). ``joined`` holds the indexes (into before + after) of elements that
    must directly follow the element before them (``_`` in the file).
    """

    before: tuple[str, ...]
    after: tuple[str, ...]
    code: str
    line: int
    joined: frozenset[int] = frozenset()


@dataclass(frozen=True)
class VerbBlock:
    """``--- NAME [CODE] ---`` with its verbs and patterns."""

    name: str
    code: str
    verbs: tuple[VerbForm, ...]
    patterns: tuple[VerbPatternRecord, ...]
    line: int


@dataclass
class VerbDictionary:
    synsets: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    blocks: list[VerbBlock] = field(default_factory=list)


@dataclass(frozen=True)
class DiscardRecord:
    """A phrase that discards its sentence, or (``story``) the whole document."""

    phrase: Phrase
    story: bool
    line: int


def _lines(path: str | Path) -> Iterator[tuple[int, str]]:
    """Numbered lines without comments; ``<!-- -->`` comments may span lines."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise LexiconError(Errors.E302.format(path=path, problem=exc.strerror)) from exc
    # 0x1A (SUB) bytes sit inside two names of the Phoenix country file; they are no text.
    text = raw.replace(b"\x1a", b"").decode("utf-8", errors="replace")
    in_comment = False
    for number, line in enumerate(text.splitlines(), start=1):
        if in_comment or line.lstrip().startswith("<!"):
            in_comment = "-->" not in line
            continue
        line = _strip_comment(line)
        if line.strip():
            yield number, line


def _strip_comment(line: str) -> str:
    """Cut a ``#`` comment, but not a ``#`` inside a code (``[###]`` is a code)."""
    depth = 0
    for i, char in enumerate(line):
        if char == "[":
            depth += 1
        elif char == "]":
            depth = max(0, depth - 1)
        elif char == "#" and depth == 0:
            return line[:i].rstrip()
    return line.rstrip()


def parse_phrase(text: str) -> Phrase:
    """``NEW_ZEALAND`` or ``HAMAS WING`` -> words; a trailing ``_`` marks a whole-word match."""
    text = text.strip()
    whole = text.endswith("_")
    words = tuple(w for w in re.split(r"[_\s]+", text.upper()) if w)
    return Phrase(words, whole)


def parse_date(text: str) -> dt.date:
    """``950601`` (yymmdd, 00-30 read as 20xx) or ``19950601``."""
    if len(text) not in (6, 8):
        raise ValueError(f"{text!r} is not yymmdd or yyyymmdd")
    if len(text) == 6:
        year = int(text[:2])
        text = f"{2000 + year if year <= 30 else 1900 + year}{text[2:]}"
    return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def _code_block(block: str, path: Path, line: int) -> DatedCode | None:
    """``RUSGOV``, ``HOBGOV 19950601 - 19990815``, ``HOB < 950601``, ``HOBREB >990816``.

    A code whose dates cannot be read is left out with a warning (the Phoenix files have
    a handful, e.g. ``9008223``) rather than applied on the wrong days; a block with no
    code at all is an error.
    """
    parts = block.replace("<", " < ").replace(">", " > ").replace("-", " - ").split()
    # a code of dashes ("---") was split above; put it back together
    if parts and set(parts[0]) == {"-"}:
        while len(parts) > 1 and parts[1] == "-":
            parts[0:2] = [parts[0] + "-"]
    if not parts or _DATE.match(parts[0]) or not _CODE.match(parts[0]):
        raise LexiconError(Errors.E303.format(path=path, line=line, block=block, problem="no actor code"))
    code, rest = parts[0].upper(), parts[1:]
    try:
        if not rest:
            return DatedCode(code)
        if rest[0] == "<" and len(rest) == 2:
            return DatedCode(code, None, parse_date(rest[1]) - dt.timedelta(days=1))
        if rest[0] == ">" and len(rest) == 2:
            return DatedCode(code, parse_date(rest[1]), None)
        if len(rest) == 3 and rest[1] == "-":
            return DatedCode(code, parse_date(rest[0]), parse_date(rest[2]))
    except (ValueError, IndexError) as exc:
        log.warning(Errors.E303.format(path=path, line=line, block=block, problem=f"bad date ({exc}); code left out"))
        return None
    log.warning(Errors.E303.format(path=path, line=line, block=block, problem="expected CODE <date, >date or date-date; code left out"))
    return None


def _brackets(text: str, path: Path, line: int) -> tuple[str, list[str]]:
    """Split ``NAME [A] [B]`` into the text before the first bracket and the bracket contents.

    Text after the brackets is ignored: some files keep notes there without a ``#``.
    """
    head, bracket, rest = text.partition("[")
    if not bracket:
        return head, []
    if "]" not in rest:
        # one agent line ends "[~ENV}"; take the code to the end of the line rather than fail the file
        log.warning(Errors.E301.format(path=path, line=line, problem="`[` without `]`; read to the end of the line"))
        return head, [rest.strip(" }")]
    return head, [m.group(1).strip() for m in re.finditer(r"\[([^\]]*)\]", "[" + rest)]


def read_actor_dictionary(path: str | Path) -> list[ActorRecord]:
    """Read an actor dictionary (``Phoenix.Countries.actors.txt`` format).

    Raises:
        LexiconError: a code block or line that cannot be read, naming file and line.
    """
    path = Path(path)
    records: list[ActorRecord] = []
    phrases: list[Phrase] = []
    codes: list[DatedCode] = []
    start = 0

    def flush() -> None:
        if phrases:
            records.append(ActorRecord(tuple(phrases), tuple(codes), start))

    for number, line in _lines(path):
        stripped = line.strip()
        if stripped.startswith("["):
            if not phrases:
                raise LexiconError(Errors.E304.format(path=path, line=number, what="a code line"))
            _, blocks = _brackets(stripped, path, number)
            codes.extend(c for c in (_code_block(b, path, number) for b in blocks) if c)
            continue
        if stripped.startswith("+"):
            if not phrases:
                raise LexiconError(Errors.E304.format(path=path, line=number, what="a `+` synonym"))
            head, blocks = _brackets(stripped[1:], path, number)
            phrases.append(parse_phrase(head))
            codes.extend(c for c in (_code_block(b, path, number) for b in blocks) if c)
            continue
        flush()
        head, blocks = _brackets(stripped, path, number)
        if not head.strip():
            raise LexiconError(Errors.E301.format(path=path, line=number, problem="a code block with no phrase"))
        phrases, start = [parse_phrase(head)], number
        codes = [c for c in (_code_block(b, path, number) for b in blocks) if c]
    flush()
    return records


def _expand_macros(text: str, macros: dict[str, list[str]], path: Path, line: int) -> list[str]:
    match = _MACRO.search(text)
    if match is None:
        return [text]
    name = match.group(1)
    if name not in macros:
        raise LexiconError(Errors.E306.format(path=path, line=line, macro=f"!{name}!"))
    out = []
    for value in macros[name]:
        out.extend(_expand_macros(text[: match.start()] + value + text[match.end():], macros, path, line))
    return out


def _plural(word: str) -> str:
    """PETRARCH's regular English plural of the last word."""
    if word.endswith("Y") and len(word) > 1 and word[-2] not in "AEIOU":
        return word[:-1] + "IES"
    if word.endswith(("S", "SH", "CH", "X", "Z")):
        return word + "ES"
    return word + "S"


def read_agent_dictionary(path: str | Path) -> list[AgentRecord]:
    """Read an agent dictionary (``Phoenix.agents.txt`` format).

    ``!NAME! = A, B`` lines define macros used as ``CONGRESS!PERSON!``; ``{A B}`` lists
    the plurals in place of the regular one (``POLICE {}``: none, so no "polices");
    ``[~GOV]`` appends the code to the actor's, ``[NGO~]`` puts it in front.
    """
    path = Path(path)
    macros: dict[str, list[str]] = {}
    records: list[AgentRecord] = []
    for number, line in _lines(path):
        stripped = line.strip()
        macro = re.match(r"^!([A-Z]+)!\s*=\s*(.+)$", stripped)
        if macro:
            macros[macro.group(1)] = [w.strip().upper() for w in macro.group(2).split(",") if w.strip()]
            continue
        head, blocks = _brackets(stripped, path, number)
        if not blocks:
            # the Phoenix file has a few phrases with no code ("ISLAMIC_EXTREMIST"): nothing to apply
            log.warning(Errors.E305.format(path=path, line=number, problem="no [~CODE]; line left out"))
            continue
        if len(blocks) != 1:
            raise LexiconError(Errors.E305.format(path=path, line=number, problem="needs one [~CODE] or [CODE~]"))
        code = blocks[0].replace(" ", "").upper()
        if code.count("~") != 1 or not re.match(r"^~?[A-Z0-9]+~?$", code):
            raise LexiconError(Errors.E305.format(path=path, line=number, problem=f"code {blocks[0]!r} needs one `~` before or after it"))
        name, braces, plural_text = head.partition("{")
        if braces and "}" not in plural_text:
            raise LexiconError(Errors.E305.format(path=path, line=number, problem="`{` without `}`"))
        plural_text = plural_text.split("}", 1)[0]
        phrases: list[Phrase] = []
        for text in _expand_macros(name.strip(), macros, path, number):
            phrase = parse_phrase(text)
            if not phrase.words:
                raise LexiconError(Errors.E305.format(path=path, line=number, problem="no phrase"))
            phrases.append(Phrase(phrase.words, True))
            if not braces:
                phrases.append(Phrase((*phrase.words[:-1], _plural(phrase.words[-1])), True))
        for text in plural_text.replace(",", " ").split():
            for expanded in _expand_macros(text, macros, path, number):
                phrases.append(Phrase(parse_phrase(expanded).words, True))
        records.append(AgentRecord(tuple(dict.fromkeys(phrases)), code.strip("~"), code.endswith("~"), number))
    return records


def read_discard_dictionary(path: str | Path) -> list[DiscardRecord]:
    """Read a discard list: one phrase a line, ``+`` for a story-level discard."""
    path = Path(path)
    records = []
    for number, line in _lines(path):
        text = line.strip()
        story = text.startswith("+")
        phrase = parse_phrase(text.lstrip("+").split(";", 1)[0])
        if not phrase.words:
            raise LexiconError(Errors.E301.format(path=path, line=number, problem="empty discard phrase"))
        records.append(DiscardRecord(Phrase(phrase.words, True), story, number))
    return records


def _pattern_elements(text: str, path: Path, line: int) -> tuple[list[str], set[int]]:
    """Split pattern text into elements; ``A_B`` and ``A_*`` join neighbours."""
    # PETRARCH-2 groups noun phrases in {} and prepositional phrases in (): words all the same here
    text = re.sub(r"[{}()]", " ", text)
    # "*SCEPTICAL": a star glued to a word is still the verb's place
    text = re.sub(r"(?<=[^\s_])\*", " *", re.sub(r"\*(?=[^\s_])", "* ", text))
    elements: list[str] = []
    joined: set[int] = set()
    for chunk in text.split():
        for k, part in enumerate(chunk.split("_")):
            if not part:
                continue  # a trailing "_" ("IN_") asks for the whole word, which is how words match here
            if k > 0 and elements:
                joined.add(len(elements))
            elements.append(part.upper())
    return elements, joined


def _parse_pattern(text: str, path: Path, line: int) -> VerbPatternRecord:
    body, blocks = _brackets(text, path, line)
    if len(blocks) != 1 or not blocks[0]:
        raise LexiconError(Errors.E402.format(path=path, line=line, problem="needs one [CODE]"))
    elements, joined = _pattern_elements(body, path, line)
    if elements.count("*") != 1:
        raise LexiconError(Errors.E402.format(path=path, line=line, problem=f"needs exactly one `*` for the verb: {body.strip()!r}"))
    star = elements.index("*")
    return VerbPatternRecord(tuple(elements[:star]), tuple(elements[star + 1:]), blocks[0].replace(" ", ""), line, frozenset(joined))


def _verb_form(text: str, path: Path, line: int) -> VerbForm:
    body, blocks = _brackets(text, path, line)
    name, _, forms = body.partition("{")
    forms = forms.split("}", 1)[0]
    words = [w for w in re.split(r"[_\s]+", name.strip().upper()) if w]
    verb_index = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    words = [w.lstrip("+") for w in words]
    if not words:
        raise LexiconError(Errors.E402.format(path=path, line=line, problem="a verb line with no verb"))
    form_words = []
    for form in forms.split():
        parts = [w for w in form.upper().split("_") if w]
        verb_part = next((w for w in parts if w.startswith("+")), parts[0] if parts else "")
        form_words.append(verb_part.lstrip("+"))
    return VerbForm(tuple(words), verb_index, tuple(f for f in form_words if f), blocks[0].replace(" ", "") if blocks else None, line)


def read_verb_dictionary(path: str | Path) -> VerbDictionary:
    """Read a verb dictionary (``CAMEO.2.0.txt`` / ``PETR.Validate.verbs.txt`` format).

    ``&NAME`` starts a synset whose ``+`` lines are its phrases; ``--- NAME [CODE] ---``
    starts a verb block; plain lines in a block are its verbs, ``- ...`` lines its patterns.

    Raises:
        LexiconError: a pattern without exactly one ``*`` or one code, a verb or pattern
            outside a block. (An unknown synset is only logged: CAMEO.2.0 has some.)
    """
    path = Path(path)
    dictionary = VerbDictionary()
    synset: list[tuple[str, ...]] | None = None
    block: dict | None = None
    uses: list[tuple[str, int]] = []

    def flush() -> None:
        if block is not None:
            dictionary.blocks.append(VerbBlock(block["name"], block["code"], tuple(block["verbs"]), tuple(block["patterns"]), block["line"]))

    for number, line in _lines(path):
        stripped = line.strip()
        # a block header; its closing "---" may be lost behind a comment ("--- TROUBLED [---] # NOUN ---")
        if stripped.startswith("---") and stripped.strip("-").strip():
            flush()
            synset = None
            inner = stripped.strip("-").strip()
            head, blocks = _brackets(inner, path, number)
            block = {"name": head.strip().upper(), "code": blocks[0].replace(" ", "") if blocks else "---",
                     "verbs": [], "patterns": [], "line": number}
            continue
        if stripped.startswith("&"):
            name = stripped.split()[0].rstrip("_").upper()
            synset = []
            dictionary.synsets[name] = ()
            flush()
            block = None
            current_synset = name
            continue
        if stripped.startswith("+") and synset is not None:
            words = tuple(w.upper() for w in re.split(r"[_\s]+", stripped[1:].strip()) if w)
            synset.append(words)
            dictionary.synsets[current_synset] = tuple(synset)
            continue
        if block is None:
            raise LexiconError(Errors.E404.format(path=path, line=number, what="a verb or pattern"))
        if stripped.startswith("-"):
            pattern = _parse_pattern(stripped[1:], path, number)
            uses.extend((e.rstrip("_"), number) for e in (*pattern.before, *pattern.after) if e.startswith("&"))
            block["patterns"].append(pattern)
        else:
            block["verbs"].append(_verb_form(stripped, path, number))
    flush()
    for name, number in uses:
        if name not in dictionary.synsets:
            # CAMEO.2.0 uses a few synsets it never defines; such patterns can never match
            log.warning(Errors.E403.format(path=path, line=number, synset=name))
    return dictionary
