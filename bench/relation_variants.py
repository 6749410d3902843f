"""How well the relation rules keep what they read when a sentence is told another way.

    .venv/bin/python bench/relation_variants.py [training/relations] [--misses FILE]

Takes the rows of the team's relation corpus that the rules read in full (the fitting rows only: the
held-out fifth is never looked at), tells each again as news also tells it, and scores the rules on the
new wording against the same expected relations:

* ``dateline``: after a wire dateline ("GENEVA (Reuters) - ...");
* ``said-after``: with its source after it ("..., officials said.");
* ``said-before``: as what someone said ("Officials said ..."), where the row opens with a name;
* ``quote-first``: as a quote with its source after it ('"...," officials said.');
* ``according-to``: with its source before it ("According to officials, ..."), where the row opens with a name;
* ``headline``: as a title-case headline, without its full stop ("Kenya Joins The EAC"), where the row is short.

The rules were fitted on these rows as written, so what a variant loses is wording the rules read by
accident of the parse rather than by the construction, which unseen news will not repeat. ``--misses``
writes the variants' missed and wrongly found relations to FILE.
"""
from __future__ import annotations

import argparse
from collections.abc import Callable

from dyads.coder import relations_in_text
from dyads.evaluate_relations import RelationScores, score_row
from dyads.learn.relations import read_relation_corpus

_OPENERS = {"The", "A", "An", "In", "On", "After", "Since", "While", "Under", "Despite"}
# the short words a headline style leaves in lower case
_HEADLINE_LOWER = {"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "as", "from"}
_HEADLINE_WORDS = 16


def _dateline(sentence: str) -> str | None:
    return None if "(" in sentence[:40] else "GENEVA (Reuters) - " + sentence


def _said_after(sentence: str) -> str | None:
    return sentence[:-1] + ", officials said." if sentence.endswith(".") and " said" not in sentence and '"' not in sentence else None


def _opens_with_name(sentence: str) -> bool:
    return sentence[:1].isupper() and sentence.split()[0] not in _OPENERS and "(" not in sentence[:30]


def _said_before(sentence: str) -> str | None:
    return "Officials said " + sentence if _opens_with_name(sentence) and " said" not in sentence else None


def _quote_first(sentence: str) -> str | None:
    told = sentence.endswith(".") and " said" not in sentence and '"' not in sentence and "(" not in sentence[:40]
    return f'"{sentence[:-1]}," officials said.' if told else None


def _according_to(sentence: str) -> str | None:
    return "According to officials, " + sentence if _opens_with_name(sentence) and "according to" not in sentence.lower() else None


def _headline(sentence: str) -> str | None:
    words = sentence.removesuffix(".").split()
    if len(words) > _HEADLINE_WORDS or not sentence.endswith(".") or '"' in sentence or "(" in sentence[:40]:
        return None
    return " ".join(w if n and w.lower() in _HEADLINE_LOWER else w[:1].upper() + w[1:] for n, w in enumerate(words))


VARIANTS: dict[str, Callable[[str], str | None]] = {
    "dateline": _dateline, "said-after": _said_after, "said-before": _said_before, "quote-first": _quote_first,
    "according-to": _according_to, "headline": _headline,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default="training/relations")
    parser.add_argument("--misses", help="write the variants' missed relations here")
    args = parser.parse_args()
    rows = [r for r in read_relation_corpus([args.corpus]) if not (r.heldout or r.fitted_only) and r.expected]
    scores = {name: RelationScores() for name in VARIANTS}
    read_in_full = 0
    for row in rows:
        as_written = RelationScores()
        score_row(as_written, row.id, row.sentence, row.expected, relations_in_text(row.sentence, row.published, model=False))
        if as_written.recall() < 1.0:
            continue
        read_in_full += 1
        for name, tell in VARIANTS.items():
            told = tell(row.sentence)
            if told is not None:
                score_row(scores[name], f"[{name}] {row.id}", told, row.expected, relations_in_text(told, row.published, model=False))
    print(f"fitting rows read in full: {read_in_full} of {len(rows)}")
    print(f"{'variant':<14}{'rows':>6}{'precision':>11}{'recall':>8}")
    for name, variant in scores.items():
        print(f"{name:<14}{variant.rows:>6}{variant.precision():>11.3f}{variant.recall():>8.3f}")
    if args.misses:
        with open(args.misses, "w", encoding="utf-8") as out:
            out.writelines(m + "\n" for variant in scores.values() for m in variant.misses)


if __name__ == "__main__":
    main()
