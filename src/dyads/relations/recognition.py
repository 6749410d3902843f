"""Readers of ``recognizes`` and ``recognizes_territory``: states or breakaway entities recognised, each one
its own relation, a territory recognised as part of a state, and a claim recognised or backed; and ties switched
from one state to another, which the guide settles as diplomatic relations ended and begun.
"""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ..records import Actor
from .kinds import RelationKinds
from .polarity import modifier_phrase, refuses, short_of
from .sentence import (
    COUNTRY_NOUNS,
    PRONOUNS,
    RELATIVE,
    STATELESS,
    Reading,
    Sentence,
    actor_key,
    among_verb,
    child_of,
    conjuncts,
    governing_verb,
    lemma_of,
    pobj_of,
    possessor_actors,
    proper_phrase,
    subject_of,
    whose,
)

BACKING = {"recognition", "backing", "support", "endorsement", "acceptance"}  # the nouns; the verbs are kinds.yml's


def claim_of(act: Token, kinds: RelationKinds) -> Token | None:
    """The claim an act of recognition or backing is of: "recognition of Moroccan sovereignty", "backing for", "backed
    Moroccan sovereignty" (``claim_taken_up``)."""
    claim = claim_taken_up(act) if act.pos_ == "VERB" else (pobj_of(act, "of") or pobj_of(act, "for"))
    return claim if claim is not None and claim.lemma_.lower() in kinds.kinds["recognizes_territory"].objects else None


def claim_taken_up(verb: Token) -> Token | None:
    """What a verb of recognising or backing takes: its object; for "which", the noun the clause hangs on, or the claim
    that noun is of where the parse hung the clause on the territory ("Argentina's claim to the Falklands, which Venezuela
    supports"); the object of the verb it is joined to, where it has none ("whose sovereignty over Western Sahara the
    United States recognised in 2020 and France endorsed in 2024")."""
    taken = child_of(verb, "dobj")
    if taken is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB" and child_of(verb, "nsubj") is not None:
        taken = child_of(verb.head, "dobj")
    if taken is None or taken.lower_ not in RELATIVE or verb.dep_ != "relcl":
        return taken
    noun = verb.head
    return noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in {"to", "over"} else noun


def claimant_of(sentence: Sentence, claim: Token, recognisers: list[Actor]) -> list[Actor]:
    """Whose a claim is: the state named on it ("Moroccan sovereignty", "Russia's annexation"), the state "whose" stands
    for ("Morocco, whose sovereignty over Western Sahara the United States recognised"), or the state "its" stands for,
    the subject of the nearest clause above that is not a recogniser's ("Morocco is pressing Britain to follow
    Washington in recognising its sovereignty", "The Moroccan government, backed by France's recognition of its
    sovereignty")."""
    named = [a for c in claim.children if c.dep_ in {"amod", "poss", "compound"} for a in sentence.actors_of(c) if a.code not in STATELESS]
    owner = child_of(claim, "poss")
    if named or owner is None:
        return named
    if owner.lower_ == "whose":
        return [a for a in whose(sentence, claim) if a.code not in STATELESS]
    if owner.lower_ not in PRONOUNS:
        return []
    verb = governing_verb(claim)
    while verb is not None:
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            found = [a for a in subject_of(sentence, verb) if a.code not in STATELESS and all(actor_key(a) != actor_key(r) for r in recognisers)]
            if found:
                return found[:1]
        verb = governing_verb(verb) if verb.head.i != verb.i else None
    return []


def claim_backed(sentence: Sentence, act: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A state's claim to a territory recognised or backed by another, as a noun or a verb: "Israel's recognition of
    Moroccan sovereignty over Western Sahara", "the US recognition of Israeli sovereignty over the Golan Heights",
    "France backed Moroccan sovereignty over Western Sahara", "have accepted Moscow's annexation of the peninsula"; a
    claim refused is denied ("Algeria rejects Moroccan sovereignty over Western Sahara"). A recognition named as a noun
    is a fact of the sentence, whatever its verb goes on to say ("has not been reversed")."""
    refused = act.pos_ == "VERB" and refuses(act, kinds)
    backing = kinds.kinds["recognizes_territory"].verbs if act.pos_ == "VERB" else BACKING
    claim = claim_of(act, kinds) if act.lemma_.lower() in backing or refused else None
    if claim is None:
        return
    over = pobj_of(claim, "over") or pobj_of(claim, "to") or pobj_of(claim, "of")  # "the annexation of Crimea"
    if act.pos_ == "VERB":
        backers, extra = subject_of(sentence, act), {"polarity": "denied"} if refused else {}
    else:
        backers = possessor_actors(sentence, child_of(act, "poss")) or [
            a for c in act.children if c.dep_ in {"compound", "amod", "nmod"} for a in sentence.actors_of(c)]
        extra = {"polarity": "ended" if any(modifier_phrase(c) in kinds.ended_modifiers for c in act.children) else "holds"}
    claimant = claimant_of(sentence, claim, backers)
    backers = [b for b in backers if claimant and actor_key(b) != actor_key(claimant[0])]
    for territory in territories_of(sentence, over, kinds) if claimant and over is not None and backers else []:
        yield ("recognizes_territory", backers, claimant[0], None, f"relations:claim-backed({act.lemma_.lower()})", act,
               {**extra, "territory": territory})


_APART = {"conj", "cc", "appos", "punct", "relcl", "acl", "prep"}


def territory_asserted(sentence: Sentence, word: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """A territory a state says or considers to belong to another, as the one who says it recognises: "Macron told the
    king that the present and future of Western Sahara fall within the framework of Moroccan sovereignty" (a claim "within"
    or "under" which the territory falls), "the ministry said that Taiwan is an inseparable part of Chinese territory"
    (a copula's part); not the claimant's own word ("Beijing said Taiwan is part of China")."""
    if word.lemma_.lower() in kinds.kinds["recognizes_territory"].objects:
        within = word.head.head if word.head.lower_ == "of" and word.head.head.dep_ == "pobj" else word  # "the framework of"
        if within.dep_ != "pobj" or within.head.lower_ not in {"within", "under"}:
            return
        clause, claimant = within.head.head, claimant_of(sentence, word, [])
        place = next((t for t in clause.subtree if t.i < within.head.i and t.pos_ == "PROPN" and _name_head(sentence, t)), None)
    elif word.lemma_.lower() in kinds.territory_nouns and word.dep_ == "attr" and word.head.lemma_.lower() == "be":
        clause, claimant = word.head, whole_state(sentence, word, [], kinds)
        place = child_of(clause, "nsubj")
    else:
        return
    asserting = next((t for t in _heads(clause) if lemma_of(t, kinds) in kinds.speech_verbs | kinds.regard_verbs), None)
    sayers = subject_of(sentence, asserting) if asserting is not None and claimant else []
    sayers = [a for a in sayers if actor_key(a) != actor_key(claimant[0])]
    if place is None or place.pos_ != "PROPN" or not sayers:
        return
    polarity = "denied" if any(c.dep_ == "neg" for c in clause.children) else "holds"
    for territory in territories_of(sentence, place, kinds):
        yield ("recognizes_territory", sayers, claimant[0], None, f"relations:territory-asserted({asserting.lemma_.lower()})", word,  # type: ignore[union-attr]
               {"territory": territory, "polarity": polarity})


def _heads(token: Token, most: int = 6) -> list[Token]:
    """The words above a word, nearest first, up to the root."""
    found: list[Token] = []
    while token.head.i != token.i and len(found) < most:
        token = token.head
        found.append(token)
    return found


def _name_head(sentence: Sentence, token: Token) -> bool:
    """Whether a word is the last of an actor's name ("Sahara" of "Western Sahara")."""
    actor = sentence.actor_at(token)
    return actor is not None and actor.code not in STATELESS and (token.head.i == token.i or sentence.actor_at(token.head) is not actor)


def territories_of(sentence: Sentence, place: Token, kinds: RelationKinds) -> list[str]:
    """The territories a phrase names, one each (the guide's one relation a territory): "Ceuta and Melilla" (two), "Abu
    Musa and the Greater and Lesser Tunbs" (three), "the Ukrainian regions of Donetsk, Luhansk, Zaporizhzhia and Kherson"
    (four: the places a plural word for territories is "of"), "Crimea"; but "Jammu and Kashmir" is one."""
    listed = pobj_of(place, "of")
    if listed is not None and place.tag_ in {"NNS", "NNPS"} and place.lemma_.lower() in kinds.breakaway_heads | kinds.territory_nouns:
        place = listed
    names: list[str] = []
    # (the names joined after it, not those joined among its modifiers: "the Donetsk, Luhansk and Kherson regions")
    joined = {place.i, *(t.i for t in place.subtree if t.dep_ == "conj")}
    for item in [place, *(c for c in place.subtree if c.dep_ == "conj" and c.i > place.i and c.head.i in joined)]:
        own = [t for t in item.subtree if not any(a.dep_ in _APART and a.head.i == item.i and t in a.subtree for a in item.children)]
        words = [t for t in own if t.dep_ != "det" and (not t.is_punct or t.text in {"-", "–"})]
        shared = [a for a in item.children if a.dep_ in {"amod", "compound", "nmod"} and any(c.dep_ == "conj" for c in a.children)]
        if shared and item.pos_ == "PROPN" and item.lower_.endswith("s"):  # "the Greater and Lesser Tunbs": each modifier one
            for modifier in [shared[0], *(c for c in shared[0].children if c.dep_ == "conj")]:
                names.append(f"{modifier.text} {item.text}")
        elif words:
            names.append(item.doc[words[0].i : words[-1].i + 1].text)
    joint = " and ".join(names)
    if len(names) == 2 and (joint.lower() in kinds.joint_territories or sentence.named(joint)):
        return [joint]  # "Jammu and Kashmir": one territory of two names
    return names or [place.text]


def recognition_in_words(sentence: Sentence, word: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """"Armenia recognises Nagorno-Karabakh as part of Azerbaijan" where the parse took "recognises" for a noun: read
    the words in order, the state just before the verb (past "does not"), the territory, "as part of", the state."""
    doc, start, end = word.doc, sentence.sent.start, sentence.sent.end
    before = word.i - 1
    while before > start and doc[before].pos_ in {"AUX", "PART", "ADV"}:
        before -= 1
    subject = sentence.actor_at(doc[before]) if before >= start else None
    words = [t for t in doc[word.i + 1:end]]
    cut = next((n for n, t in enumerate(words) if t.is_punct and t.text not in {"-", "–"}), len(words))
    words = words[:cut]  # the clause's own words
    lowered = [t.lower_ for t in words]
    if subject is None or "as" not in lowered:
        return
    at = lowered.index("as")
    rest = [t for t in words[at + 1:] if t.lower_ not in {"a", "an", "the", "integral", "inseparable"}]
    if len(rest) < 3 or rest[0].lemma_.lower() not in kinds.territory_nouns or rest[1].lower_ != "of":
        return
    state = sentence.actor_at(rest[2])
    territory = " ".join(t.text for t in words[:at]).replace(" - ", "-")
    if state is None or state.code in STATELESS or not territory:
        return
    denied = any(t.lower_ in {"not", "n't", "never"} for t in doc[before + 1:word.i])
    yield ("recognizes_territory", [subject], state, None, "relations:recognises-as-part(words)", word,
           {"territory": territory, "polarity": "denied" if denied else "holds"})


def followed_suit(sentence: Sentence, readings: list[Reading], kinds: RelationKinds) -> Iterable[Reading]:
    """The states that do as the recognisers before them did, each recognition again with them as its subjects: "Britain,
    Canada and Australia recognised the State of Palestine, days before France and others followed suit", "... where
    France and Belgium are expected to follow suit" (hypothetical), "and France was due to follow on Monday", "..., with
    Slovenia following weeks later"."""
    recognised = [r for r in readings if r[0] == "recognizes"]
    for verb in (t for t in sentence.sent if t.pos_ == "VERB" and lemma_of(t, kinds) in kinds.following_verbs) if recognised else ():
        copied = child_of(verb, "dobj")
        if copied is not None and copied.lemma_.lower() not in kinds.copying_objects:
            continue  # "followed the talks", "joined NATO": no recognition followed
        followers = [a for a in subject_of(sentence, verb) or _with_before(sentence, verb) if a.code not in STATELESS]
        done: set[str] = set()
        for _, subjects, entity, _, _, anchor, _ in recognised:
            if entity is None or anchor.i > verb.i or actor_key(entity) in done or any(actor_key(f) == actor_key(s) for f in followers for s in subjects):
                continue
            done.add(actor_key(entity))
            yield "recognizes", followers, entity, None, f"relations:followed-suit({verb.lemma_.lower()})", verb, {}
    yield from _elided_again(sentence, [r for r in readings if r[0] in {"recognizes", "recognizes_territory"}])


_ELIDING = {"have", "do", "be"}  # the verbs that stand for one left out: "and nor have Russia and China"
_AGAIN = {"nor", "neither", "so", "as"}  # the words that say it is done (or not) again


def _elided_again(sentence: Sentence, readings: list[Reading]) -> Iterable[Reading]:
    """A recognition said again of others with its verb left out, as it holds or is denied for the first: "Serbia does
    not recognise Kosovo, and neither does Russia", "..., nor has Greece", "Ghana recognises the SADR, as does Nigeria",
    "..., and so did Uganda"."""
    for relation, subjects, entity, value, why, anchor, extra in readings:
        for again in (c for c in anchor.children if c.dep_ in {"conj", "advcl"} and c.lemma_.lower() in _ELIDING and c.pos_ in {"VERB", "AUX"}):
            said = any(w.lower_ in _AGAIN for w in again.children if w.dep_ in {"preconj", "advmod", "mark", "cc"}) or any(
                w.lower_ in _AGAIN for w in anchor.children if w.dep_ == "cc" and anchor.i < w.i < again.i)
            if not said or any(c.dep_ in {"dobj", "nsubj"} and c.lemma_.lower() not in _ELIDING and not sentence.actors_of(c) for c in again.children):
                continue  # "and has blocked its membership": a verb of its own
            others = [a for c in again.children if c.dep_ in {"nsubj", "dobj"} for a in sentence.actors_of(c) if a.code not in STATELESS]
            others = [a for a in others if all(actor_key(a) != actor_key(s) for s in subjects) and (entity is None or actor_key(a) != actor_key(entity))]
            if others:
                yield relation, others, entity, value, f"{why}(again)", anchor, extra


def _with_before(sentence: Sentence, verb: Token) -> list[Actor]:
    """Who a participle says does it in a "with" phrase, where the parse made the name the object of "with" and the
    participle no verb of it: "..., with France following a day later"."""
    before = verb.doc[verb.i - 1] if verb.i > sentence.sent.start else None
    if before is None or before.dep_ != "pobj" or before.head.lower_ != "with" or verb.tag_ != "VBG":
        return []
    return sentence.actors_of(before)


def recognised_which(sentence: Sentence, word: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """"Abkhazia, which only Russia and Nicaragua recognise", where the parse takes the recognisers for a modifier of the
    verb (or the verb for a noun) and hangs the clause on the noun before the name ("the leader of Northern Cyprus,
    which only Turkey recognises"): the recognised is the name just before the comma."""
    relative = next((c for c in word.children if c.dep_ in {"dobj", "nsubj"} and c.lower_ in RELATIVE), None)
    if word.dep_ != "relcl" or relative is None or any(c.dep_ in {"dobj", "nsubj"} and c.i != relative.i for c in word.children):
        return
    recognisers = [a for c in word.children if c.dep_ in {"compound", "nmod"} for a in sentence.actors_of(c) if a.code not in STATELESS]
    before = word.doc[relative.i - 1]
    antecedent = word.doc[relative.i - 2] if before.text == "," and relative.i - 2 >= sentence.sent.start else word.head
    while antecedent.dep_ == "conj":
        antecedent = antecedent.head
    for entity in recognised_sides(sentence, antecedent, kinds) if recognisers else []:
        yield "recognizes", recognisers, entity, None, "relations:recognised-which", word, {}


def recognised_in_passive(verb: Token) -> Token | None:
    """What a verb in the passive recognises: its subject, or that of the clause it is joined to ("The SADR is a member of
    the AU but is recognised by neither France nor the United States"), the noun a relative clause hangs on ("Taiwan,
    which is recognised by only 12 states"), or the noun a participle hangs on ("Kosovo, recognised by more than 100
    states but not by Russia")."""
    subject = child_of(verb, "nsubjpass") or (child_of(verb.head, "nsubj") if verb.dep_ == "conj" and child_of(verb, "auxpass") is not None else None)
    if subject is not None and subject.lower_ in RELATIVE and verb.dep_ == "relcl":
        return verb.head
    if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head
    return subject


def recognisers_by(sentence: Sentence, agent: Token | None) -> list[Actor]:
    """Who a "by" phrase names as recognising: the states it names, or those it lists after a count of states "including"
    them ("recognised by only 12 states, including Paraguay and Eswatini")."""
    named = sentence.actors_of(agent)
    if agent is not None and agent.lemma_.lower() in COUNTRY_NOUNS:
        named = [a for a in named if a.code not in STATELESS]  # states, not the organisation they are members of ("by no UN member state")
    listing = child_of(agent, "prep", "including") if agent is not None and not named else None
    return [a for a in sentence.actors_of(child_of(listing, "pobj")) if a.code not in STATELESS] if listing is not None else named


def infinitive_holders(sentence: Sentence, verb: Token) -> list[Actor]:
    """Who an infinitive on a word for states does what it says: the states the word is said of, as the object of a verb
    ("leaving Russia and Syria as the only UN members to recognise Abkhazia", not Vanuatu, the subject who left them so)
    or the subject of a copula ("Nicaragua and Syria were the only states to recognise ...")."""
    noun = verb.head
    if verb.dep_ not in {"acl", "relcl"} or child_of(verb, "aux", "to") is None or noun.lemma_.lower() not in COUNTRY_NOUNS:
        return []
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ == "VERB":
        said_of = child_of(noun.head.head, "dobj")
    elif noun.dep_ == "attr" and noun.head.lemma_.lower() in {"be", "remain", "become"}:
        said_of = child_of(noun.head, "nsubj")
    else:
        return []
    return [a for a in sentence.actors_of(said_of) if a.code not in STATELESS]


def recognition_withheld(sentence: Sentence, noun: Token, kinds: RelationKinds) -> Iterable[Reading]:
    """Recognition a state stops short of, which it denies: "stopped short of recognition of Kosovo", and without an "of",
    of the entity the sentence has others recognise ("Russia recognised the Taliban government, while China stopped short
    of formal recognition") or else the one state it names besides the withholders ("China, Pakistan and Iran have
    deepened their engagement with Afghanistan's rulers but stopped short of formal recognition")."""
    verb = short_of(noun, kinds)
    withholders = [a for a in subject_of(sentence, verb) if a.code not in STATELESS] if verb is not None else []
    if not withholders:
        return
    of = pobj_of(noun, "of")
    recognised = recognised_sides(sentence, of, kinds) if of is not None else recognised_elsewhere(sentence, noun, withholders, kinds)
    for entity in recognised:
        if all(actor_key(entity) != actor_key(w) for w in withholders):
            yield "recognizes", withholders, entity, None, "relations:short-of-recognition", noun, {"polarity": "denied"}


def recognised_elsewhere(sentence: Sentence, noun: Token, besides: list[Actor], kinds: RelationKinds) -> list[Actor]:
    """What a recognition without an "of" is of: what a verb of recognition recognises elsewhere in the sentence, or else
    the one state the sentence names besides those who recognise or not, as no clause's subject (none where it names more)."""
    verbs = kinds.kinds["recognizes"].verbs
    for verb in (t for t in sentence.sent if t.i != noun.i and t.pos_ == "VERB" and t.lemma_.lower() in verbs):
        recognised = child_of(verb, "dobj")
        if recognised is not None:
            return recognised_sides(sentence, recognised, kinds)
    doc = sentence.sent.doc  # (not a clause's subject, which does something else: "Argentina missed its target while ...")
    others = {a.code: a for i, ms in sentence.by_token.items() if doc[i].dep_ not in {"nsubj", "nsubjpass"} for m in ms for a in [m.actor]
              if a.code not in STATELESS and all(a.code != b.code for b in besides)}
    return list(others.values()) if len(others) == 1 else []


def members_named(sentence: Sentence, recognisers: list[Actor], subject: Token | None = None) -> list[Actor]:
    """The recognisers less an organisation named only as what its member states or governments are, which recognises
    nothing itself: "Five European Union members - Spain, Greece, ... - have refused to recognise Kosovo" (the states),
    "Several EU states, including Spain and Greece, do not recognise Kosovo" (the states listed), "Several EU governments
    refused to recognise ..." (no one named)."""
    doc = sentence.sent.doc
    state_words = COUNTRY_NOUNS | sentence.governments
    as_members = [a for a in recognisers if a.code in STATELESS and any(
        m.actor is a and (doc[m.head].lower_ in state_words or doc[m.head].lemma_.lower() in state_words) for ms in sentence.by_token.values() for m in ms)]
    kept = [a for a in recognisers if all(a is not b for b in as_members)]
    if kept or not as_members:
        return kept
    listing = child_of(subject, "prep", "including") if subject is not None else None
    return [a for a in sentence.actors_of(child_of(listing, "pobj")) if a.code not in STATELESS] if listing is not None else []


def along_with(sentence: Sentence, verb: Token, kinds: RelationKinds) -> list[Actor]:
    """The states a clause names as doing the same "along with" or "together with" its subject: "Spain recognised
    Palestine together with Ireland and Norway", "A and B are among the few states that recognise Taiwan, along with C
    and the Pacific island of Nauru" (the phrase on the clause the relative one hangs from; a state named by what it is,
    "of" its name); and those it joins in doing it ("Portugal recognised Palestine on Sunday, joining Spain and Ireland")."""
    clauses = [verb]
    antecedent = verb.head if verb.dep_ == "relcl" else None
    if antecedent is not None and antecedent.dep_ == "attr":
        clauses.append(antecedent.head)
    elif antecedent is not None and (among := among_verb(antecedent)) is not None:
        clauses.append(among)
    found: list[Actor] = []
    for clause in clauses:
        for prep in (c for c in clause.children if c.dep_ == "prep"):
            # "together with" ("together" on "with"), or "along with" ("with" on "along")
            together = prep.lower_ == "with" and any(c.dep_ == "advmod" and c.lower_ in {"together", "along"} for c in prep.children)
            with_ = prep if together else child_of(prep, "prep", "with") if prep.lower_ == "along" else None
            listed = child_of(with_, "pobj") if with_ is not None else None
            places = [pobj_of(t, "of") for t in ([listed, *conjuncts(listed)] if listed is not None else [])
                      if t.lemma_.lower() in kinds.place_nouns and sentence.actor_at(t) is None]
            for named in [*sentence.actors_of(listed), *(a for p in places for a in [sentence.actor_at(p)] if a is not None)]:
                if named.code not in STATELESS and all(actor_key(named) != actor_key(a) for a in found):
                    found.append(named)
    # a participle of joining those who did it before: "Portugal recognised Palestine on Sunday, joining Spain and Ireland"
    joining = [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and lemma_of(c, kinds) in kinds.following_verbs]
    for joined in (a for c in joining for a in sentence.actors_of(child_of(c, "dobj")) if a.code not in STATELESS):
        if all(actor_key(joined) != actor_key(a) for a in found):
            found.append(joined)
    return found


def recognised_each(sentence: Sentence, verb: Token, subjects: list[Actor], recognised: Token,
                     kinds: RelationKinds) -> Iterable[Reading]:
    """Each state or breakaway entity a verb of recognition names, one relation each: "recognised Abkhazia and South
    Ossetia", "the breakaway regions of Abkhazia and South Ossetia", "the independence of A and B", "Kosovo's
    declaration of independence", "its independence"; the state a name names where the actors stage read it as a movement ("the Sahrawi
    Arab Democratic Republic": Western Sahara); "Somaliland, which Ethiopia recognised"."""
    if recognised.lower_ in RELATIVE and verb.dep_ == "relcl":
        recognised = verb.head
    if recognised.lower_ in PRONOUNS and recognised.dep_ == "poss":
        # "Kosovo opened an embassy in Jerusalem, weeks after ... Israel, which recognised its independence": the state
        # "its" stands for, the subject of the nearest clause above that is not the recogniser's
        for entity in claimant_of(sentence, recognised.head, subjects):
            yield "recognizes", subjects, entity, None, "relations:recognised-its", verb, {}
        return
    for entity in recognised_sides(sentence, recognised, kinds):
        yield "recognizes", subjects, entity, None, "relations/kinds.yml#recognizes", verb, {}


def recognised_sides(sentence: Sentence, recognised: Token, kinds: RelationKinds) -> list[Actor]:
    """The states or breakaway entities a phrase of recognition names (``recognised_each``)."""
    token = recognised
    for _ in range(3):  # "Kosovo's 2008 declaration of independence", "the independence of Abkhazia"
        named_by_place = breakaway_by_place(sentence, token, kinds)
        if named_by_place:
            return named_by_place
        if sentence.by_token.get(token.i) and token.pos_ == "PROPN":
            break
        of = pobj_of(token, "of")  # the entity "of" names, else the possessor ("Kosovo's declaration of independence")
        named = of is not None and (any(i in sentence.by_token for i in range(of.left_edge.i, of.right_edge.i + 1)) or breakaway_by_place(sentence, of, kinds))
        inner = of if named else child_of(token, "poss")
        if inner is None or token.lemma_.lower() not in kinds.kinds["recognizes"].objects:
            break
        token = inner
    names = [t for t in [token, *conjuncts(token)] if t.pos_ == "PROPN"] or [token]
    found: list[Actor] = []
    for name in names:
        # a common noun's own actor only, not others the parse hung below it ("an independent Palestinian state, President X said")
        for actor in [_entity(sentence, name)] if name.pos_ == "PROPN" else sentence.actors_of(name)[:1] if stands_for_state(sentence, name, kinds) else []:
            if actor is not None and all(actor_key(actor) != actor_key(a) for a in found):
                found.append(actor)
    named = sentence.actors_of(recognised)[:1] if stands_for_state(sentence, recognised, kinds) else []
    return found or named or the_breakaway(sentence, token, kinds)


def stands_for_state(sentence: Sentence, noun: Token, kinds: RelationKinds) -> bool:
    """Whether a common noun recognised may stand for a state or entity: a word for one, for its government or for its
    independence ("a Palestinian state", "Kosovo's independence", "the breakaway regions"), or one the actors stage read
    as a state's body ("the Taliban government", "the new Syrian authorities"); not a thing a demonym qualifies ("the
    Armenian genocide", "the Kurdish language"), which no state is."""
    if noun.pos_ != "NOUN":
        return True
    lemma = noun.lemma_.lower()
    if lemma in kinds.kinds["recognizes"].objects | kinds.state_nouns | kinds.breakaway_heads or noun.lower_ in COUNTRY_NOUNS:
        return True
    actor = sentence.actor_at(noun)
    return actor is not None and actor.sector is not None


def the_breakaway(sentence: Sentence, phrase: Token, kinds: RelationKinds) -> list[Actor]:
    """The breakaway entity "the breakaway region" (or "the territory", "the enclave") takes up: the one the sentence names
    ("Ethiopia signed a memorandum with Somaliland under which Addis Ababa would consider recognising the breakaway
    region"); none where it names none or more than one."""
    if phrase.lemma_.lower() not in kinds.breakaway_heads or child_of(phrase, "det", "the") is None:
        return []
    named = {actor_key(a): a for ms in sentence.by_token.values() for m in ms for a in [m.actor] if a.sector == "PRE"}
    return list(named.values()) if len(named) == 1 else []


def breakaway_by_place(sentence: Sentence, phrase: Token, kinds: RelationKinds) -> list[Actor]:
    """The breakaway entities a phrase names by their places before a word for what they are, one each: "the Donetsk and
    Luhansk republics", "the breakaway Donetsk and Luhansk regions", "the Donetsk and Luhansk separatist entities" (the
    Donetsk and the Luhansk People's Republics), where the actors stage read the places as places or not at all."""
    heads = [t for t in [phrase, *conjuncts(phrase)] if t.lemma_.lower() in kinds.breakaway_heads or t.lower_ in kinds.breakaway_heads]
    if not heads:
        return []
    found: list[Actor] = []
    for place in phrase.doc[phrase.left_edge.i : max(h.i for h in heads)]:
        if place.pos_ != "PROPN":
            continue
        for pattern in kinds.breakaway_names:
            entity = next(((code, own) for code, own, org in sentence.named(pattern.format(place.text)) if own and org is None), None)
            if entity is not None and all(a.name != entity[1] for a in found):
                found.append(Actor(place.text, entity[0], "PRE", entity[1], None))
                break
    return found


def _entity(sentence: Sentence, name: Token) -> Actor | None:
    """The state or breakaway entity a name names: a state where the name is one of its own ("Sahrawi Arab Democratic
    Republic", a movement's to the actors stage), the entity itself where it is a breakaway one (sector PRE), even where
    the actors stage read it within a longer phrase ("the breakaway regions of Abkhazia")."""
    phrase = proper_phrase(name)
    meanings = sentence.named(phrase) or sentence.named(name.text)
    state = next((code for code, own, org in meanings if own is None and org is None and code not in STATELESS), None)
    actor = sentence.actor_at(name)
    if state is not None and actor is not None and actor.sector in {"PRE", "REB"}:
        return Actor(phrase, state)
    breakaway = next((own for code, own, org in meanings if own and org is None and actor is not None and actor.code == code), None)
    if actor is not None and actor.sector == "PRE" and breakaway is not None:
        return Actor(phrase, actor.code, "PRE", breakaway, None)
    return actor


def whole_state(sentence: Sentence, part: Token | None, subject: list[Actor], kinds: RelationKinds) -> list[Actor]:
    """The state a predicate makes a territory part of: "part of Azerbaijan", "part of its territory", "Spain's
    sovereign territory", "Russian territory", "as Russian"."""
    if part is None:
        return []
    parts = kinds.territory_nouns
    if part.lemma_.lower() in parts:
        whole = pobj_of(part, "of")
        if whole is not None:
            return whole_state(sentence, whole, subject, kinds) if whole.lemma_.lower() in parts else sentence.actors_of(whole)
        owner = child_of(part, "poss")
        if owner is not None:
            return subject if owner.lower_ in PRONOUNS else sentence.actors_of(owner)
        return [a for c in part.children if c.dep_ in {"amod", "compound", "nmod"} for a in sentence.actors_of(c)]
    if part.pos_ in {"ADJ", "PROPN"} and not list(part.children):
        return [a for a in sentence.actors_of(part) if a.code not in STATELESS]  # "recognise Crimea as Russian"
    return sentence.actors_of(pobj_of(part, "of"))  # "Jerusalem as the capital of Israel"
