"""Content-Security-Policy on the real built site, in a real browser: every section works
under it."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_csp import LANGS

from partdem.testing.localsite import serving

# Records what the policy blocked, however the page tried.
LISTEN = """window.__blocked = [];
document.addEventListener('securitypolicyviolation', (e) => window.__blocked.push(
  e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' +
  e.lineNumber));"""


def section_pages(site: Path, lang: str) -> list[str]:
    """The home page of a language, and of each section its first page and one page inside
    of each kind (such as a newsletter issue and its email)."""
    root = site if lang == "en" else site / lang
    urls = [root / "index.html"]
    for section in sorted(p for p in root.iterdir() if p.is_dir() and p.name not in LANGS
                          and p.name not in ("assets", "search")):
        inside: dict[str, Path] = {}
        for page in sorted(section.glob("*/*.html")):
            inside.setdefault(page.name, page)
        urls += [page for page in [section / "index.html", *inside.values()] if page.exists()]
    return [url.relative_to(site).as_posix() for url in urls]


# The pages are the same in every language but for the text and its direction: one language
# of each direction covers every template.
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_sections_work_under_the_policy(site, browser, lang):
    urls = section_pages(site, lang)
    assert len(urls) > 15
    context = browser.new_context()
    context.add_init_script(LISTEN)
    page = context.new_page()
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text)
            if "Content Security Policy" in message.text else None)
    blocked = []
    with serving(site) as server:
        for url in urls:
            console.clear()
            page.goto(server + url, wait_until="load")
            page.wait_for_timeout(150)  # scripts that run after load
            blocked += [f"{url}: {item}" for item in [*page.evaluate("window.__blocked"),
                                                       *console]]
    context.close()
    assert blocked == [], "\n".join(blocked[:40])

