"""Rule: no character that YAML tools read differently anywhere in a content file.

The loader (YAML 1.1) reads U+0085, U+2028 and U+2029 as line breaks, while YAML 1.2 tools,
editors and diffs show one line: a key after one is hidden on the line before it. A byte-order
mark at the start of a line starts a new document for some readers and is skipped by libyaml
(inside a value, the text rules refuse it).
"""

from __future__ import annotations

import pytest
from support import CASE, VALID, hub_with, one

TEXT = (VALID / CASE).read_text(encoding="utf-8")


@pytest.mark.parametrize("char", ["\u0085", "\u2028", "\u2029"])
def test_refused_at_its_place(tmp_path, char):
    text = TEXT.replace("city: Riverside\n", f"city: Riverside{char}country: FR\n")
    assert text != TEXT
    problem = one(hub_with(tmp_path, {CASE: text}))
    assert problem.message == (f"the invisible character U+{ord(char):04X} is not allowed in a "
                               "content file (YAML tools disagree on whether it breaks the line "
                               "or starts a document, so a value after it could be hidden): "
                               "delete it")
    line = TEXT.split("\n").index("city: Riverside") + 1
    assert (problem.line, problem.col) == (line, 16)


def test_byte_order_mark_on_a_line_of_its_own(tmp_path):
    problem = one(hub_with(tmp_path, {CASE: TEXT + "\ufeff\n"}))
    assert (problem.line, problem.col) == (TEXT.count("\n") + 1, 1)
    assert problem.message.startswith("the invisible character U+FEFF is not allowed in a "
                                      "content file")


def test_byte_order_mark_starting_a_line(tmp_path):
    """libyaml skips it there: the key after it would be read, unseen in a review."""
    problem = one(hub_with(tmp_path, {CASE: TEXT.replace("city: Riverside\n",
                                                         "\ufeffcity: Riverside\n")}))
    line = TEXT.split("\n").index("city: Riverside") + 1
    assert (problem.line, problem.col) == (line, 1)
    assert problem.message.startswith("the invisible character U+FEFF is not allowed in a "
                                      "content file")


def test_byte_order_mark_inside_a_value_is_a_text_problem(tmp_path):
    problem = one(hub_with(tmp_path, {CASE: TEXT.replace("city: Riverside\n",
                                                         "city: River\ufeffside\n")}))
    assert "a byte-order mark (U+FEFF) is not allowed inside text" in problem.message


def test_other_invisible_spaces_in_text_are_left_to_the_text_rules(tmp_path):
    text = TEXT.replace("city: Riverside\n", "city: River\u00a0side\n")
    assert hub_with(tmp_path, {CASE: text}) == []
