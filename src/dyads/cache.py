"""Compile lexicons once and keep the result on disk.

A compiled lexicon (an imported PETRARCH dictionary, the actor knowledge base, the gazetteer) is pickled
under ``$DYADS_CACHE`` (or ``~/.cache/dyads/``), keyed by the sha256 of the content it was
compiled from, its kind and a format version; a second run loads the pickle instead of
parsing. A cache entry that cannot be read is rebuilt; a cache folder that cannot be
written only costs the speed-up.

Loading a pickle runs whatever code its author put in it, so an entry is loaded only when
it carries an HMAC made with this installation's secret key (``key`` in the cache folder,
readable by its owner only), and only from a folder that no one else can write to. A file
planted there by anyone else is rebuilt, never loaded.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
import pickle
import secrets
import stat
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")


def cache_dir() -> Path:
    """Where compiled dictionaries are kept: ``$DYADS_CACHE`` or ``~/.cache/dyads``."""
    return Path(os.environ.get("DYADS_CACHE") or Path.home() / ".cache" / "dyads")


def load_cached(kind: str, version: str, content: Sequence[bytes], build: Callable[[], T], expected: type[T]) -> T:
    """What ``build`` makes from ``content``, from the cache when the same content was built before.

    Args:
        kind: what is cached (part of the key and of the file name): ``actors``, ``knowledge``, ...
        version: the format of what ``build`` makes; bump it when the builder changes.
        content: the bytes the result depends on (file contents, other parts of the key).
        build: makes the result when the cache has no entry for it.
        expected: the type of the result; an entry of another type is rebuilt.
    """
    folder = _private_folder(cache_dir())
    secret = _secret(folder) if folder is not None else None
    if folder is None or secret is None:
        return build()
    key = hashlib.sha256(b"\0".join([version.encode(), kind.encode(), *content])).hexdigest()
    entry = folder / f"{kind}-{key[:32]}.pickle"
    compiled = _load_entry(entry, secret)
    if isinstance(compiled, expected):
        return compiled
    compiled = build()
    data = pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL)
    try:
        partial = entry.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(_sign(secret, data) + data)
        partial.replace(entry)  # atomic, so parallel workers never read half a file
    except OSError as exc:
        log.warning("cannot cache %s in %s (%s)", kind, folder, exc)
    return compiled


def _load_entry(entry: Path, secret: bytes) -> object | None:
    try:
        signed = entry.read_bytes()
    except OSError:
        return None
    signature, data = signed[:_SIGNATURE_BYTES], signed[_SIGNATURE_BYTES:]
    if not hmac.compare_digest(signature, _sign(secret, data)):
        log.warning("ignoring cache entry %s: not signed by this installation; rebuilding it", entry)
        return None
    try:
        compiled = pickle.loads(data)
    except Exception as exc:  # signed but unreadable: written by another version of Python or dyads
        log.warning("rebuilding unreadable cache entry %s (%s)", entry, exc)
        return None
    return compiled


_SIGNATURE_BYTES = hashlib.sha256().digest_size


def _sign(secret: bytes, data: bytes) -> bytes:
    return hmac.new(secret, data, hashlib.sha256).digest()


def _private_folder(folder: Path) -> Path | None:
    """The cache folder, created for its owner only; None when it cannot be made or others can write to it."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = folder.stat()
    except OSError as exc:
        log.warning("not caching compiled dictionaries: cannot use %s (%s)", folder, exc)
        return None
    if info.st_uid != os.getuid() or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        log.warning("not caching compiled dictionaries: %s belongs to another user or others can write to it", folder)
        return None
    return folder


def _secret(folder: Path) -> bytes | None:
    """This installation's signing key, made on first use; None when it cannot be trusted or made."""
    key_file = folder / "key"
    for _ in range(2):  # a key of the wrong length is replaced once
        try:
            info = key_file.lstat()
        except FileNotFoundError:
            _new_secret(key_file)
            continue
        except OSError:
            return None
        if not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
            log.warning("not caching compiled dictionaries: %s is not a private file of this user", key_file)
            return None
        secret = key_file.read_bytes()
        if len(secret) == _SIGNATURE_BYTES:
            return secret
        key_file.unlink(missing_ok=True)
    return None


def _new_secret(key_file: Path) -> None:
    partial = key_file.with_name(f"key.{os.getpid()}.tmp")
    try:
        handle = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(handle, "wb") as out:
            out.write(secrets.token_bytes(_SIGNATURE_BYTES))
        os.link(partial, key_file)  # never over a key another worker made a moment ago
    except FileExistsError:
        pass
    except OSError as exc:
        log.warning("not caching compiled dictionaries: cannot write %s (%s)", key_file, exc)
    finally:
        partial.unlink(missing_ok=True)
