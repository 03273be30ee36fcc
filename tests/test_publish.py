"""What the build writes beside the hand-written pages (the pages made from data, feeds, open
data, calendars, newsletter emails, sitemaps, search indexes), built from the small fixture hub
without the static site engine: no future issue anywhere, honest language of untranslated feed
entries, self-contained emails."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from lxml import etree, html
from support import VALID

from partdem.content import strings
from partdem.content.hub import Hub
from partdem.content.languages import BY_CODE, CODES
from partdem.content.validate import validate
from partdem.enrich.derive import derive
from partdem.outputs import emails, feeds, opendata
from partdem.outputs.publish import Job, publish
from partdem.site.context import build_date, prepare
from partdem.site.render import Context
from partdem.site.shell import Site

SITE_URL = "https://hub.example.org/"
REPO_URL = "https://github.com/partdem/hub"
ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

FUTURE_SLUG = "letter-from-the-future"
FUTURE_TITLE = "Dispatches from a future assembly"
FUTURE_ISSUE = f"""title: {FUTURE_TITLE}
summary: An issue that waits for its day and must not be published before it.
number: 2
date: 2099-01-01
body: |
  Nothing here may leak before 2099.
featured:
  cases: [riverside-climate-assembly]
updated: 2024-03-01
"""


def fixture_hub(tmp_path: Path, files: dict[str, str] | None = None) -> tuple[Path, Hub]:
    """The valid fixture hub copied under ``tmp_path`` with ``files`` added, validated."""
    root = tmp_path / "hub"
    shutil.copytree(VALID, root)
    for name, text in (files or {}).items():
        (root / name).write_text(text, encoding="utf-8")
    hub, problems = validate(root)
    assert problems == [], [p.format(root) for p in problems]
    return root, hub


def output_files(site_dir: Path) -> list[Path]:
    """What was written, but the gzipped copies of the sitemap indexes."""
    found = sorted(p for p in site_dir.rglob("*") if p.is_file() and p.suffix != ".gz")
    assert found, "nothing was written"
    return found


def leaks(site_dir: Path, *needles: str) -> list[str]:
    """Output files (and folders) that mention any of ``needles``."""
    found = []
    for path in output_files(site_dir):
        relative = str(path.relative_to(site_dir))
        text = path.read_text(encoding="utf-8")
        if any(needle in relative or needle in text for needle in needles):
            found.append(relative)
    return found


def write_outputs(hub: Hub, site_dir: Path, today: date) -> list[str]:
    """Everything the build writes after the engine, as the build calls it."""
    context = Context(hub=hub, derived=derive(hub), today=today, repo_url=REPO_URL,
                      site_url=SITE_URL)
    return publish(Job(context, Site(SITE_URL, REPO_URL), site_dir), CODES, jobs=1)


def test_future_issue_appears_in_no_feed_export_calendar_or_email(tmp_path):
    _, hub = fixture_hub(tmp_path, {f"data/newsletter/{FUTURE_SLUG}.yaml": FUTURE_ISSUE})
    assert hub.get("newsletter", FUTURE_SLUG) is not None
    site_dir = tmp_path / "site"
    write_outputs(hub, site_dir, build_date())
    assert leaks(site_dir, FUTURE_SLUG, FUTURE_TITLE) == []
    # The published issue is there, so the search above looked at real outputs.
    published = leaks(site_dir, "newsletter/issue-1/", "First issue")
    for lang in CODES:
        prefix = "" if lang == "en" else f"{lang}/"
        assert f"{prefix}newsletter.atom.xml" in published
        assert f"{prefix}newsletter/issue-1/email.html" in published
    assert "api/v1/newsletter.json" in published


def test_future_issue_is_published_on_its_day(tmp_path):
    """The same hub built on the issue's date does publish it: the check above can fail."""
    _, hub = fixture_hub(tmp_path, {f"data/newsletter/{FUTURE_SLUG}.yaml": FUTURE_ISSUE})
    site_dir = tmp_path / "site"
    write_outputs(hub, site_dir, date(2099, 1, 1))
    found = leaks(site_dir, FUTURE_SLUG, FUTURE_TITLE)
    for path in ("newsletter.rss.xml", "es/feed.atom.xml", "api/v1/newsletter.json",
                 "api/v1/newsletter.csv", f"newsletter/{FUTURE_SLUG}/email.html",
                 f"ar/newsletter/{FUTURE_SLUG}/email.txt"):
        assert path in found


def test_publish_writes_no_future_issue(tmp_path, monkeypatch):
    """The build's own entry point, with the build date from SOURCE_DATE_EPOCH."""
    # 2026-12-01 (noon UTC): after every 'updated' of the fixture hub, long before the issue
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796126400")
    root, _ = fixture_hub(tmp_path, {f"data/newsletter/{FUTURE_SLUG}.yaml": FUTURE_ISSUE})
    site_dir = tmp_path / "site"
    job = Job(prepare(root, REPO_URL, SITE_URL), Site(SITE_URL, REPO_URL), site_dir)
    written = publish(job, CODES, jobs=1)
    assert sorted(path for path in written if not path.endswith(".gz")) == sorted(
        str(p.relative_to(site_dir)) for p in output_files(site_dir))
    assert leaks(site_dir, FUTURE_SLUG, FUTURE_TITLE) == []
    assert "newsletter/issue-1/email.html" in written


def test_untranslated_feed_entry_says_so_in_its_own_language(tmp_path):
    """The Spanish feed: one case translated into Spanish, one only in English."""
    _, hub = fixture_hub(tmp_path)
    xml = feeds.build(hub, feeds.FEEDS[2], "es", SITE_URL, date(2026, 1, 1))
    note = strings.translations("es").gettext(
        "Not yet translated: this entry is in %(language)s.") % {"language": BY_CODE["en"].name}
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
    atom = etree.fromstring(feeds.build(hub, feeds.FEEDS[0], "en", SITE_URL,
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
    page, text = emails.render(hub, hub.get("newsletter", "issue-1"), lang, SITE_URL)
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
    derived = derive(hub)
    for kind in hub.records:
        for record in hub.of(kind):
            data = opendata.record_data(record, derived)
            assert data["id"] == record.slug
            assert data["content_type"] == kind
            assert data["content_license"] == opendata.LICENSE
            for name, value in record.entity.model_dump(mode="json").items():
                assert data[name] == value, f"{kind}/{record.slug}: {name}"
