"""``dyads serve``: the web page over the event database. FastAPI and uvicorn load only when it runs."""
from __future__ import annotations

import ipaddress
from pathlib import Path

import click

from .cli_store import db_option
from .errors import DyadsError


def is_loopback(host: str) -> bool:
    """Whether ``host`` reaches only this machine (``127.0.0.1``, ``::1``, ``localhost``)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:  # a host name: it may resolve to anything
        return False


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but this machine's own (127.0.0.1, ::1) lets others read the database.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
def serve(db, host, port) -> None:
    """Look at the event database in a web browser: dyads, actor networks, events, documents, a map.

    Read-only: the database is opened read-only and never changed. The page and its JSON API
    (under /api, described at /docs) use no internet.
    """
    from .store.api import DEFAULT_PATH

    path = Path(db or DEFAULT_PATH)
    from .serve.app import create_app

    # on this machine only, requests must name it as itself (see create_app's `hosts`)
    hosts = ["127.0.0.1", "localhost", "[::1]", f"[{host}]" if ":" in host else host] if is_loopback(host) else None
    try:
        app = create_app(path, hosts=hosts)
    except DyadsError as exc:
        raise click.ClickException(str(exc)) from None
    if not is_loopback(host):
        click.echo(f"warning: listening on {host}: anyone who can reach this machine on port {port} can read the whole "
                   "database (the page has no log-in); --host 127.0.0.1 keeps it to this machine", err=True)
    events = app.state.database.meta()["events"]
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"serving {path} ({events:,} story events) at http://{shown}:{port}/ (API: /docs); Ctrl+C stops", err=True)
    import uvicorn

    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        app.state.database.close()
