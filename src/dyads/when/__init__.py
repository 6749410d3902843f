"""When: resolve the date expressions spaCy finds against the publication date."""
from __future__ import annotations

from dyads.when.dates import DAY, DECADE, MONTH, WEEK, YEAR, When, resolve_date, resolve_when
from dyads.when.sentences import EventDate, event_date

__all__ = ["DAY", "DECADE", "MONTH", "WEEK", "YEAR", "EventDate", "When", "event_date", "resolve_date", "resolve_when"]
