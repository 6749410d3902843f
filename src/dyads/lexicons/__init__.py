"""Where the built-in lexicons live (data files, not code)."""
from __future__ import annotations

from pathlib import Path

LEXICON_DIR = Path(__file__).parent


def lexicon_path(lexicon_dir: str | Path | None, *parts: str) -> Path:
    """The path of a lexicon file, in ``lexicon_dir`` or else in the built-in folder."""
    base = Path(lexicon_dir) if lexicon_dir else LEXICON_DIR
    return base.joinpath(*parts)
