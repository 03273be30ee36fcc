"""Rule: docs/ holds hand-written pages the hub can check (<name>.md, <name>.<language>.md), and
the hub's own assets in the folders only maintainers change; every other file is refused at
line 1, since the engine would publish it as it stands or build it into a page unchecked."""

from __future__ import annotations

import re

import pytest
from support import ROOT, hub_with, one

from partdem.content import docs

UNCHECKED = "would be published as it stands, unchecked: docs/ holds only hand-written pages"
NOT_A_PAGE = "is not a page the hub can check: hand-written pages are named <name>.md"
ABOUT = "# About\n"


def refused(tmp_path, name: str, text: str = "<p>x</p>\n") -> str:
    """The one problem of the hub with docs/about.md and the file ``name``, as printed."""
    problem = one(hub_with(tmp_path, {"docs/about.md": ABOUT, name: text}))
    return problem.format(tmp_path / "hub")


@pytest.mark.parametrize("name", [
    "docs/x.html", "docs/x.htm", "docs/x.svg", "docs/x.js", "docs/x.css", "docs/x.xml",
    "docs/robots.txt", "docs/.htaccess", "docs/.well-known/security.txt", "docs/help/x.html",
    "docs/x.md.html", "docs/x.yaml", "docs/x",
])
def test_files_that_are_not_pages_refused(tmp_path, name):
    shown = name.rpartition("/")[2]
    assert refused(tmp_path, name) == f"{name}:1:1: error: '{shown}' {UNCHECKED} (<name>.md, " \
                                      "and <name>.<language>.md for a translation); the " \
                                      "hub's own stylesheets and scripts live in docs/assets/, " \
                                      "which only maintainers change"


@pytest.mark.parametrize("name", [
    # the other suffixes the engine builds into pages
    "docs/x.markdown", "docs/x.mdown", "docs/x.mkdn", "docs/x.mkd",
    # names that are no slug
    "docs/About.md", "docs/x.MD", "docs/my_page.md", "docs/my--page.md", "docs/-x.md",
    "docs/x.es.es.md", "docs/caf\u00e9.md", "docs/x\u200b.md", "docs/.x.md",
])
def test_pages_the_hub_cannot_check_refused(tmp_path, name):
    assert refused(tmp_path, name, ABOUT).startswith(
        f"{name}:1:1: error: '{name[5:]}' {NOT_A_PAGE}")


@pytest.mark.parametrize(("name", "expected"), [
    ("docs/Help/x.md", "the folder name 'Help' is not a slug"),
    ("docs/a_b/x.md", "the folder name 'a_b' is not a slug"),
    ("docs/es.md", "docs/es.md would be a page at /es/, where the hub publishes its pages in 'es'"),
    ("docs/ar/x.md", "docs/ar/x.md would be a page at /ar/, where the hub publishes its pages in"),
    ("docs/about.xx.md", "'xx' is not a language of this site; translated pages are named "
                         "<name>.<language>.md with language one of: es, fr, de, pt, ar"),
    ("docs/about.ES.md", "'ES' is not a language of this site"),
    ("docs/about.en.md", "the English page is docs/about.md, without .en: rename the file"),
    ("docs/ghost.es.md", "this is a translation of docs/ghost.md, which does not exist"),
    ("docs/help/ghost.fr.md", "this is a translation of docs/help/ghost.md, which does not"),
    ("docs/assets/page.md", "docs/assets/ holds the hub's own stylesheets and scripts, not pages"),
    ("docs/assets/hub/x.markdown", "docs/assets/ holds the hub's own stylesheets and scripts"),
    ("docs/cases.md", "docs/cases.md would be the page at /cases, which the hub makes from "
                      "data/: rename or move the page"),
])
def test_misplaced_pages_refused(tmp_path, name, expected):
    text = "---\ntitle: X\nsource_fingerprint: x\nreviewed: false\n---\n# X\n"
    assert refused(tmp_path, name, text).startswith(f"{name}:1:1: error: {expected}")


@pytest.mark.parametrize(("name", "number"), [
    ("docs/call-06-12-34-56-78.md", "06 12 34 56 78"),
    ("docs/jane/06-12-34-56-78.md", "06 12 34 56 78"),
])
def test_personal_data_in_a_page_name_refused(tmp_path, name, number):
    assert refused(tmp_path, name, ABOUT).startswith(
        f"{name}:1:1: error: the file name is published as the page's address: '{number}' "
        "looks like a phone number")


def test_an_orphan_is_refused_even_beside_a_folder_of_its_name(tmp_path):
    assert refused(tmp_path, "docs/help.es.md", ABOUT).startswith(
        "docs/help.es.md:1:1: error: this is a translation of docs/help.md")


@pytest.mark.parametrize("name", [
    "docs/assets/hub/new.js", "docs/assets/hub.css", "docs/assets/images/map.svg",
    "docs/assets/x.html", "docs/assets/deep/er/.hidden",
])
def test_files_of_the_maintainers_folders_pass(tmp_path, name):
    assert hub_with(tmp_path, {"docs/about.md": ABOUT, name: "<svg onload=alert(1)/>\n"}) == []


@pytest.mark.parametrize("name", ["docs/help/cases.md", "docs/help/index.md", "docs/a/b/c.md",
                                  "docs/x-1.md", "docs/2024.md", "docs/assets.md",
                                  "docs/en.md", "docs/en/x.md"])  # English is at the root
def test_pages_in_folders_pass(tmp_path, name):
    assert hub_with(tmp_path, {name: "# A page\n"}) == []


def test_a_translation_beside_its_source_passes(tmp_path):
    source = "# Help\n"
    assert hub_with(tmp_path, {"docs/help/a.md": source, "docs/help/a.es.md": (
        f"---\nsource_fingerprint: {docs.fingerprint(source)}\nreviewed: true\n---\n"
        "# Ayuda\n")}) == []


def test_every_problem_is_reported_at_once(tmp_path):
    problems = hub_with(tmp_path, {"docs/about.md": ABOUT, "docs/x.html": "x",
                                   "docs/y.markdown": "x", "docs/ghost.es.md": "x"})
    assert [(p.path.name, p.line) for p in problems] == [
        ("ghost.es.md", 1), ("x.html", 1), ("y.markdown", 1)]


def test_no_docs_folder_is_fine(tmp_path):
    assert hub_with(tmp_path, {}) == []


# -- the maintainers' folders are theirs in CODEOWNERS -------------------------------------------
def codeowners() -> list[tuple[str, list[str]]]:
    """The rules of .github/CODEOWNERS: (pattern, owners), in order."""
    text = (ROOT / ".github" / "CODEOWNERS").read_text(encoding="utf-8")
    return [(parts[0], parts[1:]) for parts in (line.split() for line in text.splitlines())
            if parts and not parts[0].startswith("#")]


def test_maintained_folders_are_the_maintainers_in_codeowners():
    rules = codeowners()
    maintainers = next(owners for pattern, owners in rules if pattern == "*")
    assert maintainers == ["@partdem/maintainers"]
    owned = [pattern for pattern, owners in rules
             if re.fullmatch(r"/docs/[^*?]+/", pattern) and owners == maintainers]
    assert owned == ["/docs/assets/"]
    assert tuple(pattern.removeprefix("/docs/").rstrip("/") for pattern in owned) == \
        docs.MAINTAINED
    # The later matching line wins: no line after a maintainers' folder may match a file in it.
    for pattern in owned:
        later = rules[rules.index((pattern, maintainers)) + 1:]
        assert all((p.startswith("/") and not p.startswith("/docs/")) or p in owned
                   for p, _ in later), later
