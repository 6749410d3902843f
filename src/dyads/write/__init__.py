"""Write stage: events (and per-document records) as JSON Lines, CSV or Parquet."""
from .files import OutputFile
from .writers import DocumentRecordWriter, EventWriter, RelationWriter, guess_format, open_writer

__all__ = ["DocumentRecordWriter", "EventWriter", "OutputFile", "RelationWriter", "guess_format", "open_writer"]
