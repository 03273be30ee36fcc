"""Printing (issue #27): a case, a training module and a newsletter issue printed to PDF by
Chromium hold every paragraph of their article and none of the navigation; collapsed sections
print open, with and without JavaScript; links print where they lead; Arabic prints right to
left. What the PDF must hold is read from the built HTML with lxml, never from print.css or
print.js, and the PDF's text is read back with pypdf."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from urllib.parse import urljoin

import pytest
from lxml import html
from paper import printed, squeeze
from playwright.sync_api import Browser, Page

CASE = "cases/camden-citizens-assembly-2019/"
MODULE = "training/facilitation-basics/"
ISSUE = "newsletter/issue-3/"
FOLLOW_UP = "recommendations/camden-citizens-assembly-2019/"
BARE_LINKS = "initiatives/global-assembly-2021/"  # links whose text is their address
# What a printed page holds of its article: every block of text a reader reads.
BLOCKS = ("p", "li", "td", "th", "dt", "dd", "summary", "legend", "caption", "figcaption",
          "h1", "h2", "h3", "h4", "h5", "h6")
# The parts of the page shell that have no place on paper, with whether a desktop screen
# shows them (so that the check of their absence in print can be seen to fail).
SHELL = {".md-header": True, ".md-sidebar--primary": True, ".md-sidebar--secondary": True,
         ".pd-search": False, ".md-footer": True, ".md-top": False,
         "[data-md-component='skip']": False, ".md-content__button": True, ".pd-share": True}


def article(site: Path, path: str) -> html.HtmlElement:
    tree = html.parse(str(site / path / "index.html"))
    found = tree.xpath("//article[contains(concat(' ', @class, ' '), ' md-content__inner ')]")
    assert len(found) == 1, path
    return found[0]


def shown(element: html.HtmlElement) -> bool:
    """Whether the element is the article's own text: not hidden, not a chart's text
    alternative (an SVG title or description, read by screen readers, never drawn), and not in
    a <nav> (the share links at the end of the article) or the link for contributors to
    translate the page, which have no place on paper."""
    return not any("hidden" in node.attrib or node.tag in ("svg", "nav")
                   or {"pd-sr", "pd-translate"} & set(node.classes)
                   for node in (element, *element.iterancestors()) if isinstance(node.tag, str))


def blocks(root: html.HtmlElement) -> list[str]:
    """The text of every block of the article (and of each <details> under ``root``)."""
    found = [element.text_content() for element in root.iter(*BLOCKS) if shown(element)]
    return [text for text in found if squeeze(text)]


def link_notes(root: html.HtmlElement, url: str) -> set[str]:
    """The addresses a printed link may be followed by, squeezed: "(https://...)" for every
    link of the article, as written and made absolute."""
    notes = set()
    for href in root.xpath(".//a/@href"):
        notes.add(squeeze(f"({href})"))
        notes.add(squeeze(f"({urljoin(url, href)})"))
    return notes


def without_notes(text: str, notes: set[str]) -> str:
    for note in sorted(notes, key=len, reverse=True):
        text = text.replace(note, "")
    return text


def open_page(browser: Browser, url: str, javascript: bool = True) -> Page:
    context = browser.new_context(java_script_enabled=javascript,
                                  viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(url, wait_until="load")
    return page


def missing(expected: list[str], text: str) -> list[str]:
    squeezed = squeeze(text)
    return [" ".join(block.split()) for block in expected if squeeze(block) not in squeezed]


def shell_texts(site: Path, path: str) -> list[str]:
    """Texts of the navigation, search and footer that the article itself does not hold."""
    tree = html.parse(str(site / path / "index.html"))
    texts = [link.text_content() for link in tree.xpath(
        "//nav[contains(@class, 'md-nav--primary')]//a[contains(@class, 'md-nav__link')]")]
    # The footer's two lines: the licence, and "Made with" and the theme's linked name.
    texts += tree.xpath("//footer//div[@class='md-copyright__highlight']/text()")
    texts += ["".join(tree.xpath("//footer//div[@class='md-copyright']/text()"
                                 " | //footer//div[@class='md-copyright']/a//text()"))]
    texts += tree.xpath("//input[@name='query']/@placeholder")
    texts += tree.xpath("//div[contains(@class, 'md-search-result__meta')]//text()")
    root = article(site, path)
    navigation = root.xpath(".//nav")
    texts += [element.text_content() for nav in navigation for element in nav.iter()]
    for nav in navigation:
        nav.drop_tree()
    body = squeeze(root.text_content())
    return sorted({" ".join(text.split()) for text in texts
                   if squeeze(text) and squeeze(text) not in body})


@pytest.mark.parametrize("path", [CASE, MODULE, ISSUE])
def test_printed_page_holds_every_paragraph_and_no_navigation(
        browser: Browser, site: Path, server: str, path: str) -> None:
    root = article(site, path)
    expected = blocks(root)
    assert len(expected) > 10, "too few paragraphs to check"
    page = open_page(browser, server + path)
    text = printed(page)
    page.context.close()
    plain = without_notes(squeeze(text), link_notes(root, server + path))
    assert missing(expected, plain) == []
    shell = shell_texts(site, path)
    assert "Made with Material for MkDocs" in shell
    assert len(shell) > 10
    squeezed = squeeze(text)
    assert [label for label in shell if squeeze(label) in squeezed] == []


@pytest.mark.parametrize("path", [MODULE, FOLLOW_UP])
def test_collapsed_sections_print_open_without_javascript(
        browser: Browser, site: Path, server: str, path: str) -> None:
    root = article(site, path)
    details = root.iter("details")
    expected = [text for element in details for text in blocks(element)]
    # The training module has four collapsed answers: each a summary and two paragraphs.
    assert len(expected) >= 12
    page = open_page(browser, server + path, javascript=False)
    text = printed(page)
    page.context.close()
    assert missing(expected, without_notes(squeeze(text), link_notes(root, server + path))) == []


@pytest.mark.parametrize("javascript", [True, False])
def test_external_link_prints_its_address(
        browser: Browser, site: Path, server: str, javascript: bool) -> None:
    root = article(site, CASE)
    links = root.xpath(".//ol[contains(@class, 'pd-sources')]//a[starts-with(@href, 'http')]")
    assert links, "the case lists no sources"
    page = open_page(browser, server + CASE, javascript)
    text = squeeze(printed(page))
    page.context.close()
    for link in links:
        assert squeeze(f"{link.text_content()} ({link.get('href')})") in text


def test_internal_link_prints_its_absolute_address(
        browser: Browser, site: Path, server: str) -> None:
    root = article(site, CASE)
    links = [link for link in root.iter("a")
             if not re.match(r"[a-z][a-z0-9+.-]*:|#", link.get("href", "#"), re.I)
             and squeeze(link.text_content())]
    assert len(links) >= 2, "the case links to no other page of the hub"
    page = open_page(browser, server + CASE)
    text = squeeze(printed(page))
    page.context.close()
    for link in links:
        address = urljoin(server + CASE, link.get("href"))
        assert address.startswith("http://127.0.0.1:")
        assert squeeze(f"{link.text_content()} ({address})") in text


def test_link_whose_text_is_its_address_prints_it_once(
        browser: Browser, site: Path, server: str) -> None:
    root = article(site, BARE_LINKS)
    links = [link for link in root.xpath(".//a[starts-with(@href, 'http')]")
             if squeeze(link.text_content()).rstrip("/") == squeeze(link.get("href")).rstrip("/")]
    assert links, "no link shows its own address"
    page = open_page(browser, server + BARE_LINKS)
    text = squeeze(printed(page))
    page.context.close()
    for link in links:
        address = squeeze(link.text_content())
        assert address in text
        assert f"{address}({address}" not in text


def test_arabic_page_prints_right_to_left(browser: Browser, site: Path, server: str) -> None:
    path = "ar/" + CASE
    title = article(site, path).xpath(".//h1")[0].text_content()
    page = open_page(browser, server + path)
    page.emulate_media(media="print")
    direction = page.evaluate("getComputedStyle(document.querySelector('article')).direction")
    # The title's text sits against the right edge of the article, where Arabic starts.
    edges = page.evaluate("""() => {
        const article = document.querySelector('article').getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(document.querySelector('article h1'));
        const text = range.getBoundingClientRect();
        return [article.left, article.right, text.left, text.right];
    }""")
    page.emulate_media(media=None)
    text = printed(page)
    page.context.close()
    assert direction == "rtl"
    left, right, text_left, text_right = edges
    assert right - text_right < 8 < text_left - left, edges
    # pypdf gives Arabic words in the order they are drawn, which right to left is reversed,
    # and in their presentation forms: every word of the title is compared on its own.
    words = set(unicodedata.normalize("NFKC", text).split())
    assert [word for word in title.split() if word not in words] == []


def test_page_shell_is_not_printed(browser: Browser, server: str) -> None:
    page = open_page(browser, server + CASE)
    rendered = ("selector => [...document.querySelectorAll(selector)].some(e =>"
                " getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0)")
    count = "selector => document.querySelectorAll(selector).length"
    on_screen = {selector: page.evaluate(rendered, selector) for selector in SHELL}
    page.emulate_media(media="print")
    on_paper = {selector: page.evaluate(rendered, selector) for selector in SHELL}
    counts = {selector: page.evaluate(count, selector) for selector in SHELL}
    page.context.close()
    assert all(counts.values()), counts
    assert [selector for selector, seen in SHELL.items() if seen and not on_screen[selector]] == []
    assert on_paper == dict.fromkeys(SHELL, False)


def test_print_script_opens_collapsed_sections_then_restores_them(
        browser: Browser, site: Path, server: str) -> None:
    closed = len(article(site, MODULE).xpath(".//details[not(@open)]"))
    assert closed > 1
    # The theme's script opens <details> for printing too: without it, what is checked here is
    # the hub's own print script, which also serves pages where the theme's has not loaded.
    context = browser.new_context()
    context.route("**/assets/javascripts/bundle.*.js", lambda route: route.abort())
    page = context.new_page()
    page.goto(server + MODULE, wait_until="load")
    # A section the reader opened stays open after printing; the others close again.
    page.evaluate("document.querySelector('article details').open = true")
    count = "document.querySelectorAll('article details:not([open])').length"
    states = [page.evaluate(count)]
    page.evaluate("dispatchEvent(new Event('beforeprint'))")
    states.append(page.evaluate(count))
    page.evaluate("dispatchEvent(new Event('afterprint'))")
    states.append(page.evaluate(count))
    first_open = page.evaluate("document.querySelector('article details').open")
    page.context.close()
    assert states == [closed - 1, 0, closed - 1]
    assert first_open
