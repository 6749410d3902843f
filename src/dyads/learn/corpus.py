"""Read and check the team-written training corpus (``training/``; format in ``training/GUIDE.md``).

Every line is checked against the event type table, so a wrong label is reported with its file and
line instead of silently teaching the model something else. ``python -m dyads.learn.corpus PATH``
prints every problem found.
"""
from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..events.lexicon import EventLexicon, load_event_lexicon

KINDS = frozenset({
    "event", "statement", "opinion", "hypothetical", "conditional", "denial", "negation", "future",
    "decided", "background", "figurative", "sports", "business", "weapons_test", "report_of_report",
    "other_type",
})
FORMS = frozenset({"active", "passive", "nominal", "reported", "relative", "compound", "long", "headline"})
REGIONS = frozenset({"africa", "americas", "asia", "europe", "middle_east", "oceania", "global"})
# A sentence is held out when its id's SHA-256 starts below this byte: about 20% of ids, fixed by the id alone.
HELDOUT_BELOW = 0x34


def is_heldout(sentence_id: str) -> bool:
    """Whether a sentence belongs to the fixed held-out part that nothing is fitted on."""
    return hashlib.sha256(sentence_id.encode("utf-8")).digest()[0] < HELDOUT_BELOW


@dataclass(frozen=True)
class LabelledEvent:
    event: str
    mode: str
    cameo: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    trigger: str
    negated: bool
    hypothetical: bool

    @property
    def happened(self) -> bool:
        return not (self.negated or self.hypothetical)


@dataclass(frozen=True)
class TrainingSentence:
    id: str
    text: str
    events: tuple[LabelledEvent, ...]
    quad_class: int
    kind: str
    form: str
    region: str
    origin: str  # "file:line", for messages

    @property
    def labels(self) -> frozenset[str]:
        """The event types the model should find: those of events that happened."""
        return frozenset(e.event for e in self.events if e.happened)

    @property
    def heldout(self) -> bool:
        return is_heldout(self.id)


class CorpusError(ValueError):
    """The corpus has lines that break the guide; ``problems`` lists each as "file:line: problem"."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        shown = "\n".join(problems[:20]) + (f"\n... and {len(problems) - 20} more" if len(problems) > 20 else "")
        super().__init__(f"the training corpus has {len(problems)} problem(s):\n{shown}")


def corpus_files(paths: Iterable[str | Path], suffix: str = ".jsonl") -> list[Path]:
    """The files named, or found under the folders named (those ending in ``suffix``), in a stable order.

    Raises:
        FileNotFoundError: naming the first path that is neither a file nor a folder.
    """
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(sorted(path.rglob(f"*{suffix}")))
        elif path.is_file():
            files.append(path)
        else:
            raise FileNotFoundError(path)
    return files


def read_corpus(paths: Iterable[str | Path], lexicon: EventLexicon | None = None) -> list[TrainingSentence]:
    """Every sentence of the corpus files, checked; raises ``CorpusError`` listing every bad line."""
    lexicon = lexicon or load_event_lexicon()
    sentences: list[TrainingSentence] = []
    problems: list[str] = []
    seen: dict[str, str] = {}
    try:
        files = corpus_files(paths)
    except FileNotFoundError as missing:
        raise CorpusError([f"{missing}: no such file or folder"]) from None
    for path in files:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                origin = f"{path}:{number}"
                try:
                    sentence = _parse_line(line, origin, lexicon)
                except ValueError as exc:
                    problems.append(f"{origin}: {exc}")
                    continue
                if sentence.id in seen:
                    problems.append(f"{origin}: id {sentence.id!r} already used at {seen[sentence.id]}")
                    continue
                seen[sentence.id] = origin
                sentences.append(sentence)
    if problems:
        raise CorpusError(problems)
    return sentences


def _parse_line(line: str, origin: str, lexicon: EventLexicon) -> TrainingSentence:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON ({exc.msg})") from None
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    for key, kind in (("id", str), ("text", str), ("events", list), ("quad_class", int), ("kind", str), ("form", str), ("region", str)):
        if not isinstance(record.get(key), kind):
            raise ValueError(f"{key!r} is missing or not a {kind.__name__}")
    text: str = record["text"]
    if record["kind"] not in KINDS:
        raise ValueError(f"kind {record['kind']!r} is not one of {sorted(KINDS)}")
    if record["form"] not in FORMS:
        raise ValueError(f"form {record['form']!r} is not one of {sorted(FORMS)}")
    if record["region"] not in REGIONS:
        raise ValueError(f"region {record['region']!r} is not one of {sorted(REGIONS)}")
    events = tuple(_parse_event(raw, text, lexicon) for raw in record["events"])
    happened = [e for e in events if e.happened]
    expected_quad = lexicon.quad_class(happened[0].event) if happened else 0
    if record["quad_class"] != expected_quad:
        raise ValueError(f"quad_class is {record['quad_class']}, but its first event that happened gives {expected_quad}")
    if record["kind"] == "event" and not happened:
        raise ValueError("kind 'event' needs an event that happened (or give the near-miss kind)")
    return TrainingSentence(record["id"], text, events, record["quad_class"], record["kind"], record["form"], record["region"], origin)


def _parse_event(raw: object, text: str, lexicon: EventLexicon) -> LabelledEvent:
    if not isinstance(raw, dict):
        raise ValueError("an event is not a JSON object")
    event = raw.get("event")
    if event not in lexicon.types:
        raise ValueError(f"event {event!r} is not a PLOVER type of types.yml")
    kind = lexicon.types[event]
    mode = raw.get("mode", "")
    if mode and mode not in kind.modes:
        raise ValueError(f"mode {mode!r} is not one of {event}'s modes {sorted(kind.modes)}")
    cameo = raw.get("cameo")
    if not isinstance(cameo, str) or cameo[:2] not in kind.cameo_roots:
        raise ValueError(f"cameo {cameo!r} does not start with one of {event}'s roots {list(kind.cameo_roots)}")
    if cameo not in lexicon.cameo:
        raise ValueError(f"cameo {cameo!r} is not a CAMEO code (lexicons/events/cameo.csv)")
    spans: dict[str, tuple[str, ...]] = {}
    for role in ("source", "target"):
        value = raw.get(role, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise ValueError(f"{event} {role} must be a list of strings")
        missing = [v for v in value if v not in text]
        if missing:
            raise ValueError(f"{event} {role} {missing[0]!r} is not in the text")
        spans[role] = tuple(value)
    trigger = raw.get("trigger")
    if not isinstance(trigger, str) or not trigger or trigger not in text:
        raise ValueError(f"{event} trigger {trigger!r} is not in the text")
    flags = {}
    for flag in ("negated", "hypothetical"):
        value = raw.get(flag, False)
        if not isinstance(value, bool):
            raise ValueError(f"{event} {flag} must be true or false")
        flags[flag] = value
    return LabelledEvent(event, mode, cameo, spans["source"], spans["target"], trigger, flags["negated"], flags["hypothetical"])


def main(argv: list[str] | None = None) -> int:
    paths = argv if argv is not None else sys.argv[1:]
    try:
        sentences = read_corpus(paths or ["training/sentences"])
    except CorpusError as exc:
        print("\n".join(exc.problems))
        return 1
    print(f"{len(sentences)} sentences, no problems")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
