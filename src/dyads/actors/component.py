"""The ``dyads_actors`` component: find actor phrases, then set ``doc._.actors``.

An actor phrase is a noun phrase whose words the lexicons know: "Armenian Prime
Minister Nikol Pashinyan" (adjective -> ARM, role words -> GOV, a person's
name), "Turkish troops" (TUR MIL), "Moscow" said (a capital standing for the
government), "the CSTO" (IGO). Matches are grouped by the noun that heads them
in the dependency parse, so one phrase gives one actor.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import cast

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..datelines import dateline_place
from ..lexicons.language import Grammar, load_grammar
from ..parse.guard import failure_reason, start_clock
from ..parse.paragraphs import dateline_token
from ..records import Actor
from .imported import FoldedMatcher
from .lexicon import FORMER, ActorEntry, ActorLexicon, choose_entries, person_on
from .names import NameMatcher, PersonNameMatcher, SpellingMatcher, fold

# Modifier relations that keep a word inside the noun phrase of its head.
_INNER_DEPS = {"compound", "amod", "nmod", "flat", "nummod", "npadvmod"}
_NOMINAL = {"NOUN", "PROPN"}
# sectors of plain people, who may live outside the state their demonym names
_PEOPLE_SECTORS = {"CVL", "UNK", "REF", "LAB", "AGR", "EDU", "ETH"}
# sectors of the bodies of a state (not of its armed groups, which may be another state's proxies)
_INSTITUTION_SECTORS = {"GOV", "MIL", "COP", "SPY", "LEG", "JUD", "PTY"}
# sectors of the state's own offices: a rank or another office word in the text does not replace them
_STATE_SECTORS = {"GOV", "MIL", "COP", "SPY", "LEG", "JUD"}
# sectors of offices, which a "former" or "ousted" before them ends
_OFFICE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PTY", "ELI"}
# what joins two names into one word: "US-Saudi", "Ethiopia–Eritrea"
_HYPHENS = {"-", "\u2010", "\u2011", "\u2013"}


def _is_state(code: str) -> bool:
    return len(code) == 3 and code not in {"IGO", "NGO", "MNC", "IMG"}

@dataclass(frozen=True)
class ActorMention:
    """An actor phrase in a Doc: its tokens, the noun heading it, and what it codes to."""

    start: int
    end: int
    head: int
    actor: Actor
    why: str
    locative: bool = False
    person: bool = False
    # a role naming one office-holder, with no name ("the Ukrainian president"): "he" or "her" can stand
    # for it, as "it" can for the state it serves
    office: bool = False
    # a state for an actor with none, from the story: (code, how it was found), see ActorFinder._context
    context: tuple[str, str] | None = None
    # the phrase is only the name of a state or its capital ("in Kosovo", "in Cairo")
    place: bool = False

    @property
    def coded(self) -> bool:
        return bool(self.actor.code)


class ActorFinder:
    """Compiles the actor lexicons into matchers once; finds actors in each Doc."""

    def __init__(self, nlp: Language, lexicon: ActorLexicon, grammar: Grammar):
        self.lexicon = lexicon
        # kept apart from the lexicon: imported dictionaries may replace the lexicon, not the language
        self.grammar = grammar
        if lexicon.name_matcher is None or lexicon.spelling_matcher is None or lexicon.person_matcher is None:
            lexicon.compile()
        assert lexicon.name_matcher is not None and lexicon.spelling_matcher is not None and lexicon.person_matcher is not None
        self.names: NameMatcher = lexicon.name_matcher
        self.spelling: SpellingMatcher = lexicon.spelling_matcher
        self.person_names: PersonNameMatcher = lexicon.person_matcher
        self.roles = PhraseMatcher(nlp.vocab, attr="LOWER")
        tokenizer = cast(Tokenizer, nlp.tokenizer)
        words = list(lexicon.sector_words)
        for word, pattern in zip(words, tokenizer.pipe(words)):
            self.roles.add("S:" + word, [pattern])
        self.folded = FoldedMatcher(nlp, lexicon.folded) if lexicon.folded else None
        self.regions = PhraseMatcher(nlp.vocab, attr="LOWER")
        names = sorted(grammar.region_names)
        self.regions.add("REGION", list(tokenizer.pipe(names)))
        # names of states, their demonyms and organisations of several words, by their folded text: two of them
        # may share their last words in the text ("North and South Korean", "the Donetsk and Luhansk people's republics")
        self.shared_tail_names = {
            fold(phrase): phrase for phrase, entries in lexicon.phrases.items()
            if " " in phrase and any(e.kind in {"country", "adjective", "org"} for e in entries)
        }
        # states named by a half and the rest of a name: "North" -> [("Korea", "North Korea")]
        self.half_states: dict[str, list[tuple[str, str]]] = {}
        for phrase, entries in lexicon.phrases.items():
            half, _, rest = phrase.partition(" ")
            if half in grammar.half_state_words and rest and " " not in rest and any(e.kind == "country" for e in entries):
                self.half_states.setdefault(half, []).append((rest, phrase))

    def __call__(self, doc: Doc) -> Doc:
        start_clock(doc)
        try:
            mentions = self.find(doc)
        except Exception as exc:  # an odd parse fails this document only, not the batch
            doc._.dyads_error = failure_reason(doc, "actors", exc)
            mentions = []
        doc._.actors = mentions
        index: dict[int, list[ActorMention]] = {}
        for mention in mentions:
            index.setdefault(mention.head, []).append(mention)
        doc._.actor_index = index
        return doc

    def find(self, doc: Doc) -> list[ActorMention]:
        day = doc._.date_published
        named: list[tuple[Span, list[ActorEntry]]] = []
        folded = self.folded.find(doc, day) if self.folded else {}
        known = {(start, end): names for start, end, names in self.names(doc)}
        for span in filter_spans([doc[s:e] for s, e in known] + [doc[s:e] for s, e in folded]):
            entries = folded.get((span.start, span.end))
            if not entries:
                meanings = [e for name in known.get((span.start, span.end), []) for e in self.lexicon.phrases[name]]
                entries = choose_entries(list(dict.fromkeys(meanings)), day)
            if entries:
                named.append((span, entries))
        named = self._disambiguate([(span, entries) for span, entries in named if not self._inside_longer_name(span, entries, known)])
        named += self._misspelt(doc, named)
        named += self._spelt_otherwise(doc, named, day)
        named += self._sharing_last_words(doc, named, day)
        named += self._halves(doc, named, day)
        named = self._combined(doc, named)
        # a state's name inside a region's ("Latin America", "Central American") names no state (but a longer name
        # holding the region's is still a name: "the Community of Latin American and Caribbean States")
        regions = {i for _, start, end in self.regions(doc) for i in range(start, end)}
        named = [(span, entries) for span, entries in named if not all(i in regions for i in range(span.start, span.end))]
        taken = {i for span, _ in named for i in range(span.start, span.end)} | regions
        roles = [
            span for span in filter_spans([doc[s:e] for _, s, e in self.roles(doc)])
            if not any(i in taken for i in range(span.start, span.end))
        ]
        taken |= {i for span in roles for i in range(span.start, span.end)}
        persons = [ent for ent in doc.ents if ent.label_ == "PERSON" and not any(i in taken for i in range(ent.start, ent.end))]
        taken |= {i for ent in doc.ents for i in range(ent.start, ent.end)}
        # Surnames the NER missed may still name a person introduced earlier ("Pashinyan had also ...").
        # ... also where the parser took a family name named before for a common noun ("Pevensie left.")
        family = {ent[-1].text for ent in persons} | {span[-1].text for span, entries in named if any(e.kind == "person" for e in entries)}
        loose = [doc[t.i : t.i + 1] for t in doc if (t.pos_ == "PROPN" or (t.text in family and t.is_title)) and t.i not in taken]

        groups: dict[int, _Group] = {}
        for span, entries in named:
            head = self._group_head(span.root)
            groups.setdefault(head.i, _Group(head)).named.append((span, entries))
        for span in roles:
            head = self._group_head(span.root)
            groups.setdefault(head.i, _Group(head)).roles.append(span)
        for ent in persons:
            head = self._group_head(ent.root)
            groups.setdefault(head.i, _Group(head)).persons.append(ent)
        for span in loose:
            head = self._group_head(span.root)
            group = groups.get(head.i)
            if group is None:
                groups[head.i] = group = _Group(head)
                group.loose = True
            if group.loose:
                group.persons.append(span)
        self._attach(doc, groups)

        aliases: dict[str, Actor] = {}
        mentions: list[ActorMention] = []
        body = dateline_token(doc)  # "NAIROBI, Kenya (Reuters) - ": where the story was filed, no actor
        for head_i in sorted(groups):
            if head_i >= body:
                mentions.extend(m for m in self._resolve(doc, groups[head_i], aliases) if m.start >= body)
        return self._in_context(doc, mentions, body)

    @staticmethod
    def _inside_longer_name(span: Span, entries: list[ActorEntry], known: dict[tuple[int, int], list[str]]) -> bool:
        """Whether a known organisation's name is only part of a longer, unknown one: "National Liberation
        Front" in "Sandinista National Liberation Front", "Democratic Party" in "Democratic Party of Socialists"."""
        if not all(entry.kind == "org" for entry in entries):
            return False
        doc = span.doc
        starts = {start for start, _ in known}
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.pos_ == "PROPN" and before.is_title and before.i not in starts and span.start <= before.head.i < span.end:
            return True
        after = doc[span.end : span.end + 2]
        return len(after) == 2 and after[0].lower_ == "of" and after[1].pos_ == "PROPN" and after[1].is_title and after[1].i not in starts

    def _misspelt(self, doc: Doc, named: list[tuple[Span, list[ActorEntry]]]) -> list[tuple[Span, list[ActorEntry]]]:
        """State names and demonyms misspelt by one letter ("Ukranian", "Khazakhstan", "Phillipine")."""
        taken = {i for span, _ in named for i in range(span.start, span.end)}
        found = []
        for token in doc:
            if token.i in taken or len(token) < 6 or not token.is_alpha or not (token.is_title or token.is_upper):
                continue
            name = self.spelling.correct(token.text)
            if name is not None:
                entries = [e._replace(entry_id=e.entry_id + "~" + token.text) for e in self.lexicon.phrases[name]]
                found.append((doc[token.i : token.i + 1], entries))
        return found

    def _spelt_otherwise(
        self, doc: Doc, named: list[tuple[Span, list[ActorEntry]]], day: dt.date | None
    ) -> list[tuple[Span, list[ActorEntry]]]:
        """People the NER finds whose name is a known one spelt another way ("Mahmud Abbas")."""
        taken = {i for span, _ in named for i in range(span.start, span.end)}
        found = []
        for ent in doc.ents:
            if ent.label_ != "PERSON" or len(ent) < 2 or any(i in taken for i in range(ent.start, ent.end)):
                continue
            name = self.person_names.correct(ent.text)
            if name is not None:
                entries = choose_entries([e._replace(entry_id=e.entry_id + "~" + ent.text) for e in self.lexicon.phrases[name]], day)
                if entries:
                    found.append((ent, entries))
        return found

    def _sharing_last_words(
        self, doc: Doc, named: list[tuple[Span, list[ActorEntry]]], day: dt.date | None
    ) -> list[tuple[Span, list[ActorEntry]]]:
        """Two names written once with their shared last words: "North and South Korea", "the Donetsk and
        Luhansk people's republics" (in lower case and the plural). Both names must be known, so that
        "Sudan and South Sudan" or "Kenya and Uganda's parliaments" stay as they are."""
        taken = {i for span, _ in named for i in range(span.start, span.end)}
        found = []
        for cc in doc[1:-2]:
            left, right = doc[cc.i - 1], doc[cc.i + 1]
            if cc.pos_ != "CCONJ" or left.i in taken or not (left.is_title or left.is_upper) or not (right.is_title or right.is_upper):
                continue
            for end in range(min(len(doc), cc.i + 6), cc.i + 2, -1):
                tail = doc[cc.i + 2 : end]
                if any(t.is_punct and t.text != "'" for t in tail) or tail[-1].pos_ not in _NOMINAL | {"ADJ"}:
                    continue
                # the plural of a shared last word stands for one of each: "republics" -> "republic"
                last = tail[-1].lemma_ if tail[-1].tag_ in {"NNS", "NNPS"} else tail[-1].text
                words = "".join(t.text_with_ws for t in tail[:-1]) + last
                first_name = self.shared_tail_names.get(fold(f"{left.text} {words}"))
                second_name = self.shared_tail_names.get(fold(f"{right.text} {words}"))
                if first_name is None or second_name is None:
                    continue
                spans = [doc[left.i : left.i + 1]] + ([] if right.i in taken else [doc[right.i : end]])
                for span, name in zip(spans, (first_name, second_name)):
                    entries = choose_entries([e._replace(entry_id=e.entry_id + "~shared") for e in self.lexicon.phrases[name]], day)
                    if entries:
                        found.append((span, entries))
                break
        return found

    def _halves(self, doc: Doc, named: list[tuple[Span, list[ActorEntry]]], day: dt.date | None) -> list[tuple[Span, list[ActorEntry]]]:
        """"the North", "the South's minister": the one state of that half whose other word the sentence
        names ("the two Koreas", "the Korean peninsula", "North and South Korea")."""
        taken = {i for span, _ in named for i in range(span.start, span.end)}
        found = []
        for token in doc[1:]:
            halves = self.half_states.get(token.text)
            # a half standing alone, not a word of a longer name ("the North Atlantic", "South Sudan")
            if not halves or token.i in taken or doc[token.i - 1].lower_ != "the" or token.dep_ in _INNER_DEPS or token.dep_ == "conj":
                continue
            words = [t.text for t in token.sent if t.i != token.i and t.is_title]
            named_here = {phrase for rest, phrase in halves if any(word.startswith(rest) for word in words)}
            if len(named_here) == 1:
                entries = choose_entries([e._replace(entry_id=e.entry_id + "~half") for e in self.lexicon.phrases[named_here.pop()]], day)
                if entries:
                    found.append((doc[token.i : token.i + 1], entries))
        return found

    def _combined(self, doc: Doc, named: list[tuple[Span, list[ActorEntry]]]) -> list[tuple[Span, list[ActorEntry]]]:
        """A state's combining form joined to another state's name ("Sino-Russian", "Franco-German", "Indo-Pakistani")
        is that state, whatever else the word may name alone (Franco, the dictator): a combining form not joined to a
        state ("Indo-Pacific", "Anglo-Saxon") names none."""
        starts = {span.start: entries for span, entries in named}
        found: dict[int, tuple[Span, list[ActorEntry]]] = {}
        for token in doc[:-2]:
            code = self.lexicon.combining_forms.get(token.text)
            joined = starts.get(token.i + 2, [])
            if code and doc[token.i + 1].text in _HYPHENS and any(e.kind in {"country", "adjective"} and e.code != code for e in joined):
                entry = ActorEntry("adjective", code, None, None, None, f"actors/countries.csv#{code}~{token.text}-")
                found[token.i] = (doc[token.i : token.i + 1], [entry])
        if not found:
            return named
        return [item for item in named if not any(item[0].start <= i < item[0].end for i in found)] + list(found.values())

    @staticmethod
    def _disambiguate(named: list[tuple[Span, list[ActorEntry]]]) -> list[tuple[Span, list[ActorEntry]]]:
        """A name of bodies of several states ("BNP": Bangladesh's or Britain's party) means the one of
        a state the document names otherwise; with none or several such states, it is left out."""
        def states(entries: list[ActorEntry]) -> set[str]:
            return {e.code for e in entries if e.kind in {"org", "person"} and _is_state(e.code)}

        known = {e.code for _, entries in named if len(states(entries)) <= 1 for e in entries if _is_state(e.code)}
        kept = []
        for span, entries in named:
            codes = states(entries)
            if len(codes) > 1:
                fitting = codes & known
                if len(fitting) != 1:
                    continue
                entries = [e for e in entries if e.code in fitting or not (e.kind in {"org", "person"} and _is_state(e.code))]
            kept.append((span, entries))
        return kept

    def _in_context(self, doc: Doc, mentions: list[ActorMention], body: int) -> list[ActorMention]:
        """Give an actor with a sector and no state the story's state, with how it was found: a place
        the sentence names ("police in Lima"), the dateline ("LIMA -- Police ..."), else the state the
        document is mostly about. A people named after a state ("Serb protesters") living in another
        one that the sentence names ("in Kosovo") is that people (ETH) in that state."""
        places: dict[int, list[ActorMention]] = {}
        for mention in mentions:
            token = doc[mention.head]
            # "in Cairo", and "in Kenya's North Eastern region"
            located = mention.locative or (
                token.dep_ == "poss" and token.head.dep_ == "pobj" and token.head.head.lower_ in self.grammar.actor_locative_prepositions
            )
            if located and mention.place and _is_state(mention.actor.code):
                places.setdefault(token.sent.start, []).append(mention)
        counts: dict[str, int] = {}
        for mention in mentions:
            if not mention.locative and _is_state(mention.actor.code):
                counts[mention.actor.code] = counts.get(mention.actor.code, 0) + 1
        ranked = sorted(counts.items(), key=lambda item: -item[1])
        dominant = ranked[0][0] if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]) else None
        dateline = self._dateline_state(doc, body)
        out = []
        for mention in mentions:
            in_sentence = places.get(doc[mention.head].sent.start, [])
            here = [place.actor.code for place in in_sentence if place.actor.code != mention.actor.code]
            actor = mention.actor
            if mention.why.endswith(";kin") or actor.sector == "ETH":
                # a people: where the sentence puts them ("Serb protesters in Kosovo", "Kurds in Syria clashed ...")
                theirs = [place.actor.code for place in in_sentence
                          if place.actor.code != mention.actor.code and self._places(doc[mention.head], doc[place.head])]
                context = (theirs[0], "context:sentence-place") if theirs and actor.sector == "ETH" else None
                if mention.why.endswith(";kin") and theirs:
                    # a people of one state living in another is that people, in that state
                    actor = Actor(actor.text, theirs[0], "ETH", None, None)
            elif actor.code or mention.locative or not actor.sector:
                context = None
            elif here:
                context = (here[0], "context:sentence-place")
            elif dateline:
                context = (dateline, "context:dateline")
            elif dominant:
                context = (dominant, "context:dominant-country")
            else:
                context = None
            if context is not None or actor is not mention.actor:
                mention = replace(mention, actor=actor, context=context)
            out.append(mention)
        return out

    @staticmethod
    def _places(group: Token, place: Token) -> bool:
        """Whether ``place`` says where ``group`` is: a phrase of the group ("protesters in Kosovo"),
        or of the verb the group is the subject of ("Serbs in the north rallied in Kosovo")."""
        if place.dep_ == "poss":
            place = place.head
        holder = place.head.head if place.dep_ == "pobj" else None
        if holder is None:
            return False
        return holder.i == group.i or (group.dep_ in {"nsubj", "nsubjpass"} and holder.i == group.head.i)

    def _dateline_state(self, doc: Doc, body: int) -> str | None:
        """The state of the dateline's place ("LIMA --", "NAIROBI, Kenya (Reuters) -")."""
        # the dateline opening the text, or the one the reader took off it
        place = dateline_place(doc.text) if body else None
        if place is None and doc._.dateline:
            place = tuple(part.strip() for part in doc._.dateline.split(",") if part.strip())
        if place is None:
            return None
        for name in reversed(place):  # "NAIROBI, Kenya": the country, else the city
            for written in (name, name.title()):
                for entry in self.lexicon.phrases.get(written, []):
                    if entry.kind in {"country", "capital"}:
                        return entry.code
        from ..where import get_gazetteer

        found = get_gazetteer().lookup(place[0].title())
        return found.country if found is not None else None

    def _group_head(self, token: Token) -> Token:
        # "Turkish and Greek sides": the second adjective hangs off the first by `conj`.
        while token.dep_ == "conj" and token.head.dep_ in _INNER_DEPS and token.head.i != token.i:
            token = token.head
        while token.head.i != token.i:
            head = token.head
            if token.dep_ in _INNER_DEPS and head.pos_ in _NOMINAL:
                token = head
            elif token.dep_ in {"npadvmod", "compound", "amod"} and head.pos_ in {"VERB", "ADJ"} and head.dep_ == "amod":
                token = head  # "Vietnamese-led forces", "a British-flagged tanker": the participle leads on
            elif token.dep_ == "amod" and token.tag_ == "VBN" and head.pos_ in _NOMINAL and any(
                c.dep_ in {"npadvmod", "compound"} for c in token.children
            ):
                token = head
            else:
                break
        return token

    def _attach(self, doc: Doc, groups: dict[int, _Group]) -> None:
        """Merge into the role phrase it belongs to a state named by a possessive or an of/from/in
        phrase, then a name given beside the role (once the role has its state: "Zambia's new
        president Hakainde Hichilema")."""
        for step in (self._attach_state, self._attach_name):
            for head_i in sorted(groups, reverse=True):
                group = groups.get(head_i)
                if group is not None and (group.named or group.persons):
                    step(groups, group)

    def _attach_state(self, groups: dict[int, _Group], group: _Group) -> None:
        head = group.head
        host = None
        if head.dep_ == "poss" and head.head.lower_ not in self.grammar.partner_nouns:
            host = head.head
        elif head.dep_ == "pobj" and head.head.lower_ in self.grammar.attaching_prepositions and head.head.head.pos_ in _NOMINAL:
            host = head.head.head
        if host is None:
            return
        host_head = self._group_head(host)
        target = groups.get(host_head.i)
        if target is None:
            return
        people = head.dep_ == "pobj" and target.named and all(
            entry.kind == "adjective" and span.root.i == host_head.i for span, entries in target.named for entry in entries
        )
        if people and any(e.kind == "country" for _, entries in group.named for e in entries):
            # "the Albanians of southern Serbia": a people named after one state, living in another
            target.named = [(span, entries) for span, entries in group.named]
            target.people = True
            self._merge(groups, target, group, named=False)
            return
        if head.dep_ == "pobj" and head.head.lower_ in self.grammar.actor_locative_prepositions and (
            target.persons or self._state_named_for(host_head, groups)
        ):
            # where someone is is not whose they are: "Tundu Lissu in Nairobi", "the defence ministers
            # of Lithuania and Latvia in Warsaw"; "rebels in Chad" belong to the place
            return
        institution = target.named and all(
            e.kind == "org" and e.sector in _INSTITUTION_SECTORS and _is_state(e.code) for _, entries in target.named for e in entries
        )
        state = group.named and all(e.kind in {"country", "adjective"} for _, entries in group.named for e in entries)
        if institution and state and not (group.roles or group.persons) and {
            e.code for _, entries in group.named for e in entries
        }.isdisjoint(e.code for _, entries in target.named for e in entries):
            # "Malta's Unity Party": a name other states' bodies bear, of the state named with it (see _coordinated)
            self._merge(groups, target, group)
            return
        if (target.roles or target.persons) and not target.named_codes:
            self._merge(groups, target, group)
            # "the prime ministers of Greece and Bulgaria": each state coordinated with the first has such a role too
            for conj in head.conjuncts:
                other = groups.get(conj.i)
                if other is not None and other.named and not (other.roles or other.persons):
                    self._merge(groups, target, other)

    def _state_named_for(self, host: Token, groups: dict[int, _Group]) -> bool:
        """Whether a possessive or an of/from phrase of ``host`` names a state for it."""
        for owner in host.children:
            if owner.dep_ == "prep" and owner.lower_ in self.grammar.attaching_prepositions - self.grammar.actor_locative_prepositions:
                owner = next((c for c in owner.children if c.dep_ == "pobj"), owner)
            elif owner.dep_ != "poss" or host.lower_ in self.grammar.partner_nouns:
                continue
            group = groups.get(owner.i)
            if group is not None and group.named_codes:
                return True
        return False

    def _attach_name(self, groups: dict[int, _Group], group: _Group) -> None:
        """"his Iraqi counterpart Fuad Hussein", "the Russian president, Vladimir Putin": the name belongs
        to the role phrase it stands beside, also where the parse hung it elsewhere ("Tanzanian
        opposition leader Tundu Lissu on Monday" read with "Lissu" as an adverb of the verb)."""
        head = group.head
        # a person the knowledge base knows stands beside a role as well: "ousted Sudanese president Omar al-Bashir"
        known = bool(group.named) and all(e.kind == "person" for _, entries in group.named for e in entries)
        if not (group.persons or known) or (group.named and not known):
            return
        first = min([span.start for span in group.persons] + [span.start for span, _ in group.named])
        beside = head.dep_ == "appos" and head.head.pos_ in _NOMINAL
        if beside:
            role = self._group_head(head.head)
        elif head.dep_ not in {"nsubj", "nsubjpass"} and first > 0:
            role = head.doc[first - 1]
        else:
            return
        target = groups.get(role.i)
        if target is None or target is group or not (beside or target.roles) or target.persons or not target.named_codes:
            return
        if any(e.kind == "person" for _, entries in target.named for e in entries):
            return
        if known:
            self._merge(groups, target, group)
        else:
            target.persons.extend(group.persons)
            self._merge(groups, target, group, named=False)

    @staticmethod
    def _merge(groups: dict[int, _Group], target: _Group, group: _Group, named: bool = True) -> None:
        if named:
            target.named.extend(group.named)
            target.persons.extend(group.persons)
        target.absorbed.append(group.head.i)
        del groups[group.head.i]

    def _resolve(self, doc: Doc, group: _Group, aliases: dict[str, Actor]) -> list[ActorMention]:
        head = group.head
        tokens = [i for span, _ in group.named for i in (span.start, span.end - 1)]
        tokens += [i for span in group.roles for i in (span.start, span.end - 1)]
        tokens += [i for ent in group.persons for i in (ent.start, ent.end - 1)]
        tokens += [head.i, *group.absorbed]
        start, end = min(tokens), max(tokens) + 1
        locative = head.dep_ == "pobj" and head.head.lower_ in self.grammar.actor_locative_prepositions

        sector = self._sector(group)
        person_name = None
        if group.persons:
            person_name = max(group.persons, key=len).text
        why: list[str] = []

        # "ousted Sudanese president Omar al-Bashir", "former Defence Minister X": a former official, whatever since
        before = doc[max(0, start - 2) : start]
        former = any(t.lower_ in self.grammar.former_words and start <= t.head.i < end for t in doc[start : head.i]) or any(
            t.lower_ in self.grammar.former_words and not any(u.is_punct for u in doc[t.i + 1 : start]) for t in before
        )
        if former and (sector is None or sector in _OFFICE_SECTORS):
            sector = "ELI"
        # A person known to the lexicon, or named earlier in the document, decides the coding.
        for span, entries in group.named:
            for entry in entries:
                if entry.kind == "person":
                    if former and entry.role != FORMER:
                        entry = next((e for e in self.lexicon.people.get(entry.entry_id.split("~")[0], []) if e.role == FORMER), entry)
                    # the role the text gives ("opposition leader Kizza Besigye") says what they are at the time,
                    # but an honorific ("Emir Sheikh Tamim") or a rank ("ISI chief Lt. Gen. X") does not undo an office
                    said = sector if sector and not former and sector != "REL" and not (
                        sector in _STATE_SECTORS and entry.sector in _STATE_SECTORS
                    ) else None
                    earlier = aliases.get(entry.name or "")
                    if said is None and not former and not group.roles and earlier is not None and earlier.code == entry.code:
                        said = earlier.sector  # as the document introduced them
                    actor = Actor(doc[start:end].text, entry.code, said or entry.sector, entry.name, entry.org)
                    self._remember(aliases, actor, [span.text])
                    return [ActorMention(start, end, head.i, actor, entry.entry_id, locative, person=True)]
        if person_name and not group.named:
            known = aliases.get(person_name) or aliases.get(person_name.split()[-1])
            if known:
                actor = Actor(doc[start:end].text, known.code, known.sector, known.name, known.org)
                return [ActorMention(start, end, head.i, actor, "document:alias", locative, person=True)]
            titled = self._titled_person(doc, group)
            if titled is not None:
                actor = Actor(doc[start:end].text, titled.code, titled.sector, titled.name, titled.org)
                self._remember(aliases, actor, [person_name])
                return [ActorMention(start, end, head.i, actor, titled.entry_id + ";title", locative, person=True)]
        if group.loose:
            return []

        picked = [(span, self._pick(entries, span, head)) for span, entries in group.named]
        coded = [(span, entry) for span, entry in picked if entry is not None]
        if not coded:
            # A role word only modifying another noun is no actor: "military cooperation", "police station".
            heads_role = any(span.start <= head.i < span.end for span in group.roles)
            if not sector or not (heads_role or person_name):
                return []
            # A role with no state ("police", "the rebels"): kept uncoded; the event coder may fill in the state.
            actor = Actor(doc[start:end].text, "", sector, person_name, None)
            return [ActorMention(start, end, head.i, actor, "actors/sectors.yml", locative,
                                  person=bool(person_name), office=self._one_person(group))]

        # A capital modifying a thing is a place: "a Kabul car bombing", "the Baku talks".
        if all(entry.kind == "capital" and span.root.i != head.i for span, entry in coded) and not group.roles and not group.persons:
            return []
        # "ethnic Albanians", "ethnic Russians": a people, not the state of that name; where they act decides.
        if len(coded) == 1 and coded[0][1].kind == "adjective" and any(
            c.lower_ == "ethnic" for c in head.children if c.dep_ == "amod"
        ):
            actor = Actor(doc[start:end].text, "", "ETH", None, None)
            return [ActorMention(start, end, head.i, actor, coded[0][1].entry_id + ";ethnic", locative)]
        if all(entry.kind == "people" for _, entry in coded):
            # a people or faith living across borders: its own identity; the sentence or story says where
            entry = coded[-1][1]
            actor = Actor(doc[start:end].text, "", sector if sector in {"REB", "PRM", "OPP"} else entry.sector, entry.name, None)
            return [ActorMention(start, end, head.i, actor, entry.entry_id, locative)]
        if len(coded) == 1 and coded[0][1].kind == "adjective" and sector in _PEOPLE_SECTORS and not person_name:
            # "Serb protesters", "Albanian villagers": the state's people, unless the sentence puts them in another state
            entry = coded[0][1]
            actor = Actor(doc[start:end].text, entry.code, sector, None, None)
            return [ActorMention(start, end, head.i, actor, entry.entry_id + ";kin", locative)]
        separate = self._coordinated(coded)
        mentions = []
        place = not group.roles and not group.persons and all(entry.kind in {"country", "capital"} for _, entry in coded)
        nearest = max(coded, key=lambda item: item[0].end)
        # "Bosnian Serbs", "Iraqi Kurds": a people named by another state's demonym, in the state named before it
        demonym_people = len(separate) == 1 and nearest[1].kind == "adjective" and nearest[0].root.i == head.i and (
            separate[0][1].code != nearest[1].code
        )
        for span, entry in separate:
            entry_sector = sector
            if (group.people or demonym_people) and sector is None:
                entry_sector = "ETH"
            elif entry_sector is None and entry.kind in {"capital", "org"} and span.root.i == head.i:
                entry_sector = entry.sector
            elif entry.kind == "org" and entry.sector and entry_sector is None:
                entry_sector = entry.sector
            text = span.text if len(separate) > 1 else doc[start:end].text
            name = entry.name if entry.kind == "org" else (person_name if person_name else None)
            actor = Actor(text, entry.code, entry_sector, name, entry.org)
            why.append(entry.entry_id)
            if person_name:
                self._remember(aliases, actor, [person_name])
            mentions.append(ActorMention(start, end, head.i, actor, ";".join(why), locative,
                                          person=bool(person_name), office=self._one_person(group), place=place))
        return mentions

    def _titled_person(self, doc: Doc, group: _Group) -> ActorEntry | None:
        """"President Ruto", "Gen. Dagalo", "former Prime Minister Khan": a title and a family name
        name someone who held an office with that title; the person's role is the one of the document's date."""
        name = max(group.persons, key=len)
        candidates = self.lexicon.surnames.get(fold(name[-1].text))
        if not candidates:
            return None
        title, former = self._title_before(doc, name.start)
        if title is None:
            return None
        day = doc._.date_published
        found = []
        for person_id in candidates:
            terms = self.lexicon.people[person_id]
            titled = [e for e in terms if e.role in title]
            if not titled:
                continue
            # the title tells who; the date tells what they were then ("Defence Minister X", prime minister by then)
            entry = next((e for e in terms if e.role == FORMER), None) if former else person_on(terms, day)
            if day is None and not former:
                entry = person_on(titled, None)
            if entry is not None:
                found.append(entry)
        holding = [entry for entry in found if entry.role != FORMER]
        if len(holding) == 1:
            return holding[0]
        return found[0] if len(found) == 1 else None

    def _title_before(self, doc: Doc, start: int) -> tuple[frozenset[str] | None, bool]:
        """The offices a title just before ``start`` stands for, and whether it says "former"."""
        for width in (4, 3, 2, 1):
            if start - width < 0:
                continue
            words = doc[start - width : start].text
            former = words.lower().startswith(("former ", "ex-", "ex "))
            title = words.split(" ", 1)[1] if former and " " in words else words
            offices = self.lexicon.title_offices.get(title.lower())
            if offices:
                if not former and start - width > 0:
                    former = doc[start - width - 1].lower_ in {"former", "ex", "ex-"}
                return offices, former
        return None, False

    @staticmethod
    def _pick(entries: list[ActorEntry], span: Span, head: Token) -> ActorEntry | None:
        order = {"org": 0, "country": 1, "adjective": 2, "capital": 3}
        entries = sorted(entries, key=lambda e: order.get(e.kind, 9))
        return entries[0] if entries else None

    @staticmethod
    def _coordinated(coded: list[tuple[Span, ActorEntry]]) -> list[tuple[Span, ActorEntry]]:
        """Keep one actor per phrase, except for coordinated states ("the Turkish and Greek sides")."""
        codes = {entry.code for _, entry in coded}
        # two bodies of one state are two actors too: "the Donetsk and Luhansk people's republics"
        actors = {(entry.code, entry.name) for _, entry in coded}
        # a conjunction right after a name coordinates it, whatever the parse ("North and South Korea"), and so
        # does a hyphen between two names ("a US-Saudi defence pact", "the Ethiopia-Eritrea war")
        starts = {span.start for span, _ in coded}
        if len(actors) > 1 and any(
            span.root.dep_ == "conj"
            or (span.end < len(span.doc) and span.doc[span.end].pos_ == "CCONJ")
            or (span.doc[span.end : span.end + 1].text in _HYPHENS and span.end + 1 in starts)
            for span, _ in coded
        ):
            seen: dict[tuple[str, str | None], tuple[Span, ActorEntry]] = {}
            for span, entry in coded:
                seen.setdefault((entry.code, entry.name), (span, entry))
            return list(seen.values())
        # The word nearest the head names the actor: "NATO-member Norway" is Norway ...
        nearest = max(coded, key=lambda item: item[0].end)
        # ... but a state's institution with a name other states' share ("South Korea's National Intelligence
        # Service", "Morocco's Justice and Development Party") is that state's
        if nearest[1].kind == "org" and nearest[1].sector in _INSTITUTION_SECTORS and _is_state(nearest[1].code):
            states = [item for item in coded if item[1].kind in {"country", "adjective"} and item[0].end <= nearest[0].start]
            if states and states[-1][1].code != nearest[1].code:
                return [(nearest[0], states[-1][1]._replace(kind="org", sector=nearest[1].sector, name=None))]
        # ... but a people named by a demonym takes its state from a modifier: "Bosnian Serbs" live in Bosnia.
        if nearest[1].kind == "adjective" and len(codes) > 1:
            modifiers = [item for item in coded if item is not nearest and item[1].kind in {"adjective", "country"}]
            if modifiers:
                return [max(modifiers, key=lambda item: item[0].end)]
        return [nearest]

    def _one_person(self, group: _Group) -> bool:
        """Whether a role phrase with no name stands for one person ("the Ukrainian president"), whom
        "he", "him" or "her" can take up later."""
        if not group.roles or group.head.tag_ in {"NNS", "NNPS"}:
            return False
        return max(group.roles, key=lambda span: span.end).text.lower() in self.lexicon.person_roles

    def _sector(self, group: _Group) -> str | None:
        if not group.roles:
            return None
        nearest = max(group.roles, key=lambda span: span.end)
        return self.lexicon.sector_words.get(nearest.text.lower())

    def _remember(self, aliases: dict[str, Actor], actor: Actor, names: list[str]) -> None:
        for name in names:
            aliases.setdefault(name, actor)
            parts = name.split()
            if len(parts) > 1:
                aliases.setdefault(parts[-1], actor)
                # "Omar al-Bashir" is "Bashir" later on
                aliases.setdefault(parts[-1].split("-")[-1], actor)


class _Group:
    """The lexicon matches that share one head noun."""

    def __init__(self, head: Token):
        self.head = head
        self.named: list[tuple[Span, list[ActorEntry]]] = []
        self.roles: list[Span] = []
        self.persons: list[Span] = []
        self.absorbed: list[int] = []
        self.loose = False
        # a people named after one state, living in the state named here ("the Albanians of southern Serbia")
        self.people = False

    @property
    def named_codes(self) -> bool:
        return any(e.kind != "capital" for _, entries in self.named for e in entries)


@Language.factory(
    "dyads_actors",
    default_config={"lexicon": {"@misc": "dyads.actor_lexicon.v1", "lexicon_dir": None, "dictionaries": [], "builtin": True},
                    "lexicon_dir": None},
    requires=["token.dep", "token.pos", "token.lemma", "doc.ents", "doc.sents"],
    assigns=["doc._.actors", "doc._.actor_index", "doc._.dyads_deadline", "doc._.dyads_error"],
)
def make_actor_finder(nlp: Language, name: str, lexicon: ActorLexicon, lexicon_dir: str | None) -> ActorFinder:
    """The ``dyads_actors`` component; ``lexicon`` comes from the registry (see ``dyads.pipeline``),
    the grammar word lists from ``lexicon_dir``."""
    return ActorFinder(nlp, lexicon, load_grammar(lexicon_dir))


def find_actors(doc: Doc) -> list[ActorMention]:
    """The actor mentions the ``dyads_actors`` component found in ``doc``."""
    return list(doc._.actors or [])
