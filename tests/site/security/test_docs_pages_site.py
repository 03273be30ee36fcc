"""Every page shape the check accepts builds, into pages that run nothing and load nothing from
another host (the shapes: tests/page_shapes.py)."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import lxml.html
import pytest
from hostile import article, executable, shape
from outside import elsewhere, unprotected
from page_shapes import ACCEPTED, TRANSLATED
from support import VALID, copy_project

from partdem.build import build_site
from partdem.content.validate import validate


# -- every accepted shape builds, and what it publishes is inert ----------------------------
@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The site of the fixture content with a page of every shape the check accepts, in
    English and Spanish."""
    project = tmp_path_factory.mktemp("docs-shapes") / "project"
    copy_project(project)
    shutil.copytree(VALID / "data", project / "data")
    for name, text in ACCEPTED.items():
        (project / "docs" / f"{name}.md").parent.mkdir(parents=True, exist_ok=True)
        (project / "docs" / f"{name}.md").write_bytes(text.encode("utf-8"))
    for name, text in TRANSLATED.items():
        (project / "docs" / f"{name}.es.md").write_text(text, encoding="utf-8")
    assert [problem.format(project) for problem in validate(project)[1]] == []
    assert build_site(project, Path("site"), language="en,es") == 0
    return project / "site"


def built_page(site: Path, name: str, lang: str) -> str:
    prefix = "" if lang == "en" else f"{lang}/"
    stem = name.removesuffix("/index").removesuffix("index")
    return (site / prefix / stem / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_accepted_shape_is_published_inert(built, lang):
    clean = shape(built_page(built, "about", lang))  # the shell's own scripts, form and icons
    for name in ACCEPTED:
        deeper = 3 * name.removesuffix("/index").count("/")  # the ../ of folders below about/
        html = re.sub(r"(?:\.\./)+", lambda up, cut=deeper: up[0][cut:],
                      built_page(built, name, lang))
        document = lxml.html.fromstring(html)
        # framed by the page shell, with its policy: no theme template drew it
        assert len(document.xpath("//meta[@http-equiv='Content-Security-Policy']")) == 1, name
        assert document.xpath("//div[@data-md-component='container']"), name
        assert executable(html, clean) == [], name
        content = article(html)
        assert elsewhere(content, f"https://hub.example/{name}/") == [], name
        assert unprotected(content) == [], name


def test_markup_in_code_is_published_as_text(built):
    content = article(built_page(built, "code", "en"))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content
    assert "&lt;meta http-equiv=" in content and "<meta" not in content
    assert Counter(element.tag for element in lxml.html.fromstring(f"<div>{content}</div>")
                   .iter() if element.tag in ("script", "iframe", "img", "meta")) == Counter()


def test_links_to_pages_made_from_data_lead_there(built):
    content = article(built_page(built, "help/index", "en"))
    assert 'href="../cases/"' in content and 'href="page/"' in content
    assert 'href="../cases/"' in article(built_page(built, "backtick-link", "en"))


@pytest.mark.parametrize("name", ["markdown", "help/index"])
def test_translations_are_published_in_their_language(built, name):
    html = built_page(built, name, "es")
    assert '<html lang="es"' in html and "Texto <code>&lt;script&gt;</code> mostrado" in html

