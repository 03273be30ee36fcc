"""An iCalendar (RFC 5545) feed of dated events: the occasions of every type that joins the
calendar (training sessions, initiative events, assemblies that are planned or running). One
calendar per language, titles translated."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from partdem.content.hub import Hub
from partdem.content.models import TYPES
from partdem.content.routes import TAG_AUTHORITY, calendar_file
from partdem.outputs.job import Job
from partdem.site.language import SiteLanguage


@dataclass(frozen=True)
class Event:
    uid: str
    start: date
    end: date  # exclusive, as iCalendar wants for all-day events
    summary: str
    url: str


def events(hub: Hub, lang: SiteLanguage, base: str) -> list[Event]:
    """The occasions of every type that joins the calendar, in ``lang``, by date."""
    found = []
    for kind in TYPES:
        if not kind.calendar:
            continue
        for record in hub.of(kind):
            for occasion in record.localized(lang.code).occasions():
                found.append(Event(f"{lang.code}/{record.kind}/{record.slug}{occasion.key}",
                                   occasion.start,
                                   (occasion.end or occasion.start) + timedelta(days=1),
                                   occasion.title,
                                   occasion.url or base + lang.url(record.stem)))
    return sorted(found, key=lambda e: (e.start, e.uid))


def _escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _fold(line: str) -> str:
    """Lines of at most 75 octets, continued with a space (RFC 5545, 3.1)."""
    out, current = [], b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > 75:
            out.append(current.decode("utf-8"))
            current = b" "
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n".join(out)


def calendar_text(hub: Hub, lang: SiteLanguage, base: str, stamp: date) -> str:
    name = lang.gettext("PartDem Hub")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//PartDem Hub//partdem//EN",
             "CALSCALE:GREGORIAN", f"X-WR-CALNAME:{_escape(name)}"]
    for event in events(hub, lang, base):
        lines += ["BEGIN:VEVENT", f"UID:{event.uid}@{TAG_AUTHORITY.split(',')[0]}",
                  f"DTSTAMP:{stamp:%Y%m%d}T000000Z",
                  f"DTSTART;VALUE=DATE:{event.start:%Y%m%d}",
                  f"DTEND;VALUE=DATE:{event.end:%Y%m%d}",
                  f"SUMMARY:{_escape(event.summary)}", f"URL:{event.url}", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def write(job: Job, lang: SiteLanguage) -> list[str]:
    """Write the calendar of ``lang``; returns its path."""
    return [job.write(calendar_file(lang.code), calendar_text(job.hub, lang, job.base, job.today))]
