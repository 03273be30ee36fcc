"""An iCalendar (RFC 5545) feed of dated events: training sessions, initiative events, and
assemblies that are planned or running. One calendar per language, titles translated."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from partdem.content import strings
from partdem.content.hub import Hub
from partdem.content.urls import page_url
from partdem.outputs.feeds import TAG_AUTHORITY


@dataclass(frozen=True)
class Event:
    uid: str
    start: date
    end: date  # exclusive, as iCalendar wants for all-day events
    summary: str
    url: str


def calendar_file(lang: str) -> str:
    return ("" if lang == "en" else f"{lang}/") + "events.ics"


def events(hub: Hub, lang: str, base: str) -> list[Event]:
    found = []
    for record in hub.of("training"):
        module = record.localized(lang)
        for i, session in enumerate(record.entity.sessions):
            found.append(Event(f"{lang}/training/{record.slug}/{i}", session.start,
                               session.start + timedelta(days=1), module.title,
                               session.url or base + page_url(f"training/{record.slug}", lang)))
    for record in hub.of("initiatives"):
        initiative = record.localized(lang)
        for i, event in enumerate(initiative.events):
            found.append(Event(f"{lang}/initiatives/{record.slug}/{i}", event.start,
                               (event.end or event.start) + timedelta(days=1),
                               f"{event.title} ({initiative.title})",
                               event.url or base + page_url(f"initiatives/{record.slug}", lang)))
    for record in hub.of("cases"):
        case = record.entity
        if case.status in ("planned", "running"):
            found.append(Event(f"{lang}/cases/{record.slug}", case.start,
                               (case.end or case.start) + timedelta(days=1),
                               record.localized(lang).title,
                               base + page_url(f"cases/{record.slug}", lang)))
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


def render(hub: Hub, lang: str, base: str, stamp: date) -> str:
    name = strings.gettext(lang, "PartDem Hub")
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
