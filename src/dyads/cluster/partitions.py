"""The input of ``dyads code --dask`` cut into partitions, and each partition read back on a worker.

The driver lists what the user named as the plain reader does (folders walked, a file reached
twice reported once), then cuts it: a local JSON Lines file into ranges of lines (the byte offset
of each range found in one pass over the file, so that a worker reads its lines only), a Parquet
file into its row groups, and the other files (.txt, .html, .csv, .jsonl.gz, a JSON Lines file
named by URL) into groups of whole files. A partition is a small description, cheap to send; the
worker opens the input itself (a local path on a shared folder, or any fsspec URL).
"""
from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import DocumentError, Errors
from ..read import _read_file, _unique
from ..read.decode import SNIFF_BYTES, open_regular, printable
from ..read.folder import FileKey, walk
from ..read.jsonl import Placed, decode_lines, read_jsonl_lines
from ..read.parquet import read_parquet
from ..read.tables import compound_suffix
from ..records import Document, Skipped

PARQUET_SUFFIXES = (".parquet", ".pq")
# what a URL may name: the formats that hold many documents (a page or text file is one document,
# not worth a round trip to a cluster of its own)
URL_SUFFIXES = (".jsonl", *PARQUET_SUFFIXES)


@dataclass(frozen=True)
class Partition:
    """One task's share of the input.

    ``kind`` is ``lines`` (``count`` lines of the JSON Lines file ``source`` from line
    ``first`` on, at byte ``offset``; ``count`` None for all of them), ``rows`` (row group
    ``group`` of the Parquet file ``source``, its first row number ``first``) or ``files``
    (``items``: whole files, each ``(path, name)``, and the Skipped entries the listing
    gave between them, in input order).
    """

    index: int
    kind: str
    name: str = ""
    source: str = ""
    first: int = 1
    count: int | None = None
    offset: int = 0
    whole: bool = True
    group: int = 0
    items: tuple[tuple[str, str] | Skipped, ...] = ()

    def describe(self) -> str:
        """How the run report names it: ``docs.jsonl lines 201-400``, ``news.parquet row group 3``, ``2 files from a.txt``."""
        if self.kind == "lines":
            return self.name if self.whole else f"{self.name} lines {self.first}-{self.first + (self.count or 1) - 1}"
        if self.kind == "rows":
            return f"{self.name} row group {self.group}"
        first = self.items[0]
        return f"{len(self.items)} file(s) from {first.id if isinstance(first, Skipped) else first[1]}"


def is_url(given: str) -> bool:
    """Whether an input names a file through fsspec (``s3://``, ``gs://``, ``https://``, ``file://``) rather than a local path."""
    return "://" in given


def plan(inputs: list[str], *, lines: int = 200, files: int = 50) -> list[Partition]:
    """Cut the inputs into partitions, in input order.

    Args:
        inputs: paths, folders and URLs as the user named them.
        lines: documents (JSON lines, Parquet rows are cut by row group) per partition.
        files: single-document files per partition.

    Raises:
        DyadsError: E866 for a URL that cannot be listed or read.
    """
    planner = _Planner(lines, files)
    seen: dict[FileKey, str] = {}
    for given in inputs:
        if is_url(given):
            planner.url(given)
            continue
        for found in walk(Path(given), printable(given), seen):
            if isinstance(found, Skipped):
                planner.add_file(found)
                continue
            path, name = found
            # workers on other machines have other working folders: they are sent the full path (ids keep the name as given)
            path = path.absolute()
            suffix = compound_suffix(path)
            if suffix == ".jsonl":
                planner.local_jsonl(path, name)
            elif suffix in PARQUET_SUFFIXES:
                planner.parquet(str(path), name)
            else:
                planner.add_file((str(path), name))
    planner.flush()
    return planner.partitions


class _Planner:
    def __init__(self, lines: int, files: int):
        self.lines, self.files = lines, files
        self.partitions: list[Partition] = []
        self._group: list[tuple[str, str] | Skipped] = []

    def _add(self, **fields: Any) -> None:
        self.flush()
        self.partitions.append(Partition(len(self.partitions), **fields))

    def add_file(self, item: tuple[str, str] | Skipped) -> None:
        self._group.append(item)
        if len(self._group) >= self.files:
            self.flush()

    def flush(self) -> None:
        if self._group:
            group, self._group = tuple(self._group), []
            self.partitions.append(Partition(len(self.partitions), "files", items=group))

    def local_jsonl(self, path: Path, name: str) -> None:
        """Ranges of ``self.lines`` lines: one pass over the bytes finds where each begins."""
        starts: list[tuple[int, int]] = []  # (first line, byte offset)
        text_seen = False
        try:
            with open_regular(path, name) as handle:
                if b"\x00" in handle.read(SNIFF_BYTES):
                    self.add_file((str(path), name))  # the plain reader reports it (E102)
                    return
                handle.seek(0)
                offset = 0
                for number, raw in enumerate(handle, start=1):
                    if (number - 1) % self.lines == 0:
                        starts.append((number, offset))
                    offset += len(raw)
                    text_seen = text_seen or bool(raw.strip())
        except (DocumentError, OSError):
            self.add_file((str(path), name))  # the plain reader, on the worker, says why it cannot be read
            return
        if len(starts) <= 1 or not text_seen:
            # one range, or nothing but blank lines: the file as a whole, so that an empty one is reported (E103)
            self._add(kind="lines", name=name, source=str(path))
            return
        for (first, offset), (after, _) in itertools.zip_longest(starts, starts[1:], fillvalue=(None, 0)):
            count = self.lines if after is not None else None
            self._add(kind="lines", name=name, source=str(path), first=first, count=count, offset=offset, whole=False)

    def parquet(self, source: str, name: str) -> None:
        import pyarrow.parquet as pq
        from fsspec.core import url_to_fs

        fs, path = url_to_fs(source)
        try:
            with fs.open(path, "rb") as handle:
                metadata = pq.ParquetFile(handle).metadata
        except Exception as exc:  # any reader's failure (not Parquet, unreachable) skips this input only
            self.add_file(Skipped(name, Errors.E866.format(name=name, problem=f"{type(exc).__name__}: {exc}")))
            return
        if metadata.num_rows == 0:
            self.add_file(Skipped(name, Errors.E103.format(name=name)))
            return
        first = 1
        for group in range(metadata.num_row_groups):
            rows = metadata.row_group(group).num_rows
            if rows:
                self._add(kind="rows", name=name, source=source, group=group, first=first, count=rows)
            first += rows

    def url(self, given: str) -> None:
        from fsspec.core import url_to_fs

        try:
            fs, root = url_to_fs(given)
            found = sorted(fs.find(root)) if fs.isdir(root) else [root]
        except Exception as exc:  # fsspec's many back ends raise their own errors
            self.add_file(Skipped(given, Errors.E866.format(name=given, problem=f"{type(exc).__name__}: {exc}")))
            return
        for path in found:
            url = fs.unstrip_protocol(path)
            suffix = compound_suffix(Path(path))
            if suffix in PARQUET_SUFFIXES:
                self.parquet(url, url)
            elif suffix == ".jsonl":
                self._add(kind="lines", name=url, source=url)
            else:
                self.add_file(Skipped(url, Errors.E108.format(name=url, suffix=suffix or Path(path).suffix)))


def read_partition(partition: Partition, fields: Mapping[str, str] | None = None,
                   places: dict[str, str] | None = None) -> Iterator[Document | Skipped]:
    """The documents of one partition, as the plain reader gives them (ids made unique within it).

    ``places`` gets the place of each id's first item ("docs.jsonl line 7"), for the E115 message
    of an id that an earlier partition had already.
    """
    def placed() -> Iterator[Placed]:
        for place, item in _placed(partition, fields):
            if places is not None:
                places.setdefault(item.id, place)
            yield place, item

    yield from _unique(placed())


def _placed(partition: Partition, fields: Mapping[str, str] | None) -> Iterator[Placed]:
    if partition.kind == "files":
        for item in partition.items:
            if isinstance(item, Skipped):
                yield item.id, item
            else:
                yield from _read_file(Path(item[0]), item[1], fields)
    elif partition.kind == "lines":
        yield from _lines(partition, fields)
    else:
        yield from _rows(partition, fields)


def _lines(partition: Partition, fields: Mapping[str, str] | None) -> Iterator[Placed]:
    import fsspec

    name = partition.name
    try:
        with fsspec.open(partition.source, "rb") as handle:
            handle.seek(partition.offset)
            raw = handle if partition.count is None else itertools.islice(handle, partition.count)
            lines = decode_lines(raw, name, partition.first)
            yield from read_jsonl_lines(lines, name, fields, first_line=partition.first, whole=partition.whole)
    except OSError as err:
        yield name, Skipped(name, Errors.E101.format(name=name, problem=err.strerror or err))


def _rows(partition: Partition, fields: Mapping[str, str] | None) -> Iterator[Placed]:
    yield from read_parquet(partition.source, partition.name, fields, group=partition.group, first_row=partition.first)
