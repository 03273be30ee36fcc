"""Everything the build writes beside the hand-written pages, once the engine has built them:
for each language, in parallel, the outputs of every language (``EVERY_LANGUAGE``: its pages
made from data, feeds, calendar, emails, sitemap, card images and search index); then those
written once (``ONCE``: the open data, what the translate form reads). An output is a module
with ``write(job, lang)`` or ``write(job)``: adding one is adding it to its list here.

Languages are independent of one another: a worker writes the files of its languages and
nothing else, so a parallel build gives the same bytes as a sequential one (a test compares the
two). Workers are forked: they share the validated content with this process instead of
receiving a copy of it.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable

from partdem.content.workers import jobs_wanted
from partdem.outputs import (
    calendars,
    cards,
    emails,
    feeds,
    opendata,
    pages,
    search,
    sitemaps,
    translating,
)
from partdem.outputs.job import Job
from partdem.site.language import site_language

# The search last: it indexes the language's pages, once they are written.
EVERY_LANGUAGE = (pages, feeds, calendars, emails, sitemaps, cards, search)
ONCE = (opendata, translating)


def write_language(job: Job, code: str) -> list[str]:
    """Every file of one language; returns their site-relative paths."""
    lang = site_language(code)  # made once, handed to every output
    return [path for output in EVERY_LANGUAGE for path in output.write(job, lang)]


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
    written += [path for output in ONCE for path in output.write(job)]
    return written
