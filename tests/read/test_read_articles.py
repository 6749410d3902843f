"""Scraped .txt and .html articles: headline, byline, publication date and a clean body."""
from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from dyads.read import read_documents
from dyads.records import Document

SCRAPED = """\
Monday March 4 2024

Home News World Politics Sport Contact

Kazakhstan and Uzbekistan sign water-sharing accord

12 November 2019 16:02 (UTC+05:00)
Kazakhstan and Uzbekistan sign water-sharing accord
Written by John Amanov

The foreign ministers of Kazakhstan and Uzbekistan signed an agreement in Tashkent
on Tuesday to share water from the Syr Darya river.

Protesters gathered in Shymkent on Monday to demand more water for farmers.

Read more: Aral Sea talks stall
Share this
Advertisement
@CentralAsiaNews
https://central-asia.example/news
We use cookies to improve your browsing experience. By continuing you accept our cookie policy.
Copyright 2019 Central Asia News
"""

HTML_PAGE = """\
<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>Chile recalls ambassador to Bolivia | Andes Post</title>
<meta property="article:published_time" content="2019-11-20T07:45:00-03:00">
</head><body>
<header><span class="today">Saturday August 17 2024</span>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a></nav>
</header>
<article>
<h1>Chile recalls ambassador to Bolivia</h1>
<div class="author">By Ana Torres</div>
<p>Chile recalled its ambassador to Bolivia on Tuesday after officials in La Paz accused Santiago of meddling in the election.</p>
<p>Chilean Foreign Minister Teodoro Ribera said the accusation was unfounded and demanded an apology.</p>
<p>Bolivia did not rule out expelling Chilean diplomats if the dispute continued.</p>
</article>
<footer><p>Follow us on Twitter @AndesPost</p><p>Subscribe to our newsletter</p><p>Copyright 2019 Andes Post</p></footer>
</body></html>
"""


def read_one(path: Path) -> Document:
    [doc] = read_documents([str(path)])
    assert isinstance(doc, Document), doc
    return doc


def test_scraped_text_metadata(tmp_path):
    path = tmp_path / "accord.txt"
    path.write_text(SCRAPED, encoding="utf-8")
    doc = read_one(path)
    assert doc.id == str(path)
    assert doc.title == "Kazakhstan and Uzbekistan sign water-sharing accord"
    assert doc.byline == "John Amanov"
    assert doc.date_published == dt.date(2019, 11, 12)
    # The hard-wrapped first paragraph is joined; paragraphs are separated by a blank line.
    assert doc.text == (
        "The foreign ministers of Kazakhstan and Uzbekistan signed an agreement in Tashkent "
        "on Tuesday to share water from the Syr Darya river.\n\n"
        "Protesters gathered in Shymkent on Monday to demand more water for farmers."
    )


def test_dateline_under_headline_without_time(tmp_path):
    path = tmp_path / "dateline.txt"
    path.write_text(
        "Sunday July 7 2024\n\nSerbia and Kosovo resume talks in Brussels\n\nNovember 30, 2019\n\n"
        "Serbia and Kosovo resumed talks in Brussels on Friday.\n",
        encoding="utf-8",
    )
    assert read_one(path).date_published == dt.date(2019, 11, 30)


def test_header_date_alone_is_not_the_publication_date(tmp_path):
    path = tmp_path / "crawl.txt"
    path.write_text(
        "Tuesday July 23 2024\n\nIndia and Pakistan exchange fire across the Line of Control\n\n"
        "Indian and Pakistani troops exchanged fire on Sunday, officials said.\n",
        encoding="utf-8",
    )
    doc = read_one(path)
    assert doc.title == "India and Pakistan exchange fire across the Line of Control"
    assert doc.date_published is None


def test_plain_text_without_header(tmp_path):
    path = tmp_path / "plain.txt"
    body = "Egypt hosted talks on Gaza on Sunday.\n\nIsrael did not send a delegation."
    path.write_text(body, encoding="utf-8")
    doc = read_one(path)
    assert (doc.title, doc.byline, doc.date_published, doc.text) == (None, None, None, body)


def test_html_page(tmp_path):
    path = tmp_path / "chile.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    doc = read_one(path)
    assert doc.title == "Chile recalls ambassador to Bolivia"
    assert doc.byline == "Ana Torres"
    assert doc.date_published == dt.date(2019, 11, 20)
    assert doc.text.split("\n\n") == [
        "Chile recalled its ambassador to Bolivia on Tuesday after officials in La Paz accused "
        "Santiago of meddling in the election.",
        "Chilean Foreign Minister Teodoro Ribera said the accusation was unfounded and demanded an apology.",
        "Bolivia did not rule out expelling Chilean diplomats if the dispute continued.",
    ]


def test_html_without_publication_tag_prefers_dateline(tmp_path):
    page = HTML_PAGE.replace(
        '<meta property="article:published_time" content="2019-11-20T07:45:00-03:00">', ""
    ).replace('<div class="author">By Ana Torres</div>', "<p>By Ana Torres</p><p>20 November 2019 07:45</p>")
    path = tmp_path / "chile.htm"
    path.write_text(page, encoding="utf-8")
    doc = read_one(path)
    assert doc.date_published == dt.date(2019, 11, 20)
    assert "20 November 2019" not in doc.text and "By Ana Torres" not in doc.text


def _seed_dir() -> Path:
    repo = Path(__file__).resolve().parents[2]
    candidates = [Path(os.environ["DYADS_SHARED"])] if "DYADS_SHARED" in os.environ else []
    candidates += [repo / "shared", repo.parent / "shared"]
    for shared in candidates:
        if (shared / "data" / "seed").is_dir():
            return shared / "data" / "seed"
    pytest.skip(f"shared data not available: no data/seed under {', '.join(map(str, candidates))}")


def test_seed_article():
    seed = _seed_dir()
    expected = json.loads((seed / "azernews-2019-12-04-lavrov.expected.json").read_text(encoding="utf-8"))
    want = expected["document"]
    doc = read_one(seed / "azernews-2019-12-04-lavrov.txt")
    assert doc.title == want["title"]
    assert doc.byline == "Rasana Gasimova" == want["byline"]
    assert doc.date_published == dt.date(2019, 12, 4) == dt.date.fromisoformat(want["date_published"])
    for excluded in want["body_excludes"]:
        assert excluded not in doc.text
    assert doc.text.startswith("Military-technical cooperation is an important area")
    assert want["title"] not in doc.text


def test_html_site_header_date_is_not_used(tmp_path):
    # No publication tag and no dateline: the header's "today" must not become the date.
    page = HTML_PAGE.replace(
        '<meta property="article:published_time" content="2019-11-20T07:45:00-03:00">', ""
    ).replace('<span class="today">', '<p class="today">').replace("2024</span>", "2024</p>")
    path = tmp_path / "chile.html"
    path.write_text(page, encoding="utf-8")
    assert read_one(path).date_published != dt.date(2024, 8, 17)
