"""Resource exhaustion: files made to use up memory or time are refused, or checked, within a
memory limit and a time limit on the validator process, with a message and never a traceback."""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from support import CASE, CHAPTER, TRAINING, VALID

MEMORY = 1024**3  # bytes of address space for the validator
SECONDS = 60
TOOL = "data/tools/hostile.yaml"


def limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def check(root: Path) -> subprocess.CompletedProcess:
    """``partdem check`` in ``root`` as contributors run it, within the limits."""
    return subprocess.run([sys.executable, "-m", "partdem.cli", "check"], cwd=root,
                          capture_output=True, text=True, timeout=SECONDS, preexec_fn=limited,
                          check=False)


def alias_bomb(root: Path) -> Path:
    """The "billion laughs": ten levels of nine references each, 10^9 strings expanded."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    return write(root / TOOL, "\n".join(lines) + "\n")


def deep(root: Path) -> Path:
    """10,000 nested lists, one bracket a line (a line this long would be refused first)."""
    return write(root / TOOL, "[\n" * 10_000 + "]\n" * 10_000)


def wide(root: Path) -> Path:
    """A list of 60,000 values, within the size limit."""
    return write(root / TOOL, "values:\n" + "- 1\n" * 60_000)


def huge(root: Path) -> Path:
    """A 50 MB file."""
    return write(root / TOOL, "title: x\nsummary: |\n" + ("  " + "x" * 1021 + "\n") * 51_200)


def long_line(root: Path) -> Path:
    return write(root / TOOL, "title: " + "x" * 100_000 + "\n")


def quadratic(root: Path) -> Path:
    """Summaries full of unclosed link openings, in several files: a careless pattern scans to
    the end of the text from each opening, and takes minutes."""
    filler = "".join("  " + "](" * 2_000 + "\n" for _ in range(55))
    for name in (CASE, CHAPTER, TRAINING, "data/cases/riverside-peoples-assembly.yaml"):
        data = yaml.safe_load((root / name).read_text(encoding="utf-8"))
        del data["summary"]
        write(root / name, yaml.safe_dump(data, allow_unicode=True) + f"summary: |\n{filler}")
    return root / CASE


def many_files(root: Path) -> Path:
    """30,000 small files."""
    for i in range(30_000):
        write(root / "data" / "resources" / f"r{i:05}.yaml", "title: x\n")
    return root / "data"


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# What each case makes under the hub's root (returning where the message points),
# and the message expected ("": the content is valid, and checked in time). The limits are
# literal numbers, not the loader's constants: a limit raised tenfold fails here.
CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "alias bomb": (alias_bomb, "YAML anchors and aliases (&name, *name) are not allowed"),
    "deep nesting": (deep, "nested more than 12 levels deep"),
    "many values": (wide, "the file has more than 20000 values"),
    "50 MB file": (huge, "the file is 52428820 bytes, over the limit of 262144"),
    "100,000-character line": (long_line, "line is longer than 5000 characters"),
    "quadratic text": (quadratic, ""),
    "30,000 files": (many_files, "more than 20000 files in data/"),
}


@pytest.mark.parametrize("case", CASES)
def test_refused_or_handled_within_limits(tmp_path, case):
    make, expected = CASES[case]
    root = tmp_path / "hub"
    shutil.copytree(VALID, root)
    named = make(root)
    result = check(root)
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    if expected:
        assert result.returncode == 1
        assert expected in result.stdout, result.stdout[-2000:]
        assert result.stdout.startswith(named.relative_to(root).as_posix())
    else:
        assert result.returncode == 0, result.stdout[-2000:]
