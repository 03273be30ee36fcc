"""Privacy: personal email addresses, phone numbers and anything marked private are refused by
the validator, and no output of the real built site (pages, search index, feeds, open data,
sitemaps, calendars, newsletter emails) holds a phone number or a personal email address."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import icalendar
import lxml.html
import pytest
from lxml import etree
from support import CASE, CHAPTER, edited, hub_with, messages

from partdem.textrules import personal_data_problem

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


# -- the built site ----------------------------------------------------------------------------
SCANNED = (".html", ".xml", ".json", ".csv", ".txt", ".ics", ".gz")
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


def outputs(site: Path) -> list[Path]:
    """What the build writes from content: everything but the theme's own assets."""
    return sorted(path for path in site.rglob("*") if path.suffix in SCANNED
                  and path.is_file() and path.relative_to(site).parts[0] != "assets")


def test_every_kind_of_output_is_scanned(site):
    names = {path.relative_to(site).as_posix() for path in outputs(site)}
    for expected in ("index.html", "search/index.json", "es/search/index.json", "feed.rss.xml",
                     "ar/feed.atom.xml", "sitemap-pages.xml", "pt/sitemap-pages.xml",
                     "api/v1/cases.json", "api/v1/chapters.csv", "sitemap.xml",
                     "sitemap.xml.gz", "events.ics", "newsletter/issue-1/email.html",
                     "newsletter/issue-1/email.txt"):
        assert expected in names


@pytest.mark.parametrize(("text", "found"), [
    (f"Call {PHONE}", True), (f'<a href="mailto:{EMAIL}">x</a>', True),
    ("info@xr.example.org", False), ("G1000 (2011–2012) (25.11.2026)", False),
])
def test_the_scan_sees_personal_data(tmp_path, text, found):
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><p>{text}</p></body></html>", encoding="utf-8")
    assert any(personal_data_problem(piece) for piece in texts(path)) is found


def test_no_personal_data_in_any_output(site):
    found = sorted({f"{path.relative_to(site)}: {problem.split(':')[0]}"
                    for path in outputs(site) for text in texts(path)
                    if (problem := personal_data_problem(text))})
    assert found == [], "\n".join(found[:40])
