"""A page's weight does not grow with the content: the navigation lists sections only, so a
case page of a hub with ten times as many cases is the same size; and it stays light."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from support import CASE, VALID

from partdem.content.validate import validate
from partdem.enrich.derive import derive
from partdem.outputs.pages import framed_pages
from partdem.site.context import Context
from partdem.site.language import site_language
from partdem.site.shell import Site

PAGE = "cases/riverside-climate-assembly/"
SITE = Site("https://hub.example/", "https://github.com/partdem/hub", "Content under CC BY-SA")


def case_pages(tmp_path: Path, copies: int) -> dict[str, int]:
    """Sizes of the English pages of the fixture hub with ``copies`` more cases."""
    root = tmp_path / f"hub-{copies}"
    shutil.copytree(VALID, root)
    text = (VALID / CASE).read_text(encoding="utf-8")
    for n in range(copies):
        (root / CASE).with_name(f"copy-{n:03d}.yaml").write_text(text, encoding="utf-8")
    hub, problems = validate(root)
    assert problems == []
    context = Context(hub=hub, derived=derive(hub, date(2026, 6, 1)), today=date(2026, 6, 1),
                      repo_url=SITE.repo_url, site_url=SITE.url)
    return {framed.url: len(html.encode()) for _, framed, html in
            framed_pages(context, SITE, site_language("en"))}


@pytest.fixture(scope="module")
def sizes(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("weight")
    return case_pages(tmp, 10), case_pages(tmp, 100)


def test_a_case_page_is_the_same_size_at_ten_times_the_cases(sizes):
    small, large = sizes
    assert len(large) > len(small) + 80  # the larger hub really has more pages
    assert abs(large[PAGE] - small[PAGE]) <= 0.01 * small[PAGE]


def test_lists_grow_with_the_content_and_entity_pages_stay_light(sizes):
    small, large = sizes
    assert large["benchmark/"] > 3 * small["benchmark/"]  # the check above could see growth
    entity_pages = [size for url, size in large.items() if url.count("/") == 2]
    assert len(entity_pages) > 100
    assert max(entity_pages) < 60_000
