"""The XSS corpus in a real browser: no payload, in the pages made from data, runs."""

from __future__ import annotations

import pytest
import test_xss_corpus
import test_xss_corpus_site
from hostile import (
    CSP,
    article,
    page_lang,
)
from test_xss_corpus import KINDS

from partdem.testing.localsite import serving

# The fixture hub and the payload hubs' pages, as test_xss_corpus_site.py renders them.
clean, rendered = test_xss_corpus.clean, test_xss_corpus_site.rendered


# -- in a browser ----------------------------------------------------------------------------
# Records what a payload would do: dialogs, requests, new windows, and what the CSP blocked.
INSTRUMENT = """
window.__calls = [];
const note = (name) => (...args) => { window.__calls.push(name + ' ' + String(args[0])); };
window.alert = note('alert'); window.confirm = note('confirm'); window.prompt = note('prompt');
window.fetch = note('fetch'); window.open = note('window.open');
XMLHttpRequest.prototype.open = note('XMLHttpRequest');
document.addEventListener('securitypolicyviolation', (e) => window.__calls.push(
  'blocked by the CSP: ' + e.violatedDirective + ' ' + e.blockedURI));
"""


# What a reader does that could set a payload off: pointing, focusing, clicking, and following
# a link that leads to no web page.
PROVOKE = """() => {
  for (const el of document.body.querySelectorAll('*')) {
    for (const type of ['mouseover', 'mouseenter', 'pointerenter', 'focus', 'click', 'toggle'])
      el.dispatchEvent(new Event(type));
  }
  for (const a of document.querySelectorAll('a[href]'))
    if (a instanceof HTMLAnchorElement && !['http:', 'https:', 'mailto:'].includes(a.protocol))
      a.click();
}"""


@pytest.mark.parametrize("kind", KINDS)
def test_no_payload_runs_in_a_browser(rendered, browser, tmp_path, kind):
    for turn, pages in enumerate(rendered(kind)):
        for lang in sorted({page_lang(url) for url in pages}):
            articles = "\n".join(f"<article>{article(html)}</article>" for url, html in
                                 sorted(pages.items()) if page_lang(url) == lang)
            (tmp_path / f"{turn}-{lang}.html").write_text(
                f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">{CSP}'
                f"<title>{kind} {turn}</title></head><body>{articles}</body></html>",
                encoding="utf-8")
    context = browser.new_context()
    context.add_init_script(INSTRUMENT)
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    calls = []
    with serving(tmp_path) as server:
        for file in sorted(tmp_path.glob("*.html")):
            page.goto(server + file.name, wait_until="load")
            page.evaluate(PROVOKE)
            page.wait_for_timeout(100)
            calls += [f"{file.name}: {call}" for call in page.evaluate("window.__calls")]
    context.close()
    ran = [call for call in calls if "blocked by the CSP" not in call] + dialogs
    assert ran == [], "\n".join(ran)
    # The policy held, but only because the page offered the browser something to run.
    assert calls == [], "\n".join(calls)

