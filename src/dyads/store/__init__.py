"""The store stage: an embedded DuckDB database of events, de-duplicated into story events.

``dyads.open(path)`` returns a :class:`~dyads.store.api.Store`. duckdb and pandas are imported
only when a database is opened, so ``import dyads`` stays quick.
"""
from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .api import Store

__all__ = ["open"]


def open(path: str | os.PathLike | None = None, *, read_only: bool = False, window: int | None = None) -> Store:
    """Open (or create) an event database.

    Args:
        path: the database file (default: ``$DYADS_DB``, else ``./dyads.duckdb``).
        read_only: open for queries only, without the writer's lock.
        window: the de-duplication window in days (default: the database's own, else 1).

    Returns:
        Store: the open database; use it as a context manager or call ``close()``.

    Raises:
        DyadsError: E801 when another process is writing to it, E804 when ``read_only`` and
            there is no database, E815 when the file is damaged (it names the file).
    """
    from .api import Store

    return Store(path, read_only=read_only, window=window)
