"""Where the built-in lexicons live (data files, not code)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from ..errors import Errors, LexiconError

LEXICON_DIR = Path(__file__).parent


def lexicon_path(lexicon_dir: str | Path | None, *parts: str) -> Path:
    """The path of a lexicon file, in ``lexicon_dir`` or else in the built-in folder."""
    base = Path(lexicon_dir) if lexicon_dir else LEXICON_DIR
    return base.joinpath(*parts)


# libyaml's parser where PyYAML has it: the same safe loading, some ten times faster (the event
# lexicon alone took 1.9 s of a 4 s pipeline load, paid again by every worker of -j and --dask)
_SAFE_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: Path, loader: type = _SAFE_LOADER) -> Any:
    """A lexicon YAML file's content (read with ``loader``, a ``yaml.SafeLoader`` kind).

    Raises:
        LexiconError: E302 when it cannot be read, E301 with the line of a YAML syntax error.
    """
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=loader)
    except OSError as exc:
        raise LexiconError(Errors.E302.format(path=path, problem=exc.strerror)) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else "?"
        raise LexiconError(Errors.E301.format(path=path, line=line, problem=str(exc).splitlines()[0])) from exc


def builtin_event_types() -> tuple[str, ...]:
    """The names of the built-in PLOVER types, in the order of ``events/types.yml``.

    The record contract and evaluation need only the names, and cannot import the events stage
    (which imports them); the events lexicon reads and checks the whole table, per lexicon folder.
    """
    with (LEXICON_DIR / "events" / "types.yml").open(encoding="utf-8") as handle:
        return tuple(str(name) for name in yaml.safe_load(handle))
