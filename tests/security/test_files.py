"""Files that point elsewhere: symbolic links in data/ and docs/ (a pull request could link a
file of the build machine and have it published), files outside the content folders, and names
or references with "..", absolute paths or Unicode that hides what it says."""

from __future__ import annotations

import shutil

import pytest
from support import CASE, TRAINING, VALID, edited, hub_with, messages, one

from partdem.content.validate import validate

OUTSIDE = "/etc/hostname"  # a file of the machine that runs the check
TEXT = (VALID / CASE).read_text(encoding="utf-8")


def linked(tmp_path, links: dict[str, str]) -> list[str]:
    """The problems of the valid hub with symbolic links added (name: target)."""
    hub_with(tmp_path, {})
    root = tmp_path / "hub"
    for name, target in links.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        if (root / name).is_dir():
            shutil.rmtree(root / name)  # a content folder replaced by a link
        (root / name).symlink_to(target)
    return messages(validate(root)[1])


@pytest.mark.parametrize(("name", "target"), [
    ("data/cases/riverside-copy.yaml", OUTSIDE),  # a file
    ("data/cases/more", "/etc"),  # a folder inside a content folder
    ("data/newsletter", "/etc"),  # a content folder
    ("data/cases/local.yaml", "riverside-climate-assembly.yaml"),  # even one inside data/
])
def test_links_in_data_refused(tmp_path, name, target):
    problems = linked(tmp_path, {name: target})
    assert problems == [problems[0]] and "symbolic links are not allowed in data/" in problems[0]


def test_data_itself_linked_refused(tmp_path):
    hub_with(tmp_path, {})
    root = tmp_path / "hub"
    (root / "data").rename(tmp_path / "elsewhere")
    (root / "data").symlink_to(tmp_path / "elsewhere")
    assert "data/ is a symbolic link" in one(validate(root)[1]).message


@pytest.mark.parametrize(("name", "target"), [
    ("docs/hostname.md", OUTSIDE),
    ("docs/assets/machine", "/etc"),
    ("docs/about.md", "../data/cases/riverside-climate-assembly.yaml"),
    ("docs/page.html", OUTSIDE),  # a file docs/ may not hold: refused once, as a link
    ("docs/assets/hub/x.js", OUTSIDE),  # even in the maintainers' folder
])
def test_links_in_docs_refused(tmp_path, name, target):
    problem = one(linked(tmp_path, {name: target}))
    assert "symbolic links are not allowed in docs/" in problem


def test_docs_itself_linked_refused(tmp_path):
    assert "symbolic links are not allowed in docs/" in one(linked(tmp_path, {"docs": "/etc"}))


def test_real_files_in_docs_pass(tmp_path):
    assert hub_with(tmp_path, {"docs/about.md": "# About\n", "docs/assets/x.css": "a{}\n"}) == []


@pytest.mark.parametrize(("name", "expected"), [
    ("data/secrets.yaml", "'secrets.yaml' is not a content folder"),
    ("data/cases/nested/x.yaml", "folders inside a content folder are not read"),
    ("data/cases/a..b.yaml", "is not a valid file name"),
    ("data/cases/...yaml", "is not a valid file name"),
    ("data/cases/x.yaml.es.yaml", "is not a valid file name"),
])
def test_files_outside_the_content_folders_refused(tmp_path, name, expected):
    assert expected in one(hub_with(tmp_path, {name: TEXT})).message


@pytest.mark.parametrize("slug", ["../designs/citizens-assembly", "/etc/passwd",
                                  "..", "citizens-assembly/../../x", "C:\\Windows"])
def test_references_with_paths_refused(tmp_path, slug):
    problem = one(hub_with(tmp_path, {CASE: edited(CASE, design=slug)}))
    assert "is not a valid slug" in problem.message


# Names that look like another, or hide a part of themselves.
TRICKS = {
    "bidi-override": "riverside\u202eyaml.lmth",
    "zero-width-space": "riverside\u200b-assembly",
    "zero-width-joiner": "river\u200dside",
    "cyrillic-i": "r\u0456verside-assembly",
    "cyrillic-e-and-a": "\u0435x\u0430mple",
    "fullwidth": "\uff52iverside",
}


@pytest.mark.parametrize("name", TRICKS.values(), ids=TRICKS.keys())
def test_odd_unicode_in_file_names_refused(tmp_path, name):
    problem = one(hub_with(tmp_path, {f"data/cases/{name}.yaml": TEXT}))
    assert "contains invisible or non-ASCII characters" in problem.message


@pytest.mark.parametrize("name", TRICKS.values(), ids=TRICKS.keys())
def test_odd_unicode_in_references_refused(tmp_path, name):
    problem = one(hub_with(tmp_path, {TRAINING: edited(TRAINING, prerequisites=[name])}))
    assert "is not a valid slug" in problem.message


def test_odd_unicode_in_a_translation_language_refused(tmp_path):
    problem = one(hub_with(tmp_path, {"data/cases/riverside-climate-assembly.\u0435s.yaml":
                                      "reviewed: false\n"}))
    assert "contains invisible or non-ASCII characters" in problem.message


@pytest.mark.parametrize("char", ["\u202e", "\u2066", "\u200f\u202b"])
def test_bidi_controls_in_text_refused(tmp_path, char):
    problem = one(hub_with(tmp_path, {CASE: edited(CASE, title=f"Riverside {char}ylbmessA")}))
    assert "bidirectional control character" in problem.message
