"""A copy of the project that builds a site: code, theme, interface strings and hand-written
pages, without content, for benchmarks and tests that bring their own data."""

from __future__ import annotations

import shutil
from pathlib import Path

from partdem.content.docs import DOCS_DIR

SITE_FILES = ("mkdocs.yml", "hooks", "overrides", "locales", "partdem", DOCS_DIR)


def copy_project(source: Path, target: Path) -> None:
    """Copy what builds the site from ``source`` into ``target``, which then needs data/."""
    target.mkdir(parents=True, exist_ok=True)
    for name in SITE_FILES:
        if (source / name).is_dir():
            shutil.copytree(source / name, target / name,
                            ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source / name, target / name)
