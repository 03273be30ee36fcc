"""Rule: file names are slugs (plus a site language for translations), in known folders."""

import pytest
from support import CASE, VALID, hub_with, one

TEXT = (VALID / CASE).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["climate-assembly-uk", "a1", "x-2-y"])
def test_valid_slugs(tmp_path, name):
    assert hub_with(tmp_path, {f"data/cases/{name}.yaml": TEXT}) == []


@pytest.mark.parametrize("name", ["Climate_Assembly", "double--hyphen", "-start", "a b",
                                  "trailing-"])
def test_invalid_slugs(tmp_path, name):
    problem = one(hub_with(tmp_path, {f"data/cases/{name}.yaml": TEXT}))
    assert "is not a valid file name: use a slug of lowercase letters" in problem.message


def test_yml_extension(tmp_path):
    problem = one(hub_with(tmp_path, {"data/cases/x.yml": TEXT}))
    assert "is not a YAML content file" in problem.message


def test_unicode_tricks_in_names(tmp_path):
    problem = one(hub_with(tmp_path, {"data/cases/caf\u00e9.yaml": TEXT}))
    assert "invisible or non-ASCII characters" in problem.message
    problem = one(hub_with(tmp_path, {"data/cases/a\u200bb.yaml": TEXT}))
    assert "invisible or non-ASCII characters" in problem.message
    # A valid name then a line break: "$" in a pattern would take it for the end of the name.
    problem = one(hub_with(tmp_path, {"data/cases/x.yaml\n": TEXT}))
    assert "invisible or non-ASCII characters" in problem.message


def test_unknown_folder(tmp_path):
    problem = one(hub_with(tmp_path, {"data/case/x.yaml": TEXT}))
    assert problem.message.startswith("'case' is not a content folder (did you mean 'cases'?)")


def test_symbolic_link_refused(tmp_path):
    hub_with(tmp_path, {})
    root = tmp_path / "hub"
    (root / "data/cases/link.yaml").symlink_to("/etc/hostname")
    from partdem.content.validate import validate

    problem = one(validate(root)[1])
    assert "symbolic links are not allowed" in problem.message
