"""The relation vocabulary (``lexicons/relations/kinds.yml``), read and checked once."""
from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import Errors, LexiconError
from ..lexicons import LEXICON_DIR, load_yaml

KINDS = (
    "member_of", "ally", "strategic_partner", "collective_defense", "recognizes", "recognizes_territory",
    "arms_supplier", "hosts_base", "at_war_with", "diplomatic_relations", "sanctions_regime", "ranked",
)
"""The kinds the extraction knows how to read; a data file may give them words, not new mechanics."""


@dataclass(frozen=True)
class Kind:
    name: str
    symmetric: bool
    nouns: tuple[str, ...] = ()
    verbs: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()


@dataclass(frozen=True)
class RelationKinds:
    kinds: dict[str, Kind]
    ended_verbs: frozenset[str]
    ended_nouns: frozenset[str]
    starting_verbs: frozenset[str]
    ending_nouns: frozenset[str]
    hypothetical_heads: frozenset[str]
    denying_heads: frozenset[str]
    blocking_verbs: frozenset[str]
    excluding_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    groupings: frozenset[str]
    ended_modifiers: frozenset[str]
    regard_verbs: frozenset[str]
    admit_verbs: frozenset[str]
    buy_verbs: frozenset[str]
    ordered_from_verbs: frozenset[str]
    awaiting_verbs: frozenset[str]
    purchase_nouns: frozenset[str]
    joining_verbs: frozenset[str]
    borne_verbs: frozenset[str]
    striking_verbs: frozenset[str]
    deal_nouns: frozenset[str]
    end_seeking_verbs: frozenset[str]
    weapon_heads: frozenset[str]
    arming_verbs: frozenset[str]
    relying_verbs: frozenset[str]
    origin_verbs: frozenset[str]
    share_verbs: frozenset[str]
    aid_nouns: frozenset[str]
    list_verbs: frozenset[str]
    territory_nouns: frozenset[str]
    breakaway_heads: frozenset[str]
    joint_territories: frozenset[str]
    stationed_verbs: frozenset[str]
    base_granting_verbs: frozenset[str]
    base_sites: frozenset[str]
    base_places: frozenset[str]
    operating_verbs: frozenset[str]
    place_feature_words: frozenset[str]
    fate_nouns: frozenset[str]
    quantity_nouns: frozenset[str]
    occupation_words: frozenset[str]
    war_words: frozenset[str]
    leasing_verbs: frozenset[str]
    base_building_verbs: frozenset[str]
    demanding_heads: frozenset[str]
    seeking_verbs: frozenset[str]
    guaranteeing_verbs: frozenset[str]
    guaranteed_nouns: frozenset[str]
    repelling_verbs: frozenset[str]
    guarantee_nouns: frozenset[str]
    using_verbs: frozenset[str]
    expelling_verbs: frozenset[str]
    ordering_verbs: frozenset[str]
    base_ending_verbs: frozenset[str]
    founding_verbs: frozenset[str]
    return_nouns: frozenset[str]
    seeking_nouns: frozenset[str]
    obligations: frozenset[str]
    state_nouns: frozenset[str]
    mutual_pacts: frozenset[str]
    mutual_words: frozenset[str]
    allied_words: frozenset[str]
    current_span_words: frozenset[str]
    recognised_by_allies: frozenset[str]
    military_ally_words: frozenset[str]
    reversing_phrases: frozenset[str]
    binding_verbs: frozenset[str]
    figurative_wars: frozenset[str]
    relations_verbs: frozenset[str]
    superlative_verbs: frozenset[str]
    place_verbs: frozenset[str]
    outside_verbs: frozenset[str]
    suspending_verbs: frozenset[str]
    member_epithets: frozenset[str]
    candidacy_nouns: frozenset[str]
    bid_nouns: frozenset[str]
    sought_seats: frozenset[str]
    electorate_nouns: frozenset[str]
    peer_nouns: frozenset[str]
    invitation_words: frozenset[str]
    following_verbs: frozenset[str]
    copying_objects: frozenset[str]
    copying_acts: frozenset[str]
    likeness_words: frozenset[str]
    document_nouns: frozenset[str]
    continuing_verbs: frozenset[str]
    prolonging_verbs: frozenset[str]
    government_nouns: frozenset[str]
    pair_nouns: frozenset[str]
    switching_verbs: frozenset[str]
    switched_things: frozenset[str]
    falling_short_verbs: frozenset[str]
    place_nouns: frozenset[str]
    undiplomatic_modifiers: frozenset[str]
    accusing_verbs: frozenset[str]
    condition_words: frozenset[str]
    hypothetical_modifiers: frozenset[str]
    designation_verbs: frozenset[str]
    side_nouns: frozenset[str]
    situation_nouns: frozenset[str]
    lasting_nouns: frozenset[str]
    sanctioning_verbs: frozenset[str]
    charge_nouns: frozenset[str]
    equipping_verbs: frozenset[str]
    fielding_verbs: frozenset[str]
    giving_verbs: frozenset[str]
    ban_nouns: frozenset[str]
    company_nouns: frozenset[str]
    path_nouns: frozenset[str]
    short_of_membership: frozenset[str]
    pending_verbs: frozenset[str]
    ratifying_verbs: frozenset[str]
    seat_nouns: frozenset[str]
    held_seats: frozenset[str]
    leaving_verbs: frozenset[str]
    leaving_phrases: frozenset[str]
    chairing_verbs: frozenset[str]
    presidency_nouns: frozenset[str]
    share_nouns: frozenset[str]
    losing_verbs: frozenset[str]
    list_phrases: frozenset[str]
    status_nouns: frozenset[str]
    status_verbs: frozenset[str]
    neighbour_nouns: frozenset[str]
    war_risking_verbs: frozenset[str]
    warning_verbs: frozenset[str]
    relations_acts: frozenset[str]
    ended_acts: frozenset[str]
    groups: dict[str, tuple[str, ...]]
    breakaway_names: tuple[str, ...] = ()  # patterns, "{}" the place, in the case the names are written in
    granted_alliances: dict[str, str] = dataclasses.field(default_factory=dict)  # a status ("non-nato ally") -> its one grantor's name

    @functools.cached_property
    def group_nouns(self) -> frozenset[str]:
        """The nouns that head a group's name ("koreas", "states", "member"), to tell which sentences may name one."""
        return frozenset(name.split(" of ")[0].split()[-1] for name in self.groups)

    @functools.cached_property
    def verbs(self) -> frozenset[str]:
        """Every verb lemma the relation rules look for, to mend a misread lemma against."""
        found = set(self.ended_verbs | self.hypothetical_heads | self.denying_heads | self.speech_verbs)
        found |= self.regard_verbs | self.admit_verbs | self.buy_verbs | self.arming_verbs | self.list_verbs | self.stationed_verbs
        found |= self.base_granting_verbs | self.expelling_verbs | self.ordering_verbs | {verb.split()[0] for verb in self.base_ending_verbs}
        found |= {verb.split()[0] for verb in self.founding_verbs}
        for kind in self.kinds.values():
            found |= kind.verbs
        return frozenset(found)

    def noun_kinds(self, lemma: str) -> list[tuple[Kind, str | None]]:
        """The kinds a noun names, each with the modifier it needs ("strategic" for "strategic partner")."""
        found = []
        for kind in self.kinds.values():
            for phrase in kind.nouns:
                words = phrase.split()
                if words[-1] == lemma:
                    found.append((kind, " ".join(words[:-1]) or None))
        return found


@functools.lru_cache(maxsize=4)
def load_relation_kinds(lexicon_dir: str | None = None) -> RelationKinds:
    """The relation vocabulary of a lexicon folder (the built-in one when None).

    Raises:
        LexiconError: E301 naming the file and line of an unknown kind or a malformed entry.
    """
    path = Path(lexicon_dir or LEXICON_DIR) / "relations" / "kinds.yml"
    if not path.exists():
        path = LEXICON_DIR / "relations" / "kinds.yml"  # a lexicon copy made before relations existed
    data = load_yaml(path) or {}
    text = path.read_text(encoding="utf-8").splitlines()
    kinds: dict[str, Kind] = {}
    for name, entry in (data.get("kinds") or {}).items():
        line = next((n for n, row in enumerate(text, start=1) if re.match(rf"\s+{re.escape(str(name))}\s*:", row)), "?")
        if name not in KINDS:
            raise LexiconError(Errors.E301.format(path=path, line=line, problem=f"unknown relation kind {name!r} (known: {', '.join(KINDS)})"))
        if not isinstance(entry, dict):
            raise LexiconError(Errors.E301.format(path=path, line=line, problem=f"{name}: expected a mapping"))
        try:
            kinds[name] = Kind(
                name, bool(entry.get("symmetric", False)), tuple(str(n).lower() for n in entry.get("nouns") or ()),
                frozenset(str(v).lower() for v in entry.get("verbs") or ()), frozenset(str(o).lower() for o in entry.get("objects") or ()),
            )
        except TypeError as exc:
            raise LexiconError(Errors.E301.format(path=path, line=line, problem=f"{name}: {exc}")) from None

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or ())

    # every word list of the vocabulary is a field of the same name
    lists = {f.name: words(f.name) for f in dataclasses.fields(RelationKinds) if f.type == "frozenset[str]"}
    breakaway_names = tuple(str(n) for n in data.get("breakaway_names") or ())
    granted = {str(status).lower(): str(grantor) for status, grantor in (data.get("granted_alliances") or {}).items()}
    return RelationKinds(kinds=kinds, groups=_groups(data.get("groups"), path, text), breakaway_names=breakaway_names,
                         granted_alliances=granted, **lists)


def _groups(data: object, path: Path, text: list[str]) -> dict[str, tuple[str, ...]]:
    """The named groups of states: name -> state codes or an organisation's short name."""
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise LexiconError(Errors.E301.format(path=path, line="?", problem="groups: expected a mapping of names to lists"))
    groups = {}
    for name, members in data.items():
        if not isinstance(members, list) or not members or not all(isinstance(m, str) for m in members):
            line = next((n for n, row in enumerate(text, start=1) if re.match(rf"\s+{re.escape(str(name))}\s*:", row)), "?")
            raise LexiconError(Errors.E301.format(path=path, line=line, problem=f"group {name!r}: expected a list of codes or an organisation"))
        groups[str(name).lower()] = tuple(members)
    return groups
