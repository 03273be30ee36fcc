"""How many worker processes a parallel stage uses: validating files, building languages."""

from __future__ import annotations

import os


def jobs_wanted(tasks: int) -> int:
    """PARTDEM_JOBS, or one per core; never more than there are tasks, and at least one."""
    wanted = int(os.environ.get("PARTDEM_JOBS") or os.cpu_count() or 1)
    return max(1, min(wanted, tasks))
