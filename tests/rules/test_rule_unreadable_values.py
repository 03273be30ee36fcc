"""Rule: a plain word that YAML reads as a date or a number must be one; if it cannot be read
(the 30th of February, a number of thousands of digits), it is refused at its own line and
column, with what to do, instead of a message at line 1 or a crash."""

from __future__ import annotations

import pytest
from placed import placed
from support import CASE, hub_with, one


@pytest.mark.parametrize(("raw", "why"), [
    ("2021-02-30", "day is out of range for month"),
    ("2021-13-01", "month must be in 1..12"),
    ("2021-03-06 25:00:00", "hour must be in 0..23"),
])
def test_impossible_date(tmp_path, raw, why):
    text, line = placed(CASE, ("start",), raw)
    problem = one(hub_with(tmp_path, {CASE: text}))
    assert problem.message == (f"'{raw}' is not a real date ({why}): write a date as "
                               "YYYY-MM-DD, or put the value in quotes if it is text")
    assert (problem.line, problem.col) == (line, 8)


def test_number_too_long_to_read(tmp_path):
    raw = "1" * 4400  # past the 4,300 digits Python reads as a whole number
    text, line = placed(CASE, ("sessions",), raw)
    problem = one(hub_with(tmp_path, {CASE: text}))
    assert problem.message == (f"'{'1' * 40}...' is a number too long to read (4400 characters): "
                               "write a shorter number, or put the value in quotes if it is text")
    assert (problem.line, problem.col) == (line, 11)


def test_long_number_that_can_be_read(tmp_path):
    text, line = placed(CASE, ("sessions",), "1" * 4300)
    problem = one(hub_with(tmp_path, {CASE: text}))
    assert problem.message == "'sessions': must be at most 1,000, got a number of about 4300 digits"
    assert problem.line == line


def test_in_quotes_it_is_text(tmp_path):
    text, _ = placed(CASE, ("city",), "'2021-02-30'")
    assert hub_with(tmp_path, {CASE: text}) == []


def test_a_value_of_40_characters_is_shown_whole(tmp_path):
    raw = "2021-02-30T10:00:00." + "1" * 20  # a timestamp of 40 characters, on a day that is not
    text, line = placed(CASE, ("start",), raw)
    problem = one(hub_with(tmp_path, {CASE: text}))
    assert problem.message.startswith(f"'{raw}' is not a real date (day is out of range for "
                                      "month)")
    assert problem.line == line


def test_a_value_of_41_characters_is_cut(tmp_path):
    raw = "2021-02-30T10:00:00." + "1" * 21
    text, _ = placed(CASE, ("start",), raw)
    problem = one(hub_with(tmp_path, {CASE: text}))
    assert problem.message.startswith(f"'{raw[:40]}...' is not a real date")
