"""Folder input: every file under a folder, in a stable order."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path


def walk_folder(folder: Path) -> Iterator[Path]:
    """List the files under a folder, recursively, sorted, without hidden ones.

    Files of every suffix are listed, so that the reader can report the ones it cannot
    read instead of leaving them out without a word.

    Args:
        folder (Path): the folder.

    Returns:
        Iterator[Path]: the files, sorted by their path inside the folder; files and folders
        whose name starts with "." (``.git``, ``.DS_Store``) are left out.
    """
    files = (
        path
        for path in folder.rglob("*")
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )
    yield from sorted(files, key=lambda path: path.relative_to(folder).parts)
