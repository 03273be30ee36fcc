"""The search index of the real built site (Pagefind's, made once a language's pages are
written): one index per language, under its root, holding that language's pages, each page's
article and nothing of its frame, with the filters a reader can narrow results to; the 404
pages and the newsletter's email copies left out. What the browser does with it:
browser/test_search_browser.py."""

from __future__ import annotations

import json
from collections import Counter

import lxml.html
from site_paths import LANGS

BODY = "data-pagefind-body"


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
    """Pagefind reads a page's language from <html lang>: each language's index, under its
    root, counts that language's indexed pages, as the built HTML says them."""
    expected: Counter = Counter()
    for path in pages:
        root = lxml.html.parse(str(path)).getroot()
        if root.xpath(f"//*[@{BODY}]"):
            expected[root.get("lang")] += 1
    for lang in LANGS:
        bundle = site / prefix(lang) / "pagefind"
        entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
        (found,) = entry["languages"].values()
        assert list(entry["languages"]) == [lang]
        assert found["page_count"] == expected[lang], lang
        assert (bundle / f"pagefind.{found['hash']}.pf_meta").is_file(), lang
        assert (bundle / f"wasm.{found['wasm']}.pagefind").is_file(), lang
    assert set(expected) == set(LANGS)


def test_translation_notices_are_not_indexed(site):
    """A notice repeated on every untranslated page would be found by every search for its
    words."""
    notices = 0
    for lang in LANGS:
        for path in (site / prefix(lang)).glob("cases/*/index.html"):
            for notice in lxml.html.parse(str(path)).getroot().find_class("pd-notice"):
                notices += 1
                assert notice.get("data-pagefind-ignore") is not None, path
    assert notices > 0, "no page has a notice: nothing was checked"


def test_a_case_can_be_found_by_its_section_country_and_type(site):
    """The filters of a case page name its section as the navigation does, and its country and
    type as its facts do."""
    checked = 0
    for lang in LANGS:
        for path in sorted((site / prefix(lang)).glob("cases/*/index.html")):
            page = lxml.html.parse(str(path)).getroot()
            filters = dict(el.get("data-pagefind-filter").split(":", 1)
                           for el in page.xpath("//article//*[@data-pagefind-filter]"))
            active = page.xpath("//nav[contains(@class, 'md-nav--primary')]"
                                "//li[contains(@class, 'md-nav__item--active')]//a")
            assert filters["section"] == active[0].text_content().strip(), path
            text = page.find(".//article").text_content()
            assert filters["type"] in text, path
            if "country" in filters:
                assert filters["country"] in text, path
            checked += 1
    assert checked > 6 * 40
