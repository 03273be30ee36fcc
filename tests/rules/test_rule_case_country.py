"""Rule: a case gives the country where it met, but for a multinational or global process that
met in no one country, which leaves it out (the Global Assembly met online, with members from
everywhere: it has no host country to name). The fixture case is a city's assembly."""

from __future__ import annotations

import pytest
from placed import placed
from support import CASE, edited, hub_with, one


def test_a_city_assembly_without_its_country_is_refused_at_its_scope(tmp_path):
    text, line = placed(CASE, ("scope",), "city", {("country",): ...})
    problem = one(hub_with(tmp_path, {CASE: text}))
    assert problem.message == ("a case of scope 'city' needs its 'country'; only a "
                               "multinational or global process that met in no one country "
                               "leaves it out")
    assert problem.line == line


@pytest.mark.parametrize("scope", ["multinational", "global"])
def test_a_process_in_no_one_country_leaves_it_out(tmp_path, scope):
    text, _ = placed(CASE, ("scope",), scope, {("country",): ...,
                                               ("countries",): ["IE", "KE"]})
    assert hub_with(tmp_path, {CASE: text}) == []


def test_a_wrong_code_is_one_problem_not_two(tmp_path):
    problem = one(hub_with(tmp_path, {CASE: edited(CASE, country="UK")}))
    assert "'UK' is not an ISO 3166-1 alpha-2 country code" in problem.message
