"""What every output reads, and the one way outputs write a file.

Each output is a module with ``write(job, lang)`` (or ``write(job)`` for what is written once
per build) that returns the site-relative paths it wrote; ``publish.py`` lists them. A file
kept between builds (a card image) is placed rather than written.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from partdem.content.hub import Hub
from partdem.site.context import Context
from partdem.site.shell import Site


@dataclass(frozen=True)
class Job:
    """A build: the validated, enriched content, the site's settings, and where it goes."""

    context: Context
    site: Site
    site_dir: Path

    @property
    def hub(self) -> Hub:
        return self.context.hub

    @property
    def today(self) -> date:
        return self.context.today

    @property
    def base(self) -> str:
        """The site's address with a final slash, before which every absolute link goes."""
        return self.site.url.rstrip("/") + "/"

    def place(self, path: str, source: Path) -> str:
        """Put the file ``source`` at the site-relative ``path`` as a hard link (no bytes copied),
        or as a copy where the file system cannot link; returns ``path``."""
        target = self.site_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.unlink(missing_ok=True)
        try:
            os.link(source, target)
        except OSError:
            shutil.copyfile(source, target)
        return path

    def write(self, path: str, data: str | bytes) -> str:
        """Write ``data`` (text as UTF-8, newlines as given) at the site-relative ``path``;
        returns ``path``."""
        target = self.site_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            target.write_bytes(data)
        else:
            target.write_text(data, encoding="utf-8", newline="")
        return path
