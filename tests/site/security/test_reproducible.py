"""Reproducible builds: two builds of the same commit are byte for byte the same, their dates
coming from the content or SOURCE_DATE_EPOCH (the time of the last commit), never the clock."""

from __future__ import annotations

import gzip
from pathlib import Path

from hostile import ROOT, build
from lxml import etree

from partdem.content.validate import validate

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def files(site: Path) -> dict[str, bytes]:
    return {path.relative_to(site).as_posix(): path.read_bytes()
            for path in sorted(site.rglob("*")) if path.is_file()}


def test_two_builds_are_identical(site, tmp_path):
    """The second build one language after the other, where the first built them in parallel;
    and with another hash seed than the first build's (random), which changes the order of
    every set and dict of strings: an output that depends on either differs."""
    result = build(tmp_path / "site", PYTHONHASHSEED="0", PARTDEM_JOBS="1")
    assert result.returncode == 0, result.stderr[-3000:]
    first, second = files(site), files(tmp_path / "site")
    assert sorted(first) == sorted(second)
    differ = [name for name in first if first[name] != second[name]]
    assert differ == [], f"{len(differ)} files differ: {differ[:20]}"


def test_dates_come_from_the_content(site):
    """A page's last change in the sitemap is its entity's own date; the gzipped sitemap
    index carries no time at all."""
    hub, _ = validate(ROOT)
    dated = {f"cases/{record.slug}/": record.entity.updated.isoformat()
             for record in hub.of("cases")}
    sitemap = etree.parse(str(site / "sitemap-pages.xml"))
    found = {url.findtext(f"{SITEMAP}loc").split("/", 3)[3]: url.findtext(f"{SITEMAP}lastmod")
             for url in sitemap.iter(f"{SITEMAP}url")}
    assert {url: found[url] for url in dated} == dated
    assert found["about/"] is None  # a hand-written page: no date the content knows
    with gzip.open(site / "sitemap.xml.gz") as packed:
        assert packed.read() == (site / "sitemap.xml").read_bytes()
    assert (site / "sitemap.xml.gz").read_bytes()[4:8] == bytes(4)
