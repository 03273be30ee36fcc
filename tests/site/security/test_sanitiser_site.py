"""The sanitiser on every page made from data, as the build renders them: the real pages come out
unchanged, pages of hostile Markdown inert."""

from __future__ import annotations

import pytest
import test_sanitiser
from hostile import (
    ROOT,
    article,
    shape,
    site_pages,
    text_slots,
    with_texts,
)
from outside import links_elsewhere
from test_sanitiser import MARKDOWN, TODAY, inert

from partdem.content import sanitize
from partdem.content.hub import Hub
from partdem.content.validate import validate

clean = test_sanitiser.clean  # the valid fixture hub, as there


@pytest.fixture(scope="module")
def real_hub() -> Hub:
    hub, problems = validate(ROOT)
    assert [p.format(ROOT) for p in problems if p.path.is_relative_to(ROOT / "data")] == []
    return hub


def test_real_pages_made_from_data_are_unchanged(real_hub, monkeypatch):
    """Every page of the real content, rendered with and without the sanitiser: the same."""
    with_it = site_pages(real_hub, TODAY)
    monkeypatch.setattr(sanitize, "page", lambda html: html)
    without = site_pages(real_hub, TODAY)
    assert with_it.keys() == without.keys()
    assert [url for url in with_it if with_it[url] != without[url]] == []


@pytest.fixture(scope="module")
def hostile_hub(clean) -> Hub:
    slots = [slot for slot in text_slots(clean) if slot[0] == "markdown"]
    assert len(slots) >= len(MARKDOWN)
    return with_texts(clean, {slot: f"Before {MARKDOWN[i % len(MARKDOWN)]}\n\nAfter."
                              for i, slot in enumerate(slots)})


def test_pages_made_from_data_are_inert(clean, hostile_hub):
    baseline = site_pages(clean, TODAY)
    pages = site_pages(hostile_hub, TODAY)
    found = {f"{url}: {problem}" for url, html in pages.items()
             for problem in inert(article(html), allowed=shape(article(baseline[url])))}
    assert found == set(), "\n".join(sorted(found)[:40])
    # the payloads were there: what is left of them is on the pages
    shown = "".join(article(html) for html in pages.values())
    assert shown.count("Before") >= len(MARKDOWN)
    assert "<img" in shown and "evil.example" in shown


def test_external_links_keep_their_rel_and_no_other(hostile_hub):
    pages = site_pages(hostile_hub, TODAY)
    links = [link for html in pages.values() for link in links_elsewhere(article(html))]
    assert ("https://evil.example/x", "noopener noreferrer") in links
    assert ("http://evil.example/x", "noopener noreferrer") in links

