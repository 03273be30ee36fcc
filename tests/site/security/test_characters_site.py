"""Mixed-direction text on the pages made from data, as the build writes them: as written, code
point for code point."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import test_characters
from hostile import article, site_pages
from test_characters import LESSONS, SUMMARY, TITLE, TODAY

from partdem.content.hub import Hub

hub = test_characters.hub  # the fixture hub with mixed-direction text, as there
CASE_URL = "cases/riverside-climate-assembly/"


def page_text(hub: Hub, url: str) -> str:
    html = article(site_pages(hub, TODAY)[url])
    return lxml.html.fragment_fromstring(html, create_parent="div").text_content()


def test_pages_show_mixed_text_as_written(hub):
    arabic = page_text(hub, f"ar/{CASE_URL}")
    assert TITLE in arabic and SUMMARY in arabic and LESSONS in arabic
    assert LESSONS in page_text(hub, CASE_URL)


def test_the_page_file_keeps_the_text_unchanged(hub, tmp_path):
    """What the build writes to disk and reads back is the same text, code point for code
    point (no normalisation, no direction marks added)."""
    page = site_pages(hub, TODAY)[f"ar/{CASE_URL}"]
    path = Path(tmp_path / "index.html")
    path.write_text(page, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == page and SUMMARY in page

