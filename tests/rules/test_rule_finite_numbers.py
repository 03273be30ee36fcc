"""Rule: a number is a finite number, never .inf, .nan or true/false, in every number field.

An infinite value would be written as Infinity into the open data JSON, which no JSON parser
reads (the whole file, and the chooser page that embeds the guide, would break); true and false
would silently count as 1 and 0.
"""

from __future__ import annotations

import pytest
from placed import BENCHMARK, DESIGN, GUIDE, NEWSLETTER, RESOURCE, placed
from support import CASE, CHAPTER, TRAINING, hub_with, one

FIELDS = [
    (CASE, ("budget", "amount")), (CASE, ("participants", "number")),
    (CASE, ("outcome", "recommendations")), (CASE, ("sessions",)), (CASE, ("hours",)),
    (CASE, ("days",)), (CHAPTER, ("founded",)), (RESOURCE, ("year",)),
    (DESIGN, ("size_min",)), (DESIGN, ("size_max",)), (DESIGN, ("days_min",)),
    (DESIGN, ("days_max",)), (GUIDE, ("rules", 0, "when", "above")),
    (GUIDE, ("rules", 0, "when", "below")), (GUIDE, ("rules", 1, "when", "fewer_than")),
    (NEWSLETTER, ("number",)), (TRAINING, ("duration_minutes",)),
    (TRAINING, ("quiz", 0, "answer")), (BENCHMARK, ("order",)),
]
IDS = [f"{name.split('/')[1]}:{'.'.join(map(str, loc))}" for name, loc in FIELDS]
NOT_FINITE = ("expected a finite number, got {} (.inf, .nan and numbers too large to store are "
              "not allowed)")


@pytest.mark.parametrize(("raw", "shown"), [(".inf", "inf"), (".nan", "nan")])
@pytest.mark.parametrize(("name", "loc"), FIELDS, ids=IDS)
def test_infinite_or_not_a_number(tmp_path, name, loc, raw, shown):
    text, line = placed(name, loc, raw)
    problem = one(hub_with(tmp_path, {name: text}))
    assert problem.message == f"'{loc[-1]}': {NOT_FINITE.format(shown)}"
    assert problem.line == line


@pytest.mark.parametrize(("raw", "shown"), [
    ("-.inf", "-inf"), (".Inf", "inf"), (".NaN", "nan"),
    ("1.0e+999", "inf"),  # a float of YAML too large for a float
    ("1e999", "inf"),  # not a YAML float (no dot): text, which pydantic would read as inf
    ("'inf'", "inf"), ("'-Infinity'", "-inf"), ("'nan'", "nan"),
])
@pytest.mark.parametrize(("name", "loc"), [(CASE, ("hours",)), (CASE, ("sessions",))],
                         ids=["decimal", "whole"])
def test_every_spelling_of_infinity(tmp_path, name, loc, raw, shown):
    text, line = placed(name, loc, raw)
    problem = one(hub_with(tmp_path, {name: text}))
    assert problem.message == f"'{loc[-1]}': {NOT_FINITE.format(shown)}"
    assert problem.line == line


@pytest.mark.parametrize("raw", ["true", "false"])
@pytest.mark.parametrize(("name", "loc"), [(CASE, ("hours",)), (CASE, ("sessions",)),
                                           (DESIGN, ("size_min",))],
                         ids=["decimal", "whole", "design"])
def test_true_and_false_are_not_numbers(tmp_path, name, loc, raw):
    text, line = placed(name, loc, raw)
    problem = one(hub_with(tmp_path, {name: text}))
    assert problem.message == f"'{loc[-1]}': expected a number, got {raw}"
    assert problem.line == line


@pytest.mark.parametrize("raw", ["36", "36.5", "'36.5'", "1_000", "0.0"])
def test_finite_numbers_pass(tmp_path, raw):
    text, _ = placed(CASE, ("hours",), raw)
    assert hub_with(tmp_path, {CASE: text}) == []
