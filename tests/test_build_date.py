"""The day a build is for: SOURCE_DATE_EPOCH when set; in a clean git checkout, the day of its
last commit (two builds of a commit are identical); with changes not yet committed, today."""

from __future__ import annotations

import os
import subprocess
from datetime import UTC, date, datetime

import pytest

from partdem.content.rules import build_date

COMMITTED = "2026-12-01T10:00:00Z"


@pytest.fixture
def checkout(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    env = dict(os.environ, GIT_COMMITTER_DATE=COMMITTED, GIT_AUTHOR_DATE=COMMITTED,
               GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org",
               GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.org")
    (tmp_path / "data.yaml").write_text("a: 1\n", encoding="utf-8")
    for args in (["init", "-q"], ["add", "."], ["commit", "-qm", "first"]):
        subprocess.run(["git", *args], cwd=tmp_path, env=env, check=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_clean_checkout_is_built_for_the_day_of_its_last_commit(checkout):
    assert build_date() == date(2026, 12, 1)


def test_uncommitted_changes_are_built_for_today(checkout):
    (checkout / "data.yaml").write_text("a: 2\n", encoding="utf-8")
    assert build_date() == datetime.now(UTC).date()


def test_a_folder_outside_git_is_built_for_today(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    monkeypatch.chdir(tmp_path)
    assert build_date() == datetime.now(UTC).date()


def test_source_date_epoch_wins(checkout, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1798200000")  # 2026-12-25 12:00 UTC
    assert build_date() == date(2026, 12, 25)
