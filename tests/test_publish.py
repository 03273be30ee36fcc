"""What the build writes beside the hand-written pages (the pages made from data, feeds, open
data, calendars, newsletter emails, sitemaps, search indexes), built from the small fixture hub
without the static site engine: honest language of untranslated feed entries, self-contained
emails, exports that keep every field (no future issue anywhere, with the outputs written to
disk: tests/site/test_publish_site.py)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from lxml import etree, html
from support import VALID

from partdem.content import routes, strings
from partdem.content.hub import Hub
from partdem.content.validate import validate
from partdem.enrich.derive import derive
from partdem.outputs import emails, feeds, opendata
from partdem.site.language import site_language

SITE_URL = "https://hub.example.org/"
ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def fixture_hub(tmp_path: Path, files: dict[str, str] | None = None) -> tuple[Path, Hub]:
    """The valid fixture hub copied under ``tmp_path`` with ``files`` added, validated."""
    root = tmp_path / "hub"
    shutil.copytree(VALID, root)
    for name, text in (files or {}).items():
        (root / name).write_text(text, encoding="utf-8")
    hub, problems = validate(root)
    assert problems == [], [p.format(root) for p in problems]
    return root, hub


def test_untranslated_feed_entry_says_so_in_its_own_language(tmp_path):
    """The Spanish feed: one case translated into Spanish, one only in English."""
    _, hub = fixture_hub(tmp_path)
    xml = feeds.build(hub, routes.FEEDS[2], site_language("es"), SITE_URL, date(2026, 1, 1))
    # English named in Spanish, the reader's language (#28), written here, not asked of Babel.
    note = strings.translations("es").gettext(
        "Not yet translated: this entry is in %(language)s.") % {"language": "inglés"}
    atom = etree.fromstring(xml["atom"])
    entries = {e.findtext(f"{ATOM}id").rsplit("/", 1)[1]: e for e in atom.iter(f"{ATOM}entry")}
    untranslated = entries["riverside-peoples-assembly"]
    assert untranslated.get(XML_LANG) == "en"
    assert untranslated.findtext(f"{ATOM}summary").startswith(f"<p>{note}")
    translated = entries["riverside-climate-assembly"]
    assert translated.get(XML_LANG) == "es"
    assert translated.findtext(f"{ATOM}title") == "Asamblea Climática de Riverside"
    assert note not in translated.findtext(f"{ATOM}summary")
    rss = {item.findtext("guid").rsplit("/", 1)[1]: item.findtext("description")
           for item in etree.fromstring(xml["rss"]).iter("item")}
    assert rss["riverside-peoples-assembly"].startswith(f"<p>{note}")
    assert note not in rss["riverside-climate-assembly"]


def test_atom_feed_has_an_author(tmp_path):
    """RFC 4287, 4.1.1: a feed has an author unless every entry has one."""
    _, hub = fixture_hub(tmp_path)
    atom = etree.fromstring(feeds.build(hub, routes.FEEDS[0], site_language("en"), SITE_URL,
                                        date(2026, 1, 1))["atom"])
    entries = atom.findall(f"{ATOM}entry")
    assert entries
    assert (atom.find(f"{ATOM}author/{ATOM}name") is not None
            or all(e.find(f"{ATOM}author/{ATOM}name") is not None for e in entries))


ISSUE_WITH_LINKS = """title: First issue
summary: Welcome to the hub's newsletter.
number: 1
date: 2024-03-01
body: |
  This issue presents [the Riverside assembly](/cases/riverside-climate-assembly/),
  [a section below](#training) and [the guide](../../resources/).

  ![The assembly hall](/assets/hall.png)
featured:
  cases: [riverside-climate-assembly]
updated: 2024-03-01
"""


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_email_links_and_images_are_absolute(tmp_path, lang):
    """Contributed Markdown may use site paths, page-relative paths and fragments: a mail
    client has no page to resolve them against."""
    _, hub = fixture_hub(tmp_path, {"data/newsletter/issue-1.yaml": ISSUE_WITH_LINKS})
    issue = hub.get("newsletter", "issue-1")
    page, text = emails.compose(hub, issue, site_language(lang), SITE_URL)
    tree = html.fromstring(page)
    prefix = "" if lang == "en" else f"{lang}/"
    targets = [a.get("href") for a in tree.iter("a")] + [i.get("src") for i in tree.iter("img")]
    assert f"{SITE_URL}cases/riverside-climate-assembly/" in targets
    assert f"{SITE_URL}{prefix}newsletter/issue-1/#training" in targets
    assert f"{SITE_URL}{prefix}resources/" in targets
    assert f"{SITE_URL}assets/hall.png" in targets
    assert all(t.startswith((SITE_URL, "https://", "mailto:")) for t in targets), targets
    assert "(/" not in text and "(#" not in text and "(../" not in text
    assert f"]({SITE_URL}cases/riverside-climate-assembly/)" in text
    assert f"]({SITE_URL}{prefix}newsletter/issue-1/#training)" in text


def test_export_keeps_every_field_of_every_model(tmp_path):
    """What the export adds (id, content type, licence of the text, labels) never overwrites a
    field of the content, such as a case's type or a tool's licence."""
    _, hub = fixture_hub(tmp_path)
    # The types whose fields are named like what the export adds: type, kind, license.
    assert {"cases", "resources", "initiatives", "tools"} <= set(hub.records)
    derived = derive(hub, date(2026, 6, 1))
    for kind in hub.records:
        for record in hub.of(kind):
            data = opendata.record_data(record, derived, date(2026, 6, 1))
            assert data["id"] == record.slug
            assert data["content_type"] == kind
            assert data["content_license"] == opendata.LICENSE
            for name, value in record.entity.model_dump(mode="json").items():
                assert data[name] == value, f"{kind}/{record.slug}: {name}"
