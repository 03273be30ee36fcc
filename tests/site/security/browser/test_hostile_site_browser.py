"""The site built from hostile contributions that the check accepts, in a real browser: no page
runs a script, leaves, or calls another host."""

from __future__ import annotations

from urllib.parse import urlsplit

import test_hostile_site
from test_hostile_site import files

from partdem.testing.localsite import serving

# The hostile project and its site, as test_hostile_site.py makes them (once per module).
project, site = test_hostile_site.project, test_hostile_site.site
# Records what a page would do on its own: dialogs, requests made by script, new windows, and
# what the Content-Security-Policy blocked.
INSTRUMENT = """
window.__calls = [];
const note = (name) => (...args) => { window.__calls.push(name + ' ' + String(args[0])); };
window.alert = note('alert'); window.confirm = note('confirm'); window.prompt = note('prompt');
window.open = note('window.open');
document.addEventListener('securitypolicyviolation', (e) => window.__calls.push(
  'blocked by the CSP: ' + e.violatedDirective + ' ' + e.blockedURI));
"""


# -- pages and emails, in a browser ------------------------------------------------------------
def test_no_page_runs_a_script_leaves_or_calls_another_host(site, browser):
    pages = [path.relative_to(site).as_posix() for path in files(site, "*.html")]
    assert len(pages) > 150, "the hostile site has too few pages"
    assert "probe/index.html" in pages and "newsletter/issue-2/email.html" in pages
    context = browser.new_context()
    context.add_init_script(INSTRUMENT)
    outside: list[str] = []
    found: list[str] = []

    def route(request_route) -> None:
        if urlsplit(request_route.request.url).hostname == "127.0.0.1":
            request_route.continue_()
        else:
            outside.append(request_route.request.url)
            request_route.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("dialog", lambda dialog: (found.append(f"dialog {dialog.message}"),
                                      dialog.dismiss()))
    with serving(site) as server:
        for url in pages:
            outside.clear()
            page.goto(server + url, wait_until="load")
            page.wait_for_timeout(50)  # a refresh of 0 seconds, scripts that run after load
            if page.url != server + url:
                found.append(f"{url}: went to {page.url}")
            found += [f"{url}: {call}" for call in page.evaluate("window.__calls")]
            found += [f"{url}: requested {address}" for address in outside]
    context.close()
    assert found == [], "\n".join(found[:40])



# -- search ------------------------------------------------------------------------------------
def test_hostile_text_found_by_search_is_shown_as_text(site, browser):
    """The probe page shows a script element as text; searching for it shows passages made of
    text and <mark> elements only, and nothing runs."""
    context = browser.new_context()
    context.add_init_script(INSTRUMENT)
    page = context.new_page()
    with serving(site) as server:
        page.goto(server + "probe/", wait_until="networkidle")
        page.keyboard.press("/")  # the theme's key for search
        page.keyboard.type("script")
        page.wait_for_selector(".md-search-result__item")
        page.wait_for_load_state("networkidle")
        elements = page.eval_on_selector_all(
            ".md-search-result__article > *", "els => els.flatMap(e => [...e.querySelectorAll('*')]"
            ".map(c => c.tagName))")
        passages = page.locator(".md-search-result__article p").all_inner_texts()
        calls = page.evaluate("window.__calls")
    context.close()
    assert set(elements) <= {"MARK"}, elements
    assert any("<script" in passage for passage in passages), passages
    assert calls == []


# What a reader may type, or paste, into the search: markup, an address, a path out of the
# index's folder, an encoded slash and characters outside the Basic Multilingual Plane.
HOSTILE_QUERIES = ['"><img src=x onerror=alert(1)>', "javascript:alert(1)", "../../etc/passwd",
                   "..%2F..%2Fapi", "<script>alert(1)</script> script", "\U0001F600\u202Escript"]


def test_a_hostile_query_runs_nothing_and_reads_only_the_index(site, browser):
    """Whatever is typed, the search only reads files of the language's index, and shows
    results made of text and <mark> elements."""
    context = browser.new_context()
    context.add_init_script(INSTRUMENT)
    page = context.new_page()
    with serving(site) as server:
        page.goto(server + "probe/", wait_until="networkidle")
        fetched: list[str] = []
        page.on("request", lambda request: fetched.append(request.url))
        for query in HOSTILE_QUERIES:
            page.keyboard.press("/")
            page.keyboard.press("Control+A")
            page.keyboard.type(query)
            page.wait_for_timeout(300)  # the search runs once typing pauses
            page.wait_for_selector(".md-search-result[aria-busy=false]", state="attached")
            page.wait_for_load_state("networkidle")
            elements = page.eval_on_selector_all(
                ".md-search-result__article > *",
                "els => els.flatMap(e => [...e.querySelectorAll('*')].map(c => c.tagName))")
            assert set(elements) <= {"MARK"}, (query, elements)
            page.keyboard.press("Escape")
        calls = page.evaluate("window.__calls")
    context.close()
    assert calls == []
    assert fetched, "no query read the index"
    paths = [urlsplit(url).path for url in fetched]
    assert all(path.startswith(urlsplit(server).path + "search/") for path in paths), paths
    assert all(path.endswith(".json") and ".." not in path for path in paths), paths
