"""Numbers and dates at the very ends of what the check accepts: the check passes, and every
stage of the build that reads them (pages, feeds, calendar, emails, open data) completes, so
that no number or date the check passes can crash the build or break the open data. And the
open data refuses to write what no JSON parser reads (Infinity, NaN), whatever reaches it.
"""

from __future__ import annotations

import math
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from placed import BENCHMARK, DESIGN, GUIDE, INITIATIVE, NEWSLETTER, RESOURCE
from support import CASE, CHAPTER, TRAINING, VALID

from partdem.content.validate import validate
from partdem.enrich.derive import derive
from partdem.outputs import opendata
from partdem.outputs.job import Job
from partdem.site.context import Context
from partdem.site.shell import Site

FIRST, LAST = date(1900, 1, 1), date(2100, 12, 31)
SITE = "https://hub.example/"


def ends(high: bool) -> dict[str, dict[tuple[Any, ...], Any]]:
    """Every number at its highest (or lowest) allowed value, every date at the last (or first)
    allowed day; literal figures, as in tests/rules/test_rule_number_bounds.py."""
    day = LAST if high else FIRST

    def pick(low: float, top: float) -> float:
        return top if high else low

    return {
        CASE: {("budget", "amount"): pick(0, 10_000_000_000_000),
               ("participants", "number"): pick(0, 100_000),
               ("outcome", "recommendations"): pick(0, 10_000), ("sessions",): pick(0, 1_000),
               ("hours",): pick(0, 10_000), ("days",): pick(0, 1_000), ("start",): day,
               ("end",): day, ("outcome", "response_date"): day, ("status",): "planned"},
        CHAPTER: {("founded",): pick(1900, 2100)},
        RESOURCE: {("year",): pick(1900, 2100)},
        DESIGN: {("size_min",): pick(1, 100_000), ("size_max",): pick(1, 100_000),
                 ("days_min",): pick(0, 1_000), ("days_max",): pick(0, 1_000)},
        GUIDE: {("rules", 0, "when", "above"): pick(0, 100_000),
                ("rules", 1, "when", "fewer_than"): pick(1, 200)},
        NEWSLETTER: {("number",): pick(1, 10_000), ("date",): day},
        TRAINING: {("duration_minutes",): pick(1, 10_000), ("sessions", 0, "start"): day},
        INITIATIVE: {("start",): day, ("end",): day, ("events", 0, "start"): day,
                     ("events", 0, "end"): day},
        BENCHMARK: {("order",): pick(1, 99)},
    }


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True  # the same day in several places is written out each time


def hub_at(root: Path, high: bool) -> Path:
    shutil.copytree(VALID, root)
    for name, changes in ends(high).items():
        data = yaml.safe_load((root / name).read_text(encoding="utf-8"))
        for loc, value in changes.items():
            node = data
            for part in loc[:-1]:
                node = node.setdefault(part, {}) if isinstance(node, dict) else node[part]
            node[loc[-1]] = value
        (root / name).write_text(yaml.dump(data, Dumper=_Dumper, allow_unicode=True,
                                           sort_keys=False), encoding="utf-8")
    return root


def test_open_data_never_writes_infinity(tmp_path):
    """Past the check (an entity made without it), an infinite number stops the export with an
    error instead of writing Infinity, which no JSON parser reads."""
    hub, problems = validate(VALID)
    assert problems == []
    record = hub.get("cases", "riverside-climate-assembly")
    record.entity = record.entity.model_copy(update={"hours": math.inf})
    with pytest.raises(ValueError, match="not JSON compliant"):
        today = date(2026, 6, 1)
        opendata.write(Job(Context(hub, derive(hub, today), today, repo_url=""),
                           Site("https://hub.example/"), tmp_path))
