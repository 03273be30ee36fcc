"""Rule: 'updated' is no later than the day of the build.

The day of the build is today, or the day of SOURCE_DATE_EPOCH when it is set (reproducible
builds): the check decides it as the build does, so what the check passes, the build publishes.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from placed import placed
from support import CASE, hub_with, one

# 2026-11-30 12:00 UTC: the fixture hub's latest 'updated' is 2026-11-25.
NOON_30_NOVEMBER_2026 = "1796040000"


@pytest.fixture
def built_on_30_november_2026(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", NOON_30_NOVEMBER_2026)


def test_the_day_of_the_build_passes(tmp_path, built_on_30_november_2026):
    text, _ = placed(CASE, ("updated",), "2026-11-30")
    assert hub_with(tmp_path, {CASE: text}) == []


def test_the_day_after_is_refused(tmp_path, built_on_30_november_2026):
    text, line = placed(CASE, ("updated",), "2026-12-01")
    problem = one(hub_with(tmp_path, {CASE: text}))
    assert problem.message == ("'updated' is 2026-12-01, after the day of the build "
                               "(2026-11-30): it is the date of the last change, never a day to "
                               "come")
    assert (problem.path.name, problem.line, problem.col) == (CASE.split("/")[-1], line, 10)


@pytest.mark.parametrize("name", ["data/chapters/xr-riverside.yaml",
                                  "data/newsletter/issue-1.yaml", "data/benchmark/b01.yaml",
                                  "data/guide/chooser.yaml"])
def test_every_content_type(tmp_path, built_on_30_november_2026, name):
    text, line = placed(name, ("updated",), "2100-01-01")
    problem = one(hub_with(tmp_path, {name: text}))
    assert problem.message.startswith("'updated' is 2100-01-01, after the day of the build "
                                      "(2026-11-30)")
    assert problem.line == line


def test_without_source_date_epoch_the_day_is_today(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    today = date.today()
    text, _ = placed(CASE, ("updated",), today.isoformat())
    assert hub_with(tmp_path, {CASE: text}) == []
    tomorrow = today + timedelta(days=1)
    text, _ = placed(CASE, ("updated",), tomorrow.isoformat())
    problem = one(hub_with(tmp_path, {CASE: text}))
    assert problem.message.startswith(f"'updated' is {tomorrow}, after the day of the build "
                                      f"({today})")


def test_the_build_and_the_check_share_the_day(monkeypatch):
    from partdem.content import rules
    from partdem.site import context

    monkeypatch.setenv("SOURCE_DATE_EPOCH", NOON_30_NOVEMBER_2026)
    assert rules.build_date() == context.build_date() == date(2026, 11, 30)


def test_an_updated_that_is_no_date_is_reported_once(tmp_path, built_on_30_november_2026):
    text, line = placed(CASE, ("updated",), "yesterday")
    problem = one(hub_with(tmp_path, {CASE: text}))
    assert problem.message == "'updated': expected a date written as YYYY-MM-DD, got 'yesterday'"
    assert problem.line == line
