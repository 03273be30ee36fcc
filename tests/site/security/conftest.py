"""Shared by the security checks of built sites: the real site built once per session with a
fixed build date (SOURCE_DATE_EPOCH), in place of tests/site/conftest.py's ``site`` (built with
today's date). The browser fixture is shared from tests/conftest.py. The session-scoped
``pages`` and ``server`` of tests/site/conftest.py are the real site's: tests here define their
own from this ``site``."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile import build


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("built") / "site"
    result = build(target)
    assert result.returncode == 0, result.stderr[-3000:]
    return target
