"""Helpers for the rule tests: a valid fixture hub in a temporary folder, changed file by file."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from partdem.content.problems import Problem
from partdem.content.validate import validate
from partdem.testing import project

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
VALID = FIXTURES / "valid"
CASE = "data/cases/riverside-climate-assembly.yaml"
CHAPTER = "data/chapters/xr-riverside.yaml"
TRAINING = "data/training/what-is-deliberation.yaml"


def copy_project(target: Path) -> None:
    """The project's code, theme and hand-written pages, without any generated page."""
    project.copy_project(ROOT, target)


def hub_with(tmp_path: Path, files: dict[str, str | None]) -> list[Problem]:
    """Validate the valid fixture hub with ``files`` written over it (None deletes a file)."""
    root = tmp_path / "hub"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(VALID, root)
    for name, text in files.items():
        path = root / name
        if text is None:
            path.unlink()
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    return validate(root)[1]


def edited(name: str, /, **changes: object) -> str:
    """The YAML of a fixture file with top-level keys changed (a value of ... removes the key)."""
    data = yaml.safe_load((VALID / name).read_text(encoding="utf-8"))
    for key, value in changes.items():
        if value is ...:
            data.pop(key, None)
        else:
            data[key] = value
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def messages(problems: list[Problem]) -> list[str]:
    return [p.message for p in problems]


def one(problems: list[Problem]) -> Problem:
    """The single problem found; fails listing them all otherwise."""
    assert len(problems) == 1, [p.format() for p in problems]
    return problems[0]
