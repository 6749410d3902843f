"""How varied the team-written training corpus is, and whether it meets the issue's floors.

    .venv/bin/python bench/training_report.py [training/sentences] [--show-duplicates]

Prints sentences per event type and mode, per near-miss kind, form and region, the number of
distinct trigger lemmas per type, the held-out share, and the near-duplicate rate: two sentences
are near duplicates when, with names and numbers masked, their word trigrams overlap by 70% or
more (Jaccard), which is what one template with the names swapped produces.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import spacy

from dyads.learn.corpus import CorpusError, TrainingSentence, read_corpus
from dyads.lexicons import builtin_event_types
from dyads.parse.model import MODEL_NAME

NEAR_DUPLICATE = 0.7
FLOORS = {"sentences": 4000, "per_type": 150, "near_misses": 1200, "heldout_share": 0.15}


def masked_trigrams(text: str) -> frozenset[tuple[str, ...]]:
    """Word trigrams with capitalised words (names) and numbers masked, so a swapped name still matches."""
    words = re.findall(r"\w+|[^\w\s]", text)
    masked = ["N" if w[0].isupper() or w[0].isdigit() else w for w in words[1:]]
    masked = [words[0].lower(), *masked] if words else masked
    return frozenset(zip(masked, masked[1:], masked[2:]))


def near_duplicates(sentences: list[TrainingSentence]) -> list[tuple[TrainingSentence, TrainingSentence, float]]:
    """Pairs of near-duplicate sentences, found through shared rare trigrams rather than all pairs."""
    grams = [masked_trigrams(s.text) for s in sentences]
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, gram_set in enumerate(grams):
        for gram in gram_set:
            index[gram].append(i)
    shared: Counter[tuple[int, int]] = Counter()
    for members in index.values():
        if len(members) > 200:
            continue  # a trigram hundreds of sentences share ("said on Tuesday") proves nothing
        for a_pos, a in enumerate(members):
            for b in members[a_pos + 1:]:
                shared[(a, b)] += 1
    pairs = []
    for (a, b), common in shared.items():
        union = len(grams[a] | grams[b])
        if union and common / union >= NEAR_DUPLICATE:
            pairs.append((sentences[a], sentences[b], common / union))
    return sorted(pairs, key=lambda p: -p[2])


def trigger_lemmas(sentences: list[TrainingSentence]) -> dict[str, set[str]]:
    """Distinct trigger lemmas per type: the lemma of the trigger's last verb or noun (its head word)."""
    nlp = spacy.load(MODEL_NAME, disable=["parser", "ner"])
    triggers = [(e.event, e.trigger) for s in sentences for e in s.events]
    lemmas: dict[str, set[str]] = defaultdict(set)
    for (event, _), doc in zip(triggers, nlp.pipe(t for _, t in triggers)):
        content = [t for t in doc if t.pos_ in {"VERB", "NOUN", "ADJ", "PROPN"}] or list(doc)
        lemmas[event].add(content[0].lemma_.lower() if content else "")
    return lemmas


def report(sentences: list[TrainingSentence], show_duplicates: bool) -> bool:
    types = Counter(e.event for s in sentences for e in s.events if e.happened)
    modes = Counter((e.event, e.mode or "-") for s in sentences for e in s.events if e.happened)
    heldout_types = Counter(e.event for s in sentences if s.heldout for e in s.events if e.happened)
    lemmas = trigger_lemmas(sentences)
    print(f"{'type':<10} {'sentences':>9} {'held out':>8} {'lemmas':>6}  modes")
    for event, count in sorted(types.items()):
        mode_text = ", ".join(f"{m} {n}" for (e, m), n in sorted(modes.items()) if e == event)
        print(f"{event:<10} {count:>9} {heldout_types[event]:>8} {len(lemmas[event]):>6}  {mode_text}")
    near_misses = [s for s in sentences if s.kind != "event"]
    for title, counter in (("kind", Counter(s.kind for s in sentences)), ("form", Counter(s.form for s in sentences)),
                           ("region", Counter(s.region for s in sentences)), ("quad class", Counter(s.quad_class for s in sentences))):
        print(f"\n{title}: " + ", ".join(f"{k} {n}" for k, n in sorted(counter.items())))
    heldout = sum(s.heldout for s in sentences)
    pairs = near_duplicates(sentences)
    in_pairs = {s.id for pair in pairs for s in pair[:2]}
    print(f"\nsentences {len(sentences)}, near misses {len(near_misses)}, held out {heldout} ({heldout / max(len(sentences), 1):.1%})")
    share = len(in_pairs) / max(len(sentences), 1)
    print(f"near-duplicate pairs {len(pairs)} (trigram Jaccard >= {NEAR_DUPLICATE}), sentences in them {len(in_pairs)} ({share:.1%})")
    if show_duplicates:
        for a, b, score in pairs:
            print(f"  {score:.2f} {a.id}: {a.text}\n       {b.id}: {b.text}")
    failures = []
    if len(sentences) < FLOORS["sentences"]:
        failures.append(f"fewer than {FLOORS['sentences']} sentences")
    failures += [f"{event}: fewer than {FLOORS['per_type']} sentences" for event in builtin_event_types()
                 if types[event] < FLOORS["per_type"]]
    if len(near_misses) < FLOORS["near_misses"]:
        failures.append(f"fewer than {FLOORS['near_misses']} near misses")
    if heldout < FLOORS["heldout_share"] * len(sentences):
        failures.append("held-out part under 15%")
    print("\nfloors: " + ("all met" if not failures else "; ".join(failures)))
    return not failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(Path(__file__).resolve().parents[1] / "training" / "sentences")])
    parser.add_argument("--show-duplicates", action="store_true")
    args = parser.parse_args()
    try:
        sentences = read_corpus(args.paths)
    except CorpusError as exc:
        print("\n".join(exc.problems))
        return 1
    return 0 if report(sentences, args.show_duplicates) else 1


if __name__ == "__main__":
    sys.exit(main())
