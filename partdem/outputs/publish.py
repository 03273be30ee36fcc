"""Everything the build writes beside the hand-written pages, once the engine has built them:
for each language, in parallel, its pages made from data (``pages.py``), feeds, calendar,
newsletter emails and sitemap; then the open data, once.

Languages are independent of one another: a worker writes the files of its languages and
nothing else, so a parallel build gives the same bytes as a sequential one (a test compares the
two). Workers are forked: they share the validated content with this process instead of
receiving a copy of it.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from partdem.content.urls import is_published
from partdem.content.workers import jobs_wanted
from partdem.outputs import calendars, emails, feeds, opendata, pages, sitemaps
from partdem.site.render import Context
from partdem.site.shell import Site


@dataclass(frozen=True)
class Job:
    """What every language's part of the build reads."""

    context: Context
    site: Site
    site_dir: Path


def write_language(job: Job, lang: str) -> list[str]:
    """Every file of one language; returns their site-relative paths."""
    hub, today, site_url = job.context.hub, job.context.today, job.site.url
    written = pages.write_language(job.context, job.site, job.site_dir, lang)
    written += feeds.write(hub, job.site_dir, site_url, today, lang)
    path = job.site_dir / calendars.calendar_file(lang)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(calendars.render(hub, lang, site_url.rstrip("/") + "/", today),
                    encoding="utf-8", newline="")
    written.append(calendars.calendar_file(lang))
    written += emails.write(hub, job.site_dir, site_url, today, lang)
    written += sitemaps.write(job.context, job.site_dir, site_url, lang)
    return written


_JOB: Job | None = None  # the job of the forked workers, which inherit it


def _work(lang: str) -> list[str]:
    assert _JOB is not None
    return write_language(_JOB, lang)


def publish(job: Job, languages: Iterable[str], jobs: int | None = None) -> list[str]:
    """Write everything for ``languages`` (and the open data); returns the paths written."""
    global _JOB
    languages = list(languages)
    jobs = jobs or jobs_wanted(len(languages))
    if jobs == 1:
        written = [path for lang in languages for path in write_language(job, lang)]
    else:
        _JOB = job
        try:
            with multiprocessing.get_context("fork").Pool(jobs) as pool:
                written = [path for paths in pool.map(_work, languages, chunksize=1)
                           for path in paths]
        finally:
            _JOB = None
    today = job.context.today
    written += opendata.write_all(job.context.hub, job.context.derived, job.site_dir,
                                lambda record: is_published(record, today))
    return written
