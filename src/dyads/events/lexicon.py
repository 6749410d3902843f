"""Load and check the event lexicons (``lexicons/events/``) once.

- ``types.yml``: the PLOVER event types and their properties (quad class, modes, CAMEO codes, ...)
- ``verbs.yml``: trigger entries (verbs, verb + object, nouns) -> PLOVER type, mode, CAMEO code
- ``cameo.csv``: CAMEO codes with their Goldstein value
- ``modifiers.yml``: the word lists for speech, intention, threat, negation and modality

``lexicons/events/README.md`` documents the formats for people who extend them.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import Errors, LexiconError
from ..lexicons import lexicon_path, load_yaml
from ..lexicons.language import Grammar, load_grammar

# A verb's target by default: its object slots (dependency labels, the same in every language). A
# noun's default target prepositions are words, in grammar/<language>.yml.
DEFAULT_VERB_TARGETS = ("dobj", "dative")


@dataclass(frozen=True)
class EventType:
    """One PLOVER event type of ``types.yml``: what the coder and the record writer need to know of it,
    so that a new type is a data change, not a code change."""

    name: str
    quad_class: int
    cameo_roots: tuple[str, ...]
    goldstein: float
    modes: frozenset[str]
    intend_cameo: str | None = None
    threaten_cameo: str | None = None
    place_target: bool = False
    domestic: bool = False
    diplomatic: bool = False
    # the words that make an event of this type an appeal rather than a demand, and each demand code's appeal code
    appeal_words: frozenset[str] = frozenset()
    appeal_cameo: dict[str, str] = field(default_factory=dict)
    # CAMEO code and REJECT mode of a refusal to act so ("will not lift the ban" -> REJECT 124 yield)
    refuse_cameo: str | None = None
    refuse_mode: str = ""


_TYPE_FIELDS = {"quad_class", "cameo_roots", "goldstein", "modes", "intend_cameo", "threaten_cameo", "place_target", "domestic", "diplomatic",
                "appeal", "refuse"}
_TYPE_REQUIRED = {"quad_class", "cameo_roots", "goldstein", "modes"}


@dataclass(frozen=True)
class TriggerEntry:
    """One lexicon entry: how a word (or word + object) is coded."""

    id: str
    event: str
    cameo: str
    mode: str = ""
    verbs: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()
    objects: frozenset[str] = frozenset()
    target: tuple[str, ...] = ()
    reciprocal: bool = False
    needs_target: bool = False
    no_object: bool = False
    # an imported PETRARCH pattern (dyads.events.patterns.ImportedPattern), matched instead of verbs/objects
    pattern: Any = None

    @property
    def why(self) -> str:
        return self.id if self.pattern is not None else f"events/verbs.yml#{self.id}"


@dataclass(frozen=True)
class VerbPattern:
    """A verb lemma, with the particle or preposition it needs and the entry it codes to."""

    lemma: str
    particle: str | None
    entry: TriggerEntry


@dataclass(frozen=True)
class NounPattern:
    lemma: str
    modifiers: tuple[str, ...]
    entry: TriggerEntry


@dataclass(frozen=True)
class CameoCode:
    code: str
    description: str
    goldstein: float


@dataclass
class EventLexicon:
    # the PLOVER types of types.yml, in the file's order
    types: dict[str, EventType] = field(default_factory=dict)
    # the language's words the parse rules look for (grammar/en.yml)
    grammar: Grammar = field(default_factory=load_grammar)
    entries: dict[str, TriggerEntry] = field(default_factory=dict)
    verbs: dict[str, list[VerbPattern]] = field(default_factory=dict)
    nouns: dict[str, list[NounPattern]] = field(default_factory=dict)
    cameo: dict[str, CameoCode] = field(default_factory=dict)
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    # imported PETRARCH entries by verb form (lower case), most specific pattern first
    imported: dict[str, list[TriggerEntry]] = field(default_factory=dict)
    # False when imported dictionaries replace the built-in entries and rules (--no-builtin)
    builtin: bool = True
    # imported discard phrases: (upper-case words, whole story?, "file:line")
    discards: list[tuple[tuple[str, ...], bool, str]] = field(default_factory=list)
    nominal_verbs: dict[str, str] = field(default_factory=dict)
    # the lexicon folder these were read from (None: the built-in one), for the stages after coding
    folder: str | None = None

    def model_entry(self, event: str) -> TriggerEntry:
        """The entry an event the learned model proposes is coded with: the type's general CAMEO code
        (its main root's "not specified" code, "190" for ASSAULT) and the default target slots."""
        root = self.types[event].cameo_roots[0]
        cameo = f"{root}0" if f"{root}0" in self.cameo else root
        return TriggerEntry(id=f"model:{event}", event=event, cameo=cameo)

    def word_set(self, key: str) -> frozenset[str]:
        return self.words.get(key, frozenset())

    def appeal_code(self, event: str, words: set[str], cameo: str) -> str | None:
        """The appeal code of a demand code where one of ``words`` makes the event an appeal
        ("urged", "called on", "asked": CAMEO 02), else None (a demand stays CAMEO 10)."""
        kind = self.types.get(event)
        if kind is None or not kind.appeal_words & words:
            return None
        return kind.appeal_cameo.get(cameo)

    def quad_class(self, event: str) -> int:
        return self.types[event].quad_class

    def goldstein(self, code: str, event: str | None = None) -> float:
        """The Goldstein value of a CAMEO code (or of its 3- or 2-digit root); for a code cameo.csv
        lacks, the default of the event's type, else 0."""
        known = self.cameo.get(code) or self.cameo.get(code[:3]) or self.cameo.get(code[:2])
        if known:
            return known.goldstein
        kind = self.types.get(event) if event else None
        return kind.goldstein if kind else 0.0


def _read_cameo(path: Path) -> dict[str, CameoCode]:
    codes: dict[str, CameoCode] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        first_line: dict[str, int] = {}
        for line, row in enumerate(csv.DictReader(handle), start=2):
            try:
                code = row["code"].strip()
                codes[code] = CameoCode(code, row.get("description", ""), float(row["goldstein"]))
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise LexiconError(Errors.E301.format(path=path, line=line, problem=f"bad row ({exc})")) from exc
            if code in first_line:
                raise LexiconError(Errors.E301.format(path=path, line=line, problem=f"CAMEO code {code!r} repeats line {first_line[code]}"))
            first_line[code] = line
    return codes


def _read_types(path: Path, cameo: dict[str, CameoCode]) -> dict[str, EventType]:
    """The type table, checked: every CAMEO code it names must be a row of cameo.csv."""
    table = load_yaml(path) or {}
    if not isinstance(table, dict):
        raise LexiconError(Errors.E302.format(path=path, problem="expected a mapping of PLOVER types"))
    types: dict[str, EventType] = {}
    for name, item in table.items():
        if not isinstance(item, dict):
            raise LexiconError(Errors.E401.format(path=path, entry=name, problem="expected a mapping of properties"))
        if str(name) != str(name).upper():
            raise LexiconError(Errors.E401.format(path=path, entry=name, problem="type names are upper case"))
        unknown, missing = set(item) - _TYPE_FIELDS, _TYPE_REQUIRED - set(item)
        if unknown or missing:
            problem = f"unknown {sorted(unknown)}" if unknown else f"missing {sorted(missing)}"
            raise LexiconError(Errors.E401.format(path=path, entry=name, problem=problem))
        try:
            kind = EventType(
                name=str(name), quad_class=int(item["quad_class"]),
                cameo_roots=tuple(str(root) for root in item["cameo_roots"]), goldstein=float(item["goldstein"]),
                modes=frozenset(_strings(item["modes"])),
                intend_cameo=str(item["intend_cameo"]) if item.get("intend_cameo") else None,
                threaten_cameo=str(item["threaten_cameo"]) if item.get("threaten_cameo") else None,
                place_target=bool(item.get("place_target", False)), domestic=bool(item.get("domestic", False)),
                diplomatic=bool(item.get("diplomatic", False)),
                appeal_words=frozenset(_strings((item.get("appeal") or {}).get("words"))),
                appeal_cameo={str(k): str(v) for k, v in ((item.get("appeal") or {}).get("cameo") or {}).items()},
                refuse_cameo=str(item["refuse"]["cameo"]) if item.get("refuse") else None,
                refuse_mode=str((item.get("refuse") or {}).get("mode") or ""),
            )
        except (TypeError, ValueError) as exc:
            raise LexiconError(Errors.E401.format(path=path, entry=name, problem=f"bad value ({exc})")) from exc
        if kind.quad_class not in {1, 2, 3, 4}:
            raise LexiconError(Errors.E401.format(path=path, entry=name, problem="quad_class must be 1, 2, 3 or 4"))
        named = [*kind.cameo_roots, kind.intend_cameo, kind.threaten_cameo, kind.refuse_cameo, *kind.appeal_cameo, *kind.appeal_cameo.values()]
        absent = [code for code in named if code and cameo and code not in cameo]
        if absent:
            raise LexiconError(Errors.E401.format(path=path, entry=name, problem=f"CAMEO codes {absent} are not in cameo.csv"))
        types[kind.name] = kind
    return types


def _strings(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v).strip().lower() for v in value if str(v).strip())


# The keys a verbs.yml entry may have; a misspelt one ("objets") would otherwise be ignored without a word.
_ENTRY_KEYS = frozenset({"id", "event", "cameo", "mode", "verbs", "nouns", "objects", "target", "reciprocal", "needs_target", "no_object"})


def _read_entries(path: Path, lexicon: EventLexicon) -> None:
    items = load_yaml(path) or []
    if not isinstance(items, list):
        raise LexiconError(Errors.E302.format(path=path, problem="expected a list of entries"))
    for item in items:
        entry_id = item.get("id") if isinstance(item, dict) else None
        if not entry_id:
            raise LexiconError(Errors.E401.format(path=path, entry=item, problem="every entry needs an `id`"))
        if entry_id in lexicon.entries:
            raise LexiconError(Errors.E401.format(path=path, entry=entry_id, problem="duplicate id"))
        unknown = sorted(set(item) - _ENTRY_KEYS)
        if unknown:
            raise LexiconError(Errors.E401.format(path=path, entry=entry_id, problem=f"unknown key(s) {unknown}; an entry takes {sorted(_ENTRY_KEYS)}"))
        event = str(item.get("event", "")).upper()
        if event not in lexicon.types:
            raise LexiconError(Errors.E401.format(path=path, entry=entry_id, problem=f"unknown PLOVER event {event!r} (not in types.yml)"))
        mode = str(item.get("mode") or "")
        if mode and mode not in lexicon.types[event].modes:
            raise LexiconError(Errors.E401.format(path=path, entry=entry_id, problem=f"mode {mode!r} is not one of {event}'s modes in types.yml"))
        cameo = str(item.get("cameo", "")).strip()
        if lexicon.cameo and cameo not in lexicon.cameo:
            raise LexiconError(Errors.E401.format(path=path, entry=entry_id, problem=f"CAMEO code {cameo!r} is not in cameo.csv"))
        verbs, nouns = _strings(item.get("verbs")), _strings(item.get("nouns"))
        if not verbs and not nouns:
            raise LexiconError(Errors.E401.format(path=path, entry=entry_id, problem="needs `verbs` or `nouns`"))
        target = _strings(item.get("target"))
        entry = TriggerEntry(
            id=entry_id, event=event, cameo=cameo, mode=mode,
            verbs=verbs, nouns=nouns, objects=frozenset(_strings(item.get("objects"))),
            target=target or (DEFAULT_VERB_TARGETS if verbs else lexicon.grammar.noun_target_prepositions),
            reciprocal=bool(item.get("reciprocal", False)),
            needs_target=bool(item.get("needs_target", False)),
            no_object=bool(item.get("no_object", False)),
        )
        lexicon.entries[entry_id] = entry
        for verb in verbs:
            lemma, _, particle = verb.partition(" ")
            lexicon.verbs.setdefault(lemma, []).append(VerbPattern(lemma, particle or None, entry))
        for noun in nouns:
            *modifiers, lemma = noun.split()
            lexicon.nouns.setdefault(lemma, []).append(NounPattern(lemma, tuple(modifiers), entry))


@lru_cache(maxsize=4)
def load_event_lexicon(lexicon_dir: str | None = None) -> EventLexicon:
    """Read and check the event lexicon files once (cached per folder)."""
    lexicon = EventLexicon(grammar=load_grammar(lexicon_dir), folder=lexicon_dir)
    lexicon.cameo = _read_cameo(lexicon_path(lexicon_dir, "events", "cameo.csv"))
    lexicon.types = _read_types(lexicon_path(lexicon_dir, "events", "types.yml"), lexicon.cameo)
    _read_entries(lexicon_path(lexicon_dir, "events", "verbs.yml"), lexicon)
    words = load_yaml(lexicon_path(lexicon_dir, "events", "modifiers.yml")) or {}
    nominal = words.pop("nominalizations", None) or {}
    lexicon.words = {key: frozenset(_strings(value)) for key, value in words.items()}
    lexicon.nominal_verbs = {str(noun).lower(): str(verb).lower() for noun, verb in nominal.items()}
    # Specific patterns first: verb + object, then verb + particle, then the bare verb.
    for verb_patterns in lexicon.verbs.values():
        verb_patterns.sort(key=lambda p: (not p.entry.objects, p.particle is None))
    for noun_patterns in lexicon.nouns.values():
        noun_patterns.sort(key=lambda p: -len(p.modifiers))
    return lexicon
