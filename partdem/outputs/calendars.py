"""An iCalendar (RFC 5545) feed of dated events: the occasions of every type that joins the
calendar (training sessions, initiative events, assemblies that are planned or running, the
follow-up due from authorities). One calendar per language, titles translated; written with the
``icalendar`` library, so that an event with a start time carries its time zone (and the zone's
definition) and an event with a place carries its location."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar

from partdem.content.hub import Hub
from partdem.content.models import TYPES
from partdem.content.models.common import Occasion
from partdem.content.routes import TAG_AUTHORITY, calendar_file
from partdem.outputs.job import Job
from partdem.site.language import SiteLanguage


@dataclass(frozen=True)
class Event:
    uid: str
    occasion: Occasion
    summary: str
    url: str


def events(hub: Hub, lang: SiteLanguage, base: str, today: date) -> list[Event]:
    """The occasions of every type that joins the calendar, in ``lang``, by date."""
    found = []
    for kind in TYPES:
        if not kind.calendar:
            continue
        for record in hub.of(kind):
            for occasion in record.localized(lang.code).occasions(today):
                summary = (lang.gettext(occasion.what) % {"title": occasion.title}
                           if occasion.what else occasion.title)
                found.append(Event(f"{lang.code}/{record.kind}/{record.slug}{occasion.key}",
                                   occasion, summary,
                                   occasion.url or base + lang.url(record.stem)))
    return sorted(found, key=lambda e: (e.occasion.start, e.uid))


def _when(occasion: Occasion) -> tuple[date | datetime, date | datetime]:
    """Start and end: a time in its zone, or whole days (the end is exclusive)."""
    if occasion.at and occasion.timezone:
        hours, minutes = map(int, occasion.at.split(":"))
        start = datetime(occasion.start.year, occasion.start.month, occasion.start.day,
                         hours, minutes, tzinfo=ZoneInfo(occasion.timezone))
        return start, start + timedelta(minutes=occasion.minutes or 60)
    return occasion.start, (occasion.end or occasion.start) + timedelta(days=1)


def calendar_text(hub: Hub, lang: SiteLanguage, base: str, stamp: date) -> str:
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//PartDem Hub//partdem//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", lang.gettext("PartDem Hub"))
    moment = datetime(stamp.year, stamp.month, stamp.day, tzinfo=UTC)
    for event in events(hub, lang, base, stamp):
        entry = icalendar.Event()
        entry.add("uid", f"{event.uid}@{TAG_AUTHORITY.split(',')[0]}")
        entry.add("dtstamp", moment)
        start, end = _when(event.occasion)
        entry.add("dtstart", start)
        entry.add("dtend", end)
        entry.add("summary", event.summary)
        if event.occasion.location:
            entry.add("location", event.occasion.location)
        entry.add("url", event.url)
        calendar.add_component(entry)
    calendar.add_missing_timezones()
    return calendar.to_ical().decode("utf-8")


def write(job: Job, lang: SiteLanguage) -> list[str]:
    """Write the calendar of ``lang``; returns its path."""
    return [job.write(calendar_file(lang.code), calendar_text(job.hub, lang, job.base, job.today))]
