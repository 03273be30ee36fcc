"""Languages are built in parallel, and a parallel build writes the same files, byte for byte,
as one language after the other."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from support import VALID

from partdem.content import workers
from partdem.content.languages import CODES
from partdem.content.validate import validate
from partdem.enrich.derive import derive
from partdem.outputs import publish
from partdem.site.render import Context
from partdem.site.shell import Site

SITE = Site("https://hub.example/", "https://github.com/partdem/hub", "Content under CC BY-SA")


def files(site: Path) -> dict[str, bytes]:
    return {path.relative_to(site).as_posix(): path.read_bytes()
            for path in sorted(site.rglob("*")) if path.is_file()}


def test_parallel_and_sequential_builds_are_identical(tmp_path):
    hub, _ = validate(VALID)
    context = Context(hub=hub, derived=derive(hub), today=date(2026, 6, 1),
                      repo_url=SITE.repo_url, site_url=SITE.url)
    written = {}
    for jobs in (1, 3):
        site = tmp_path / f"jobs-{jobs}"
        written[jobs] = publish.publish(publish.Job(context, SITE, site), CODES, jobs=jobs)
        assert len(files(site)) > 100
    assert written[1] == written[3]  # every language's files, in the same order
    sequential, parallel = files(tmp_path / "jobs-1"), files(tmp_path / "jobs-3")
    assert sorted(sequential) == sorted(parallel)
    assert [name for name in sequential if sequential[name] != parallel[name]] == []


def test_one_worker_per_core_never_more_than_tasks(monkeypatch):
    monkeypatch.delenv("PARTDEM_JOBS", raising=False)
    monkeypatch.setattr(workers.os, "cpu_count", lambda: 2)
    assert workers.jobs_wanted(6) == 2
    assert workers.jobs_wanted(1) == 1
    monkeypatch.setenv("PARTDEM_JOBS", "1")
    assert workers.jobs_wanted(6) == 1
