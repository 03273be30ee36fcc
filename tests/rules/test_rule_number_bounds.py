"""Rule: every number lies within bounds that make sense for its field.

The bounds are written here as literal numbers, not read from the models: the lowest and the
highest value pass, one step beyond either is refused at the value's line with both figures in
the message, and the JSON Schema that editors read carries the same bounds.
"""

from __future__ import annotations

from typing import Any

import pytest
from placed import BENCHMARK, DESIGN, GUIDE, NEWSLETTER, RESOURCE, placed
from support import CASE, CHAPTER, TRAINING, hub_with, one

from partdem.tools.schemas import schema_files

SIX_CHOICES = ["One", "Two", "Three", "Four", "Five", "Six"]
# file, location, lowest, highest, whole number, other values that keep the file valid at the
# bounds (a design's largest size is no smaller than its smallest...)
FIELDS: list[tuple[str, tuple[Any, ...], float, float, bool, dict]] = [
    (CASE, ("budget", "amount"), 0, 10_000_000_000_000, False, {}),
    (CASE, ("participants", "number"), 0, 100_000, True, {}),
    (CASE, ("outcome", "recommendations"), 0, 10_000, True, {}),
    (CASE, ("sessions",), 0, 1_000, True, {}),
    (CASE, ("hours",), 0, 10_000, False, {}),
    (CASE, ("days",), 0, 1_000, False, {}),
    (CHAPTER, ("founded",), 1900, 2100, True, {}),
    (RESOURCE, ("year",), 1900, 2100, True, {}),
    (DESIGN, ("size_min",), 1, 100_000, True, {("size_max",): 100_000}),
    (DESIGN, ("size_max",), 1, 100_000, True, {("size_min",): 1}),
    (DESIGN, ("days_min",), 0, 1_000, False, {("days_max",): 1_000}),
    (DESIGN, ("days_max",), 0, 1_000, False, {("days_min",): 0}),
    (GUIDE, ("rules", 0, "when", "above"), 0, 100_000, False, {}),
    (GUIDE, ("rules", 0, "when", "below"), 0, 100_000, False, {}),
    (GUIDE, ("rules", 1, "when", "fewer_than"), 1, 200, True, {}),
    (NEWSLETTER, ("number",), 1, 10_000, True, {}),
    (TRAINING, ("duration_minutes",), 1, 10_000, True, {}),
    (TRAINING, ("quiz", 0, "answer"), 1, 6, True, {("quiz", 0, "choices"): SIX_CHOICES}),
    (BENCHMARK, ("order",), 1, 99, True, {}),
]
IDS = [f"{name.split('/')[1]}:{'.'.join(map(str, loc))}" for name, loc, *_ in FIELDS]


def shown(value: float) -> str:
    """A figure as the messages write it: 10,000 for a whole number, 1000.5 otherwise."""
    return f"{int(value):,}" if float(value).is_integer() else repr(value)


@pytest.mark.parametrize(("name", "loc", "low", "high", "whole", "also"), FIELDS, ids=IDS)
def test_bounds_pass(tmp_path, name, loc, low, high, whole, also):
    for value in (low, high):
        text, _ = placed(name, loc, str(value), also)
        assert hub_with(tmp_path, {name: text}) == [], value


@pytest.mark.parametrize(("name", "loc", "low", "high", "whole", "also"), FIELDS, ids=IDS)
def test_below_the_lowest(tmp_path, name, loc, low, high, whole, also):
    value = low - (1 if whole else 0.5)
    text, line = placed(name, loc, str(value), also)
    problem = one(hub_with(tmp_path, {name: text}))
    assert problem.message == f"'{loc[-1]}': must be at least {shown(low)}, got {shown(value)}"
    assert (problem.path.as_posix().endswith(name), problem.line) == (True, line)


@pytest.mark.parametrize(("name", "loc", "low", "high", "whole", "also"), FIELDS, ids=IDS)
def test_above_the_highest(tmp_path, name, loc, low, high, whole, also):
    value = high + (1 if whole else 0.5)
    text, line = placed(name, loc, str(value), also)
    problem = one(hub_with(tmp_path, {name: text}))
    assert problem.message == f"'{loc[-1]}': must be at most {shown(high)}, got {shown(value)}"
    assert (problem.path.as_posix().endswith(name), problem.line) == (True, line)


def _property(schema: dict[str, Any], loc: tuple[Any, ...]) -> dict[str, Any]:
    """The JSON Schema of the value at ``loc``, through references, lists and optional values."""
    node = schema
    for part in loc:
        node = node["items"] if isinstance(part, int) else node["properties"][part]
        while "$ref" in node or "anyOf" in node:
            if "$ref" in node:
                node = schema["$defs"][node["$ref"].split("/")[-1]]
            else:
                node = next(option for option in node["anyOf"] if option.get("type") != "null")
    return node


@pytest.mark.parametrize(("name", "loc", "low", "high", "whole", "also"), FIELDS, ids=IDS)
def test_schema_carries_the_bounds(name, loc, low, high, whole, also):
    schema = schema_files()[f"{name.split('/')[1]}.schema.json"]
    assert _property(schema, loc) == {
        **_property(schema, loc),  # its title and description
        "type": "integer" if whole else "number", "minimum": low, "maximum": high}


def test_a_huge_whole_number_is_shown_by_its_length(tmp_path):
    text, line = placed(CASE, ("sessions",), "1" + "0" * 30)
    problem = one(hub_with(tmp_path, {CASE: text}))
    assert problem.message == "'sessions': must be at most 1,000, got a number of about 31 digits"
    assert problem.line == line


def test_a_huge_number_in_a_decimal_field(tmp_path):
    text, line = placed(CASE, ("budget", "amount"), "1" + "0" * 30)
    problem = one(hub_with(tmp_path, {CASE: text}))
    assert problem.message == ("'amount': must be at most 10,000,000,000,000, got a number of "
                               "about 31 digits")
    assert problem.line == line


def test_a_number_in_quotes_is_still_bounded(tmp_path):
    text, line = placed(CASE, ("sessions",), "'1001'")
    problem = one(hub_with(tmp_path, {CASE: text}))
    assert problem.message == "'sessions': must be at most 1,000, got 1,001"
    assert problem.line == line
