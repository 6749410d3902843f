"""Write stage: events (and per-document records) as JSON Lines, CSV or Parquet."""
from .writers import EventWriter, guess_format, open_writer, write_document_records

__all__ = ["EventWriter", "guess_format", "open_writer", "write_document_records"]
