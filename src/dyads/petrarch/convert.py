"""Turn PETRARCH dictionaries into additions to dyads' actor and event lexicons.

Actor codes such as ``RUSGOV`` split into a state (``RUS``) and a sector (``GOV``);
codes with no known state (the validation suite's ``ARN``, ``GON``) are kept as they
are. Agents become sector words, verb blocks become trigger entries that carry
their PETRARCH pattern (matched by :mod:`dyads.events.patterns`).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from ..actors.lexicon import ActorEntry
from ..events.lexicon import TriggerEntry
from ..events.patterns import Element, ImportedPattern
from .readers import ActorRecord, AgentRecord, DiscardRecord, VerbDictionary, VerbForm, VerbPatternRecord

# First three letters of codes that name an organisation rather than a state.
_ORG_PREFIXES = {"IGO", "NGO", "NGM", "IMG", "MNC", "UNO"}


@dataclass
class ImportedLexicon:
    """Everything compiled from a set of PETRARCH dictionaries; pickled by :mod:`.cache`."""

    # (words, whole_word) -> entries; matched without regard to case, the last word a stem unless whole_word
    phrases: dict[tuple[tuple[str, ...], bool], list[ActorEntry]] = field(default_factory=dict)
    sector_words: dict[str, str] = field(default_factory=dict)
    prefix_sectors: set[str] = field(default_factory=set)
    verbs: dict[str, list[TriggerEntry]] = field(default_factory=dict)
    discards: list[tuple[tuple[str, ...], bool, str]] = field(default_factory=list)

    def merge(self, other: ImportedLexicon) -> None:
        for phrase, actors in other.phrases.items():
            self.phrases.setdefault(phrase, []).extend(actors)
        for word, sector in other.sector_words.items():
            self.sector_words.setdefault(word, sector)
        self.prefix_sectors |= other.prefix_sectors
        for form, triggers in other.verbs.items():
            self.verbs.setdefault(form, []).extend(triggers)
        self.discards.extend(other.discards)


def split_code(code: str) -> tuple[str, str | None]:
    """``RUSGOV`` -> (``RUS``, ``GOV``); ``GON`` -> (``GON``, None); ``ELR/GAL`` -> (``ELR``, None)."""
    code = code.split("/")[0].upper()
    if len(code) <= 3:
        return code, None
    return code[:3], code[3:]


def convert_actors(records: list[ActorRecord], source: Path) -> ImportedLexicon:
    """Actor roots -> case-insensitive phrases with dated entries (the code valid on the document's date wins)."""
    lexicon = ImportedLexicon()
    for record in records:
        entries = []
        for dated in record.codes:
            code, sector = split_code(dated.code)
            is_org = code in _ORG_PREFIXES
            # an entry with a sector of its own ("WASHINGTON [USAGOV]") is coded like an organisation:
            # its sector holds unless role words in the phrase say otherwise
            kind = "org" if is_org or sector else "country"
            entries.append(ActorEntry(
                kind, code, sector, None, code if is_org else None, f"{source.name}:{record.line}",
                dated.start, dated.end,
            ))
        for phrase in record.phrases:
            lexicon.phrases.setdefault((phrase.words, phrase.whole_word), []).extend(entries)
    return lexicon


def convert_agents(records: list[AgentRecord]) -> ImportedLexicon:
    """Agent nouns -> lower-case sector words; ``[NGO~]`` codes go in front of the actor's."""
    lexicon = ImportedLexicon()
    for record in records:
        for phrase in record.phrases:
            lexicon.sector_words.setdefault(" ".join(phrase.words).lower(), record.code)
        if record.prefix:
            lexicon.prefix_sectors.add(record.code)
    return lexicon


def convert_discards(records: list[DiscardRecord], source: Path) -> ImportedLexicon:
    lexicon = ImportedLexicon()
    lexicon.discards = [(r.phrase.words, r.story, f"{source.name}:{r.line}") for r in records]
    return lexicon


def _regular_forms(verb: str) -> set[str]:
    """PETRARCH's regular forms of a verb: -S, -ED, -ING (with e-drop, y -> ie, consonant doubling)."""
    forms = {verb, verb + "S", verb + "ED", verb + "ING"}
    if verb.endswith("E"):
        forms |= {verb + "D", verb[:-1] + "ING"}
    if verb.endswith("Y") and len(verb) > 1 and verb[-2] not in "AEIOU":
        forms |= {verb[:-1] + "IES", verb[:-1] + "IED"}
    if verb.endswith(("S", "SH", "CH", "X", "Z")):
        forms.add(verb + "ES")
    if len(verb) >= 3 and verb[-1] not in "AEIOUWXY" and verb[-2] in "AEIOU" and verb[-3] not in "AEIOU":
        forms |= {verb + verb[-1] + "ED", verb + verb[-1] + "ING"}
    return forms


def _elements(
    record: VerbPatternRecord, synsets: dict[str, tuple[tuple[str, ...], ...]],
) -> tuple[tuple[Element, ...], tuple[Element, ...], bool]:
    def compile_one(word: str, joined: bool) -> Element:
        if word in {"$", "+", "%", "^"}:
            return Element(word, (), joined)
        if word.startswith("&"):
            return Element("&", _expand(word.rstrip("_"), synsets, set()), joined)
        return Element("w", ((word,),), joined)

    before = tuple(compile_one(w, i in record.joined) for i, w in enumerate(record.before))
    offset = len(record.before) + 1
    after = tuple(compile_one(w, offset + i in record.joined) for i, w in enumerate(record.after))
    return before, after, len(record.before) in record.joined


def _expand(name: str, synsets: dict[str, tuple[tuple[str, ...], ...]], seen: set[str]) -> tuple[tuple[str, ...], ...]:
    """A synset's phrases, with synsets inside it expanded (``&ACCORDSYN`` holds ``&TIETYPES``)."""
    if name in seen:
        return ()
    out: list[tuple[str, ...]] = []
    for words in synsets.get(name, ()):
        if len(words) == 1 and words[0].startswith("&"):
            out.extend(_expand(words[0], synsets, seen | {name}))
        else:
            out.append(words)
    return tuple(out)


def _verb_pattern(form: VerbForm) -> tuple[tuple[Element, ...], tuple[Element, ...]]:
    """The words of a multi-word verb around the verb itself: ``WIRE_+TAP``, ``CORDON_OFF``."""
    before = tuple(Element("w", ((w,),), k > 0) for k, w in enumerate(form.words[: form.verb_index]))
    after = tuple(Element("w", ((w,),), True) for w in form.words[form.verb_index + 1:])
    return before, after


def convert_verbs(dictionary: VerbDictionary, source: Path, cameo_events: dict[str, str]) -> ImportedLexicon:
    """Verb blocks -> trigger entries keyed by every surface form of their verbs.

    Args:
        dictionary: what :func:`~dyads.petrarch.readers.read_verb_dictionary` read.
        source: the file, named in each entry's id.
        cameo_events: CAMEO code -> PLOVER event type; a code takes the type of its longest
            known prefix. Codes with no type (WEIS ``903``, ``---``) keep their code with the
            event type left empty, for the PETRARCH comparison only.
    """
    lexicon = ImportedLexicon()
    for block in dictionary.blocks:
        compiled = [(_elements(p, dictionary.synsets), p) for p in block.patterns]
        for form in block.verbs:
            verb_before, verb_after = _verb_pattern(form)
            default_code = form.code or block.code
            entries = []
            for (before, after, joined), record in compiled:
                pattern = ImportedPattern(before + verb_before, verb_after + after, len(before) + len(after), joined or bool(verb_before))
                entries.append(_entry(source, record.line, record.code, pattern, cameo_events))
            pattern = ImportedPattern(verb_before, verb_after, -1, bool(verb_before))
            entries.append(_entry(source, form.line, default_code, pattern, cameo_events))
            entries.sort(key=lambda e: -e.pattern.weight)
            surface = set(form.forms) | _regular_forms(form.verb)
            for word in surface:
                lexicon.verbs.setdefault(word.lower(), []).extend(entries)
    return lexicon


def _entry(source: Path, line: int, code: str, pattern: ImportedPattern, cameo_events: dict[str, str]) -> TriggerEntry:
    """A trigger entry for one pattern; ``---`` codes nothing, ``[032:033]`` codes the reverse event too."""
    forward, _, reverse = code.strip().partition(":")
    if not forward or set(forward) == {"-"}:
        return TriggerEntry(id=f"{source.name}:{line}", event="", cameo="", pattern=pattern)
    if reverse and set(reverse) != {"-"}:
        pattern = replace(pattern, reverse=reverse, reverse_event=plover_event(reverse, cameo_events))
    return TriggerEntry(id=f"{source.name}:{line}", event=plover_event(forward, cameo_events), cameo=forward, pattern=pattern)


def plover_event(code: str, cameo_events: dict[str, str]) -> str:
    """The PLOVER type of a CAMEO code, by the longest prefix ``cameo.csv`` knows; "" when none."""
    for end in range(len(code), 1, -1):
        event = cameo_events.get(code[:end])
        if event:
            return event
    return ""
