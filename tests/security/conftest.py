"""Shared by the security tests: the real site built once per session with a fixed build date,
the browser fixture is shared from tests/conftest.py."""

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
