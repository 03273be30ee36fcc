"""The built site in a real browser (Debian's Chromium): accessibility, scripts, requests,
right-to-left layout, the language switcher, and screenshots for reviewers."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import Page
from site_paths import LANGS, ROOT, html_pages, lang_of

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
ARTIFACTS = ROOT / "artifacts" / "screenshots"


class Recorder:
    """What a page did that it should not: script errors and requests to other hosts."""

    def __init__(self, page: Page) -> None:
        self.errors: list[str] = []
        self.outside: list[str] = []
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("console", lambda msg: self.errors.append(msg.text)
                if msg.type == "error" else None)
        page.on("request", self._request)

    def _request(self, request) -> None:
        host = urlsplit(request.url).hostname
        if request.url.startswith(("data:", "blob:", "about:")) or host == "127.0.0.1":
            return
        self.outside.append(request.url)


def page_urls(site: Path, server: str, lang: str) -> list[str]:
    urls = []
    for page in html_pages(site):
        relative = page.relative_to(site).as_posix()
        if lang_of(relative) == lang:
            urls.append(server + relative.removesuffix("index.html"))
    return urls


def axe_violations(page: Page, axe: str) -> list[str]:
    page.evaluate(axe)
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})",
                           AXE_TAGS)
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])}x, e.g. {v['nodes'][0]['target']})"
            for v in result["violations"]]


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_accessible_error_free_and_local(browser, site, server, axe, lang):
    context = browser.new_context()
    page = context.new_page()
    recorder = Recorder(page)
    problems = []
    urls = page_urls(site, server, lang)
    assert len(urls) > 20
    for url in urls:
        recorder.errors.clear()
        page.goto(url, wait_until="load")
        problems += [f"{url}: {v}" for v in axe_violations(page, axe)]
        problems += [f"{url}: script error: {e}" for e in recorder.errors]
    context.close()
    assert recorder.outside == []
    assert problems == [], "\n".join(problems[:30])


def test_language_switcher_keeps_the_page(browser, server):
    page = browser.new_page()
    page.goto(server + "es/cases/climate-assembly-uk/")
    links = page.locator("a.md-select__link[hreflang]")
    targets = {links.nth(i).get_attribute("hreflang"): links.nth(i).get_attribute("href")
               for i in range(links.count())}
    assert set(targets) == set(LANGS)
    for lang, href in targets.items():
        expected = "" if lang == "en" else f"{lang}/"
        target = urljoin(server + "es/cases/climate-assembly-uk/", href)
        assert target == f"{server}{expected}cases/climate-assembly-uk/", href
        page.goto(target)
        assert page.locator("html").get_attribute("lang") == lang
    page.close()


def test_arabic_renders_right_to_left(browser, server):
    page = browser.new_page()
    page.goto(server + "ar/")
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    page.goto(server + "es/")
    assert page.evaluate("getComputedStyle(document.body).direction") == "ltr"
    page.close()


@pytest.mark.parametrize(("name", "width", "height"), [("phone", 390, 844),
                                                       ("desktop", 1280, 900)])
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_home_screenshots_for_review(browser, server, lang, name, width, height):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(server + ("" if lang == "en" else f"{lang}/"))
    target = ARTIFACTS / f"home-{lang}-{name}.png"
    page.screenshot(path=str(target), full_page=True)
    page.close()
    assert target.stat().st_size > 10_000


def test_pages_read_without_javascript(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server + "cases/")
    rows = page.locator("#pd-cases tbody tr")
    assert rows.count() >= 30
    assert page.locator("#pd-cases tbody tr a").first.is_visible()
    # Search needs the script: without it, no button that would open a search that cannot work.
    assert not page.locator("label.pd-search-button").is_visible()
    context.close()
