"""Every stage of the build that reads numbers and dates (pages, feeds, calendar, emails, open
data) completes at the ends of what the check passes."""

from __future__ import annotations

import json

import pytest
from hostile import site_pages
from test_extreme_values import LAST, SITE, hub_at

from partdem.content import routes
from partdem.content.validate import validate
from partdem.enrich.derive import derive
from partdem.outputs import calendars, emails, feeds, opendata
from partdem.outputs.job import Job
from partdem.site.context import Context
from partdem.site.language import site_language
from partdem.site.shell import Site


@pytest.mark.parametrize("high", [True, False], ids=["highest", "lowest"])
def test_every_stage_builds_at_the_ends(tmp_path, high):
    hub, problems = validate(hub_at(tmp_path / "hub", high))
    assert problems == []
    today = LAST
    assert len(site_pages(hub, today)) > 20
    for feed in routes.FEEDS:
        assert feeds.build(hub, feed, site_language("en"), SITE, today)
    ics = calendars.calendar_text(hub, site_language("en"), SITE, today)
    assert ("DTEND;VALUE=DATE:21010101" if high else "DTSTART;VALUE=DATE:19000101") in ics
    job = Job(Context(hub, derive(hub, today), today, repo_url=""), Site(SITE), tmp_path / "site")
    assert emails.write(job, site_language("en"))
    opendata.write(job)
    cases = json.loads((tmp_path / "site" / opendata.API_DIR / "cases.json").read_text(
        encoding="utf-8"), parse_constant=lambda name: pytest.fail(f"{name} in the JSON"))
    amounts = [item["budget"]["amount"] for item in cases["items"] if item.get("budget")]
    assert amounts == [10_000_000_000_000 if high else 0]

