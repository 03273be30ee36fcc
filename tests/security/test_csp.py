"""Content-Security-Policy on the real built site: every page carries a policy that lets scripts
come from the site only, no page has an inline script, and every section works under it."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from partdem.testing.localsite import serving

LANGS = ("en", "es", "fr", "de", "pt", "ar")
POLICY = "//meta[translate(@http-equiv, 'CONTENT-SECURITYPOLICY', 'content-securitypolicy')" \
         "='content-security-policy']"
# What the site's own pages allow: their own scripts, styles, images and fonts only.
SITE_ONLY = {"script-src": {"'self'"}, "style-src": {"'self'"}, "img-src": {"'self'", "data:"},
             "font-src": {"'self'"}, "object-src": {"'none'"}}
# Records what the policy blocked, however the page tried.
LISTEN = """window.__blocked = [];
document.addEventListener('securitypolicyviolation', (e) => window.__blocked.push(
  e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' +
  e.lineNumber));"""


def directives(policy: str) -> dict[str, set[str]]:
    return {name.lower(): set(values) for name, *values in
            (part.split() for part in policy.split(";") if part.strip())}


@pytest.fixture(scope="module")
def pages(site) -> list[Path]:
    found = sorted(site.rglob("*.html"))
    assert len(found) > 100, "the built site has too few pages"
    return found


def test_every_page_carries_the_policy(site, pages):
    problems = []
    for path in pages:
        page = path.relative_to(site).as_posix()
        head = lxml.html.parse(str(path)).getroot().find("head")
        policies = head.xpath(POLICY) if head is not None else []
        if len(policies) != 1:
            problems.append(f"{page}: {len(policies)} Content-Security-Policy meta elements")
            continue
        rules = directives(policies[0].get("content", ""))
        scripts = rules.get("script-src", rules.get("default-src", set()))
        if not scripts or not scripts <= {"'self'", "'none'"}:
            problems.append(f"{page}: scripts allowed from {sorted(scripts) or 'anywhere'}")
        # A policy in a meta element covers only what comes after it.
        before = policies[0].itersiblings(preceding=True)
        problems += [f"{page}: <{el.tag}> before the policy" for el in before
                     if el.tag in ("script", "link", "style", "base")]
    assert problems == [], "\n".join(problems[:40])


def test_site_pages_allow_only_the_site(site):
    policy = lxml.html.parse(str(site / "index.html")).getroot().xpath(POLICY)[0].get("content")
    rules = directives(policy)
    for directive, allowed in SITE_ONLY.items():
        assert rules.get(directive) == allowed, directive
    assert "'self'" in rules["default-src"] and len(rules["default-src"]) == 1
    assert not any(value.startswith(("'unsafe", "http", "*")) for values in rules.values()
                   for value in values)


def test_no_inline_script(site, pages):
    found = []
    for path in pages:
        for script in lxml.html.parse(str(path)).getroot().iter("script"):
            if not script.get("src") and script.get("type") != "application/json":
                found.append(f"{path.relative_to(site)}: {(script.text or '').strip()[:80]}")
    assert found == [], "\n".join(found[:40])


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
