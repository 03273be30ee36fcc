"""Search per language: each language's index holds only its own pages, and a reader's search
returns results in the page's language, loading that language's index only."""

from __future__ import annotations

import contextlib
import json

import pytest
from conftest import LANGS
from playwright.sync_api import TimeoutError as PlaywrightTimeout

QUERIES = {"en": "assembly", "es": "asamblea", "fr": "assemblée", "de": "Versammlung",
           "pt": "assembleia", "ar": "جمعية"}


def prefix(lang: str) -> str:
    return "" if lang == "en" else f"{lang}/"


@pytest.mark.parametrize("lang", LANGS)
def test_index_holds_only_its_languages_pages(site, lang):
    index = json.loads((site / prefix(lang) / "search" / "search_index.json").read_text())
    assert index["config"]["lang"] == [lang]
    assert len(index["docs"]) > 100
    for doc in index["docs"]:
        page = site / prefix(lang) / doc["location"].split("#")[0] / "index.html"
        assert page.exists(), doc["location"]
        assert f'<html lang="{lang}"' in page.read_text(encoding="utf-8"), doc["location"]


@pytest.mark.parametrize("lang", LANGS)
def test_search_returns_results_in_the_pages_language(browser, server, lang):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    fetched = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(server + prefix(lang) + "cases/", wait_until="networkidle")
    # The theme searches on key presses, and drops those made before its worker has indexed
    # the pages: type on (a space) until the worker answers, as a reader would.
    field = page.locator("input.md-search__input")
    field.press_sequentially(QUERIES[lang])
    for _ in range(20):
        with contextlib.suppress(PlaywrightTimeout):
            page.wait_for_selector(".md-search-result__item", timeout=1500)
            break
        field.press_sequentially(" ")
    links = page.eval_on_selector_all(".md-search-result__item a", "els => els.map(e => e.href)")
    meta = page.locator(".md-search-result__meta").inner_text()
    page.close()
    assert links, meta
    others = [link for link in links if not link.startswith(server + prefix(lang))
              or any(link.startswith(f"{server}{other}/") for other in LANGS if other != lang)]
    assert others == []
    indexes = [url for url in fetched if url.endswith("search_index.json")]
    assert indexes == [f"{server}{prefix(lang)}search/search_index.json"]
    stemmers = {url.rsplit("/", 1)[1] for url in fetched if "/lunr/min/lunr." in url}
    assert stemmers <= {"lunr.stemmer.support.min.js", f"lunr.{lang}.min.js"}
