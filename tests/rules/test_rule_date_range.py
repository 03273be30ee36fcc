"""Rule: every date lies from 1900-01-01 to 2100-12-31, and is written as a date, not a number.

Written here as literal dates: the first and the last day pass, the day before and the day after
are refused at the value's line. (The build adds days to dates: a date at the very end of the
calendar would crash it.)
"""

from __future__ import annotations

import pytest
from placed import INITIATIVE, NEWSLETTER, placed
from support import CASE, TRAINING, hub_with, one

RANGE = "expected a date from 1900-01-01 to 2100-12-31"
# file, location, values that keep the file valid at both ends (an end after its start...)
FIELDS = [
    (CASE, ("start",), {("end",): ...}),
    (CASE, ("end",), {("start",): "1900-01-01"}),
    (CASE, ("outcome", "response_date"), {}),
    (INITIATIVE, ("start",), {}),
    (INITIATIVE, ("end",), {("start",): ...}),
    (INITIATIVE, ("events", 0, "start"), {("events", 0, "end"): ...}),
    (INITIATIVE, ("events", 0, "end"), {("events", 0, "start"): "1900-01-01"}),
    (NEWSLETTER, ("date",), {}),
    (TRAINING, ("sessions", 0, "start"), {}),
]
IDS = [f"{name.split('/')[1]}:{'.'.join(map(str, loc))}" for name, loc, _ in FIELDS]


@pytest.mark.parametrize(("name", "loc", "also"), FIELDS, ids=IDS)
def test_first_and_last_day_pass(tmp_path, name, loc, also):
    for day in ("1900-01-01", "2100-12-31"):
        text, _ = placed(name, loc, day, also)
        assert hub_with(tmp_path, {name: text}) == [], day


@pytest.mark.parametrize("day", ["1899-12-31", "2101-01-01", "0001-01-01", "9999-12-31"])
@pytest.mark.parametrize(("name", "loc", "also"), FIELDS, ids=IDS)
def test_out_of_range(tmp_path, name, loc, also, day):
    text, line = placed(name, loc, day, also)
    problem = one(hub_with(tmp_path, {name: text}))
    assert problem.message == f"'{loc[-1]}': {RANGE}, got {day}"
    assert problem.line == line


def test_updated_before_the_first_day(tmp_path):
    text, line = placed(CASE, ("updated",), "1899-12-31")
    problem = one(hub_with(tmp_path, {CASE: text}))
    assert problem.message == f"'updated': {RANGE}, got 1899-12-31"
    assert problem.line == line


@pytest.mark.parametrize(("raw", "shown"), [("0", "0"), ("1615000000", "1615000000"),
                                            ("20210306", "20210306"), ("true", "true"),
                                            ("2021.5", "2021.5")])
def test_a_number_is_not_a_date(tmp_path, raw, shown):
    # pydantic would read a number as seconds since 1970: 0 would be 1970-01-01.
    text, line = placed(CASE, ("start",), raw)
    problem = one(hub_with(tmp_path, {CASE: text}))
    assert problem.message == f"'start': expected a date written as YYYY-MM-DD, got {shown}"
    assert problem.line == line


def test_a_date_in_quotes_passes(tmp_path):
    text, _ = placed(CASE, ("start",), "'2021-03-06'")
    assert hub_with(tmp_path, {CASE: text}) == []
