"""The benchmark's synthetic hubs are valid content of the size asked for: fewer cases than the
real content by leaving out cases nothing names, more by cloning real ones with or without
their translations."""

from __future__ import annotations

import importlib.util

import pytest
from support import ROOT

from partdem.content.validate import validate

_SPEC = importlib.util.spec_from_file_location("bench", ROOT / "scripts" / "bench.py")
bench = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(bench)

REAL = len(bench.source_files(ROOT / "data" / "cases"))


@pytest.mark.parametrize("size", [REAL - 4, REAL, REAL + 6])
def test_hub_has_the_cases_asked_for_and_is_valid(tmp_path, size):
    assert bench.make_hub(tmp_path, size, share=0.5) == size
    hub, problems = validate(tmp_path)
    assert [p.format(tmp_path) for p in problems] == []
    assert len(hub.records["cases"]) == size


def test_a_share_of_the_clones_keeps_its_translations(tmp_path):
    bench.make_hub(tmp_path, REAL + 6, share=0.5)
    hub, _ = validate(tmp_path)
    clones = [slug for slug in hub.records["cases"] if "-copy-" in slug]
    assert len(clones) == 6
    assert sum(1 for slug in clones if hub.records["cases"][slug].translations) == 3


def test_without_a_size_the_hub_is_the_real_content(tmp_path):
    assert bench.make_hub(tmp_path) == REAL
    assert sorted(path.name for path in (tmp_path / "data").rglob("*.yaml")) == sorted(
        path.name for path in (ROOT / "data").rglob("*.yaml"))
