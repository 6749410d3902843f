"""Score who-is-who: country and sector of actor phrases (``dyads eval --actors FILE``).

Each line of the file is ``{"id", "text", "actor", "date", "country", "sector"}`` (``region``
and ``kind`` optional, for the breakdown): ``text`` is given to the actors stage with ``date`` as
the publication date, and the actor found on the words ``actor`` (its last occurrence in the
text) is scored: its country (``code``, or the story's for a role with no state of its own) and
its sector, each right or wrong, and both. A phrase where no actor is found is wrong on both
(unless the gold says null). The held-out part is fixed by the id, as for the training corpus.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .actors.find import actor_mentions, actor_record
from .errors import Errors, LexiconError
from .learn.corpus import is_heldout
from .parse import MODEL_NAME
from .pipeline import load_pipeline

_CODE = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class ActorPhrase:
    id: str
    text: str
    actor: str
    date: dt.date | None
    country: str | None
    sector: str | None
    region: str
    kind: str


@dataclass
class Tally:
    phrases: int = 0
    country: int = 0
    sector: int = 0
    both: int = 0

    def add(self, country: bool, sector: bool) -> None:
        self.phrases += 1
        self.country += country
        self.sector += sector
        self.both += country and sector

    def rates(self) -> dict[str, float]:
        n = self.phrases or 1
        return {"country": self.country / n, "sector": self.sector / n, "both": self.both / n}


@dataclass
class ActorScores:
    part: str
    total: Tally = field(default_factory=Tally)
    by_region: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_kind: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    misses: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "part": self.part, "phrases": self.total.phrases, **self.total.rates(),
            "by_region": {k: {"phrases": t.phrases, **t.rates()} for k, t in sorted(self.by_region.items())},
            "by_kind": {k: {"phrases": t.phrases, **t.rates()} for k, t in sorted(self.by_kind.items())},
        }

    def report(self, verbose: bool = False) -> str:
        lines = [f"{'':<24} {'phrases':>7} {'country':>7} {'sector':>7} {'both':>7}"]
        for title, table in (("region", self.by_region), ("kind", self.by_kind)):
            for key, tally in sorted(table.items()):
                rates = tally.rates()
                lines.append(f"{title + ' ' + key:<24} {tally.phrases:>7} {rates['country']:>7.3f} {rates['sector']:>7.3f} {rates['both']:>7.3f}")
        if verbose:
            lines += [json.dumps(miss, ensure_ascii=False) for miss in self.misses]
        rates = self.total.rates()
        lines.append(f"actors part={self.part} phrases={self.total.phrases} country={rates['country']:.3f} "
                     f"sector={rates['sector']:.3f} both={rates['both']:.3f}")
        return "\n".join(lines)


def read_actor_phrases(path: str | Path) -> list[ActorPhrase]:
    """The phrases of a file; a malformed line raises E705 naming the file and line."""
    phrases = []
    with open(path, encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                text, actor = raw["text"], raw["actor"]
                if not isinstance(text, str) or not isinstance(actor, str) or not actor or actor not in text:
                    raise ValueError("`actor` must be words of `text`")
                for key in ("country", "sector"):
                    if raw.get(key) is not None and not _CODE.match(str(raw[key])):
                        raise ValueError(f"`{key}` must be a 3-letter code or null, got {raw[key]!r}")
                day = dt.date.fromisoformat(raw["date"]) if raw.get("date") else None
            except (ValueError, KeyError, TypeError) as exc:
                raise LexiconError(Errors.E705.format(path=path, line=line_no, problem=exc)) from None
            phrases.append(ActorPhrase(str(raw.get("id", line_no)), text, actor, day, raw.get("country"), raw.get("sector"),
                                       str(raw.get("region") or "-"), str(raw.get("kind") or "-")))
    return phrases


def _found(doc, phrase: ActorPhrase) -> dict | None:
    """The actor the stage found on the phrase's words: the mention overlapping them most."""
    start = phrase.text.rfind(phrase.actor)
    end = start + len(phrase.actor)
    best, best_key = None, (0, 0)
    for mention in actor_mentions(doc):
        span = doc[mention.start : mention.end]
        overlap = min(end, span.end_char) - max(start, span.start_char)
        key = (overlap, -abs((span.end_char - span.start_char) - (end - start)))
        if overlap > 0 and key > best_key:
            best, best_key = mention, key
    return actor_record(best) if best is not None else None


def evaluate_actors(path: str | Path, part: str = "heldout", lexicon_dir: str | None = None,
                    phrases: Iterable[ActorPhrase] | None = None) -> ActorScores:
    """Score the actors stage on an actor phrase file (or on ``phrases``), on one part of it."""
    chosen = [p for p in (phrases if phrases is not None else read_actor_phrases(path))
              if part == "all" or is_heldout(p.id) == (part == "heldout")]
    nlp = load_pipeline(MODEL_NAME, lexicon_dir, events=False)
    scores = ActorScores(part)
    docs = []
    for phrase in chosen:
        doc = nlp.make_doc(phrase.text)
        doc._.date_published = phrase.date
        docs.append(doc)
    for phrase, doc in zip(chosen, nlp.pipe(docs, batch_size=64)):
        found = _found(doc, phrase)
        code = found["code"] if found else None
        sector = found["sector"] if found else None
        right_country, right_sector = code == phrase.country, sector == phrase.sector
        for tally in (scores.total, scores.by_region[phrase.region], scores.by_kind[phrase.kind]):
            tally.add(right_country, right_sector)
        if not (right_country and right_sector):
            scores.misses.append({"id": phrase.id, "text": phrase.text, "gold": [phrase.country, phrase.sector],
                                  "found": found})
    return scores
