"""The built site, shared by the checks that read it: built once per test session.

The real content is built with the same command as ``make build``, into a temporary folder.
A missing page set fails at collection (empty_parameter_set_mark), never skips.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from partdem.testing.localsite import serving

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("en", "es", "fr", "de", "pt", "ar")


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("built") / "site"
    subprocess.run([sys.executable, "-m", "partdem.cli", "build", "--site-dir", str(target)],
                   cwd=ROOT, check=True)
    return target


def lang_of(relative: str) -> str:
    """The language of a site-relative path: es/cases/ is Spanish, cases/ English."""
    first = relative.split("/", 1)[0]
    return first if first in LANGS else "en"


def html_pages(site_dir: Path) -> list[Path]:
    return sorted(site_dir.rglob("*.html"))


@pytest.fixture(scope="session")
def pages(site) -> list[Path]:
    found = html_pages(site)
    assert len(found) > 100, "the built site has too few pages"
    return found


@pytest.fixture(scope="session")
def server(site) -> Iterator[str]:
    """The built site served on 127.0.0.1 at a free port, as a reader's browser gets it."""
    with serving(site) as url:
        yield url
