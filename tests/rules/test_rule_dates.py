"""Rule: dates are ISO (YYYY-MM-DD) and an end never comes before its start."""

import pytest
from support import CASE, edited, hub_with, one


@pytest.mark.parametrize("value", ["06/03/2021", "2021-13-01", "March 2021"])
def test_malformed_date(tmp_path, value):
    problem = one(hub_with(tmp_path, {CASE: edited(CASE, start=value)}))
    assert "'start': expected a date written as YYYY-MM-DD" in problem.message


def test_end_before_start(tmp_path):
    text = edited(CASE).replace("end: 2021-05-15", "end: 2020-05-15")
    problem = one(hub_with(tmp_path, {CASE: text}))
    assert problem.message == "the end date 2020-05-15 is before the start date 2021-03-06"
    assert problem.line == text.splitlines().index("end: 2020-05-15") + 1


def test_same_day_is_fine(tmp_path):
    text = edited(CASE).replace("end: 2021-05-15", "end: 2021-03-06")
    assert hub_with(tmp_path, {CASE: text}) == []
