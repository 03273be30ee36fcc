"""Rule: countries are ISO 3166-1 alpha-2 codes."""

import pytest
from support import CASE, edited, hub_with, one


@pytest.mark.parametrize("code", ["IE", "BR", "KE", "MN", "NO"])
def test_valid_codes(tmp_path, code):
    assert hub_with(tmp_path, {CASE: edited(CASE, country=code)}) == []


@pytest.mark.parametrize(("code", "hint"), [("gb", "GB"), ("UK", None), ("XX", None),
                                            ("IRL", None), ("EU", None)])
def test_invalid_codes(tmp_path, code, hint):
    problem = one(hub_with(tmp_path, {CASE: edited(CASE, country=code)}))
    assert f"'{code}' is not an ISO 3166-1 alpha-2 country code" in problem.message
    if hint:
        assert f"(did you mean '{hint}'?)" in problem.message
