"""Rule: references to chapters, tools, designs, modules and cases point at existing files."""

import pytest
from support import CASE, TRAINING, edited, hub_with, one


@pytest.mark.parametrize(("change", "message"), [
    ({"design": "citizen-assembly"},
     "there is no assembly design 'citizen-assembly' (no file data/designs/citizen-assembly.yaml)"
     " (did you mean 'citizens-assembly'?)"),
    ({"tools": ["decidimm"]},
     "there is no digital tool 'decidimm' (no file data/tools/decidimm.yaml) "
     "(did you mean 'decidim'?)"),
    ({"chapters": [{"chapter": "xr-nowhere", "role": "observer"}]},
     "there is no chapter 'xr-nowhere' (no file data/chapters/xr-nowhere.yaml)"),
])
def test_broken_case_references(tmp_path, change, message):
    assert one(hub_with(tmp_path, {CASE: edited(CASE, **change)})).message.startswith(message)


def test_missing_prerequisite(tmp_path):
    problem = one(hub_with(tmp_path, {TRAINING: edited(TRAINING, prerequisites=["nothing"])}))
    assert problem.message.startswith("there is no training module 'nothing'")


def test_newsletter_featured(tmp_path):
    name = "data/newsletter/issue-1.yaml"
    problem = one(hub_with(tmp_path, {name: edited(name, featured={"cases": ["gone"]})}))
    assert problem.message.startswith("there is no case 'gone'")


def test_existing_references_pass(tmp_path):
    assert hub_with(tmp_path, {CASE: edited(CASE, tools=["decidim"])}) == []
