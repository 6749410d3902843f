"""A tiny team-written corpus for training tests: lunches and dinners (CONSULT, which no lexicon
entry codes by those verbs), shellings (ASSAULT), and plain statements (no event)."""
from __future__ import annotations

import json
from pathlib import Path

CONSULT = [
    ("Ghana's president lunched with the Nigerian foreign minister in Accra on Monday.", "Ghana's president", "the Nigerian foreign minister", "lunched"),
    ("The Peruvian premier dined with Chile's finance minister after the summit.", "The Peruvian premier", "Chile's finance minister", "dined"),
    ("Vietnam's defence chief breakfasted with his Lao counterpart in Hanoi.", "Vietnam's defence chief", "his Lao counterpart", "breakfasted"),
    ("The Kenyan foreign minister lunched with Uganda's president at State House.", "The Kenyan foreign minister", "Uganda's president", "lunched"),
    ("Bolivia's president dined with the Argentine ambassador on Thursday evening.", "Bolivia's president", "the Argentine ambassador", "dined"),
    ("The Danish premier lunched with Estonian officials during a short stop in Tallinn.", "The Danish premier", "Estonian officials", "lunched"),
    ("Senegal's prime minister dined with a French delegation in Dakar.", "Senegal's prime minister", "a French delegation", "dined"),
    ("Thailand's army chief breakfasted with Cambodian commanders near the border.", "Thailand's army chief", "Cambodian commanders", "breakfasted"),
]
ASSAULT = [
    ("Sudanese troops shelled a rebel camp near El Fasher on Sunday.", "Sudanese troops", "a rebel camp", "shelled"),
    ("Burmese jets bombed a village held by Karen fighters.", "Burmese jets", "a village", "bombed"),
    ("Somali militants attacked a police post outside Mogadishu.", "Somali militants", "a police post", "attacked"),
    ("Colombian rebels ambushed an army patrol in Cauca province.", "Colombian rebels", "an army patrol", "ambushed"),
    ("Houthi fighters shelled Saudi border posts overnight.", "Houthi fighters", "Saudi border posts", "shelled"),
    ("Malian soldiers attacked a jihadist base in the desert.", "Malian soldiers", "a jihadist base", "attacked"),
    ("Nigerian aircraft bombed bandit hideouts in Zamfara state.", "Nigerian aircraft", "bandit hideouts", "bombed"),
    ("Syrian government forces shelled opposition positions in Idlib.", "Syrian government forces", "opposition positions", "shelled"),
]
STATEMENTS = [
    "The Chilean finance minister said growth would pick up next year.",
    "Officials in Nairobi said the weather had delayed the harvest.",
    "The Indonesian president spoke about the economy in a televised address.",
    "Analysts in Lima said the election result was hard to predict.",
    "The Polish government said the new rail line would open in May.",
    "Egypt's tourism ministry said visitor numbers rose by a tenth.",
    "The Mongolian premier said the winter had been unusually harsh.",
    "A spokesman for the Moroccan government said the report was being studied.",
]


def records() -> list[dict]:
    lines = []
    for event, cameo, group in (("CONSULT", "040", CONSULT), ("ASSAULT", "190", ASSAULT)):
        for n, (text, source, target, trigger) in enumerate(group):
            lines.append({"id": f"{event.lower()}-{n}", "text": text, "kind": "event", "form": "active", "region": "global",
                          "quad_class": 1 if event == "CONSULT" else 4,
                          "events": [{"event": event, "mode": "", "cameo": cameo, "source": [source], "target": [target],
                                      "trigger": trigger, "negated": False, "hypothetical": False}]})
    for n, text in enumerate(STATEMENTS):
        lines.append({"id": f"statement-{n}", "text": text, "events": [], "quad_class": 0, "kind": "statement",
                      "form": "active", "region": "global"})
    return lines


def write_tiny_corpus(folder: Path) -> Path:
    """The tiny corpus as one JSON Lines file in ``folder``; returns the folder."""
    (folder / "tiny.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records()), encoding="utf-8")
    return folder
