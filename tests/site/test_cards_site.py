"""The cards of the built site: the home page and every page of a case, newsletter issue and
training module has, in every language, its card.png of 1200x630 beside its index.html, saying
what the page says; a second build, with no cache of cards, gives the same bytes; and the
Arabic card of a case is the reference rendering a person looked at.

The pages expected are read from data/ and the built HTML, not from the code under test."""

from __future__ import annotations

import html
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from site_paths import LANGS, ROOT

from partdem.content.languages import url_prefix
from partdem.outputs.cards import card_for
from partdem.site.context import prepare
from partdem.site.language import site_language
from partdem.testing.project import copy_project

KINDS = ("cases", "newsletter", "training")
FIXTURES = ROOT / "tests" / "fixtures" / "cards"
REFERENCE = "camden-citizens-assembly-2019"


def sources(kind: str) -> list[str]:
    """The slugs of a type's source files (not their translations, ``<slug>.<lang>.yaml``)."""
    return sorted(path.stem for path in (ROOT / "data" / kind).glob("*.yaml")
                  if "." not in path.stem)


def expected(site: Path) -> dict[str, tuple[str, str, str]]:
    """Every card the site should hold, by path: (language, kind or "", slug or "")."""
    found = {}
    for lang in LANGS:
        prefix = url_prefix(lang)
        found[f"{prefix}card.png"] = (lang, "", "")
        for kind in KINDS:
            for slug in sources(kind):
                if (site / f"{prefix}{kind}/{slug}/index.html").is_file():
                    found[f"{prefix}{kind}/{slug}/card.png"] = (lang, kind, slug)
    return found


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header (IHDR, the first chunk)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_every_page_that_shows_data_of_its_own_has_its_card(site):
    cards = expected(site)
    per_language = len(cards) // len(LANGS)
    # Every case and module is public; issues from their date on, and some are.
    assert per_language >= 1 + len(sources("cases")) + len(sources("training")) + 1
    for path in cards:
        data = (site / path).read_bytes()
        assert png_size(data) == (1200, 630), path
        assert len(data) < 60_000, path


def test_no_other_page_has_a_card(site):
    assert sorted(path.relative_to(site).as_posix() for path in site.rglob("card.png")) == sorted(
        expected(site))


def test_a_card_says_what_its_page_says(site):
    """Its title and every part of its details (place, dates, the benchmark's summary; an
    issue's number and date; a module's level and length; the site's tagline) are on the page,
    in the page's language."""
    context = prepare(ROOT, "", "/")
    for path, (lang, kind, slug) in expected(site).items():
        # Spaces as words apart: the page's description turns a no-break space into a space.
        page = " ".join(html.unescape((site / path).with_name("index.html").read_text(
            encoding="utf-8")).split())
        card = card_for(context, site_language(lang),
                        context.hub.get(kind, slug) if kind else None)
        for text in (card.kicker, card.title, *card.details):
            for part in text.split(" · "):
                assert " ".join(part.split()) in page, (path, part)


def test_the_arabic_card_of_a_case_is_the_reference(site):
    """The Arabic card of the Camden assembly, byte for byte as a person saw it: letters joined,
    right to left, "Camden, London" and the numbers in their place, nothing cut.

    When the design of the cards, their fonts or this case's Arabic text change on purpose,
    build the site (``make build``), LOOK at ``site/ar/cases/camden-citizens-assembly-2019/
    card.png`` (an image viewer, not a diff) and only then copy it over
    ``tests/fixtures/cards/camden-citizens-assembly-2019.ar.png`` in the same commit. The
    bytes also depend on the FreeType and HarfBuzz that come with the pinned Pillow."""
    built = (site / f"ar/cases/{REFERENCE}/card.png").read_bytes()
    assert built == (FIXTURES / f"{REFERENCE}.ar.png").read_bytes()


@pytest.fixture(scope="module")
def second_site(tmp_path_factory) -> Path:
    """The site built again from a copy of the project, whose cache of cards is empty, so that
    every card is drawn again in another process."""
    project = tmp_path_factory.mktemp("again") / "project"
    copy_project(ROOT, project)
    shutil.copytree(ROOT / "data", project / "data")
    target = project.parent / "site"
    # The copy's package first on the path, as in the first build: the same code, another place.
    subprocess.run([sys.executable, "-m", "partdem.cli", "build", "--site-dir", str(target)],
                   cwd=project, check=True, env={**os.environ, "PYTHONPATH": str(project)})
    assert any((project / ".cache" / "cards").glob("*.png")), "the cards were not drawn there"
    return target


def test_two_builds_give_the_same_cards(site, second_site):
    first = {path.relative_to(site): path.read_bytes() for path in site.rglob("card.png")}
    again = {path.relative_to(second_site): path.read_bytes()
             for path in second_site.rglob("card.png")}
    assert sorted(again) == sorted(first)
    assert [path for path in first if first[path] != again[path]] == []
