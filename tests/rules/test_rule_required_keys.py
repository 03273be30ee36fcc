"""Rule: required keys must be present; the message says what the key holds."""

import pytest
from support import CASE, edited, hub_with, one


@pytest.mark.parametrize("key", ["title", "type", "start", "sources", "updated"])
def test_missing_required_key(tmp_path, key):
    problem = one(hub_with(tmp_path, {CASE: edited(CASE, **{key: ...})}))
    assert problem.message.startswith(f"missing required key '{key}': ")
    assert (problem.line, problem.col) == (1, 1)


@pytest.mark.parametrize("key", ["city", "budget", "evaluation", "benchmark", "end"])
def test_optional_key_may_be_left_out(tmp_path, key):
    assert hub_with(tmp_path, {CASE: edited(CASE, **{key: ...})}) == []
