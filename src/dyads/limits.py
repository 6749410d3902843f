"""Limits that keep one document from holding up a run; `dyads code --max-chars/--time-budget` change them."""

# A million characters of news take spaCy's small pipeline gigabytes of memory; past half that,
# a "document" is more often a whole feed or a dump pasted into one field than an article.
DEFAULT_MAX_CHARS = 500_000
# Seconds for the dyads stages on one document after spaCy's parse (see dyads.parse.guard).
DEFAULT_TIME_BUDGET = 60.0
