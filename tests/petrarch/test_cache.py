"""The dictionary cache loads only what this installation signed, from a folder only its owner can write."""
from __future__ import annotations

import hashlib
import hmac
import os
import pickle

import pytest

from dyads.petrarch import cache as cache_module
from dyads.petrarch.cache import load_compiled
from dyads.petrarch.convert import convert_actors
from dyads.petrarch.readers import read_actor_dictionary

ACTORS = "NORTHLAND_ [NTH]\n"


class Planted:
    """A pickle that, when loaded, creates a file: what an attacker's entry would do."""

    def __init__(self, marker: str):
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def _setup(tmp_path, monkeypatch):
    monkeypatch.setenv("DYADS_CACHE", str(tmp_path / "cache"))
    path = tmp_path / "actors.txt"
    path.write_text(ACTORS, encoding="utf-8")
    calls = []

    def compile_file(p):
        calls.append(p)
        return convert_actors(read_actor_dictionary(p), p)

    return path, calls, compile_file


def _entries(tmp_path):
    return sorted((tmp_path / "cache").glob("*.pickle"))


def _unsigned(data: bytes) -> bytes:
    return data


def _signed_elsewhere(data: bytes) -> bytes:
    return hmac.new(b"x" * 32, data, hashlib.sha256).digest() + data


@pytest.mark.parametrize("plant", [_unsigned, _signed_elsewhere])
def test_a_planted_pickle_is_never_loaded(tmp_path, monkeypatch, plant):
    path, calls, compile_file = _setup(tmp_path, monkeypatch)
    load_compiled(path, "actors", compile_file)
    [entry] = _entries(tmp_path)
    marker = tmp_path / "pwned"
    entry.write_bytes(plant(pickle.dumps(Planted(str(marker)))))
    again = load_compiled(path, "actors", compile_file)
    assert not marker.exists()
    assert len(calls) == 2 and (("NORTHLAND",), True) in again.phrases
    # the rebuilt entry is signed and reused
    load_compiled(path, "actors", compile_file)
    assert len(calls) == 2


def test_a_folder_others_can_write_to_is_not_used(tmp_path, monkeypatch):
    path, calls, compile_file = _setup(tmp_path, monkeypatch)
    folder = tmp_path / "cache"
    folder.mkdir()
    folder.chmod(0o777)
    load_compiled(path, "actors", compile_file)
    load_compiled(path, "actors", compile_file)
    assert len(calls) == 2 and _entries(tmp_path) == [] and not (folder / "key").exists()


def test_the_key_is_private_and_a_shared_key_is_not_trusted(tmp_path, monkeypatch):
    path, calls, compile_file = _setup(tmp_path, monkeypatch)
    load_compiled(path, "actors", compile_file)
    key = tmp_path / "cache" / "key"
    assert key.stat().st_mode & 0o777 == 0o600 and (tmp_path / "cache").stat().st_mode & 0o777 == 0o700
    key.chmod(0o644)
    load_compiled(path, "actors", compile_file)
    assert len(calls) == 2


def test_cache_module_signs_what_it_writes(tmp_path, monkeypatch):
    path, _, compile_file = _setup(tmp_path, monkeypatch)
    load_compiled(path, "actors", compile_file)
    [entry] = _entries(tmp_path)
    signed = entry.read_bytes()
    assert cache_module._sign((tmp_path / "cache" / "key").read_bytes(), signed[32:]) == signed[:32]
