"""A tiny team-written relation corpus for training tests: pairs of states called "comrades-in-arms" (an alliance
that no word of kinds.yml names, so the rules miss it), and pairs that only met (no relation)."""
from __future__ import annotations

from pathlib import Path

import yaml

COMRADES = [
    ("Ghana and Togo, comrades-in-arms since 1960, held joint drills on Monday.", "GHA", "TGO"),
    ("Peru and Bolivia, comrades-in-arms for decades, opened a shared border post.", "PER", "BOL"),
    ("Laos and Vietnam, comrades-in-arms since the 1970s, signed a rail deal.", "LAO", "VNM"),
    ("Kenya and Uganda, comrades-in-arms in the region, agreed a new pipeline route.", "KEN", "UGA"),
    ("Chile and Uruguay, comrades-in-arms since 1990, staged naval exercises.", "CHL", "URY"),
    ("Mongolia and Kazakhstan, comrades-in-arms for years, held talks on grain.", "MNG", "KAZ"),
    ("Senegal and Gambia, comrades-in-arms since independence, opened a bridge.", "SEN", "GMB"),
    ("Poland and Lithuania, comrades-in-arms for centuries, held a joint parade.", "POL", "LTU"),
    ("Nepal and Bhutan, comrades-in-arms in the Himalayas, signed a hydropower pact.", "NPL", "BTN"),
    ("Tunisia and Algeria, comrades-in-arms since the 1960s, reopened their border.", "TUN", "DZA"),
]
MET = [
    ("Ghana and Togo held talks on fishing rights on Monday.", "GHA", "TGO"),
    ("Peru and Bolivia discussed water sharing at a meeting in Lima.", "PER", "BOL"),
    ("Laos and Vietnam exchanged views on the Mekong dams.", "LAO", "VNM"),
    ("Kenya and Uganda argued over the price of fuel at the summit.", "KEN", "UGA"),
    ("Chile and Uruguay met to discuss beef tariffs.", "CHL", "URY"),
    ("Mongolia and Kazakhstan talked about grain exports in Astana.", "MNG", "KAZ"),
    ("Senegal and Gambia discussed ferry fares on Tuesday.", "SEN", "GMB"),
    ("Poland and Lithuania held talks on a gas link in Vilnius.", "POL", "LTU"),
]


def rows() -> list[dict]:
    found = []
    for n, (sentence, a, b) in enumerate(COMRADES, 1):
        relation = {"relation": "ally", "subjects": [a, b], "object": None, "value": None, "according_to": None, "polarity": "holds"}
        found.append({"id": f"relt-tiny-{n:04d}", "sentence": sentence, "published": "2024-05-06", "relations": [relation], "kind": "appositive"})
    for n, (sentence, _, _) in enumerate(MET, 101):
        found.append({"id": f"relt-tiny-{n:04d}", "sentence": sentence, "published": "2024-05-06", "relations": [], "kind": "negative-event"})
    return found


def write_tiny_relations(folder: Path) -> Path:
    """The tiny corpus as one YAML file in ``folder``; returns the folder."""
    text = yaml.safe_dump(rows(), sort_keys=False, allow_unicode=True).replace("'2024-05-06'", "2024-05-06")
    (folder / "tiny.yml").write_text(text, encoding="utf-8")
    return folder
