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


def line_of(text: str, start: str) -> int:
    return next(n for n, line in enumerate(text.split("\n"), start=1) if line.startswith(start))


def test_case_references_are_placed_on_their_values(tmp_path):
    text = edited(CASE, design="nowhere", tools=["decidim", "nowhere"],
                  chapters=[{"chapter": "xr-riverside", "role": "organiser"},
                            {"chapter": "nowhere", "role": "observer"}])
    problems = hub_with(tmp_path, {CASE: text})
    design, chapter, tool = sorted(problems, key=lambda p: p.message)[0:3]
    assert "assembly design" in design.message and "chapter" in chapter.message
    assert (tool.line, tool.col) == (line_of(text, "tools:") + 2, 3)
    assert (design.line, design.col) == (line_of(text, "design: nowhere"), 9)
    assert (chapter.line, chapter.col) == (line_of(text, "- chapter: nowhere"), 12)


def test_missing_prerequisite_is_placed_on_it(tmp_path):
    text = edited(TRAINING, prerequisites=["nothing"])
    problem = one(hub_with(tmp_path, {TRAINING: text}))
    assert (problem.line, problem.col) == (line_of(text, "- nothing"), 3)
