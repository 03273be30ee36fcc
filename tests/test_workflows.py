"""The GitHub set-up in .github/: workflows valid and hardened, issue forms valid and in step with
the code, and an owner for every content type and language."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from partdem.content.languages import DEFAULT_LANGUAGE, LANGUAGES
from partdem.content.models import MODELS
from partdem.content.models.vocab import VOCABULARIES

ROOT = Path(__file__).resolve().parent.parent
GITHUB = ROOT / ".github"
WORKFLOWS = sorted((GITHUB / "workflows").glob("*.yml"))
FORMS = GITHUB / "ISSUE_TEMPLATE"
BIN = Path(sys.executable).parent  # the venv's tools, installed with the test extra
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$")
TRANSLATED = [lang for lang in LANGUAGES if lang.code != DEFAULT_LANGUAGE]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=False)


def _load(path: Path) -> dict:
    # PyYAML reads the key `on` as True (YAML 1.1); the workflows are read for their jobs only.
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def test_the_three_workflows_are_there():
    assert [p.name for p in WORKFLOWS] == ["check.yml", "deploy.yml", "links.yml"]


def test_workflows_match_github_schema():
    result = _run(str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows",
                  *map(str, WORKFLOWS))
    assert result.returncode == 0, result.stdout + result.stderr


def test_zizmor_finds_nothing_offline():
    result = _run(str(BIN / "zizmor"), "--offline", "--no-progress", "--color", "never",
                  ".github/workflows")
    assert result.returncode == 0, result.stdout + result.stderr


def test_issue_forms_and_chooser_match_github_schema():
    forms = [str(p) for p in sorted(FORMS.glob("*.yml")) if p.name != "config.yml"]
    assert len(forms) == 3
    for schema, files in (("vendor.github-issue-forms", forms),
                          ("vendor.github-issue-config", [str(FORMS / "config.yml")])):
        result = _run(str(BIN / "check-jsonschema"), "--builtin-schema", schema, *files)
        assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_is_hardened(path):
    text = path.read_text(encoding="utf-8")
    workflow = _load(path)
    assert "pull_request_target" not in text
    assert workflow["permissions"] == {}, "no permission by default; jobs ask for their own"
    for name, job in workflow["jobs"].items():
        assert "permissions" in job, f"job {name} must state its permissions"
    uses = re.findall(r"^\s*(?:- )?uses: (.+)$", text, re.MULTILINE)
    assert len(uses) == sum("uses" in step for step in _steps(workflow))
    for action in uses:
        assert PINNED.match(action), f"not pinned to a commit with its version: {action}"
    for step in _steps(workflow):
        if step.get("uses", "").startswith("actions/checkout@"):
            assert step["with"]["persist-credentials"] is False
        # Expressions are passed through env:, never pasted into a script.
        assert "${{" not in step.get("run", ""), step["run"]


def test_pull_request_builds_get_no_secrets():
    text = (GITHUB / "workflows" / "check.yml").read_text(encoding="utf-8")
    assert not re.search(r"\$\{\{\s*(secrets\.|github\.token)", text)


def test_codeowners_cover_every_content_type_and_language():
    rules = [line.split() for line in (GITHUB / "CODEOWNERS").read_text(encoding="utf-8")
             .splitlines() if line.strip() and not line.startswith("#")]
    patterns = {rule[0] for rule in rules}
    assert all(re.fullmatch(r"@partdem/[a-z-]+", owner) for rule in rules for owner in rule[1:])
    assert {f"/data/{kind}/" for kind in MODELS} <= patterns
    for lang in TRANSLATED:
        assert {f"/data/**/*.{lang.code}.yaml", f"/locales/{lang.code}/"} <= patterns


def _options(form: str, field: str) -> list[str]:
    body = yaml.safe_load((FORMS / form).read_text(encoding="utf-8"))["body"]
    return next(item["attributes"]["options"] for item in body if item.get("id") == field)


def test_vocabulary_form_lists_every_vocabulary():
    assert _options("suggest-a-vocabulary-value.yml", "vocabulary") == list(VOCABULARIES)


def test_translation_form_lists_every_language_of_the_site():
    offered = _options("offer-a-translation.yml", "language")
    assert offered[:-1] == [f"{lang.name} ({lang.code})" for lang in TRANSLATED]
