"""What the browser checks of the real site share besides tests/site/conftest.py's site and
server: axe-core, read when the first test that needs it runs, not when the tests are collected
(so that collecting, or a run without the browser tier, needs no node_modules)."""

from __future__ import annotations

import pytest
from site_paths import ROOT


@pytest.fixture(scope="session")
def axe() -> str:
    """The axe-core script (npm, package.json), evaluated in each page it checks."""
    return (ROOT / "node_modules" / "axe-core" / "axe.min.js").read_text(encoding="utf-8")
