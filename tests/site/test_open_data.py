"""Open data, calendars and newsletter emails of the built site, read back as their users would:
JSON and CSV against the validated content, the codebook page and schemas against the models,
iCalendar with a real parser, emails as a mail client gets them."""

from __future__ import annotations

import csv
import json
import os
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import icalendar
import pytest
from dateutil.relativedelta import relativedelta
from lxml import html
from site_paths import LANGS, ROOT

from partdem.content.hub import Hub, Record
from partdem.content.models import BY_FOLDER, MODELS
from partdem.content.routes import page_url
from partdem.content.validate import validate
from partdem.site.context import build_date
from partdem.tools.codebook import codebook
from partdem.tools.schemas import schema_files

API = Path("api") / "v1"
LICENSE = "CC-BY-SA-4.0"
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000/")
BASE = SITE_URL.rstrip("/") + "/"


@pytest.fixture(scope="module")
def hub() -> Hub:
    hub, problems = validate(ROOT)
    assert problems == [], [p.format(ROOT) for p in problems[:5]]
    return hub


def published(hub: Hub, kind: str, today: date | None = None) -> list[Record]:
    """Records in content order; newsletter issues only from their date on."""
    today = today or build_date()
    return [r for r in hub.of(kind) if kind != "newsletter" or r.entity.date <= today]


def prefix(lang: str) -> str:
    return "" if lang == "en" else f"{lang}/"


def neutral(cell: str) -> str:
    """The cell as the CSV holds it: one a spreadsheet would run as a formula (its first
    character, after any spaces, is =, + , - or @, or a full-width form of one; or it starts with
    a tab or a carriage return) gets a leading apostrophe (OWASP, CSV injection)."""
    formula = cell[:1] in ("\t", "\r") or cell.lstrip()[:1] in tuple("=+-@\uff1d\uff0b\uff0d\uff20")
    return f"'{cell}" if formula else cell


def strict_json(text: str) -> Any:
    """JSON as every parser reads it: Infinity and NaN are no JSON."""
    return json.loads(text, parse_constant=lambda name: pytest.fail(f"{name} in the JSON"))


def csv_cells(value: Any, name: str = "") -> dict[str, str]:
    """A JSON item as the codebook page says its CSV row is: nested fields as dotted column
    names (list items numbered from 1), lists of plain values joined with '; '."""
    if isinstance(value, dict):
        return {column: cell for key, item in value.items()
                for column, cell in csv_cells(item, f"{name}.{key}" if name else key).items()}
    if isinstance(value, list) and any(isinstance(v, dict | list) for v in value):
        return {column: cell for i, item in enumerate(value, start=1)
                for column, cell in csv_cells(item, f"{name}.{i}").items()}
    if isinstance(value, list):
        return {name: "; ".join(csv_cells(v)[""] for v in value)}
    if isinstance(value, bool):
        return {name: "true" if value else "false"}
    return {name: "" if value is None else str(value)}


@pytest.mark.parametrize("kind", list(MODELS))
def test_json_round_trips_the_content(site, hub, kind):
    data = strict_json((site / API / f"{kind}.json").read_text(encoding="utf-8"))
    records = published(hub, kind)
    assert data["license"] == LICENSE
    assert data["count"] == len(data["items"]) == len(records)
    assert [item["id"] for item in data["items"]] == [r.slug for r in records]
    for item, record in zip(data["items"], records, strict=True):
        assert item["content_type"] == kind
        # The licence of the entry's text; a field named license (a tool's or a resource's
        # own licence) is the content's, compared with the other fields below.
        assert item["content_license"] == LICENSE
        for name, value in record.entity.model_dump(mode="json").items():
            assert item[name] == value, f"{kind}/{record.slug}: {name}"
        others = [lang for lang in LANGS if lang != record.entity.source_lang]
        assert sorted(item["translations"]) == sorted(others)
        for lang in others:
            translation = item["translations"][lang]
            assert translation["status"] == record.status(lang).value
            if "title" in translation:
                assert translation["title"] == record.localized(lang).title


@pytest.mark.parametrize("kind", list(MODELS))
def test_csv_round_trips_the_json(site, hub, kind):
    items = json.loads((site / API / f"{kind}.json").read_text(encoding="utf-8"))["items"]
    with (site / API / f"{kind}.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    if BY_FOLDER[kind].rows:
        return part_rows_round_trip(rows, items, hub, kind, BY_FOLDER[kind].rows)
    records = published(hub, kind)
    assert [row["id"] for row in rows] == [r.slug for r in records]
    columns = set(rows[0]) if rows else set()
    for row, item, record in zip(rows, items, records, strict=True):
        entity = record.entity
        assert (row["summary"], row["updated"]) == (neutral(entity.summary),
                                                    entity.updated.isoformat())
        assert row.get("title", row.get("name")) == neutral(entity.display_title)
        assert None not in row, f"{row['id']}: more cells than columns"
        assert None not in row.values(), f"{row['id']}: fewer cells than columns"
        cells = csv_cells(item)
        assert set(cells) <= columns, f"{row['id']}: no column for {set(cells) - columns}"
        assert row == {column: neutral(cells.get(column, "")) for column in columns}, row["id"]
    assert columns == {column for item in items for column in csv_cells(item)}


def part_rows_round_trip(rows: list[dict[str, str]], items: list[dict[str, Any]], hub: Hub,
                         kind: str, parts: str) -> None:
    """A type whose CSV has a row per part (a recommendation of a follow-up): each row is its
    entity's plain values, the part, and the entity's facts about it, in the JSON's order."""
    expected = []
    for item in items:
        plain = {k: v for k, v in item.items() if not isinstance(v, list | dict)}
        for part, status in zip(item[parts], item[f"{parts}_status"], strict=True):
            expected.append(csv_cells({**plain, **part, **status}))
    assert len(rows) == sum(len(r.entity.recommendations) for r in published(hub, kind))
    columns = set(rows[0])
    assert columns == {column for cells in expected for column in cells}
    for row, cells in zip(rows, expected, strict=True):
        assert row == {column: neutral(cells.get(column, "")) for column in columns}


def test_index_lists_every_type(site, hub):
    index = strict_json((site / API / "index.json").read_text(encoding="utf-8"))
    assert index["license"] == LICENSE
    assert sorted(index["types"]) == sorted(MODELS)
    for kind, entry in index["types"].items():
        assert entry["count"] == len(published(hub, kind))
        for name in ("json", "csv", "schema"):
            assert (site / API / entry[name]).is_file(), entry[name]


@pytest.mark.parametrize("lang", LANGS)
def test_codebook_page_lists_every_field_of_every_model(site, lang):
    tree = html.parse(str(site / prefix(lang) / "api" / "index.html"))
    kinds = codebook(lambda s: s)
    assert [k.kind for k in kinds] == list(MODELS)
    for kind in kinds:
        listed = tree.xpath(f"//h2[@id='type-{kind.kind}']/following-sibling::table[1]"
                            "/tbody/tr/th[@scope='row']/code/text()")
        assert listed == [field.name for field in kind.fields], kind.kind


def test_published_schemas_are_the_models(site):
    folder = site / API / "schemas"
    expected = schema_files()
    assert sorted(p.name for p in folder.iterdir()) == sorted(expected)
    for name, schema in expected.items():
        assert json.loads((folder / name).read_text(encoding="utf-8")) == schema, name


def calendar_events(hub: Hub) -> int:
    """How many events the content dates: training sessions, initiative events, and
    assemblies planned or running."""
    return (sum(len(r.entity.sessions) for r in hub.of("training"))
            + sum(len(r.entity.events) for r in hub.of("initiatives"))
            + sum(r.entity.status in ("planned", "running") for r in hub.of("cases")))


def follow_up_days(entity: Any) -> set[date]:
    """The days a follow-up can fall due: the response deadline, and every progress report
    three months after the report, then six months apart (for 50 years)."""
    days = {entity.report_date + relativedelta(months=3 + 6 * k) for k in range(100)}
    if entity.response_within_months:
        days.add(entity.report_date + relativedelta(months=entity.response_within_months))
    return days


@pytest.mark.parametrize("lang", LANGS)
def test_calendar_parses_with_dated_unique_events(site, hub, lang):
    raw = (site / prefix(lang) / "events.ics").read_bytes()
    lines = raw.split(b"\r\n")
    assert lines[-1] == b"", "the calendar does not end with CRLF"
    for line in lines:
        assert b"\n" not in line and b"\r" not in line, "a line break other than CRLF"
        assert len(line) <= 75, f"unfolded line of {len(line)} octets: {line[:40]!r}"
    calendar = icalendar.Calendar.from_ical(raw)
    assert calendar["VERSION"] == "2.0" and calendar.get("PRODID")
    events = [e for e in calendar.walk("VEVENT") if "/recommendations/" not in str(e["UID"])]
    assert len(events) == calendar_events(hub) > 0
    due = [e for e in calendar.walk("VEVENT") if "/recommendations/" in str(e["UID"])]
    assert due, "no follow-up due in the calendar"
    for event in due:
        record = hub.get("recommendations", str(event["UID"]).split("/")[2])
        assert event.decoded("DTSTART") in follow_up_days(record.entity), event["UID"]
    events += due
    for event in events:
        assert {"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "URL"} <= set(event), event
    uids = [str(event["UID"]) for event in events]
    assert len(set(uids)) == len(uids), "UIDs repeat"
    for event in events:
        start = event["DTSTART"].dt
        assert isinstance(start, date)
        assert event["DTEND"].dt >= start + timedelta(days=1)
        assert str(event["SUMMARY"]).strip()
        assert str(event["URL"]).startswith(("https://", "http://"))


def test_calendar_urls_of_the_site_lead_to_pages(site):
    for lang in LANGS:
        calendar = icalendar.Calendar.from_ical((site / prefix(lang) / "events.ics").read_bytes())
        for event in calendar.walk("VEVENT"):
            url = str(event["URL"])
            if url.startswith(BASE):
                assert url.startswith(BASE + prefix(lang))
                assert (site / url[len(BASE):] / "index.html").exists(), url


def issue_folders(site: Path, lang: str, name: str) -> list[str]:
    return sorted(p.parent.name for p in (site / prefix(lang) / "newsletter").glob(f"*/{name}"))


@pytest.mark.parametrize("lang", LANGS)
def test_emails_only_of_published_issues(site, hub, lang):
    slugs = sorted(r.slug for r in published(hub, "newsletter"))
    assert slugs, "no published issue to check"
    assert issue_folders(site, lang, "email.html") == slugs
    assert issue_folders(site, lang, "email.txt") == slugs


@pytest.mark.parametrize("lang", LANGS)
def test_email_is_a_self_contained_page(site, hub, lang):
    issues = published(hub, "newsletter")
    assert issues, "no published issue to check"
    for record in issues:
        folder = site / page_url(f"newsletter/{record.slug}", lang)
        page = (folder / "email.html").read_text(encoding="utf-8")
        tree = html.document_fromstring(page)
        assert tree.get("lang") == lang
        assert tree.xpath("//script") == [], "a script"
        assert [link for link in tree.iter("link")
                if "stylesheet" in (link.get("rel") or "").lower()] == [], "an outside stylesheet"
        title = record.localized(lang).title
        assert tree.findtext(".//title") == title
        hrefs = tree.xpath("//a/@href")
        assert BASE + page_url(f"newsletter/{record.slug}", lang) in hrefs
        # Links a reader follows: absolute. What the page loads: absolute, or inline data
        # (the empty icon that keeps a browser from asking the site for /favicon.ico).
        loaded = tree.xpath("//@href[not(parent::a)] | //@src")
        assert all(url.startswith(("https://", "http://", "data:")) for url in loaded), loaded
        for href in hrefs:
            assert href.startswith(("https://", "http://", "mailto:")), href
            if href.startswith(BASE):
                path = href[len(BASE):].split("#")[0]
                assert (site / path / "index.html").exists(), href
        text = (folder / "email.txt").read_text(encoding="utf-8")
        assert title in text
        assert BASE + page_url(f"newsletter/{record.slug}", lang) in text
