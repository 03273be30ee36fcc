"""The pre-commit hooks run offline with the project's own tools: each entry, called as
pre-commit calls it (with the matching files), passes on good files and fails on bad ones."""

import re
import shlex
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
HOOKS = {hook["id"]: hook for repo in yaml.safe_load(
    (ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))["repos"]
    for hook in repo["hooks"]}


def _run(hook_id: str, *files: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    hook = HOOKS[hook_id]
    assert all(re.search(hook["files"], f) for f in files), "the hook would not see these files"
    command = [str(ROOT / part) if part.startswith(".venv/") else part
               for part in shlex.split(hook["entry"])]
    return subprocess.run([*command, *files], cwd=cwd, capture_output=True, text=True,
                          check=False)


def test_hooks_are_local_and_need_no_download():
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    assert [repo["repo"] for repo in config["repos"]] == ["local"]
    assert set(HOOKS) == {"partdem-check", "ruff"}
    for hook in HOOKS.values():
        assert hook["language"] == "system"
        assert (ROOT / shlex.split(hook["entry"])[0]).exists()


def test_content_hook_passes_a_valid_file():
    result = _run("partdem-check", "data/cases/climate-assembly-uk.yaml")
    assert result.returncode == 0, result.stdout + result.stderr


def test_content_hook_reports_a_broken_file(tmp_path):
    hub = tmp_path / "hub"
    (hub / "data" / "cases").mkdir(parents=True)
    (hub / "data" / "cases" / "broken.yaml").write_text("title: Broken\n", encoding="utf-8")
    result = _run("partdem-check", "data/cases/broken.yaml", cwd=hub)
    assert result.returncode == 1
    assert "data/cases/broken.yaml:1:1: error: missing required key 'summary'" in result.stdout


@pytest.mark.parametrize(("source", "passes"), [("x = 1\n", True), ("import os\n", False)])
def test_lint_hook(tmp_path, source, passes):
    (tmp_path / "scripts").mkdir()
    (tmp_path / "scripts" / "example.py").write_text(source, encoding="utf-8")
    result = _run("ruff", "scripts/example.py", cwd=tmp_path)
    assert (result.returncode == 0) is passes, result.stdout
