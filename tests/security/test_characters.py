"""Characters that break outputs: what XML cannot hold, lone surrogates, byte-order marks and
other line endings than LF are refused; right-to-left text beside left-to-right text reaches
the pages, the feeds and the exports exactly as written."""

from __future__ import annotations

import csv
import io
import json
import shutil
from datetime import date

import pytest
from lxml import etree
from support import CASE, VALID, edited, hub_with, one

from partdem.content import routes, translations
from partdem.content.hub import Hub
from partdem.content.validate import validate
from partdem.enrich.derive import derive
from partdem.outputs import feeds, opendata
from partdem.site.language import site_language

TEXT = (VALID / CASE).read_text(encoding="utf-8")
# Not allowed in XML 1.0 (feeds, sitemaps) or meaningless in text: C0 and C1 controls but
# tab and newline, and the non-characters U+FFFE and U+FFFF.
ILLEGAL = ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x0e", "\x1b", "\x1f", "\x7f", "\x80",
           "\x9f", "\ufffe", "\uffff"]


@pytest.mark.parametrize("char", ILLEGAL, ids=lambda c: f"U+{ord(c):04X}")
def test_illegal_characters_in_the_file_refused(tmp_path, char):
    problem = one(hub_with(tmp_path, {CASE: TEXT.replace("Small groups", f"Small{char}groups")}))
    assert f"the character U+{ord(char):04X} is not allowed in a content file" in problem.message
    assert problem.line == TEXT[: TEXT.index("Small groups")].count("\n") + 1


@pytest.mark.parametrize("char", [*ILLEGAL, "\x85", "\r"], ids=lambda c: f"U+{ord(c):04X}")
def test_illegal_characters_written_as_escapes_refused(tmp_path, char):
    """YAML escapes ("\\u0007" in double quotes) make the same characters of plain ASCII."""
    problem = one(hub_with(tmp_path, {CASE: TEXT.replace(
        "what_worked: Small groups with a mix of ages.",
        f'what_worked: "Small \\u{ord(char):04x} groups"')}))
    assert f"U+{ord(char):04X} is not allowed in text" in problem.message


def test_lone_surrogate_as_bytes_refused(tmp_path):
    hub_with(tmp_path, {})
    (tmp_path / "hub" / CASE).write_bytes(TEXT.encode().replace(b"Small", b"Sm\xed\xa0\x80all"))
    problem = one(validate(tmp_path / "hub")[1])
    assert problem.message.startswith("the file is not valid UTF-8")


def test_lone_surrogate_as_escape_refused(tmp_path):
    problem = one(hub_with(tmp_path, {CASE: TEXT.replace(
        "what_worked: Small groups with a mix of ages.", 'what_worked: "Small \\ud800 groups"')}))
    assert "invalid Unicode character escape" in problem.message


@pytest.mark.parametrize(("text", "expected"), [
    ("\ufeff" + TEXT, "the file starts with a byte-order mark"),
    (TEXT.replace("Small groups", "Small\ufeffgroups"), "a byte-order mark (U+FEFF) is not "
                                                        "allowed inside text"),
    (TEXT.replace("what_worked: Small groups with a mix of ages.",
                  'what_worked: "Small \\uFEFF groups"'),
     "a byte-order mark (U+FEFF) is not allowed inside text"),
], ids=["at-start", "inside-text", "as-escape"])
def test_byte_order_marks_refused(tmp_path, text, expected):
    assert expected in one(hub_with(tmp_path, {CASE: text})).message


@pytest.mark.parametrize("text", [
    TEXT.replace("\n", "\r\n"),  # Windows
    TEXT.replace("\n", "\r"),  # old Mac
    TEXT.replace("\n", "\r\n", 3),  # mixed
], ids=["crlf", "cr", "mixed"])
def test_other_line_endings_refused(tmp_path, text):
    assert "line endings" in one(hub_with(tmp_path, {CASE: text})).message


# -- right-to-left beside left-to-right ------------------------------------------------------
TITLE = "جمعية Riverside المناخية (2021)"
SUMMARY = ("اجتمع 50 من سكان Riverside، اختيروا بالقرعة، بدعوة من Riverside Town Council "
           "ومجموعة XR Riverside، لوضع خطة net zero بحلول 2035.")
LESSONS = "Start early; ابدأوا مبكرًا: the council (المجلس) listened to «XR Riverside»."
TODAY = date(2100, 1, 1)


@pytest.fixture(scope="module")
def hub(tmp_path_factory) -> Hub:
    """The fixture hub with mixed-direction text in a source file and an Arabic translation."""
    root = tmp_path_factory.mktemp("rtl") / "hub"
    shutil.copytree(VALID, root)
    (root / CASE).write_text(edited(CASE, lessons=LESSONS), encoding="utf-8")
    source = validate(root)[0].get("cases", "riverside-climate-assembly").entity
    (root / CASE.replace(".yaml", ".ar.yaml")).write_text(
        f'source_fingerprint: "{translations.fingerprint(source)}"\nreviewed: true\n'
        f"title: {json.dumps(TITLE, ensure_ascii=False)}\n"
        f"summary: {json.dumps(SUMMARY, ensure_ascii=False)}\n", encoding="utf-8")
    hub, problems = validate(root)
    assert problems == []
    return hub


@pytest.mark.parametrize("fmt", ["rss", "atom"])
def test_feeds_carry_mixed_text_as_written(hub, fmt):
    feed = next(feed for feed in routes.FEEDS if feed.name == "cases")
    built = feeds.build(hub, feed, site_language("ar"), "https://hub.example/", TODAY)
    root = etree.fromstring(built[fmt])
    texts = ["".join(element.itertext()) for element in root.iter()]
    assert TITLE in texts
    # The summary is HTML in the feed (one paragraph): the text inside reads as written.
    assert any(text.endswith(f"{SUMMARY}</p>") for text in texts)


def test_exports_carry_mixed_text_as_written(hub):
    record = hub.get("cases", "riverside-climate-assembly")
    derived = derive(hub, date(2026, 6, 1))
    data = json.loads(json.dumps(opendata.record_data(record, derived, TODAY), ensure_ascii=False))
    assert data["translations"]["ar"]["title"] == TITLE
    assert data["translations"]["ar"]["summary"] == SUMMARY
    assert data["lessons"] == LESSONS
    row = next(csv.DictReader(io.StringIO(opendata.to_csv([data]))))
    assert row["translations.ar.title"] == TITLE
    assert row["lessons"] == LESSONS
