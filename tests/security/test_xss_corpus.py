"""Script injection: a corpus of known XSS payloads in every kind of text field.

Two independent defences, each tested on its own: the validator refuses every payload with a
message, and rendering escapes every payload that got past it (entities built without
validation), so that none becomes an element or attribute that runs code: neither in the HTML
the site's Markdown reader makes of the pages, nor in the feeds, nor in a real browser.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from datetime import date

import pytest
import yaml
from hostile import (
    CSP,
    PAYLOADS,
    executable,
    markdown_html,
    serve,
    shape,
    text_slots,
    with_texts,
)
from lxml import etree
from support import CASE, CHAPTER, VALID, edited, hub_with, one

from partdem import feeds
from partdem.check import validate
from partdem.content import Hub
from partdem.enrich import derive
from partdem.render import Context, render_all

TRANSLATION = "data/cases/riverside-climate-assembly.es.yaml"
LINK_URL = "https://example.org/riverside/report"
# Each kind of text field, by the file and the change that puts a payload there.
FIELDS = {
    "text": (CASE, lambda p: edited(CASE, title=p)),
    "markdown": (CASE, lambda p: edited(CASE, lessons=p)),
    "link-title": (CASE, lambda p: edited(CASE, sources=[{"title": p, "url": LINK_URL}])),
    "link-url": (CASE, lambda p: edited(CASE, sources=[{"title": "Report", "url": p}])),
    "translation": (TRANSLATION, lambda p: edited(TRANSLATION, summary=p)),
    "chapter-name": (CHAPTER, lambda p: renamed(CHAPTER, p)),
}
def renamed(file: str, name: str) -> str:
    """The fixture file with another name (edited() takes the file's name as ``name``)."""
    data = yaml.safe_load(edited(file))
    data["name"] = name
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


# The validator's reasons for refusing unsafe text and links.
REFUSAL = re.compile(r"is not allowed|are not allowed|is not a (complete )?web address")
TODAY = date(2100, 1, 1)  # every newsletter issue is out: all content is shown


def test_corpus_is_large_and_varied():
    assert len(PAYLOADS) >= 50
    assert len(set(PAYLOADS)) == len(PAYLOADS), "a payload is listed twice"
    for family in ("<script", "onerror=", "javascript:", "<svg", "<math", "](javascript:",
                   "![x](", "data:", "&#", "{:", "<a href="):
        assert any(family.lower() in p.lower() for p in PAYLOADS), family


# -- the validator ---------------------------------------------------------------------------
@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("payload", PAYLOADS)
def test_validator_refuses(tmp_path, payload, field):
    name, change = FIELDS[field]
    problem = one(hub_with(tmp_path, {name: change(payload)}))
    assert problem.path == tmp_path / "hub" / name
    assert REFUSAL.search(problem.message), problem.message


# -- rendering, without the validator --------------------------------------------------------
@pytest.fixture(scope="module")
def clean() -> Hub:
    hub, problems = validate(VALID)
    assert problems == []
    return hub


def render(hub: Hub) -> dict[str, tuple[str, dict]]:
    """Every generated page as HTML with its front matter, read the way the site reads it."""
    context = Context(hub=hub, derived=derive(hub), today=TODAY,
                      repo_url="https://github.com/partdem/hub")
    return {name: markdown_html(page) for name, page in render_all(context).items()}


def payload_hubs(clean: Hub, kind: str) -> Iterator[Hub]:
    """Hubs with a payload in every field of one kind (line, markdown or url), each payload in
    one field or more, moved on to other fields from one hub to the next. One render of the
    whole hub takes seconds, so payloads share hubs rather than get one each."""
    slots = [slot for slot in text_slots(clean) if slot[0] == kind]
    assert len(slots) >= 5, f"the fixture hub has too few {kind} fields"
    for turn in range(math.ceil(len(PAYLOADS) / len(slots)) + 1):
        yield with_texts(clean, {slot: PAYLOADS[(turn * len(slots) + i) % len(PAYLOADS)]
                                 for i, slot in enumerate(slots)})


@pytest.fixture(scope="module")
def baseline(clean) -> dict[str, str]:
    return {name: html for name, (html, _) in render(clean).items()}


def test_clean_pages_run_nothing(baseline):
    found = [f"{name}: {item}" for name, html in baseline.items() for item in executable(html, shape(html))]
    assert found == []


@pytest.mark.parametrize("snippet", [
    '<a href=" JaVa&#x09;Script:alert(1)">x</a>', "<p onclick=alert(1)>x</p>",
    '<img src="data:image/svg+xml,x">', "<iframe></iframe>", "<script>alert(1)</script>",
    '<script type="application/json">{"a": 1}</script><svg></svg>',
])
def test_the_check_sees_code(snippet):
    assert executable(snippet) != []


@pytest.mark.parametrize("kind", ["line", "markdown", "url"])
def test_rendering_escapes(clean, baseline, kind):
    found = []
    for hub in payload_hubs(clean, kind):
        for name, (html, meta) in render(hub).items():
            found += [f"{name}: {item}" for item in executable(html, shape(baseline[name]))]
            # The theme writes these into <title> and <meta> as they are.
            found += [f"{name}: front matter {key} {meta[key]!r}" for key in ("title",
                      "description") if re.search(r'[<>"]', str(meta.get(key, "")))]
    assert found == [], "\n".join(sorted(set(found))[:40])
