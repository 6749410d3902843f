"""The bundled sample articles (the README demo input) all read, with their metadata."""
from __future__ import annotations

from pathlib import Path

import dyads
from dyads.read import read_documents
from dyads.records import Document

SAMPLES = Path(dyads.__file__).parent / "samples" / "articles"


def test_samples_read_cleanly():
    docs = list(read_documents([str(SAMPLES)]))
    assert len(docs) == 6
    assert all(isinstance(d, Document) for d in docs), docs
    assert all(d.title and d.date_published and d.date_published.year == 2019 for d in docs)
    for doc in docs:
        for furniture in ("Follow us", "Latest", "Copyright", "Share this", "Home News"):
            assert furniture not in doc.text, (doc.id, furniture)
