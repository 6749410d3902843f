"""Write stage: events (and per-document records) as JSON Lines, CSV or Parquet."""
from .writers import DocumentRecordWriter, EventWriter, guess_format, open_writer

__all__ = ["DocumentRecordWriter", "EventWriter", "guess_format", "open_writer"]
