"""Rule: a design's largest size is no smaller than its smallest, and its longest duration no
shorter than its shortest (the fixture design: 50 to 150 people, 4 to 12 days)."""

from __future__ import annotations

from placed import DESIGN, placed
from support import hub_with, one


def test_equal_sizes_pass(tmp_path):
    text, _ = placed(DESIGN, ("size_max",), "50")
    assert hub_with(tmp_path, {DESIGN: text}) == []


def test_largest_size_below_the_smallest(tmp_path):
    text, line = placed(DESIGN, ("size_max",), "49")
    problem = one(hub_with(tmp_path, {DESIGN: text}))
    assert problem.message == "size_max is smaller than size_min"
    assert (problem.path.name, problem.line) == ("citizens-assembly.yaml", line)


def test_equal_durations_pass(tmp_path):
    text, _ = placed(DESIGN, ("days_max",), "4")
    assert hub_with(tmp_path, {DESIGN: text}) == []


def test_longest_duration_below_the_shortest(tmp_path):
    text, line = placed(DESIGN, ("days_max",), "3.5")
    problem = one(hub_with(tmp_path, {DESIGN: text}))
    assert problem.message == "days_max is smaller than days_min"
    assert problem.line == line


def test_both_reported(tmp_path):
    text, _ = placed(DESIGN, ("days_max",), "1", also={("size_max",): 10})
    problems = hub_with(tmp_path, {DESIGN: text})
    assert [p.message for p in problems] == ["size_max is smaller than size_min",
                                             "days_max is smaller than days_min"]


def test_an_invalid_bound_is_reported_alone(tmp_path):
    """When one of the two is not a number, only that is reported: the comparison is skipped."""
    for loc in (("size_min",), ("size_max",), ("days_min",), ("days_max",)):
        text, line = placed(DESIGN, loc, "many", also={("size_max",): 1, ("days_max",): 1})
        problems = hub_with(tmp_path, {DESIGN: text})
        assert [p.line for p in problems if "smaller than" not in p.message] == [line], loc
        kind = loc[0].split("_")[0]
        assert not any(p.message.startswith(kind) for p in problems), loc
