"""Rule: an initiative, and each of its events, ends no earlier than it starts."""

from __future__ import annotations

from placed import INITIATIVE, placed
from support import CASE, hub_with, one

# The fixture initiative starts on 2020-01-01; its event runs from 2030-06-01 to 2030-06-02.


def test_initiative_ending_the_day_it_starts(tmp_path):
    text, _ = placed(INITIATIVE, ("end",), "2020-01-01")
    assert hub_with(tmp_path, {INITIATIVE: text}) == []


def test_initiative_ending_before_it_starts(tmp_path):
    text, line = placed(INITIATIVE, ("end",), "2019-12-31")
    problem = one(hub_with(tmp_path, {INITIATIVE: text}))
    assert problem.message == "the end date 2019-12-31 is before the start date 2020-01-01"
    assert (problem.path.name, problem.line) == ("sample-network.yaml", line)


def test_initiative_with_an_end_and_no_start(tmp_path):
    text, _ = placed(INITIATIVE, ("end",), "2019-12-31", also={("start",): ...})
    assert hub_with(tmp_path, {INITIATIVE: text}) == []


def test_event_of_one_day(tmp_path):
    text, _ = placed(INITIATIVE, ("events", 0, "end"), "2030-06-01")
    assert hub_with(tmp_path, {INITIATIVE: text}) == []
    text, _ = placed(INITIATIVE, ("events", 0, "start"), "2030-06-01",
                     also={("events", 0, "end"): ...})
    assert hub_with(tmp_path, {INITIATIVE: text}) == []


def test_event_ending_before_it_starts(tmp_path):
    text, line = placed(INITIATIVE, ("events", 0, "end"), "2030-05-31")
    problem = one(hub_with(tmp_path, {INITIATIVE: text}))
    assert problem.message == "the end date 2030-05-31 is before the start date 2030-06-01"
    assert problem.line == line


def test_second_event_ending_before_it_starts(tmp_path):
    second = {"title": "Closing meeting", "start": "2031-03-10", "end": "2031-03-12"}
    text, line = placed(INITIATIVE, ("events", 1, "end"), "2031-03-09",
                        also={("events",): [{"title": "Annual gathering", "start": "2030-06-01"},
                                            second]})
    problem = one(hub_with(tmp_path, {INITIATIVE: text}))
    assert problem.message == "the end date 2031-03-09 is before the start date 2031-03-10"
    assert problem.line == line


def test_case_and_initiative_with_bad_dates_each_reported(tmp_path):
    initiative, _ = placed(INITIATIVE, ("end",), "2019-12-31")
    case, _ = placed(CASE, ("end",), "2021-03-05")
    problems = hub_with(tmp_path, {INITIATIVE: initiative, CASE: case})
    assert sorted(p.message for p in problems) == [
        "the end date 2019-12-31 is before the start date 2020-01-01",
        "the end date 2021-03-05 is before the start date 2021-03-06",
    ]
