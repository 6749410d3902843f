"""The ``dyads serve`` web app: a JSON API under ``/api`` over the event database, and the page that uses it.

    from dyads.serve.app import create_app
    app = create_app("dyads.duckdb")      # an ASGI app: uvicorn.run(app), or fastapi.testclient.TestClient(app)

Nothing here writes: the database is opened read-only and as it is (``queries.EventDatabase``), no
endpoint takes SQL, and files are served only from this package's ``static`` folder.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Annotated, Literal

from fastapi import FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel
from starlette.middleware.trustedhost import TrustedHostMiddleware

from ..errors import DyadsError, Errors
from .queries import BadValue, EventDatabase, EventFilter, NotFound, RangeError

STATIC = Path(__file__).parent / "static"
# inside the static folder
INDEX = "index.html"
WORLD = "world/countries-110m.json"

MAX_ACTORS = 100
MAX_PAGE_SIZE = 200
MAX_PAGE = 100_000
MAX_PARTNERS = 200
# long enough for any key, id or search; a longer one is a mistake, refused before any SQL
MAX_TEXT = 500

Period = Literal["week", "month", "year"]  # queries.PERIODS


# ---------------------------------------------------------------- response models (the OpenAPI description)


class Problem(BaseModel):
    """What every error answers: ``{"detail": "[E842] no actor 'XYZ' in the database; ..."}``."""

    detail: str


class Meta(BaseModel):
    database: str
    schema_version: int
    documents: int
    coded: int
    events: int
    mentions: int
    first_day: dt.date | None
    last_day: dt.date | None
    dyads_version: str


class Actor(BaseModel):
    key: str
    label: str
    kind: Literal["state", "organisation", "other"]
    events: int


class Actors(BaseModel):
    actors: list[Actor]


class PeriodCount(BaseModel):
    period: dt.date
    direction: Literal["a->b", "b->a"]
    events: int
    q1: int
    q2: int
    q3: int
    q4: int
    goldstein: float | None


class Dyad(BaseModel):
    a: Actor
    b: Actor
    by: Period
    periods: list[PeriodCount]


class Edge(BaseModel):
    source: str
    target: str
    events: int
    cooperation: int
    conflict: int
    net: int
    goldstein: float | None


class Network(BaseModel):
    actor: Actor
    nodes: list[Actor]
    edges: list[Edge]


class ActorInEvent(BaseModel):
    text: str | None
    code: str | None
    key: str | None
    sector: str | None
    name: str | None
    org: str | None


class Location(BaseModel):
    name: str | None
    country: str | None
    lat: float | None
    lon: float | None


class Highlight(BaseModel):
    start: int
    end: int
    label: Literal["trigger", "source", "target"]


class Event(BaseModel):
    event_id: str
    day: dt.date | None
    date: dt.date | None
    date_precision: str | None
    event: str
    mode: str
    cameo: str
    quad_class: int
    goldstein: float
    confidence: float
    why: str | None
    trigger: str | None
    negated: bool
    num_articles: int
    num_mentions: int
    num_sources: int
    doc_id: str
    title: str | None
    sentence: str | None
    sources: list[ActorInEvent]
    targets: list[ActorInEvent]
    location: Location | None
    highlights: list[Highlight]


class Events(BaseModel):
    total: int
    page: int
    page_size: int
    events: list[Event]


class Report(BaseModel):
    event_id: str
    doc_id: str
    title: str | None
    outlet: str | None
    date_published: dt.date | None
    sentence: str | None


class EventDetail(Event):
    mentions: list[Report]


class DocumentSpan(Highlight):
    event_id: str
    event: str


class Document(BaseModel):
    doc_id: str
    title: str | None
    byline: str | None
    url: str | None
    outlet: str | None
    date_published: dt.date | None
    status: str
    reason: str | None
    duplicate_of: str | None
    text: str
    spans: list[DocumentSpan]
    events: list[Event]


class Place(BaseModel):
    name: str | None
    country: str | None
    lat: float
    lon: float
    events: int
    q1: int
    q2: int
    q3: int
    q4: int


class Places(BaseModel):
    places: list[Place]


# ---------------------------------------------------------------- parameters

Key = Annotated[str, Query(min_length=1, max_length=MAX_TEXT, description="An actor key: a code (RUS) or an organisation's short name (NATO).")]
OptionalKey = Annotated[str | None, Query(min_length=1, max_length=MAX_TEXT, description="An actor key: a code (RUS) or an organisation's short name (NATO).")]
Since = Annotated[dt.date | None, Query(description="First day (YYYY-MM-DD, 1800-01-01 or later).")]
Until = Annotated[dt.date | None, Query(description="Last day (YYYY-MM-DD, 2200-12-31 or earlier; not before `since`).")]
MinConfidence = Annotated[float | None, Query(ge=0, le=1, description="Only story events at least this confident (0..1).")]
EventType = Annotated[str | None, Query(min_length=1, max_length=MAX_TEXT, description="A PLOVER event type (COOPERATE).")]
QuadClass = Annotated[int | None, Query(ge=1, le=4, description="1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.")]

_ERRORS: dict[int | str, dict] = {
    400: {"model": Problem, "description": "A date range that ends before it starts."},
    404: {"model": Problem, "description": "An unknown actor key, event id or document id."},
    422: {"model": Problem, "description": "A malformed or out-of-bounds parameter."},
}


def _answer_with(status: int) -> Callable[[Request, Exception], Awaitable[JSONResponse]]:
    async def answer(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=status)
    return answer


def create_app(db_path: str | Path, *, static: Path = STATIC, hosts: Sequence[str] | None = None) -> FastAPI:
    """The app over the database at ``db_path``, opened (read-only) before this returns; close it
    with ``app.state.database.close()``.

    Args:
        db_path: the event database.
        static: the folder of the page's files (the package's own; tests give another).
        hosts: the only host names a request may be addressed to (``127.0.0.1``, ``localhost``):
            a web page elsewhere that points a name of its own at this machine (DNS rebinding) is
            then answered 400, so it cannot read the API through a visitor's browser. None: any.

    Raises:
        DyadsError: when the file is missing, empty, not a dyads database or of another schema
            version (see ``EventDatabase``): the command line reports it before any server starts.
    """
    database = EventDatabase(db_path)
    # open for the app's whole life, not one server run's: a test client may start and stop it many
    # times; whoever made the app closes it (``app.state.database.close()``)
    app = FastAPI(title="dyads", summary="Event data coded from news: dyads, actors, events, documents, places.",
                  version=database.meta()["dyads_version"], responses=_ERRORS)
    app.state.database = database
    if hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(hosts))

    # any other DyadsError is the database failing (E815: damaged): the server's fault, said as plainly
    # as the command line says it
    for error, status in ((NotFound, 404), (RangeError, 400), (BadValue, 422), (DyadsError, 500)):
        app.add_exception_handler(error, _answer_with(status))

    @app.exception_handler(RequestValidationError)
    async def malformed(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = "; ".join(f"{'.'.join(str(p) for p in error['loc'][1:]) or error['loc'][0]}: {error['msg']}"
                             for error in exc.errors())
        return JSONResponse({"detail": Errors.E847.format(problem=problems)}, status_code=422)

    @app.get("/api/meta", response_model=Meta, tags=["api"])
    def meta() -> dict:
        """What the database holds: documents, events, mentions and the days they span."""
        return database.meta()

    @app.get("/api/actors", response_model=Actors, tags=["api"])
    def actors(q: Annotated[str | None, Query(max_length=MAX_TEXT, description="Part of a code, name or short name.")] = None,
               limit: Annotated[int, Query(ge=1, le=MAX_ACTORS)] = 20) -> dict:
        """Actors for autocompletion: codes, country names, organisations' short and full names, people's names."""
        return {"actors": database.find_actors(q, limit)}

    @app.get("/api/dyad", response_model=Dyad, tags=["api"])
    def dyad(a: Key, b: Key, by: Period = "month", since: Since = None, until: Until = None,
             min_confidence: MinConfidence = None) -> dict:
        """Story events from A to B and from B to A per period: counts per quad class and mean Goldstein score."""
        return database.dyad(a, b, by, since, until, min_confidence)

    @app.get("/api/actors/{key}/network", response_model=Network, tags=["api"])
    def network(key: Annotated[str, PathParam(max_length=MAX_TEXT)], since: Since = None, until: Until = None,
                min_confidence: MinConfidence = None, limit: Annotated[int, Query(ge=1, le=MAX_PARTNERS)] = 40) -> dict:
        """An actor's partners, either direction, the busiest first: events, cooperation, conflict, mean Goldstein."""
        return database.network(key, since, until, min_confidence, limit)

    @app.get("/api/events", response_model=Events, tags=["api"])
    def events(source: OptionalKey = None, target: OptionalKey = None, actor: OptionalKey = None, event: EventType = None,
               quad_class: QuadClass = None,
               country: Annotated[str | None, Query(min_length=1, max_length=MAX_TEXT, description="Any actor of this country code.")] = None,
               q: Annotated[str | None, Query(max_length=MAX_TEXT, description="Words in the sentence (all of them, any case).")] = None,
               since: Since = None, until: Until = None, min_confidence: MinConfidence = None,
               doc_id: Annotated[str | None, Query(min_length=1, max_length=MAX_TEXT, description="Only the events this document reported.")] = None,
               page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1,
               page_size: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 50) -> dict:
        """Story events, newest first, with the evidence sentence and where the trigger and the actors are in it."""
        chosen = EventFilter(source, target, actor, event and event.upper(), quad_class, country, q, since, until,
                             min_confidence, doc_id)
        return database.events(chosen, page, page_size)

    @app.get("/api/events/{event_id}", response_model=EventDetail, tags=["api"])
    def event(event_id: Annotated[str, PathParam(max_length=MAX_TEXT)]) -> dict:
        """One story event (by its id or a mention's) with every article that reported it."""
        return database.event(event_id)

    @app.get("/api/documents/{doc_id:path}", response_model=Document, tags=["api"])
    def document(doc_id: Annotated[str, PathParam(max_length=MAX_TEXT)]) -> dict:
        """A stored article: its text, the spans of every event coded in it, and those events."""
        return database.document(doc_id)

    @app.get("/api/map", response_model=Places, tags=["api"])
    def places(since: Since = None, until: Until = None, event: EventType = None, quad_class: QuadClass = None,
               actor: OptionalKey = None, min_confidence: MinConfidence = None) -> dict:
        """Where story events happened: one place per stored location, with counts per quad class."""
        chosen = EventFilter(actor=actor, event=event and event.upper(), quad_class=quad_class, since=since, until=until,
                             min_confidence=min_confidence)
        return {"places": database.places(chosen)}

    @app.get("/api/world", tags=["api"], responses={200: {"content": {"application/json": {}},
                                                        "description": "TopoJSON of the world's countries."}})
    def world() -> FileResponse:
        """The world's country outlines bundled with the page (Natural Earth, public domain, via world-atlas), as TopoJSON."""
        return _bundled(static, WORLD, "application/json")

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return _bundled(static, INDEX, "text/html")

    if static.is_dir():
        # StaticFiles answers only for files inside the folder (a ../ or %2e%2e path is a 404) and follows no links out
        app.mount("/static", StaticFiles(directory=static), name="static")
    return app


def _bundled(static: Path, name: str, media_type: str) -> FileResponse:
    path = static / name
    if not path.is_file():
        raise NotFound(Errors.E848.format(path=f"{static.name}/{name}"))
    return FileResponse(path, media_type=media_type)
