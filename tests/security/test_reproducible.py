"""Reproducible builds: two builds of the same commit are byte for byte the same, their dates
coming from the content or SOURCE_DATE_EPOCH (the time of the last commit), never the clock."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime
from pathlib import Path

from hostile import build, build_date_epoch
from lxml import etree

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def files(site: Path) -> dict[str, bytes]:
    return {path.relative_to(site).as_posix(): path.read_bytes()
            for path in sorted(site.rglob("*")) if path.is_file()}


def test_two_builds_are_identical(site, tmp_path):
    # Another hash seed than the first build's (random) changes the order of every set and
    # dict of strings: an output that depends on it differs.
    result = build(tmp_path / "site", PYTHONHASHSEED="0")
    assert result.returncode == 0, result.stderr[-3000:]
    first, second = files(site), files(tmp_path / "site")
    assert sorted(first) == sorted(second)
    differ = [name for name in first if first[name] != second[name]]
    assert differ == [], f"{len(differ)} files differ: {differ[:20]}"


def test_dates_come_from_the_commit(site):
    day = datetime.fromtimestamp(int(build_date_epoch()), UTC).date().isoformat()
    sitemap = etree.parse(str(site / "sitemap.xml"))
    assert {lastmod.text for lastmod in sitemap.iter(f"{SITEMAP}lastmod")} == {day}
    with gzip.open(site / "sitemap.xml.gz") as packed:
        assert packed.read() == (site / "sitemap.xml").read_bytes()
    stamp = int.from_bytes((site / "sitemap.xml.gz").read_bytes()[4:8], "little")
    assert datetime.fromtimestamp(stamp, UTC).date().isoformat() == day
