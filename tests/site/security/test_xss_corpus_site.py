"""The XSS corpus in the pages made from data, rendered as the build renders them: every payload
comes out escaped, and clean pages run only their own scripts."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
import test_xss_corpus
from hostile import (
    article,
    executable,
    page_lang,
    shape,
    site_pages,
)
from test_xss_corpus import KINDS, TODAY, payload_hubs

from partdem.content.hub import Hub
from partdem.site.theme import theme

clean = test_xss_corpus.clean  # the valid fixture hub, as there


def render(hub: Hub) -> dict[str, str]:
    """Every page made from data, as the site publishes it, by address."""
    return site_pages(hub, TODAY)


@pytest.fixture(scope="module")
def rendered(clean) -> Callable[[str], list[dict[str, str]]]:
    """The pages of the payload hubs of a kind, rendered once for the tests that read them."""
    return functools.cache(lambda kind: [render(hub) for hub in payload_hubs(clean, kind)])


@pytest.fixture(scope="module")
def baseline(clean) -> dict[str, str]:
    return render(clean)


def drawings(html: str) -> Counter:
    """The charts, map and icons the build draws itself."""
    return Counter({kind: n for kind, n in shape(html).items()
                    if kind in ("<svg> element", "<math> element")})


def test_clean_pages_run_nothing_but_their_own_scripts(baseline):
    found = [f"{url}: {item}" for url, html in baseline.items()
             for item in executable(article(html), drawings(article(html)))]
    assert found == []
    scripts = {kind for html in baseline.values() for kind in shape(html)
               if kind.startswith("script ")}
    assert {script.rsplit("/", 1)[-1] for script in scripts} <= {
        "md-scope.js", "search.js", "filters.js", "sort.js", "chooser.js", "quiz.js",
        "contribute.js", "propose.js", "translate.js", "plan.js", "print.js", "share.js",
        Path(theme().script).name}


@pytest.mark.parametrize("kind", KINDS)
def test_rendering_escapes(rendered, baseline, kind):
    """Anywhere in the page: its content, and the title, description, table of contents and
    notices the page shell writes around it."""
    found = set()
    for pages in rendered(kind):
        for url, html in pages.items():
            page = url.removeprefix(f"{page_lang(url)}/")  # one line for all languages
            found |= {f"{page}: {item}" for item in executable(html, shape(baseline[url]))}
    assert not found, f"{len(found)} leaks:\n" + "\n".join(sorted(found)[:60])

