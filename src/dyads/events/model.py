"""The learned event-type model: which PLOVER types a parsed sentence reports, with a probability each.

A one-vs-rest logistic regression over features read off the spaCy parse the pipeline has already
made, so it costs almost nothing beyond the parse: content-word lemmas and lemma bigrams, each verb
with its particle, object, prepositions and complement ("hand_over", "lift|curfew"), nouns with
their modifiers, and the words of negation and modality. Names and numbers are masked ("ENT",
"NUM") so the model learns the language of events rather than which countries the training
sentences happened to name. Every feature is anchored at a token, so the model can also say which
word carried a type (``trigger``): the token whose features add most to it.

The weights are trained by ``dyads train`` on the team-written corpus (``training/``) and ship
inside the package (``dyads/models/event_types/``).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..errors import Errors, ModelError
from ..learn import linear

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "event_types"
MASKED_ENTITIES = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})
# the dependents of a verb whose words say what kind of act it is
_OBJECTS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})


def masked_word(token: Token) -> str:
    """A word as the learned models see it: its lemma, or "ENT" for a name and "NUM" for a number."""
    if token.ent_type_ in MASKED_ENTITIES or token.pos_ == "PROPN":
        return "ENT"
    if token.like_num or token.ent_type_ in {"CARDINAL", "MONEY", "QUANTITY", "PERCENT"}:
        return "NUM"
    return token.lemma_.lower()


def sentence_features(sent: Span) -> list[tuple[str, int]]:
    """The sentence's features, each with the index of the token it is anchored at."""
    features: list[tuple[str, int]] = []
    previous = "<s>"
    for token in sent:
        if token.is_punct or token.is_space:
            continue
        word = masked_word(token)
        features.append((f"b={previous}_{word}", token.i))
        previous = word
        if word in {"ENT", "NUM"}:
            continue
        features.append((f"w={word}", token.i))
        if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ == "ROOT"):
            features.extend((feature, token.i) for feature in _verb_features(token, word))
        elif token.pos_ == "NOUN":
            features.append((f"n={word}", token.i))
            for modifier in token.children:
                if modifier.dep_ in {"amod", "compound", "nmod"}:
                    features.append((f"nm={masked_word(modifier)}|{word}", token.i))
                elif modifier.dep_ == "prep":
                    obj = next((c for c in modifier.children if c.dep_ == "pobj"), None)
                    features.append((f"np={word}_{modifier.lower_}" + (f"|{masked_word(obj)}" if obj is not None else ""), token.i))
    return features


def _verb_features(verb: Token, lemma: str) -> list[str]:
    features = [f"v={lemma}"]
    for dependent in verb.children:
        dep = dependent.dep_
        if dep in _OBJECTS:
            features.append(f"vo={lemma}|{masked_word(dependent)}")
        elif dep == "prt":
            features.append(f"vp={lemma}_{dependent.lower_}")
        elif dep in {"prep", "agent", "dative"}:
            features.append(f"vp={lemma}_{dependent.lower_}")
            obj = next((c for c in dependent.children if c.dep_ == "pobj"), None)
            if obj is not None:
                features.append(f"vpo={lemma}_{dependent.lower_}|{masked_word(obj)}")
        elif dep in {"xcomp", "ccomp"}:
            features.append(f"vx={lemma}|{dependent.lemma_.lower()}")
        elif dep == "neg":
            features.append(f"vneg={lemma}")
        elif dep == "aux" and dependent.tag_ == "MD":
            features.append(f"vmd={dependent.lemma_.lower()}")
        elif dep == "auxpass":
            features.append(f"vpass={lemma}")
    return features


class SentenceReading:
    """The model's reading of one sentence: a probability per type, and which word carried a type."""

    def __init__(self, model: EventTypeModel, sent: Span):
        self.model = model
        self.sent = sent
        self.rows, self.anchors = model.rows(sentence_features(sent))
        self.probabilities = {event: float(p) for event, p in zip(model.types, model.probabilities_of_rows(self.rows))}

    def likely(self, threshold: float) -> list[tuple[str, float]]:
        """The types at or above ``threshold``, most probable first."""
        return sorted(((e, p) for e, p in self.probabilities.items() if p >= threshold), key=lambda item: -item[1])

    def trigger(self, event: str) -> Token | None:
        """The verb or noun whose features add most to ``event``, if any adds to it at all; a word that
        names an actor ("the government", "the city") is who acts or is acted upon, never the act."""
        column = self.model.types.index(event)
        doc = self.sent.doc
        actor_words = {i for mention in doc._.actors or [] for i in range(mention.start, mention.end)}
        by_token: dict[int, float] = {}
        for row, anchor in zip(self.rows.tolist(), self.anchors.tolist()):
            if doc[anchor].pos_ in {"VERB", "NOUN"} and anchor not in actor_words:
                by_token[anchor] = by_token.get(anchor, 0.0) + float(self.model.weights[row, column])
        if not by_token:
            return None
        best = max(by_token, key=by_token.__getitem__)
        return doc[best] if by_token[best] > 0 else None


class EventTypeModel:
    """Weights of the trained model: a feature vocabulary, a weight row per feature, a bias per type."""

    def __init__(self, types: list[str], features: list[str], weights: np.ndarray, bias: np.ndarray, meta: dict):
        if weights.shape != (len(features), len(types)) or bias.shape != (len(types),):
            problem = f"weights {weights.shape} do not fit {len(features)} features x {len(types)} types"
            raise ModelError(Errors.E901.format(path="(in memory)", problem=problem))
        self.types = types
        self.feature_index = {feature: row for row, feature in enumerate(features)}
        self.weights = weights
        self.bias = bias
        self.meta = meta

    def rows(self, features: list[tuple[str, int]]) -> tuple[np.ndarray, np.ndarray]:
        """The weight rows of the features the model knows, and the tokens they are anchored at."""
        known = [(self.feature_index[f], anchor) for f, anchor in features if f in self.feature_index]
        return np.array([row for row, _ in known], dtype=np.int64), np.array([anchor for _, anchor in known], dtype=np.int64)

    def probabilities_of_rows(self, rows: np.ndarray) -> np.ndarray:
        """Each type's probability given the weight rows of a sentence's features; a feature counts once, as in training."""
        logits = self.weights[np.unique(rows)].sum(axis=0) + self.bias
        return 1.0 / (1.0 + np.exp(-logits))

    def probabilities(self, features: list[tuple[str, int]]) -> np.ndarray:
        return self.probabilities_of_rows(self.rows(features)[0])

    def save(self, folder: Path) -> None:
        features = sorted(self.feature_index, key=self.feature_index.__getitem__)
        linear.save(folder, features, {"weights": self.weights, "bias": self.bias}, {**self.meta, "types": self.types})


def read_model(folder: Path) -> EventTypeModel:
    """The model saved in ``folder`` (``weights.npz``, ``features.json``, ``meta.json``)."""
    try:
        features, arrays, meta = linear.read(folder)
        weights, bias = arrays["weights"], arrays["bias"]
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(Errors.E901.format(path=folder, problem=exc)) from exc
    return EventTypeModel(list(meta.pop("types")), features, weights, bias, meta)


@lru_cache(maxsize=2)
def load_model(folder: str | None = None) -> EventTypeModel:
    """The shipped model (or one saved in ``folder``), read once."""
    return read_model(Path(folder) if folder else MODEL_DIR)


class SentenceReadings:
    """The model's readings of one Doc's sentences, each made when first asked for: the event coder asks
    only for sentences that can name an actor, and most sentences of an article name none."""

    def __init__(self, model: EventTypeModel):
        self.model = model
        self._by_start: dict[int, SentenceReading] = {}

    def of(self, sent: Span) -> SentenceReading:
        reading = self._by_start.get(sent.start)
        if reading is None:
            reading = self._by_start[sent.start] = SentenceReading(self.model, sent)
        return reading


class EventTypeReader:
    """The ``dyads_event_types`` component: the model's readings of the sentences, in ``doc._.event_types``."""

    def __init__(self, model: EventTypeModel):
        self.model = model

    def __call__(self, doc: Doc) -> Doc:
        doc._.event_types = None if doc._.dyads_error else SentenceReadings(self.model)
        return doc


@Language.factory(
    "dyads_event_types",
    default_config={"model_dir": None},
    requires=["token.dep", "token.pos", "token.lemma", "token.ent_type", "doc.sents"],
    assigns=["doc._.event_types"],
)
def make_event_type_reader(nlp: Language, name: str, model_dir: str | None) -> EventTypeReader:
    """The component; ``model_dir`` None reads the model shipped with dyads."""
    return EventTypeReader(load_model(model_dir))
