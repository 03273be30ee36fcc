"""CSV injection in a real browser: the "Download this view" button of a list page writes every
cell that a spreadsheet would run as a formula with a leading apostrophe."""

from __future__ import annotations

import csv
import io
import json
from html import escape
from pathlib import Path

from hostile import ROOT
from test_csv_injection import CELLS, PAGE_ONLY

from partdem.testing.localsite import serving


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

