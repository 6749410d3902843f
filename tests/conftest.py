"""Shared fixtures: the real pinned pipeline, loaded once per test session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def shared_data_dir() -> Path | None:
    """``shared/data`` beside the repository (as in CI), or where ``DYADS_SHARED`` points."""
    candidates = [os.environ.get("DYADS_SHARED"), REPO / "shared", REPO.parent / "shared"]
    for candidate in candidates:
        if candidate and (Path(candidate) / "data").is_dir():
            return Path(candidate) / "data"
    return None


@pytest.fixture(scope="session")
def shared_data() -> Path:
    found = shared_data_dir()
    if found is None:
        pytest.skip("shared data not available: no ../shared/data beside the repository (set DYADS_SHARED)")
    return found


@pytest.fixture(scope="session")
def nlp():
    from dyads.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def tiny_corpus(tmp_path_factory) -> Path:
    """A folder with a tiny team-written training corpus (``tests/learn/tiny_corpus.py``)."""
    from learn.tiny_corpus import write_tiny_corpus

    return write_tiny_corpus(tmp_path_factory.mktemp("tiny_corpus"))
