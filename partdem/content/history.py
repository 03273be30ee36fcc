"""What git remembers of the content files: the day each first entered the repository, the day
the hub published it, which link previews show (``article:published_time``), read in one pass
over the history; and the text of a source file as an outdated translation knew it, which the
translate form marks the changes against. A tree without git history (a copy, a test's
fixture) has neither, and pages then say nothing of them."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from partdem.content import translations
from partdem.content.models.common import Strict


@cache
def first_added(root: Path) -> dict[str, date]:
    """Path relative to ``root`` -> the UTC day of the commit that first added it."""
    try:
        done = subprocess.run(
            ["git", "-C", str(root), "log", "--diff-filter=A", "--no-renames", "--format=%x00%ct",
             "--name-only", "--", "data"], capture_output=True, text=True, check=False,
            timeout=60)
    except OSError:  # no git on this machine
        return {}
    if done.returncode != 0:
        return {}
    added: dict[str, date] = {}
    # Newest commit first: a file added again after a deletion keeps its first day.
    for block in done.stdout.split("\0")[1:]:
        stamp, *paths = block.split("\n")
        day = datetime.fromtimestamp(int(stamp), UTC).date()
        for path in filter(None, paths):
            added[path] = day
    return added


def earlier_text(root: Path, path: Path, wanted: str, model: type[Strict]) -> Any | None:
    """The translatable text of the version of the source file ``path`` whose fingerprint is
    ``wanted`` (the one an outdated translation was made from), newest version first; None
    when git does not hold it (a tree without history, a file rewritten outside git)."""
    if not first_added(root):  # no history here: no call per file
        return None
    relative = path.relative_to(root).as_posix()
    listed = _git(root, "log", "--format=%H", "--", relative)
    for commit in (listed or "").split():
        text = _git(root, "show", f"{commit}:{relative}")
        try:
            entity = model.model_validate(yaml.safe_load(text or ""))
        except (ValidationError, yaml.YAMLError):
            continue
        if translations.fingerprint(entity) == wanted:
            return translations.translatable_text(entity)
    return None


def _git(root: Path, *args: str) -> str | None:
    done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True,
                          check=False, timeout=60)
    return done.stdout if done.returncode == 0 else None
