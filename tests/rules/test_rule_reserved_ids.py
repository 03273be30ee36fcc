"""Rule: no heading or attribute of contributed text takes an id that the theme's script or the
hub's own scripts look up (__search, __drawer, pd-chooser...): the script would find it instead
of its own element and stop working on that page. The set is read from the page shell, the
theme's templates and the hub's scripts; hand-written pages and Markdown fields are refused such
ids, and the renderer of the pages made from data never gives one."""

from __future__ import annotations

import re
from importlib.resources import files
from pathlib import Path

import pytest
from support import CASE, ROOT, edited, hub_with, one

from partdem.content import reserved
from partdem.site.language import site_language
from partdem.site.render import Renderer

PAGE = "---\ntitle: About\n---\n\n# About\n\n"
RESERVED = "is reserved: the theme's or the hub's script looks up an element by it"
THEME = Path(str(files("material"))) / "templates"


# -- where the set comes from -------------------------------------------------------------------
def test_the_shells_ids_are_reserved():
    shell = (ROOT / "partdem" / "site" / "templates" / "page.html.j2").read_text(encoding="utf-8")
    written = set(re.findall(r'\bid="([^"{}]+)"', shell))
    assert written == {"__drawer", "__search", "__toc", "__config", "pd-share-mastodon"}
    assert written <= reserved.reserved_ids()


def test_the_ids_the_hubs_scripts_look_up_are_reserved():
    assert {"pd-chooser", "pd-chooser-data", "pd-propose", "pd-form-texts", "pd-cases",
            "pd-matrix", "pd-resources", "pd-training"} <= reserved.reserved_ids()


def test_every_id_of_the_theme_is_in_its_namespace():
    # Material's templates (and the ids its script makes: __code_0, __tooltip_0...) all begin
    # with __: the prefix covers those made from a template, such as __palette_0.
    found = {name for path in THEME.rglob("*.html")
             for name in re.findall(r'\bid="(__[^"]*)"', path.read_text(encoding="utf-8"))}
    assert {"__drawer", "__search", "__toc", "__consent", "__config", "__analytics"} <= found
    every = {name for path in reserved.theme_templates()
             for name in re.findall(r'\bid="([^"]*)"', path.read_text(encoding="utf-8"))
             if "{" not in name}
    assert every and all(name.startswith(reserved.THEME_PREFIX) for name in every)
    assert every <= reserved.reserved_ids()


def test_an_id_new_in_the_shell_or_a_script_is_reserved(tmp_path, monkeypatch):
    (tmp_path / "page.html.j2").write_text('<div id="pd-new-box">', encoding="utf-8")
    (tmp_path / "x.js").write_text('document.getElementById("new-target");', encoding="utf-8")
    monkeypatch.setattr(reserved, "SHELL", tmp_path / "page.html.j2")
    monkeypatch.setattr(reserved, "HUB_SCRIPTS", tmp_path)
    reserved.reserved_ids.cache_clear()
    try:
        assert {"pd-new-box", "new-target"} <= reserved.reserved_ids()
    finally:
        monkeypatch.undo()
        reserved.reserved_ids.cache_clear()
    assert "new-target" not in reserved.reserved_ids()


@pytest.mark.parametrize("name", ["__search", "__drawer", "__toc", "__consent", "__palette_0",
                                  "__palette_12", "__code_3", "__codelineno-0-1", "__tooltip_1",
                                  "__tooltip2_0", "__x", "pd-chooser", "pd-form-texts"])
def test_reserved(name):
    assert reserved.is_reserved(name)


@pytest.mark.parametrize("name", ["search", "_search", "drawer", "toc", "pd-chooser-1",
                                  "pd", "h-search", "facts", "about"])
def test_not_reserved(name):
    assert not reserved.is_reserved(name)


# -- hand-written pages -------------------------------------------------------------------------
@pytest.mark.parametrize(("body", "offset", "name"), [
    ("## Search {#__search}", 0, "__search"),
    ("## Menu {: #__drawer }", 0, "__drawer"),
    ("## __drawer", 0, "__drawer"),
    ("Text.\n\n## \\_\\_toc", 2, "__toc"),
    ("## PD chooser", 0, "pd-chooser"),
    ("## The pd-form texts {#pd-form-texts}", 0, "pd-form-texts"),
    ("A heading\n---------\n\n## Palette {#__palette_0}", 3, "__palette_0"),
    ("## _\n\n## _", 2, "__1"),  # the second heading of the same text gets _ twice
])
def test_reserved_ids_refused_in_pages(tmp_path, body, offset, name):
    problem = one(hub_with(tmp_path, {"docs/about.md": PAGE + body + "\n"}))
    assert problem.line == PAGE.count("\n") + 1 + offset
    assert problem.message.startswith(f"the id '{name}' {RESERVED}")


@pytest.mark.parametrize("body", ["## Search {#search}", "## Drawer", "## _search {#x_search}",
                                  "## Update details", "## Pdf chooser"])
def test_other_ids_pass_in_pages(tmp_path, body):
    assert hub_with(tmp_path, {"docs/about.md": PAGE + body + "\n"}) == []


def test_a_heading_id_must_be_plain(tmp_path):
    problem = one(hub_with(tmp_path, {"docs/about.md": PAGE + "## X {#a'b}\n"}))
    assert problem.message.startswith("Markdown attribute lists") or "not a plain id" in \
        problem.message


# -- Markdown fields ----------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("## __search\n\nText.", "__search"),
    ("Intro.\n\n### PD Chooser", "pd-chooser"),
    ("# [pd](https://example.org)-propose", "pd-propose"),
    ("pd-cases\n========\n\nText.", "pd-cases"),
    ("> ## \\_\\_drawer", "__drawer"),
    ("- ## __toc ##", "__toc"),
    ("1. > ## pd-matrix", "pd-matrix"),
    ("## \uff3f\uff3fsearch", "__search"),  # full-width low lines fold to _
    ("## _\n\n## _", "__1"),
    ("Intro.\n\n__x text\nover two lines\n---", "__x-text-over-two-lines"),
    ("1. pd-chooser\n   ----------", "pd-chooser"),
])
def test_reserved_ids_refused_in_markdown_fields(tmp_path, text, name):
    problem = one(hub_with(tmp_path, {CASE: edited(CASE, lessons=text)}))
    lines = (tmp_path / "hub" / CASE).read_text(encoding="utf-8").splitlines()
    assert lines[problem.line - 1].startswith("lessons:")
    assert f"would get the id '{name}', which is reserved" in problem.message


@pytest.mark.parametrize("text", ["## Facts\n\nText.", "## Update the design\n\nText.",
                                  "Search\n------\n\nText.", "Text with __bold__ words.",
                                  "# Heading _ with _ underscores", "A list:\n- __search",
                                  "```\n# __init__\n```", "~~~python\n## __x\n~~~",
                                  "Text\n\n    # __init__ in code", "x # __search", "#__search",
                                  "Intro.\n\n    __x = 1\n---", "__x\n\n---"])
def test_other_headings_pass_in_markdown_fields(tmp_path, text):
    assert hub_with(tmp_path, {CASE: edited(CASE, lessons=text)}) == []


@pytest.mark.parametrize(("text", "found"), [
    ("# One\n\n## Two #\n\nThree\n=====\n\n- ## Four", [("One", "one"), ("Two", "two"),
                                                        ("Three", "three"), ("Four", "four")]),
    ("## A [link](https://x.org/__y) here", [("A [link](https://x.org/__y) here", "a-link-here")]),
    ("## Same\n## Same", [("Same", "same"), ("Same", "same_1")]),
    ("```\n# Not\n```\n# Yes\n~~~\n# Not\n```\n# Not\n~~~", [("Yes", "yes")]),
    ("Text\n---", [("Text", "text")]),
    ("\n---\n", []),
])
def test_headings_are_read_as_markdown_reads_them(text, found):
    assert reserved.heading_ids(text) == found


def test_headings_are_read_without_converting(monkeypatch):
    # Markdown takes seconds for thousands of brackets: the check never converts a field.
    monkeypatch.setattr("markdown.Markdown.convert", None)
    assert reserved.heading_problem("## _" + "[" * 4990) is None
    assert reserved.heading_problem("## __search " + "[" * 4900) is not None


# -- the renderer -------------------------------------------------------------------------------
def test_the_renderer_gives_no_reserved_id():
    renderer = Renderer(None, site_language("en"))
    # a heading indented in a list, which the check reads as code, is renamed all the same
    assert 'id="h-toc"' in str(renderer.markdown("- item\n\n    ## __toc"))
    renderer = Renderer(None, site_language("en"))
    html = str(renderer.markdown("## __search\n\n## PD chooser\n\n## _\n\n## _\n\n## About\n\n"
                                 "## About"))
    ids = re.findall(r' id="([^"]*)"', html)
    assert ids == ["h-search", "h-pd-chooser", "_", "h-1", "about", "about_1"]
    assert [heading["id"] for heading in renderer.headings] == ids
    assert 'id="h-drawer"' in str(renderer.heading(2, "__drawer"))
    # a heading of another text of the page, which Markdown alone would give a reserved id
    assert 'id="h-1_1"' in str(renderer.markdown("## _"))
    assert str(renderer.heading(2, "Toc", "__toc")) == '<h2 id="h-toc">Toc</h2>'


@pytest.mark.parametrize("anchor", ["__search", "pd-chooser", "__", "_", "x"])
def test_avoid_gives_an_id_that_is_not_reserved(anchor):
    assert not reserved.is_reserved(reserved.avoid(anchor))
    assert reserved.avoid("x") == "x"
