"""The full-text search index of a language, made by Pagefind from that language's built pages,
once they are all written (the last output of each language in ``publish.py``).

Pagefind reads each page's language from its ``<html lang>`` and makes an index stemmed in that
language (Arabic included), split into small chunks, at ``pagefind/`` under the language's
root: a reader's browser downloads only the chunks a query needs, and nothing before the first
search (``docs/assets/hub/search.js``). Indexing a language as soon as its pages are written
lets one language's index be made while the next one's pages are. The page shell marks what is
indexed: the article of every page but the 404 pages (``data-pagefind-body``), without its
translation notice, and the filters a reader can narrow results to (``data-pagefind-filter``).
Lists of every case (the case list, the benchmark's matrix, the research notes), the
translation dashboard's tables and what each standard means in a case's checklist are left out
(``data-pagefind-ignore``): each item is found on its own page, and a page holding every case's
words would be found by every search, as the largest passage to download, and take a good part
of the time to index.

Pagefind writes the filters in the order of a hash table, which changes from run to run; so
that two builds give the same bytes, the filters are put in order afterwards and their files
renamed by their new content (``_in_order``).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cbor2
from pagefind_bin import get_executable

from partdem.content.languages import CODES, url_prefix
from partdem.outputs.job import Job
from partdem.site.language import SiteLanguage
from partdem.site.shell import SEARCH_BUNDLE

# Pagefind's own ready-made interfaces, which the hub does not use (its search is assets/hub's),
# and its web worker, which the hub's search does without (one script less to download).
UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js",
          "pagefind-modular-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css",
          "pagefind-highlight.js", "pagefind-worker.js")
MARK = b"pagefind_dcd"  # what each of Pagefind's files starts with, before its CBOR
ENTRY = "pagefind-entry.json"


def pages_of(job: Job, lang: SiteLanguage) -> str:
    """Pagefind's pattern of the HTML files of ``lang``: its folder, or, for the language at
    the site's root, every file and folder there but the other languages'."""
    if lang.prefix:
        return f"{lang.prefix}**/*.html"
    others = {url_prefix(code).rstrip("/") for code in CODES if url_prefix(code)}
    folders = sorted(path.name for path in job.site_dir.iterdir()
                     if path.is_dir() and path.name not in others)
    return "{" + ",".join(["*.html", *(f"{name}/**/*.html" for name in folders)]) + "}"


def write(job: Job, lang: SiteLanguage) -> list[str]:
    """Index the built pages of ``lang``; returns the site-relative paths of the index."""
    relative = lang.prefix + SEARCH_BUNDLE
    bundle = job.site_dir / relative
    shutil.rmtree(bundle, ignore_errors=True)  # a rebuild in place never keeps stale chunks
    result = subprocess.run(
        [str(get_executable()), "--site", str(job.site_dir), "--glob", pages_of(job, lang),
         "--output-subdir", relative, "--silent"], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"Pagefind could not index the {lang.code} pages:\n"
                           f"{result.stdout}{result.stderr}")
    for name in UNUSED:
        (bundle / name).unlink(missing_ok=True)
    _in_order(bundle)
    return sorted(path.relative_to(job.site_dir).as_posix()
                  for path in bundle.rglob("*") if path.is_file())


def _in_order(bundle: Path) -> None:
    """Each language's filters, and each filter's values, in order of their names; the files
    that change renamed by a hash of their content, of the length Pagefind gives it."""
    entry = json.loads((bundle / ENTRY).read_text(encoding="utf-8"))
    for lang, found in entry["languages"].items():
        meta_path = bundle / f"pagefind.{found['hash']}.pf_meta"
        meta = _read(meta_path)
        filters = []
        # meta[3]: [[filter name, chunk]]; a filter's chunk: [filter name, [[value, pages]]].
        for name, chunk in meta[3]:
            path = bundle / "filter" / f"{chunk}.pf_filter"
            data = _read(path)
            data[1].sort(key=lambda value: value[0])
            path.unlink()
            filters.append([name, _write(lambda new: bundle / "filter" / f"{new}.pf_filter",
                                         lang, data, len(chunk))])
        meta[3] = sorted(filters)
        meta_path.unlink()
        found["hash"] = _write(lambda new: bundle / f"pagefind.{new}.pf_meta", lang, meta,
                               len(found["hash"]))
    entry["languages"] = dict(sorted(entry["languages"].items()))
    (bundle / ENTRY).write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")),
                                encoding="utf-8")


def _read(path: Path) -> Any:
    return cbor2.loads(gzip.decompress(path.read_bytes()).removeprefix(MARK))


def _write(path_of: Callable[[str], Path], lang: str, data: Any, length: int) -> str:
    """Write ``data`` as Pagefind does, at the path of its new name, such as en_1a2b3c4 (of
    ``length`` characters); returns that name."""
    packed = gzip.compress(MARK + cbor2.dumps(data), mtime=0)
    name = f"{lang}_{hashlib.sha256(packed).hexdigest()}"[:length]
    path_of(name).write_bytes(packed)
    return name
