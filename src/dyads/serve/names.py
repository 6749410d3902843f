"""What to call an actor key on the page: a state's name, an organisation's full name; and what kind it is.

States are named as the actor lexicon names them (``countries.csv``: "Russia", "Iran"), with
pycountry's names for codes outside it; organisations by ``organisations.yml`` (``EU`` -> "European
Union"). Both are read from the package's own files, once.
"""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass

from ..lexicons import LEXICON_DIR, load_yaml

# stored with one of these codes and a short name in `event_actors.org`, an actor is known by that name
# (as the standing relations name them: store/rows.py)
ORGANISATION_CODES = ("IGO", "NGO", "IMG")
# codes of actors that are no state and, without a short name, no one organisation either
_GROUP_LABELS = {"IGO": "international organisations", "NGO": "non-governmental organisations",
                 "IMG": "international militant groups", "MNC": "multinational companies"}

STATE, ORGANISATION, OTHER = "state", "organisation", "other"


@dataclass(frozen=True)
class Naming:
    """``label`` and ``kind`` of a key, and the other names it may be searched by."""

    label: str
    kind: str
    aliases: tuple[str, ...] = ()


@functools.lru_cache(maxsize=1)
def _states() -> dict[str, Naming]:
    import pycountry

    named: dict[str, Naming] = {}
    with (LEXICON_DIR / "actors" / "countries.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            names = tuple(n for n in (row.get("names") or "").split("|") if n)
            named[row["code"]] = Naming(row["name"], STATE, names)
    for country in pycountry.countries:
        official = tuple(n for n in (getattr(country, "official_name", None), country.name) if n)
        if country.alpha_3 in named:
            known = named[country.alpha_3]
            named[country.alpha_3] = Naming(known.label, STATE, known.aliases + official)
        else:
            named[country.alpha_3] = Naming(getattr(country, "common_name", None) or country.name, STATE, official)
    return named


@functools.lru_cache(maxsize=1)
def _organisations() -> dict[str, str]:
    entries = load_yaml(LEXICON_DIR / "actors" / "organisations.yml") or []
    return {str(entry["short"]).upper(): str(entry["name"]) for entry in entries
            if isinstance(entry, dict) and entry.get("short") and entry.get("name")}


def naming(key: str, organisation: bool, stored_name: str | None = None) -> Naming:
    """How to show ``key``.

    Args:
        key: a stored actor code, or an organisation's short name.
        organisation: the key is an organisation's short name.
        stored_name: the name the coder stored with it, for an organisation the lexicon does not list
            (one from an imported dictionary).
    """
    if organisation:
        return Naming(_organisations().get(key) or stored_name or key, ORGANISATION)
    state = _states().get(key)
    if state is not None:
        return state
    if key in _GROUP_LABELS:
        return Naming(_GROUP_LABELS[key], ORGANISATION)
    return Naming(key, OTHER)
