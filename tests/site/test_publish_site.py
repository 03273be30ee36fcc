"""What the build writes beside the hand-written pages, written to disk from the small fixture hub
without the static site engine: no future issue anywhere until its day."""

from __future__ import annotations

import gzip
from datetime import date
from pathlib import Path

from test_publish import SITE_URL, fixture_hub

from partdem.content.hub import Hub
from partdem.content.languages import CODES
from partdem.enrich.derive import derive
from partdem.outputs.job import Job
from partdem.outputs.publish import publish
from partdem.site.context import Context, build_date, prepare
from partdem.site.shell import Site

REPO_URL = "https://github.com/partdem/hub"


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
        data = path.read_bytes()
        if data[:2] == b"\x1f\x8b":  # gzipped: the search index's files
            data = gzip.decompress(data)
        # Pictures (the card images) decode to nothing like a needle: their paths are checked.
        text = data.decode("utf-8", errors="replace")
        if any(needle in relative or needle in text for needle in needles):
            found.append(relative)
    return found


def write_outputs(hub: Hub, site_dir: Path, today: date) -> list[str]:
    """Everything the build writes after the engine, as the build calls it."""
    context = Context(hub=hub, derived=derive(hub, today), today=today, repo_url=REPO_URL,
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

