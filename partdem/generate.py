"""Writing generated pages into docs/: only files whose content changed, stale ones removed.

Rewriting only what changed keeps the development server from rebuilding in a loop; a manifest
of what was generated lets stale pages be deleted without touching hand-written ones.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from partdem.check import check
from partdem.enrich import derive
from partdem.pages import GENERATED_MANIFEST, generated
from partdem.render import Context, render_all


def build_date() -> date:
    """Today, or the day of SOURCE_DATE_EPOCH so that two builds of a commit are identical."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    return date.fromtimestamp(int(epoch)) if epoch else date.today()


def write_pages(docs: Path, pages: dict[str, str]) -> tuple[int, int]:
    """Write pages under ``docs``; returns (files written, stale files removed)."""
    manifest = docs / GENERATED_MANIFEST
    previous = generated(docs)
    written = 0
    for name, text in pages.items():
        target = docs / name
        if target.exists() and target.read_text(encoding="utf-8") == text:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        written += 1
    stale = previous - set(pages)
    for name in stale:
        (docs / name).unlink(missing_ok=True)
    new_manifest = "\n".join(sorted(pages)) + "\n"
    if not manifest.exists() or manifest.read_text(encoding="utf-8") != new_manifest:
        manifest.write_text(new_manifest, encoding="utf-8")
    return written, len(stale)


def generate(root: Path, docs: Path, repo_url: str, site_url: str) -> tuple[int, int]:
    """Validate the content under ``root``, then write every page into ``docs``."""
    hub = check(root)
    context = Context(hub=hub, derived=derive(hub), today=build_date(), repo_url=repo_url,
                      site_url=site_url)
    return write_pages(docs, render_all(context))
