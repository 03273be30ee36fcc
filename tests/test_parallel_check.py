"""Files are read and validated by worker processes when there are many: the problems and the
validated content are the same as when one process checks every file."""

from __future__ import annotations

import pytest
from support import ROOT, VALID
from test_broken_fixture import BROKEN

from partdem.content import validate


@pytest.mark.parametrize("jobs", [2, 3])
@pytest.mark.parametrize("root", [BROKEN, VALID, ROOT], ids=["broken", "valid", "real"])
def test_workers_find_what_one_process_finds(root, jobs, monkeypatch):
    sequential_hub, sequential = validate.validate(root, jobs=1)
    monkeypatch.setattr(validate, "PARALLEL_FROM", 0)  # workers even for a small hub
    parallel_hub, parallel = validate.validate(root, jobs=jobs)
    assert parallel == sequential
    assert parallel_hub.invalid == sequential_hub.invalid
    for kind, records in sequential_hub.records.items():
        assert list(parallel_hub.records[kind]) == list(records)
        for slug, record in records.items():
            other = parallel_hub.records[kind][slug]
            assert other.entity == record.entity
            assert {lang: t.text for lang, t in other.translations.items()} == {
                lang: t.text for lang, t in record.translations.items()}
    assert sum(len(r.translations) for k in parallel_hub.records.values()
               for r in k.values()) > 0 or root is BROKEN
