"""Benchmark of `partdem check`: validation time on N generated cases with translations.

Writes a synthetic hub (the fixture hub, plus N cases cloned from its case, each with a Spanish
and a French translation) into a temporary folder and times validation there.
Run: `make bench` (or `python scripts/bench_check.py 1000`). Results go in the README's
development section, never into a timed test.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from partdem import i18n
from partdem.check import validate

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "valid"
CASE = FIXTURE / "data" / "cases" / "riverside-climate-assembly.yaml"


def make_hub(target: Path, cases: int) -> None:
    shutil.copytree(FIXTURE, target)
    text = CASE.read_text(encoding="utf-8")
    cases_dir = target / "data" / "cases"
    for n in range(cases):
        source = text.replace("Riverside Climate Assembly", f"Riverside Climate Assembly {n}")
        (cases_dir / f"case-{n:05d}.yaml").write_text(source, encoding="utf-8")
    hub, problems = validate(target)
    assert not problems, problems[:3]
    for record in hub.of("cases"):
        stamp = i18n.fingerprint(record.entity)
        for lang in ("es", "fr"):
            (cases_dir / f"{record.slug}.{lang}.yaml").write_text(
                f'source_fingerprint: "{stamp}"\nreviewed: false\n'
                f"title: {record.entity.title} ({lang})\n", encoding="utf-8")


def main(sizes: list[int], repeat: int = 3) -> None:
    print(f"| cases | files | check: min | median | (s, {repeat} runs) |")
    print("|---:|---:|---:|---:|---|")
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp) / "hub"
            make_hub(root, size)
            files = sum(1 for _ in (root / "data").rglob("*.yaml"))
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                hub, problems = validate(root)
                times.append(time.perf_counter() - start)
                assert not problems and len(hub.of("cases")) >= size
            print(f"| {size} | {files} | {min(times):.2f} | {statistics.median(times):.2f} | |")


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [30, 300, 1000])
