"""When each content file first entered the repository: the day the hub published it, which
link previews show (``article:published_time``). Read from git in one pass over the history;
a tree without git history (a copy, a test's fixture) has no such days, and pages then say
nothing of it."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path


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
