"""Where the built-in lexicons live (data files, not code)."""
from __future__ import annotations

from pathlib import Path

import yaml

LEXICON_DIR = Path(__file__).parent


def lexicon_path(lexicon_dir: str | Path | None, *parts: str) -> Path:
    """The path of a lexicon file, in ``lexicon_dir`` or else in the built-in folder."""
    base = Path(lexicon_dir) if lexicon_dir else LEXICON_DIR
    return base.joinpath(*parts)


def builtin_event_types() -> tuple[str, ...]:
    """The names of the built-in PLOVER types, in the order of ``events/types.yml``.

    The record contract and evaluation need only the names, and cannot import the events stage
    (which imports them); the events lexicon reads and checks the whole table, per lexicon folder.
    """
    with (LEXICON_DIR / "events" / "types.yml").open(encoding="utf-8") as handle:
        return tuple(str(name) for name in yaml.safe_load(handle))
