"""The learned layer of the relations stage: which relation, if any, a pair of actors in a sentence stands in.

Every ordered pair of actors the actors stage coded in a sentence (states and organisations, keyed as
``actor_key`` keys them; where one is named twice, the two mentions closest together) is a
**candidate**. Its features are read off the parse the pipeline has already made:

* the dependency path between the two mentions' heads, as labels ("nsubj^attr>poss"), the words on it and
  the word at its top, and its length;
* the words between the mentions (when close) and the relation words of ``kinds.yml`` on the path, beside
  it or between the mentions ("trig=ally");
* each mention's own place: its dependency label, the word it hangs on, possessive, appositive and
  compound links;
* the cue words of negation, ending and doubt that govern the path ("not", "former", "left", "could",
  "plans"), and the distance in words.

Names and numbers are masked (``masked_word``), so it learns the language of relations, not which
states the training sentences named. A softmax linear model labels the pair with a kind or ``none``;
a second one, over the same features, says the polarity, unless the rules' ``polarity_of`` read at the
path's trigger word scored better on the corpus's held-out split (``meta.json`` says which is used).

The weights are trained by ``dyads train --relations`` on the team-written corpus
(``training/relations/``) and ship in ``dyads/models/relations/``; :func:`find_relations` adds the
model's relations for the pairs the rules left alone.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, Span, Token

from ..actors import ActorMention
from ..errors import Errors, ModelError
from ..events.model import masked_word
from ..learn import linear
from ..records import Relation
from .kinds import RelationKinds
from .polarity import MODALS, polarity_of
from .sentence import STATELESS, actor_key

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "relations"
NONE = "none"
# The kinds read between two actors. A ranking has one actor, an organisation's own defence clause none
# besides it, and a recognised territory needs the territory's name: those stay with the rules.
PAIR_KINDS = ("member_of", "ally", "strategic_partner", "collective_defense", "recognizes", "arms_supplier", "hosts_base",
              "at_war_with", "diplomatic_relations", "sanctions_regime")
POLARITIES = ("holds", "denied", "ended", "hypothetical")
_CUE_DEPS = {"neg", "aux", "auxpass", "advmod", "amod", "prt", "det", "mark"}
_NEAR_DEPS = {"amod", "compound", "nmod", "prep", "dobj", "attr", "pobj", "prt", "acomp", "oprd"}
# words between two mentions read one by one up to this far apart; further apart only the path speaks (on an inner
# split of the training part, the words between more distant mentions, like the path with all its words, made the
# model propose more wrong relations than right ones)
_MAX_BETWEEN = 5


@dataclass(frozen=True)
class Candidate:
    """An ordered pair of actor mentions in one sentence: does ``first`` stand in a relation to ``second``?"""

    sent: Span
    first: ActorMention
    second: ActorMention

    @property
    def keys(self) -> tuple[str, str]:
        return actor_key(self.first.actor), actor_key(self.second.actor)


def candidates(sent: Span, mentions: Iterable[ActorMention]) -> list[Candidate]:
    """Every ordered pair of two different actors the sentence names, each by its two closest mentions."""
    by_key: dict[str, list[ActorMention]] = {}
    for mention in mentions:
        if sent.start <= mention.head < sent.end and mention.actor.code:
            by_key.setdefault(actor_key(mention.actor), []).append(mention)
    found = []
    for a, first in by_key.items():
        for b, second in by_key.items():
            if a != b:
                pair = min(((x, y) for x in first for y in second), key=lambda p: (abs(p[0].head - p[1].head), p[0].head, p[1].head))
                found.append(Candidate(sent, *pair))
    return found


class Cues:
    """The words of ``kinds.yml`` the features look for: each kind's nouns, verbs and objects, and the words of
    negation, ending and doubt."""

    def __init__(self, kinds: RelationKinds):
        self.triggers: dict[str, set[str]] = {}
        for kind in kinds.kinds.values():
            for word in [*(noun.split()[-1] for noun in kind.nouns), *kind.verbs, *kind.objects]:
                self.triggers.setdefault(word, set()).add(kind.name)
        self.ended = kinds.ended_verbs | kinds.ended_nouns | kinds.ended_modifiers
        self.doubt = kinds.hypothetical_heads | MODALS
        self.denying = kinds.denying_heads

    def cue(self, token: Token) -> str | None:
        """What a word says of a relation it governs: "neg", "ended", "doubt", "deny", or nothing."""
        lemma, lower = token.lemma_.lower(), token.lower_
        if token.dep_ == "neg" or lower in {"no", "never", "n't"}:
            return "neg"
        if lemma in self.ended or lower in self.ended:
            return "ended"
        if lemma in self.doubt or lower in self.doubt or (token.dep_ == "mark" and lower in {"if", "unless"}):
            return "doubt"
        if lemma in self.denying:
            return "deny"
        return None


def _ancestors_to(token: Token) -> list[Token]:
    """``token`` and its heads up to the root, ``token`` first."""
    chain = [token]
    while chain[-1].head.i != chain[-1].i and len(chain) < 40:  # (a bound, in case a parse is not a tree)
        chain.append(chain[-1].head)
    return chain


def dependency_path(first: Token, second: Token) -> tuple[list[Token], Token, list[Token]]:
    """The path between two tokens: the tokens from ``first`` up to (not including) their lowest common head, that
    head, and the tokens from it down to ``second`` (nearest the head first)."""
    up = _ancestors_to(first)
    positions = {t.i: n for n, t in enumerate(up)}
    down: list[Token] = []
    token = second
    while token.i not in positions and token.head.i != token.i and len(down) < 40:
        down.append(token)
        token = token.head
    if token.i not in positions:  # separate roots (a parse of two sentences in one span): no path
        return up, token, list(reversed(down))
    return up[:positions[token.i]], token, list(reversed(down))


def _bucket(n: int) -> str:
    return "0" if n <= 0 else "1" if n == 1 else "2" if n == 2 else "3-4" if n <= 4 else "5-7" if n <= 7 else "8-12" if n <= 12 else "13+"


def pair_features(candidate: Candidate, cues: Cues, ruled: Sequence[Relation] = ()) -> list[str]:
    """The features of a candidate pair (see the module's docstring); ``ruled``: the relations the rules read in the
    same sentence, which the model learns to trust or not ("rule=ally|sym", "rule=none")."""
    doc = candidate.sent.doc
    a, b = doc[candidate.first.head], doc[candidate.second.head]
    features = [f"ord={'ab' if a.i < b.i else 'ba'}", f"ta={actor_type(candidate.first)}", f"tb={actor_type(candidate.second)}",
                f"tt={pair_type(candidate)}"]
    up, top, down = dependency_path(a, b)
    labels_up = ">".join(t.dep_ for t in up)
    labels_down = ">".join(t.dep_ for t in down)
    top_word = masked_word(top)
    features += [f"p={labels_up}^{labels_down}", f"top={top_word}",
                 f"top={top_word}|{top.dep_}", f"plen={_bucket(len(up) + len(down))}"]
    inner = [t for t in [*up[1:], top, *down[:-1]] if t.i not in (a.i, b.i)]
    for token in inner:
        features.append(f"pw={masked_word(token)}")
    named = {i for m in doc._.actors or [] if m.actor.code and m.head not in (a.i, b.i) for i in range(m.start, m.end)}
    if any(t.i in named for t in inner):
        features.append("path-through-actor")  # "A's ally B's neighbour C": A and C are related through B, if at all
    # the relation words on the path, beside it, or between the two mentions
    near = {t.i: t for t in inner}
    for token in [*inner, top]:
        for child in token.children:
            if child.dep_ in _NEAR_DEPS and child.i not in (a.i, b.i):
                near.setdefault(child.i, child)
    low, high = sorted((a.i, b.i))
    between = [doc[i] for i in range(low + 1, high)] if high - low <= _MAX_BETWEEN else []
    for token in between:
        if not token.is_punct:
            features.append(f"bw={masked_word(token)}")
    features.append(f"dist={_bucket(high - low - 1)}")
    on_path = {t.i for t in inner} | {top.i}
    order = "ab" if a.i < b.i else "ba"
    for token in [*near.values(), *between, a, b]:
        for kind in sorted(cues.triggers.get(token.lemma_.lower(), set()) | cues.triggers.get(token.lower_, set())):
            where = "path" if token.i in on_path else "self" if token.i in (a.i, b.i) else "near"
            features += [f"trig={kind}", f"trig={kind}|{where}", f"trig={kind}|{order}", f"trigw={token.lemma_.lower()}|{where}"]
    features += _own(a, "a") + _own(b, "b")
    # what governs the path: the words of negation, ending and doubt on it, beside it, or above its top
    governing = [*inner, *_ancestors_to(top)[:4]]
    for token in governing:
        cue = cues.cue(token)
        if cue:
            features += [f"cue={cue}", f"cue={cue}|{token.lemma_.lower()}"]
        for child in token.children:
            if child.dep_ in _CUE_DEPS:
                cue = cues.cue(child)
                if cue:
                    features += [f"cue={cue}", f"cue={cue}|{child.lower_}"]
    others = {actor_key(m.actor) for m in doc._.actors or [] if low < m.head < high and m.actor.code} - set(candidate.keys)
    features.append(f"others={min(len(others), 3)}")
    return features + _ruled(candidate, ruled)


def _ruled(candidate: Candidate, ruled: Sequence[Relation]) -> list[str]:
    """What the rules said of the pair: each relation they read between the two, with its direction and polarity."""
    a, b = candidate.keys
    features = []
    for relation in ruled:
        subjects = {actor_key(s) for s in relation.subjects}
        obj = actor_key(relation.object) if relation.object else None
        way = "sym" if {a, b} <= subjects else "ab" if a in subjects and obj == b else "ba" if b in subjects and obj == a else None
        if way is not None:
            features += [f"rule={relation.relation}|{way}", f"rule={relation.relation}|{way}|{relation.polarity}", "rule=any"]
        elif a in subjects or a == obj:
            features.append(f"rule.a={relation.relation}")
    return features or ["rule=none"]




def actor_type(mention: ActorMention) -> str:
    """What a mention names: an organisation by its kind (IGO, NGO, ...), a person, a state by a place's name ("in
    Kyiv"), or a state or its part."""
    if mention.actor.code in STATELESS:
        return mention.actor.code
    return "person" if mention.person else "place" if mention.place or mention.locative else "state"


def pair_type(candidate: Candidate) -> str:
    return f"{actor_type(candidate.first)}|{actor_type(candidate.second)}"


def _own(token: Token, side: str) -> list[str]:
    """A mention's own place in the parse: what it hangs on and how ("poss" of "ally", "appos" of a name)."""
    head = masked_word(token.head)
    features = [f"{side}.dep={token.dep_}", f"{side}.head={token.dep_}|{head}"]
    if token.dep_ == "pobj":
        features.append(f"{side}.prep={token.head.lower_}|{masked_word(token.head.head)}")
    for child in token.children:
        if child.dep_ in {"appos", "poss", "compound", "amod", "relcl", "acl"}:
            features.append(f"{side}.child={child.dep_}|{masked_word(child)}")
    return features


@dataclass(frozen=True)
class PairReading:
    """The model's reading of a candidate: each label's probability, the polarity, and the word it rests on."""

    candidate: Candidate
    probabilities: dict[str, float]
    polarity: str
    anchor: Token


class RelationModel:
    """The trained weights: a vocabulary, a kind classifier and a polarity classifier over it, and settings in ``meta``
    (``threshold``: the probability from which a relation is added; ``polarity``: ``model`` or ``rules``)."""

    def __init__(self, features: list[str], arrays: dict[str, np.ndarray], meta: dict):
        self.labels: list[str] = list(meta["labels"])
        self.polarities: list[str] = list(meta["polarities"])
        self.weights, self.bias = arrays["weights"], arrays["bias"]
        self.polarity_weights, self.polarity_bias = arrays["polarity_weights"], arrays["polarity_bias"]
        shapes = {"weights": (len(features), len(self.labels)), "bias": (len(self.labels),),
                  "polarity_weights": (len(features), len(self.polarities)), "polarity_bias": (len(self.polarities),)}
        for name, shape in shapes.items():
            if arrays[name].shape != shape:
                raise ModelError(Errors.E903.format(path="(in memory)", problem=f"{name} is {arrays[name].shape}, not {shape}"))
        self.features = features
        self.feature_index = {feature: row for row, feature in enumerate(features)}
        self.meta = meta
        # None where training found the model's additions lower precision on a test table's train rows: it adds nothing
        self.threshold: float | None = None if meta.get("threshold", 0.5) is None else float(meta.get("threshold", 0.5))
        # a rule's relation is dropped where the model gives its kind less than this on each of its pairs (None: never)
        self.veto: float | None = meta.get("veto")
        self._cues: dict[int, Cues] = {}

    def with_settings(self, **settings: object) -> RelationModel:
        """The same weights with other settings (a threshold, the polarity's source), to compare them."""
        arrays = {"weights": self.weights, "bias": self.bias, "polarity_weights": self.polarity_weights, "polarity_bias": self.polarity_bias}
        return RelationModel(self.features, arrays, {**self.meta, **settings})

    def cues(self, kinds: RelationKinds) -> Cues:
        cues = self._cues.get(id(kinds))
        if cues is None:
            cues = self._cues[id(kinds)] = Cues(kinds)
        return cues

    def rows(self, features: Sequence[str]) -> np.ndarray:
        return linear.feature_rows(features, self.feature_index)

    def label_probabilities(self, rows: np.ndarray) -> np.ndarray:
        return linear.softmax(self.weights[rows].sum(axis=0) + self.bias)

    def polarity_probabilities(self, rows: np.ndarray) -> np.ndarray:
        return linear.softmax(self.polarity_weights[rows].sum(axis=0) + self.polarity_bias)

    def read(self, sent: Span, mentions: Iterable[ActorMention], kinds: RelationKinds, ruled: Sequence[Relation] = ()) -> list[PairReading]:
        """The model's reading of every candidate pair of the sentence, given the relations the rules read in it."""
        cues = self.cues(kinds)
        readings = []
        for candidate in candidates(sent, mentions):
            rows = self.rows(pair_features(candidate, cues, ruled))
            probabilities = dict(zip(self.labels, self.label_probabilities(rows).tolist()))
            best = max((k for k in self.labels if k != NONE), key=probabilities.__getitem__)
            anchor = trigger(candidate, best, cues)
            if self.meta.get("polarity") == "rules":
                polarity = polarity_of(anchor, kinds)
            else:
                polarity = self.polarities[int(np.argmax(self.polarity_probabilities(rows)))]
            readings.append(PairReading(candidate, probabilities, polarity, anchor))
        return readings

    def save(self, folder: Path) -> None:
        arrays = {"weights": self.weights, "bias": self.bias, "polarity_weights": self.polarity_weights, "polarity_bias": self.polarity_bias}
        linear.save(folder, self.features, arrays, self.meta)


def trigger(candidate: Candidate, kind: str, cues: Cues) -> Token:
    """The word a pair's relation rests on: a word of ``kind`` on the path between them, else beside it, else the
    path's top (where its polarity and date are read)."""
    doc = candidate.sent.doc
    up, top, down = dependency_path(doc[candidate.first.head], doc[candidate.second.head])
    path = [*up[1:], top, *down[:-1]]
    nearby = [c for t in path for c in t.children]
    for token in [*path, *nearby]:
        if kind in cues.triggers.get(token.lemma_.lower(), ()) or kind in cues.triggers.get(token.lower_, ()):
            return token
    return top


def read_model(folder: Path) -> RelationModel:
    """The model saved in ``folder`` (``weights.npz``, ``features.json``, ``meta.json``)."""
    try:
        features, arrays, meta = linear.read(folder)
        return RelationModel(features, arrays, meta)
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(Errors.E903.format(path=folder, problem=exc)) from exc


@lru_cache(maxsize=2)
def load_model(folder: str | None = None) -> RelationModel:
    """The shipped model (or one saved in ``folder``), read once."""
    return read_model(Path(folder) if folder else MODEL_DIR)


@dataclass(frozen=True)
class Proposal:
    """A relation the model proposes: grouped as the guide groups them, with the least probability of its pairs."""

    kind: str
    subjects: list[ActorMention]
    object: ActorMention | None
    probability: float
    polarity: str
    anchor: Token


def propose(readings: Sequence[PairReading], symmetric: frozenset[str], threshold: float, covered: set[frozenset[str]],
            kind_types: dict[str, list[str]] | None = None) -> list[Proposal]:
    """The relations of the pairs whose kind passes ``threshold`` and which the rules left alone (``covered``: the pairs of
    actor keys the rules related). Subjects listed together with the same kind, object and polarity are one relation
    ("Mali, Burkina Faso and Niger left ECOWAS"); a symmetric kind is one relation per pair, or one for a whole list
    whose every pair holds it ("Russia, China and Iran are strategic partners"). With ``kind_types``, a kind is proposed
    only between the types of actor the corpus relates by it (no sanctions by a person, no alliance of two NGOs)."""
    by_keys = {r.candidate.keys: r for r in readings}
    pairs: list[tuple[str, PairReading, float]] = []
    for reading in readings:
        a, b = reading.candidate.keys
        if frozenset((a, b)) in covered:
            continue
        for kind, probability in reading.probabilities.items():
            if kind == NONE or (kind_types is not None and pair_type(reading.candidate) not in kind_types.get(kind, ())):
                continue
            if kind in symmetric:
                if a > b:
                    continue  # each unordered pair once, at the mean of its two readings
                probability = (probability + by_keys[(b, a)].probabilities[kind]) / 2 if (b, a) in by_keys else probability
            if probability >= threshold:
                pairs.append((kind, reading, probability))
    proposals: list[Proposal] = []
    directed: dict[tuple[str, str, str], list[tuple[PairReading, float]]] = {}
    undirected: dict[tuple[str, str], list[tuple[PairReading, float]]] = {}
    for kind, reading, probability in pairs:
        if kind in symmetric:
            undirected.setdefault((kind, reading.polarity), []).append((reading, probability))
        else:
            directed.setdefault((kind, reading.candidate.keys[1], reading.polarity), []).append((reading, probability))
    for (kind, _, polarity), group in directed.items():
        by_subject = {id(r.candidate.first): (r, p) for r, p in group}
        for subjects in _lists([r.candidate.first for r, _ in group], group[0][0].candidate.sent.doc):
            chosen = [by_subject[id(m)] for m in subjects]
            first = chosen[0][0]
            proposals.append(Proposal(kind, subjects, first.candidate.second, min(p for _, p in chosen), polarity, first.anchor))
    for (kind, polarity), group in undirected.items():
        linked = {frozenset(r.candidate.keys): (r, p) for r, p in group}
        mentions = {key: mention for r, _ in group for key, mention in zip(r.candidate.keys, (r.candidate.first, r.candidate.second))}
        for members in _lists(list(mentions.values()), group[0][0].candidate.sent.doc):
            keys = [actor_key(m.actor) for m in members]
            inner = [frozenset((x, y)) for n, x in enumerate(keys) for y in keys[n + 1:]]
            if len(keys) >= 3 and all(pair in linked for pair in inner):
                chosen = [linked[pair] for pair in inner]
                proposals.append(Proposal(kind, members, None, min(p for _, p in chosen), polarity, chosen[0][0].anchor))
                for pair in inner:
                    del linked[pair]
        for reading, probability in linked.values():
            proposals.append(Proposal(kind, [reading.candidate.first, reading.candidate.second], None, probability, polarity, reading.anchor))
    return proposals


_LIST_WORDS = {",", "and", "or", "the", "as", "well", "both"}


def _lists(mentions: list[ActorMention], doc: Doc) -> list[list[ActorMention]]:
    """The mentions in groups of those listed together: conjuncts in the parse, or nothing but commas, "and", "or"
    and other actors' names between them (the small parser often breaks a long list)."""
    named = {i for mention in doc._.actors or [] for i in range(mention.start, mention.end)}
    groups: list[list[ActorMention]] = []
    for mention in sorted(mentions, key=lambda m: m.head):
        if groups:
            last = groups[-1][-1]
            words = [doc[i] for i in range(last.end, mention.start) if i not in named]
            if doc[mention.head] in doc[last.head].conjuncts or (words and all(w.lower_ in _LIST_WORDS for w in words)):
                groups[-1].append(mention)
                continue
        groups.append([mention])
    return groups
