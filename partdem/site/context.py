"""The start of every build: the validated, enriched content and the day it is built for."""

from __future__ import annotations

from pathlib import Path

from partdem.content.rules import build_date
from partdem.content.validate import check
from partdem.enrich.derive import derive
from partdem.site.render import Context


def prepare(root: Path, repo_url: str, site_url: str) -> Context:
    """Validate the content under ``root`` (ContentError lists every problem) and derive what
    the pages show."""
    hub = check(root)
    return Context(hub=hub, derived=derive(hub), today=build_date(), repo_url=repo_url,
                   site_url=site_url)
