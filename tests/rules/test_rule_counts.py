"""Rule: counts and amounts are never negative."""

import pytest
from support import CASE, edited, hub_with, one


@pytest.mark.parametrize(("key", "value"), [("sessions", -1), ("hours", -3.5), ("days", -1)])
def test_negative(tmp_path, key, value):
    problem = one(hub_with(tmp_path, {CASE: edited(CASE, **{key: value})}))
    assert problem.message == f"'{key}': must be at least 0, got {value}"


def test_negative_nested_count(tmp_path):
    text = edited(CASE).replace("number: 50", "number: -5")
    problem = one(hub_with(tmp_path, {CASE: text}))
    assert problem.message == "'number': must be at least 0, got -5"
    assert problem.line == text.splitlines().index("  number: -5") + 1


@pytest.mark.parametrize("value", [0, 1, 150])
def test_zero_and_positive(tmp_path, value):
    assert hub_with(tmp_path, {CASE: edited(CASE, sessions=value)}) == []
