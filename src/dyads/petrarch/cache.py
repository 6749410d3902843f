"""Compile PETRARCH dictionaries once and keep the result on disk.

Each file's compiled form is pickled under ``$DYADS_CACHE`` (or ``~/.cache/dyads/``),
keyed by the sha256 of its content, its kind and :data:`FORMAT_VERSION`; a second
run loads the pickle instead of parsing. A cache entry that cannot be read is
rebuilt; a cache folder that cannot be written only costs the speed-up.

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
from collections.abc import Callable
from pathlib import Path

from ..errors import Errors, LexiconError
from .convert import ImportedLexicon

# Bump when readers or converters change what they produce, so old pickles are not reused.
FORMAT_VERSION = "petrarch-2"
log = logging.getLogger(__name__)


def cache_dir() -> Path:
    """Where compiled dictionaries are kept: ``$DYADS_CACHE`` or ``~/.cache/dyads``."""
    return Path(os.environ.get("DYADS_CACHE") or Path.home() / ".cache" / "dyads")


def load_compiled(path: str | Path, kind: str, compile_file: Callable[[Path], ImportedLexicon], salt: str = "") -> ImportedLexicon:
    """The compiled dictionary for ``path``, from the cache when its content is unchanged.

    Args:
        path: the dictionary file.
        kind: ``actors``, ``agents``, ``verbs`` or ``discards`` (part of the key).
        compile_file: reads and converts the file when the cache has no entry for it.
        salt: anything else the compiled form depends on (e.g. the CAMEO table's hash).
    """
    path = Path(path)
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise LexiconError(Errors.E302.format(path=path, problem=exc.strerror)) from exc
    folder = _private_folder(cache_dir())
    secret = _secret(folder) if folder is not None else None
    if folder is None or secret is None:
        return compile_file(path)
    key = hashlib.sha256(b"\0".join([FORMAT_VERSION.encode(), kind.encode(), salt.encode(), content])).hexdigest()
    entry = folder / f"{kind}-{key[:32]}.pickle"
    compiled = _load_entry(entry, secret)
    if compiled is not None:
        return compiled
    compiled = compile_file(path)
    data = pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL)
    try:
        partial = entry.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(_sign(secret, data) + data)
        partial.replace(entry)  # atomic, so parallel workers never read half a file
    except OSError as exc:
        log.warning("cannot cache %s in %s (%s)", path, folder, exc)
    return compiled


def _load_entry(entry: Path, secret: bytes) -> ImportedLexicon | None:
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
    return compiled if isinstance(compiled, ImportedLexicon) else None


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
