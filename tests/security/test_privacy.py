"""Privacy: personal email addresses, phone numbers and anything marked private are refused by
the validator, and no output of the real built site (pages, search index, feeds, open data,
sitemaps, calendars, newsletter emails) holds a phone number or a personal email address.

The scan of the built site does not ask the code under test (partdem.content.privacy): it has a
detector of its own, libphonenumber's matcher run directly and an address pattern with a role
list written here."""

from __future__ import annotations

import gzip
import html
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import icalendar
import lxml.html
import pytest
from lxml import etree
from phonenumbers import Leniency, PhoneNumberMatcher
from support import CASE, CHAPTER, edited, hub_with, messages

EMAIL = "jane.doe@example.org"
PHONE = "+44 7700 900123"
TRANSLATION = "data/cases/riverside-climate-assembly.es.yaml"
CONTACT = {"email": "info@xr-riverside.example.org", "website": "https://xr-riverside.example.org/"}
PERSONAL_EMAIL = f"'{EMAIL}' looks like a personal email address"
A_PHONE = f"'{PHONE}' looks like a phone number"


def test_chapter_with_private_contact_refused(tmp_path):
    problems = messages(hub_with(tmp_path, {CHAPTER: edited(
        CHAPTER, contact={**CONTACT, "email": EMAIL},
        description=f"Jane coordinates the group: call her on {PHONE}.")}))
    assert len(problems) == 2
    assert any(PERSONAL_EMAIL in message for message in problems)
    assert any(A_PHONE in message for message in problems)
    assert all("activists can be at risk" in message for message in problems)


@pytest.mark.parametrize(("files", "expected"), [
    ({CASE: edited(CASE, lessons=f"[Write to Jane](mailto:{EMAIL}).")}, PERSONAL_EMAIL),
    ({CASE: edited(CASE, title=f"Riverside Climate Assembly ({EMAIL})")}, PERSONAL_EMAIL),
    ({TRANSLATION: edited(TRANSLATION, summary=f"Llamad a Jane al {PHONE}.")}, A_PHONE),
    ({CHAPTER: edited(CHAPTER, contact={**CONTACT, "phone": PHONE})}, "unknown key 'phone'"),
    ({CHAPTER: edited(CHAPTER, private={"name": "Jane Doe", "phone": PHONE})},
     "unknown key 'private'"),
], ids=["mailto-link", "title", "translation", "contact-phone", "private-section"])
def test_private_values_refused(tmp_path, files, expected):
    problems = messages(hub_with(tmp_path, files))
    assert len(problems) == 1 and expected in problems[0]


# Attributes that hold text or addresses a reader sees or follows (not drawing coordinates).
ATTRIBUTES = {"href", "src", "title", "alt", "content", "aria-label", "value", "placeholder"}
# Calendar properties that are identifiers and dates, not text ("x/0@partdem-hub.org").
ICS_IDS = {"UID", "DTSTAMP", "DTSTART", "DTEND"}


def texts(path: Path) -> Iterator[str]:
    """Every piece of text of an output file, as its format separates them."""
    raw, suffix = path.read_bytes(), path.suffix
    if suffix == ".gz":
        raw, suffix = gzip.decompress(raw), Path(path.stem).suffix
    if suffix == ".html":
        root = lxml.html.document_fromstring(raw)
        yield from root.itertext()
        yield from (value for el in root.iter() if isinstance(el.tag, str)
                    for name, value in el.attrib.items()
                    if name in ATTRIBUTES or name.startswith("data-"))
    elif suffix == ".xml":
        root = etree.fromstring(raw)
        yield from root.itertext()
        yield from (value for el in root.iter() for value in el.attrib.values())
    elif suffix == ".json":
        yield from strings(json.loads(raw))
    elif suffix == ".ics":
        yield from (str(value) for component in icalendar.Calendar.from_ical(raw).walk()
                    for name, value in component.property_items(recursive=False)
                    if name not in ICS_IDS)
    else:
        yield from raw.decode("utf-8").splitlines()


def strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict | list):
        for item in value.values() if isinstance(value, dict) else value:
            yield from strings(item)


# -- the scan's own detector -------------------------------------------------------------------
# libphonenumber's matcher for regions of every continent, at its strictest leniency: a number
# grouped as its region groups numbers (so that dates and figures are not taken for one), with a
# trunk prefix or a plus when it is a single block (identifiers are single blocks).
SCAN_REGIONS = ("GB", "IE", "US", "FR", "BE", "DE", "NL", "IT", "ES", "PT", "PL", "CH", "BR",
                "AR", "MX", "CO", "IN", "PH", "ID", "AU", "ZA", "KE", "NG", "EG", "MA", "LB")
# Shared mailboxes; every other address is personal.
SCAN_ROLES = frozenset({"info", "contact", "hello", "welcome", "press", "media", "team", "office",
                        "xr", "hola", "contacto", "kontakt", "bonjour", "presse", "news"})
SCAN_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
SCAN_LINK = re.compile(r"(?:https?://|www\.)\S+")
# Links that call or message a number.
# Links that call or message a number; a link that shares a page (wa.me/?text=, t.me/share/)
# names no one.
SCAN_CALLS = re.compile(r"^(?:tel|sms|callto):|//(?:wa\.me/\+?\d|t\.me/\+\d|"
                        r"api\.whatsapp\.com/send/?\?phone=)", re.I)


def personal_data_in(text: str) -> list[str]:
    """The phone numbers and personal addresses the scan finds in a text."""
    text = html.unescape(unquote(text))
    found = [match[0] for match in SCAN_EMAIL.finditer(text)
             if match[0].split("@")[0].lower() not in SCAN_ROLES]
    if SCAN_CALLS.search(text) and sum(c.isdigit() for c in text) >= 7:
        found.append(text)
    prose = SCAN_LINK.sub(" ", text)
    if sum(c.isdigit() for c in prose) < 7:
        return found
    for region in SCAN_REGIONS:
        found += [match.raw_string for match in PhoneNumberMatcher(
            prose, region, leniency=Leniency.EXACT_GROUPING, min_candidate_length=7)
                  if not match.raw_string.isdigit() or match.raw_string[0] == "0"]
    found += [match.raw_string for match in PhoneNumberMatcher(prose, None, Leniency.POSSIBLE)]
    return found


@pytest.mark.parametrize(("text", "found"), [
    (f"Call {PHONE}", True), ("Call 07400 123456", True), ("Appelez le 06 12 34 56 78", True),
    ("Ligue (11) 96123-4567", True), ("Call 201-555-0123", True),
    (f'<a href="mailto:{EMAIL}">x</a>', True), ('<a href="tel:+447400123456">x</a>', True),
    ('<a href="https://wa.me/447400123456">x</a>', True), ("jane&#64;example.org", True),
    ('<a href="https://t.me/+447400123456">x</a>', True),
    ('<a href="https://wa.me/?text=A%20page%0Ahttp://127.0.0.1:8000/x/">x</a>', False),
    ("info@xr.example.org", False), ("G1000 (2011–2012) (25.11.2026)", False),
    ("Held 2019-10-04 to 2020-01-26", False), ("It cost 1 200 000 euros", False),
    ('<a href="https://example.org/article/13103216">x</a>', False),
])
def test_the_scan_sees_personal_data(tmp_path, text, found):
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><p>{text}</p></body></html>", encoding="utf-8")
    assert any(personal_data_in(piece) for piece in texts(path)) is found
