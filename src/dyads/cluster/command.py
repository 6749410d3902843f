"""The ``--dask`` side of ``dyads code``: options checked, the run on the cluster, its report."""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import click

from ..coder import CoderSettings
from ..errors import DyadsError, Errors


def code_on_cluster(dask: str, inputs: list[str], output: str | None, *, fmt: str | None, as_text: bool, docs_path: str | None,
                    relations_path: str | None, fields: Mapping[str, str], assume_date: dt.date | None, settings: CoderSettings,
                    partition_size: int, quiet: bool) -> int:
    """Run ``dyads code --dask``; the exit status (0 all coded, 3 some skipped, 4 none coded; 1 a partition failed)."""
    from ..cli_progress import input_size, progress
    from .partitions import is_url
    from .run import RunReport, code_on_dask

    if not output or output == "-" or fmt not in (None, "parquet") or as_text or docs_path or relations_path:
        raise click.UsageError(Errors.E861)
    total = None if any(is_url(given) or given == "-" for given in inputs) else input_size(tuple(inputs))
    with progress(quiet, total) as bar:
        task = bar.add_task("coding", total=total, events=0) if bar else None

        def advance(report: RunReport) -> None:
            if bar:
                bar.update(task, completed=report.documents, events=report.events)

        try:
            report = code_on_dask(list(inputs), output, dask=dask, settings=settings, fields=fields, assume_date=assume_date,
                                  partition_size=partition_size, on_partition=advance)
        except DyadsError as exc:
            raise click.ClickException(str(exc)) from None
    for failure in report.failed:
        click.echo(f"error: {failure}", err=True)
    if not quiet:
        click.echo(report.summary(), err=True)
    if report.failed:
        return 1
    if report.coded == 0:
        return 4
    return 3 if report.skipped else 0
