"""Rule: a content file is one YAML document, without directives, refused at the line where a
second document would start (before, the loader read the first and dropped the rest unseen by
the contributor, or reported it at line 1)."""

from __future__ import annotations

import pytest
from support import CASE, VALID, hub_with, one

TEXT = (VALID / CASE).read_text(encoding="utf-8")
LINES = TEXT.count("\n")  # the fixture case ends with a line break
SECOND = ("the file holds more than one YAML document (a line with --- or ... after the "
          "content): a content file is one document; keep one")
DIRECTIVE = ("YAML directives (lines starting with %, such as %YAML 1.2) are not allowed: remove "
             "the line")


@pytest.mark.parametrize(("after", "line", "col"), [
    ("---\ntitle: Other\n", 1, 1),  # a second document
    ("--- {title: Other}\n", 1, 1),
    ("---\n", 1, 1),  # an empty second document
    ("--- # nothing\n", 1, 1),
    ("...\ntitle: Other\n", 2, 1),  # content after the end of the document
    ("...\n---\ntitle: Other\n", 2, 1),
    ("...\n%YAML 1.1\n---\ntitle: Other\n", 2, 1),  # a directive of the second document
    ("... title: Other\n", 1, 5),
])
def test_second_document_refused_at_its_line(tmp_path, after, line, col):
    problem = one(hub_with(tmp_path, {CASE: TEXT + after}))
    assert problem.message == SECOND
    assert (problem.line, problem.col) == (LINES + line, col)


@pytest.mark.parametrize("text", ["---\n" + TEXT, TEXT + "...\n", TEXT + "...\n# the end\n",
                                  "--- # the case\n" + TEXT + "...\n...\n"])
def test_one_document_with_markers_passes(tmp_path, text):
    assert hub_with(tmp_path, {CASE: text}) == []


@pytest.mark.parametrize("directive", ["%YAML 1.1", "%YAML 1.2", "%TAG !e! tag:example.org,2024:"])
def test_directive_refused(tmp_path, directive):
    problem = one(hub_with(tmp_path, {CASE: f"# the case\n{directive}\n---\n{TEXT}"}))
    assert problem.message == DIRECTIVE
    assert (problem.line, problem.col) == (2, 1)
