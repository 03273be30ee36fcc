"""Search in a real browser: a first visit does not download the index; a reader's search loads the
index of the page's language only, and returns results in that language, which lead to pages and
sections that exist."""

from __future__ import annotations

import pytest
from site_paths import LANGS
from test_search import prefix

QUERIES = {"en": "assembly", "es": "asamblea", "fr": "assemblée", "de": "Versammlung",
           "pt": "assembleia", "ar": "جمعية"}


def test_a_first_visit_does_not_download_the_index(browser, server):
    page = browser.new_page()
    fetched = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(server + "es/cases/climate-assembly-uk/", wait_until="networkidle")
    page.close()
    assert [url for url in fetched if "search" in url and url.endswith(".json")] == []
    assert not any("/workers/" in url or "/lunr/" in url for url in fetched)


@pytest.mark.parametrize("lang", LANGS)
def test_search_returns_results_in_the_pages_language(browser, server, lang):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    fetched = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(server + prefix(lang) + "cases/", wait_until="networkidle")
    page.keyboard.press("/")  # the theme's key for search
    page.keyboard.type(QUERIES[lang])
    page.wait_for_selector(".md-search-result__item")
    links = page.eval_on_selector_all(".md-search-result__item a", "els => els.map(e => e.href)")
    meta = page.locator(".md-search-result__meta").inner_text()
    page.close()
    assert links, meta
    assert any(char.isdigit() for char in meta), meta  # "12 documents found"
    others = [link for link in links if not link.startswith(server + prefix(lang))
              or any(link.startswith(f"{server}{other}/") for other in LANGS if other != lang)]
    assert others == []
    indexes = [url for url in fetched if url.endswith("/index.json")]
    assert indexes == [f"{server}{prefix(lang)}search/index.json"]


def test_search_finds_a_case_by_its_place_and_leads_to_it(browser, server):
    page = browser.new_page(viewport={"width": 412, "height": 915})  # a phone
    page.goto(server + "cases/", wait_until="networkidle")
    page.click("label.pd-search-button")
    page.keyboard.type("gdansk")  # written without its accent
    page.wait_for_selector(".md-search-result__item")
    page.keyboard.press("Enter")
    page.wait_for_url("**/cases/gdansk-*/")
    assert "Gda" in page.locator("h1").inner_text()
    page.close()


def test_a_heading_match_leads_to_its_section(browser, server):
    page = browser.new_page()
    page.goto(server + "contribute/", wait_until="networkidle")
    page.keyboard.press("/")
    page.keyboard.type("reviewers look")
    page.wait_for_selector(".md-search-result__item")
    href = page.locator(".md-search-result__item a").first.get_attribute("href")
    page.close()
    assert href.endswith("/contribute/#what-reviewers-look-for")

