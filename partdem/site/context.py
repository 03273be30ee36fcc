"""The start of every build: the validated, enriched content and the day it is built for."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path

from partdem.content.history import first_added
from partdem.content.hub import Hub
from partdem.content.rules import build_date
from partdem.content.validate import check
from partdem.enrich import research
from partdem.enrich.derive import Derived, derive


@dataclass
class Context:
    """What every page of a build reads: the content, what is derived from it, and the day."""

    hub: Hub
    derived: Derived
    today: date
    repo_url: str
    site_url: str = "/"
    published: dict[str, date] = field(default_factory=dict)  # content file -> first day public

    @cached_property
    def figures(self) -> research.Figures:
        return research.figures(self.hub, self.derived)


def prepare(root: Path, repo_url: str, site_url: str) -> Context:
    """Validate the content under ``root`` (ContentError lists every problem) and derive what
    the pages show."""
    hub, today = check(root), build_date()
    return Context(hub=hub, derived=derive(hub, today), today=today, repo_url=repo_url,
                   site_url=site_url, published=first_added(root))
