"""The search index of the real built site (made once a language's pages are written): one
index per language, under its root, holding that language's pages, each page's
article and nothing of its frame, with the filters a reader can narrow results to; the 404
pages and the newsletter's email copies left out. What the browser does with it:
browser/test_search_browser.py."""

from __future__ import annotations

import json
from collections import defaultdict

import lxml.html
from site_paths import LANGS

BODY = "data-search-body"


def prefix(lang: str) -> str:
    return "" if lang == "en" else f"{lang}/"


def test_every_page_but_the_404_and_emails_indexes_its_article_only(site, pages):
    problems = []
    for path in pages:
        relative = path.relative_to(site).as_posix()
        marked = lxml.html.parse(str(path)).getroot().xpath(f"//*[@{BODY}]")
        left_out = path.name in ("404.html", "email.html")
        if left_out and marked:
            problems.append(f"{relative}: indexed")
        if not left_out and [el.tag for el in marked] != ["article"]:
            problems.append(f"{relative}: {[el.tag for el in marked]} indexed, not its article")
    assert problems == [], "\n".join(problems[:20])


def test_each_language_has_an_index_of_its_own_pages(site, pages):
    """Each language's index, under its root, holds the pages whose <html lang> is that
    language's and that are indexed, as the built HTML says them, with their titles."""
    expected: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for path in pages:
        root = lxml.html.parse(str(path)).getroot()
        if root.xpath(f"//*[@{BODY}]"):
            address = path.relative_to(site).as_posix().removesuffix("index.html")
            title = " ".join(root.find(".//article//h1").text_content().split())
            expected[root.get("lang")].add((address, title))
    for lang in LANGS:
        bundle = site / prefix(lang) / "search"
        indexed = {(data["u"], data["t"]) for path in (bundle / "pages").glob("*.json")
                   for data in [json.loads(path.read_text(encoding="utf-8"))]}
        assert indexed == expected[lang], lang
        counts = {json.loads(path.read_text(encoding="utf-8"))["n"]
                  for path in (bundle / "words").glob("*.json")}
        assert counts == {len(expected[lang])}, lang
    assert set(expected) == set(LANGS)


def test_translation_notices_are_not_indexed(site):
    """A notice repeated on every untranslated page would be found by every search for its
    words."""
    notices = 0
    for lang in LANGS:
        for path in (site / prefix(lang)).glob("cases/*/index.html"):
            for notice in lxml.html.parse(str(path)).getroot().find_class("pd-notice"):
                notices += 1
                assert notice.get("data-search-ignore") is not None, path
    assert notices > 0, "no page has a notice: nothing was checked"


def test_a_case_can_be_found_by_its_section_country_and_type(site):
    """The filters of a case page name its section as the navigation does, and its country and
    type as its facts do."""
    checked = 0
    for lang in LANGS:
        for path in sorted((site / prefix(lang)).glob("cases/*/index.html")):
            page = lxml.html.parse(str(path)).getroot()
            filters = dict(el.get("data-search-filter").split(":", 1)
                           for el in page.xpath("//article//*[@data-search-filter]"))
            active = page.xpath("//nav[contains(@class, 'md-nav--primary')]"
                                "//li[contains(@class, 'md-nav__item--active')]//a")
            assert filters["section"] == active[0].text_content().strip(), path
            text = page.find(".//article").text_content()
            assert filters["type"] in text, path
            if "country" in filters:
                assert filters["country"] in text, path
            checked += 1
    assert checked > 6 * 40
