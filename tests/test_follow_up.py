"""The follow-up of recommendations, on the fixture's People's Assembly: four proposals handed
to the town council on 2020-07-10, a response due within 2 months (by 2020-09-10) and given on
2020-10-01, one progress report (2021-01-20), progress reports due 3 months after the report
and every 6 months after (2020-10-10, 2021-04-10, 2021-10-10, 2022-04-10...). Every expected
figure below is worked out by hand from the fixture file, not by the code under test."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta

import icalendar
import pytest
from support import VALID

from partdem.content import routes
from partdem.content.validate import validate
from partdem.enrich.derive import derive
from partdem.outputs import calendars, feeds, opendata
from partdem.site.language import site_language

SLUG = "riverside-peoples-assembly"


@pytest.fixture(scope="module")
def hub():
    hub, problems = validate(VALID)
    assert problems == []
    return hub


def follow_up(hub, day: date):
    return hub.get("recommendations", SLUG).entity.follow_up(day)


def test_summary_counts(hub):
    tally = derive(hub, date(2022, 6, 1)).tallies[SLUG]
    assert tally.total == 4
    assert tally.responses == {"accepted": 1, "accepted_in_part": 1, "rejected": 1,
                               "no_response": 1}
    assert tally.implementation == {"implemented": 1, "in_progress": 1, "unknown": 2}


@pytest.mark.parametrize(("day", "response", "progress", "due", "state", "next_due"), [
    # before the deadline: nothing due, the response pending
    (date(2020, 8, 1), "pending", "not_due", 0, "not_due", date(2020, 10, 10)),
    # the deadline passed with no response: silent
    (date(2020, 9, 20), "silent", "not_due", 0, "silent", date(2020, 10, 10)),
    # the response came on 2020-10-01, after its deadline; the first report due on 2020-10-10
    # was not published by 2020-12-01
    (date(2020, 12, 1), "late", "silent", 1, "silent", date(2021, 4, 10)),
    # one report (2021-01-20) for one due: on time, but the response was late
    (date(2021, 2, 1), "late", "on_time", 1, "late", date(2021, 4, 10)),
    # three due by 2021-12-01, one published
    (date(2021, 12, 1), "late", "late", 3, "late", date(2022, 4, 10)),
])
def test_late_flags_for_a_fixed_build_date(hub, day, response, progress, due, state, next_due):
    result = follow_up(hub, day)
    assert result.response_due == date(2020, 9, 10)
    assert (result.response, result.progress, len(result.reports_due), result.state,
            result.next_due) == (response, progress, due, state, next_due)


def test_feed_of_changes(hub):
    feed = next(f for f in routes.FEEDS if f.name == "recommendations")
    entries = feeds.change_entries(hub, feed, site_language("en"), date(2021, 12, 1))
    tag = f"recommendations/{SLUG}"
    assert [(e.id, e.day) for e in entries] == [
        (f"{tag}/due/2021-10-10", date(2021, 10, 10)),
        (f"{tag}/1/1", date(2021, 6, 1)),
        (f"{tag}/due/2021-04-10", date(2021, 4, 10)),
        (f"{tag}/due/2020-10-10", date(2020, 10, 10)),
        (f"{tag}/3/0", date(2020, 10, 1)),
        (f"{tag}/2/0", date(2020, 10, 1)),
        (f"{tag}/1/0", date(2020, 10, 1)),
        (f"{tag}/due/response", date(2020, 9, 10)),
    ]  # recommendation 2's implementation (2022-01-15) had not happened by then
    by_id = {e.id: e for e in entries}
    assert by_id[f"{tag}/2/0"].title == ("Recommendation 2, Sound sirens before floods: "
                                         "Accepted in part")
    assert "The council agreed to text alerts, not sirens." in by_id[f"{tag}/2/0"].summary
    assert by_id[f"{tag}/due/response"].title == "Response due from Riverside Town Council"
    assert by_id[f"{tag}/due/response"].summary.startswith(
        "What became of the proposals of the Riverside People's Assembly: Response due")
    assert by_id[f"{tag}/1/1"].anchor == "r-1"


def test_feed_of_changes_in_spanish_names_the_status_in_spanish(hub):
    feed = next(f for f in routes.FEEDS if f.name == "recommendations")
    entries = feeds.change_entries(hub, feed, site_language("es"), date(2021, 12, 1))
    title = next(e.title for e in entries if e.id.endswith("/3/0"))
    assert title.endswith(site_language("es").label("response", "rejected"))
    assert "Rejected" not in title


def test_calendar_carries_times_zones_and_places(hub):
    text = calendars.calendar_text(hub, site_language("en"), "https://hub.example/",
                                   date(2021, 12, 1))
    calendar = icalendar.Calendar.from_ical(text)
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    session = events["en/training/what-is-deliberation/1@partdem-hub.org"]
    start = session.decoded("DTSTART")
    assert (start.hour, start.minute, str(start.tzinfo)) == (18, 30, "Europe/London")
    assert session.decoded("DTEND") - start == timedelta(minutes=90)
    assert str(session["LOCATION"]) == "Riverside Library, Quay Street"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/London"]
    # the other session stays all day
    assert events["en/training/what-is-deliberation/0@partdem-hub.org"].decoded(
        "DTSTART") == date(2030, 1, 15)
    # the follow-up due: the response deadline and every progress report due, and the next
    due = sorted(str(e["SUMMARY"]) for uid, e in events.items() if "/recommendations/" in uid)
    title = "What became of the proposals of the Riverside People's Assembly"
    assert due == sorted([f"{title}: response due"] + [f"{title}: progress report due"] * 4)


def test_open_data_has_a_row_per_recommendation(hub, tmp_path):
    record = hub.get("recommendations", SLUG)
    data = opendata.record_data(record, derive(hub, date(2021, 12, 1)), date(2021, 12, 1))
    assert data["follow_up"]["state"] == "late"
    assert data["follow_up"]["reports_due"] == 3
    rows = list(csv.DictReader(io.StringIO(opendata.to_csv(
        opendata.part_rows([json.loads(json.dumps(data))], "recommendations")))))
    assert [(r["id"], r["number"], r["response_now"], r["implementation_now"])
            for r in rows] == [
        (SLUG, "1", "accepted", "in_progress"), (SLUG, "2", "accepted_in_part", "implemented"),
        (SLUG, "3", "rejected", "unknown"), (SLUG, "4", "no_response", "unknown")]
    assert rows[0]["authority"] == "Riverside Town Council"
