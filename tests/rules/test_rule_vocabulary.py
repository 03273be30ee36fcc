"""Rule: coded fields take only the values of their vocabulary, with a did-you-mean."""

import pytest
from support import CASE, edited, hub_with, one


@pytest.mark.parametrize("value", ["city", "national", "global", "neighbourhood"])
def test_allowed_scope_passes(tmp_path, value):
    assert hub_with(tmp_path, {CASE: edited(CASE, scope=value)}) == []


@pytest.mark.parametrize(("value", "hint"), [("citty", "city"), ("nationall", "national"),
                                             ("planetary", None)])
def test_unknown_scope_lists_allowed_values(tmp_path, value, hint):
    problem = one(hub_with(tmp_path, {CASE: edited(CASE, scope=value)}))
    assert f"'{value}' is not an allowed value; allowed: neighbourhood, city" in problem.message
    if hint:
        assert problem.message.endswith(f"(did you mean '{hint}'?)")
    else:
        assert "did you mean" not in problem.message


def test_vocabulary_in_list_items(tmp_path):
    problem = one(hub_with(tmp_path, {CASE: edited(CASE, topics=["climate", "clmate"])}))
    assert "'clmate' is not an allowed value" in problem.message
    assert "(did you mean 'climate'?)" in problem.message
