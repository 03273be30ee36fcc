"""Languages are built in parallel: one worker per core, never more than there are tasks (that
a parallel build writes the same files as one language after the other:
tests/site/test_parallel_build_site.py)."""

from __future__ import annotations

from partdem.content import workers


def test_one_worker_per_core_never_more_than_tasks(monkeypatch):
    monkeypatch.delenv("PARTDEM_JOBS", raising=False)
    monkeypatch.setattr(workers.os, "cpu_count", lambda: 2)
    assert workers.jobs_wanted(6) == 2
    assert workers.jobs_wanted(1) == 1
    monkeypatch.setenv("PARTDEM_JOBS", "1")
    assert workers.jobs_wanted(6) == 1
