"""Shared fixtures and the test tiers.

Tiers go by folder: a test under tests/site/ needs a built site and is marked ``site``; a test
under a folder named ``browser`` (tests/security/browser/, tests/site/browser/,
tests/site/security/browser/) needs headless Chromium and is marked ``browser``. The rest is the
fast tier (``make test-fast``: ``-m "not site and not browser"``). Helper modules are imported
by name: pytest's ``pythonpath`` (pyproject.toml) puts their folders on sys.path.

The one headless Chromium of the session is here (Playwright allows one sync session at a
time), started on first use: the fast tier never imports Playwright.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent


@pytest.hookimpl(tryfirst=True)  # before -m selects by marker
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        folders = item.path.resolve().relative_to(TESTS).parts[:-1]
        if folders[:1] == ("site",):
            item.add_marker(pytest.mark.site)
        if "browser" in folders:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


CHROMIUM = "/usr/bin/chromium"  # Debian's chromium package; never a downloaded browser
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--disable-background-networking", "--disable-component-update", "--no-first-run",
         "--disable-sync", "--disable-quic"]


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                             args=FLAGS)
        yield browser
        browser.close()
