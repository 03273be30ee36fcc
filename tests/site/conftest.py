"""The built sites, shared by the checks that read them: each built once per test session.

Every test under tests/site/ is marked ``site`` (tests/conftest.py). The real content is built
with the same command as ``make build``, into a temporary folder. A missing page set fails at
collection (empty_parameter_set_mark), never skips.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from site_paths import ROOT, html_pages
from support import VALID, copy_project

from partdem.testing.localsite import serving


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("built") / "site"
    subprocess.run([sys.executable, "-m", "partdem.cli", "build", "--site-dir", str(target)],
                   cwd=ROOT, check=True)
    return target


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


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory) -> Path:
    """The tiny fixture hub (tests/fixtures/valid), built strictly in every language."""
    project = tmp_path_factory.mktemp("fixture-hub")
    copy_project(project)
    shutil.copytree(VALID / "data", project / "data")
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    mkdocs = Path(sys.executable).with_name("mkdocs")
    result = subprocess.run([str(mkdocs), "build", "--strict"], cwd=project, env=env,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    return project / "site"


@pytest.fixture(scope="session")
def fixture_server(fixture_site) -> Iterator[str]:
    """The fixture hub served on 127.0.0.1 at a free port."""
    with serving(fixture_site) as url:
        yield url
