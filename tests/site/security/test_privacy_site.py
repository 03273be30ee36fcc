"""No personal data in any output of the built site (the same scan as test_privacy.py's)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from test_privacy import personal_data_in, texts

# -- the built site ----------------------------------------------------------------------------
SCANNED = (".html", ".xml", ".json", ".csv", ".txt", ".ics", ".gz")


def outputs(site: Path) -> list[Path]:
    """What the build writes from content: everything but the theme's own assets."""
    return sorted(path for path in site.rglob("*") if path.suffix in SCANNED
                  and path.is_file() and path.relative_to(site).parts[0] != "assets")


def test_every_kind_of_output_is_scanned(site):
    names = {path.relative_to(site).as_posix() for path in outputs(site)}
    for expected in ("index.html", "feed.rss.xml",
                     "ar/feed.atom.xml", "sitemap-pages.xml", "pt/sitemap-pages.xml",
                     "api/v1/cases.json", "api/v1/chapters.csv", "sitemap.xml",
                     "sitemap.xml.gz", "events.ics", "newsletter/issue-1/email.html",
                     "newsletter/issue-1/email.txt"):
        assert expected in names
    assert any(name.startswith("ar/search/pages/") for name in names)


def test_no_personal_data_in_any_output(site):
    where: defaultdict[str, set[str]] = defaultdict(set)  # each text scanned once
    for path in outputs(site):
        for text in texts(path):
            where[text].add(path.relative_to(site).as_posix())
    found = sorted(f"{min(paths)}: {found}" for text, paths in where.items()
                   for found in personal_data_in(text))
    assert found == [], "\n".join(found[:40])

