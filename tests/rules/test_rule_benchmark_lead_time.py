"""Rule: a benchmark item worked on before the assembly gives its lead time (``weeks_before``),
and only such an item does (in the fixture, B01 is worked on 16 weeks before, B03 after)."""

from __future__ import annotations

from placed import placed
from support import edited, hub_with, one

B01 = "data/benchmark/b01.yaml"
B03 = "data/benchmark/b03.yaml"


def test_lead_times_pass(tmp_path):
    assert hub_with(tmp_path, {}) == []


def test_work_before_without_a_lead_time(tmp_path):
    problem = one(hub_with(tmp_path, {B01: edited(B01, weeks_before=...)}))
    assert problem.message == ("work before the assembly needs 'weeks_before': the weeks "
                               "before the first meeting by which it is settled")


def test_a_lead_time_for_work_after(tmp_path):
    text, line = placed(B03, ("weeks_before",), "4")
    problem = one(hub_with(tmp_path, {B03: text}))
    assert problem.message == "'weeks_before' is only for work before the assembly, not after"
    assert problem.line == line


def test_an_unknown_time_is_reported_once(tmp_path):
    text, line = placed(B01, ("when",), "someday")
    problem = one(hub_with(tmp_path, {B01: text}))
    assert problem.message.startswith("'when': 'someday' is not an allowed value")
    assert problem.line == line
