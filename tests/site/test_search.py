"""Search per language: each language's index holds only its own pages; a first visit does not
download it; a reader's search loads the index of the page's language only, and returns results
in that language, which lead to pages and sections that exist."""

from __future__ import annotations

import json

import pytest
from site_paths import LANGS


def prefix(lang: str) -> str:
    return "" if lang == "en" else f"{lang}/"


@pytest.mark.parametrize("lang", LANGS)
def test_index_holds_only_its_languages_pages(site, lang):
    index = json.loads((site / prefix(lang) / "search" / "index.json").read_text())
    assert index["lang"] == lang
    assert len(index["docs"]) > 100
    for doc in index["docs"]:
        page = site / prefix(lang) / doc["u"] / "index.html"
        text = page.read_text(encoding="utf-8")
        assert f'<html lang="{lang}"' in text, doc["u"]
        for anchor, _ in doc.get("h", []):
            assert f'id="{anchor}"' in text, (doc["u"], anchor)


def test_each_index_is_far_smaller_than_one_for_every_language_and_word(site):
    """A sixth of a combined index is the most a reader may download; this one is far less."""
    sizes = [(site / prefix(lang) / "search" / "index.json").stat().st_size for lang in LANGS]
    pages = sum(1 for _ in site.rglob("index.html"))
    assert max(sizes) < 600 * pages / len(LANGS)  # under 600 bytes a page
