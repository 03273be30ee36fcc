"""Rule: values have the expected type (numbers, true/false, lists, mappings, text)."""

import pytest
from support import CASE, edited, hub_with, one


@pytest.mark.parametrize(("key", "value", "expected"), [
    ("sessions", "six", "expected a whole number"),
    ("hours", "many", "expected a number"),
    ("topics", "climate", "expected a list"),
    ("commissioner", "Town Council", "expected a mapping of keys to values"),
    ("title", 42, "expected text"),
])
def test_wrong_type(tmp_path, key, value, expected):
    problem = one(hub_with(tmp_path, {CASE: edited(CASE, **{key: value})}))
    assert f"'{key}': {expected}" in problem.message


@pytest.mark.parametrize(("key", "value"), [("sessions", 6), ("hours", 36.5),
                                            ("topics", ["climate"])])
def test_right_type(tmp_path, key, value):
    assert hub_with(tmp_path, {CASE: edited(CASE, **{key: value})}) == []


def test_yes_and_no_are_not_booleans(tmp_path):
    # YAML 1.1 would read NO (Norway) as false; the hub reads YAML 1.2 booleans only.
    assert hub_with(tmp_path, {CASE: edited(CASE, country="NO")}) == []
    text = edited(CASE).replace("country: GB", "country: NO")
    assert hub_with(tmp_path, {CASE: text}) == []
