"""Content-Security-Policy on the real built site: every page carries a policy that lets scripts
come from the site only, no page has an inline script, and every section works under it."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

LANGS = ("en", "es", "fr", "de", "pt", "ar")
POLICY = "//meta[translate(@http-equiv, 'CONTENT-SECURITYPOLICY', 'content-securitypolicy')" \
         "='content-security-policy']"
# What the site's own pages allow: their own scripts, styles, images and fonts only.
SITE_ONLY = {"script-src": {"'self'"}, "style-src": {"'self'"}, "img-src": {"'self'", "data:"},
             "font-src": {"'self'"}, "object-src": {"'none'"}}


# Inline scripts that are data, which a browser never runs: the hub's scripts' settings, and
# the open data's description for dataset search engines (schema.org JSON-LD).
DATA_BLOCKS = ("application/json", "application/ld+json")


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
            if not script.get("src") and script.get("type") not in DATA_BLOCKS:
                found.append(f"{path.relative_to(site)}: {(script.text or '').strip()[:80]}")
    assert found == [], "\n".join(found[:40])
