"""A copy of the built-in lexicon folder to change in a test (for ``--lexicons`` / ``lexicon_dir``)."""
from __future__ import annotations

import shutil
from pathlib import Path

from dyads.lexicons import LEXICON_DIR


def copy_lexicons(parent: Path) -> Path:
    """Copy the built-in lexicons (data files only) to ``parent/lexicons`` and return that folder."""
    folder = parent / "lexicons"
    shutil.copytree(LEXICON_DIR, folder, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    return folder


def append_text(path: Path, text: str) -> None:
    """Add ``text`` at the end of a lexicon file."""
    with path.open("a", encoding="utf-8") as handle:
        handle.write(text)
