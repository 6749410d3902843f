"""When: resolve the date expressions spaCy finds against the publication date."""
from __future__ import annotations

from dyads.when.dates import resolve_date
from dyads.when.sentences import historical, sentence_date

__all__ = ["historical", "resolve_date", "sentence_date"]
