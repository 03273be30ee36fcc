"""A parallel build writes the same files, byte for byte, as one language after the other."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from support import VALID

from partdem.content.languages import CODES
from partdem.content.validate import validate
from partdem.enrich.derive import derive
from partdem.outputs import publish
from partdem.outputs.job import Job
from partdem.site.context import Context
from partdem.site.shell import Site

SITE = Site("https://hub.example/", "https://github.com/partdem/hub", "Content under CC BY-SA")


def files(site: Path) -> dict[str, bytes]:
    return {path.relative_to(site).as_posix(): path.read_bytes()
            for path in sorted(site.rglob("*")) if path.is_file()}


def test_parallel_and_sequential_builds_are_identical(tmp_path):
    hub, _ = validate(VALID)
    context = Context(hub=hub, derived=derive(hub, date(2026, 6, 1)), today=date(2026, 6, 1),
                      repo_url=SITE.repo_url, site_url=SITE.url)
    written = {}
    for jobs in (1, 3):
        site = tmp_path / f"jobs-{jobs}"
        written[jobs] = publish.publish(Job(context, SITE, site), CODES, jobs=jobs)
        assert len(files(site)) > 100
    assert written[1] == written[3]  # every language's files, in the same order
    sequential, parallel = files(tmp_path / "jobs-1"), files(tmp_path / "jobs-3")
    assert sorted(sequential) == sorted(parallel)
    assert [name for name in sequential if sequential[name] != parallel[name]] == []

