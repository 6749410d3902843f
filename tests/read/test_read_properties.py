"""Properties of the readers: whatever the bytes, no exception, every result accounted for.

Each result is a Document or a Skipped whose reason is coded (``[E1..]``), ids are unique,
every field is text that can be written as UTF-8, and a JSON Lines file gives exactly one
result per non-blank line.
"""
from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from dyads.read import read_documents
from dyads.records import Document, Skipped

# Short runs: each property stays within a few seconds (trafilatura is the slow one).
FAST = settings(max_examples=150, deadline=None)

_HTML_BITS = st.sampled_from([
    "<html>", "<body>", "<article>", "</article>", "<p>", "</p>", "<h1>", "</h1>", "<script>",
    "<meta property='article:published_time' content='2019-12-04'>", "<time datetime='2019-13-45'>",
    "<script type='application/ld+json'>{\"datePublished\": [1, {\"datePublished\": 3}]}</script>",
    "&#xd800;", "&#0;", "<!--", "-->", "<![CDATA[", "Russia and Turkey agreed on Monday to resume patrols. ",
    "Published: 4 December 2019 11:24\n", "By Jane Doe\n", "\x00", "\ufeff", "\r\n",
])
# st.text() leaves out lone surrogates; JSON can still write them as "\ud800" escapes.
_TEXT = st.text() | st.sampled_from(["\ud800", "a\udfffb", "\ud83d\ude00", " \n\t", "\x00", "\u2028"])
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | _TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
_RECORDS = st.one_of(
    _JSON,
    st.fixed_dictionaries(
        {"text": st.one_of(_TEXT, _JSON)},
        optional={"id": st.one_of(st.sampled_from(["a", "b", "7"]), st.integers(0, 3), _JSON),
                  "date": st.one_of(st.sampled_from(["2019-12-04", "2019-02-30", ""]), _JSON),
                  "title": _JSON, "byline": _JSON, "url": _JSON},
    ),
)


def _check(results: list) -> None:
    ids = [r.id for r in results]
    assert len(ids) == len(set(ids)), ids
    for result in results:
        assert isinstance(result, (Document, Skipped))
        if isinstance(result, Skipped):
            assert result.reason.startswith("[E1"), result.reason
            result.reason.encode("utf-8")
        else:
            assert result.text.strip()
            for value in (result.text, result.title, result.byline, result.url):
                if value is not None:
                    value.encode("utf-8")  # raises on a lone surrogate
        result.id.encode("utf-8")


def _read_bytes_as(tmp_path_factory, suffix: str, data: bytes) -> list:
    path: Path = tmp_path_factory.mktemp("prop") / f"input{suffix}"
    path.write_bytes(data)
    results = list(read_documents([str(path)]))
    _check(results)
    return results


@FAST
@given(data=st.binary(max_size=2000))
def test_any_bytes_as_txt(tmp_path_factory, data):
    assert len(_read_bytes_as(tmp_path_factory, ".txt", data)) == 1


@FAST
@given(data=st.one_of(st.binary(max_size=2000), st.lists(_HTML_BITS, max_size=30).map(lambda b: "".join(b).encode())))
def test_any_bytes_or_tag_soup_as_html(tmp_path_factory, data):
    assert len(_read_bytes_as(tmp_path_factory, ".html", data)) == 1


def _non_blank_lines(data: bytes) -> int:
    # The reader splits on b"\n" and decodes each line; one that is not UTF-8 still counts.
    count = 0
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            text = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            count += 1
            continue
        count += bool(text.strip())
    return count


@FAST
@given(data=st.binary(max_size=2000).filter(lambda d: b"\x00" not in d))
def test_any_bytes_as_jsonl(tmp_path_factory, data):
    results = _read_bytes_as(tmp_path_factory, ".jsonl", data)
    assert len(results) == max(1, _non_blank_lines(data))


# Lines that json.loads refuses with something other than JSONDecodeError, or that decode oddly.
_HOSTILE_LINES = st.sampled_from([
    "[" * 50_000 + "]" * 50_000,
    '{"id": "n", "text": "x", "n": ' + "1" * 5000 + "}",
    '{"id": "n", "text": "x", "n": 1e999}',
    '{"text": "x", "date": ' + "[" * 900 + "]" * 900 + "}",
    '{"id": NaN, "text": "Infinity"}',
    "\ufeff" + json.dumps({"id": "bom", "text": "x"}),
    json.dumps({"id": "cr", "text": "x"}) + "\r",
])


@FAST
@given(records=st.lists(st.one_of(_RECORDS.map(json.dumps), _HOSTILE_LINES), max_size=8), blank_between=st.booleans())
def test_any_json_values_as_lines(tmp_path_factory, records, blank_between):
    lines = records
    data = ("\n\n" if blank_between else "\n").join(lines).encode("utf-8")
    results = _read_bytes_as(tmp_path_factory, ".jsonl", data)
    assert len(results) == max(1, len(lines))
    if not lines:
        assert results[0].reason.startswith("[E103]")
