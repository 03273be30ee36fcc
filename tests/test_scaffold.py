"""`partdem new`: the new file of every type explains every field and passes the validator once
its required values are written, and fails with precise messages until then."""

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml
from support import VALID

from partdem import cli
from partdem.content.models import MODELS
from partdem.content.models.vocab import VOCABULARIES
from partdem.content.validate import validate
from partdem.tools import schemas
from partdem.tools.scaffold import _list_item, new_file, template

EMPTY_TEXT = "this text is empty: write the text, or remove the key"
SLUG = {"benchmark": "b17"}  # benchmark items are named by their id

# What a contributor writes after each empty required key, by the key's line in the new file.
FILL: dict[str, dict[str, str]] = {
    "cases": {
        "title:": "Lakeside Climate Assembly",
        "summary:": "Residents drawn by lot recommended how the town can cut emissions.",
        "type:": "citizens_assembly",
        "scope:": "global",
        "start:": "2024-01-13",
        "status:": "completed",
        "format:": "in_person",
        "topics:": "[climate, energy]",
        "  - title:": "Final report",
        "    url:": "https://example.org/lakeside/report",
        "updated:": "2024-06-01",
    },
    "campaigns": {
        "title:": "Lakeside campaign for a climate assembly",
        "summary:": "A local group asks the town council for a citizens' assembly.",
        "country:": "IE",
        "scope:": "city",
        "  name:": "Lakeside Town Council",
        "  type:": "local_government",
        "groups:": "[Lakeside for Assemblies]",
        "  - date:": "2024-03-01",
        "    stage:": "demand_made",
        "    note:": "The group handed the council a petition.",
        "      title:": "Lakeside for Assemblies - our petition",
        "      url:": "https://example.org/lakeside/petition",
        "updated:": "2024-06-01",
    },
    "chapters": {
        "name:": "Lakeside for Assemblies",
        "summary:": "A local group campaigning for a citizens' assembly in Lakeside.",
        "country:": "IE",
        "level:": "local",
        "languages:": "[en, ga]",
        "contact:": "{email: info@lakeside.example.org}",
        "updated:": "2024-06-01",
    },
    "training": {
        "title:": "Running a small group",
        "summary:": "How to host a small group discussion in an assembly.",
        "audience:": "[facilitator]",
        "level:": "intro",
        "format:": "workshop",
        "delivery:": "online",
        "duration_minutes:": "90",
        "topics:": "[facilitation]",
        "objectives:": "[Open and close a small group discussion.]",
        "body:": "Start with a round of names.",
        "updated:": "2024-06-01",
    },
    "newsletter": {
        "title:": "Second issue",
        "summary:": "News from the network.",
        "number:": "2",
        "date:": "2024-06-01",
        "body:": "Welcome to the second issue.",
        "updated:": "2024-06-01",
    },
    "resources": {
        "title:": "A guide to assemblies",
        "summary:": "A short guide for organisers.",
        "url:": "https://example.org/guide",
        "kind:": "guide",
        "publisher:": "Example Network",
        "languages:": "[en]",
        "access:": "open",
        "updated:": "2024-06-01",
    },
    "initiatives": {
        "title:": "Assemblies Week",
        "summary:": "A week of events about assemblies.",
        "url:": "https://example.org/week",
        "kind:": "campaign",
        "scope:": "global",
        "status:": "active",
        "updated:": "2024-06-01",
    },
    "designs": {
        "title:": "Citizens' jury",
        "summary:": "A small panel drawn by lot.",
        "case_types:": "[citizens_jury]",
        "selection:": "sortition",
        "size_min:": "12",
        "size_max:": "24",
        "days_min:": "2",
        "days_max:": "5",
        "cost_band:": "low",
        "suits:": "A focused local question.",
        "needs:": "A commissioner who will respond.",
        "updated:": "2024-06-01",
    },
    "tools": {
        "title:": "Example Vote",
        "summary:": "A voting tool.",
        "url:": "https://example.org/vote",
        "license:": "AGPL-3.0-only",
        "open_source:": "true",
        "hosting:": "both",
        "features:": "[voting]",
        "cost_band:": "low",
        "updated:": "2024-06-01",
    },
    "benchmark": {
        "title:": "Follow-up report",
        "summary:": "The commissioner reports on each recommendation within a year.",
        "set:": "ca",
        "order:": "17",
        "grounding:": "OECD principle 10 (follow-up)",
        "when:": "after",
        "updated:": "2024-06-01",
    },
    "start": {
        "title:": "Evaluate",
        "summary:": "Evaluate the assembly against the standards.",
        "number:": "5",
        "steps:": "[Ask the members what they thought.]",
        "updated:": "2024-06-01",
    },
    "recommendations": {
        "title:": "What became of the proposals",
        "summary:": "The council answered each proposal of the assembly.",
        "case:": "riverside-peoples-assembly",
        "report_date:": "2020-07-10",
        "  - title:": "The council's response",
        "    url:": "https://example.org/riverside/response",
        "  - number:": '"1"',
        "    title:": "Build flood barriers",
        "    topics:": "[water]",
        "updated:": "2024-06-01",
    },
    "guide": {
        "title:": "Which design fits?",
        "summary:": "A few questions about your situation.",
        "  - id:": "people",
        "    text:": "How many people should take part?",
        "      - id:": "few",
        # the list needs two answers: the second is written below the first
        "        text:": "Up to 25\n      - id: many\n        text: More than 150",
        "  - question:": "people",
        "    answer:": "many",
        "    target:": "designs",
        "      field:": "size_max\n      below: 150",
        "    reason:": "These designs are for smaller groups.",
        "updated:": "2024-06-01",
    },
}


def _hub(tmp_path: Path) -> Path:
    root = tmp_path / "hub"
    shutil.copytree(VALID, root)
    # One follow-up per assembly: the new file takes the place of the fixture's.
    (root / "data/recommendations/riverside-peoples-assembly.yaml").unlink()
    return root


def _filled(text: str, values: dict[str, str]) -> str:
    lines = text.split("\n")
    for line, value in values.items():
        assert lines.count(line) == 1, f"expected exactly one line {line!r} in the new file"
        lines[lines.index(line)] = f"{line} {value}"
    return "\n".join(lines)


def _problems(root: Path, kind: str) -> list[tuple[int, str]]:
    path = root / "data" / kind / f"{SLUG.get(kind, 'new-entry')}.yaml"
    return [(p.line, p.message) for p in validate(root)[1] if p.path == path]


def test_every_type_has_a_fill():
    assert set(FILL) == set(MODELS)


@pytest.mark.parametrize("kind", list(MODELS))
def test_filled_in_file_passes_the_validator(tmp_path, kind):
    root = _hub(tmp_path)
    path = new_file(root, kind, SLUG.get(kind, "new-entry"))
    path.write_text(_filled(path.read_text(encoding="utf-8"), FILL[kind]), encoding="utf-8")
    assert validate(root)[1] == []


@pytest.mark.parametrize("kind", list(MODELS))
def test_unfilled_file_reports_each_empty_required_key_at_its_line(tmp_path, kind):
    root = _hub(tmp_path)
    text = new_file(root, kind, SLUG.get(kind, "new-entry")).read_text(encoding="utf-8")
    lines = text.split("\n")
    expected = sorted(lines.index(line) + 1 for line in FILL[kind])
    problems = _problems(root, kind)
    assert sorted(line for line, _ in problems) == expected, problems
    for line, message in problems:
        key = lines[line - 1].strip(" -:")
        assert message.startswith(f"'{key}': "), message
    # Text left empty gets the validator's "empty" message, whatever the type.
    assert (lines.index("summary:") + 1, f"'summary': {EMPTY_TEXT}") in problems


@pytest.mark.parametrize("kind", list(MODELS))
def test_deleted_required_key_is_reported_missing(tmp_path, kind):
    root = _hub(tmp_path)
    path = new_file(root, kind, SLUG.get(kind, "new-entry"))
    values = {line: value for line, value in FILL[kind].items() if line != "updated:"}
    text = _filled(path.read_text(encoding="utf-8"), values).replace("\nupdated:\n", "\n")
    path.write_text(text, encoding="utf-8")
    assert [message for _, message in _problems(root, kind)] == [
        "missing required key 'updated': The day of the last change of substance."]


@pytest.mark.parametrize("kind", list(MODELS))
def test_every_field_is_there_with_its_comment_and_allowed_values(kind):
    text = template(kind, "new-entry")
    assert text.startswith(f"# yaml-language-server: $schema=../../schemas/{kind}.schema.json\n")
    schema = schemas.schema_files()[f"{kind}.schema.json"]
    for name, field in schema["properties"].items():
        marker = "REQUIRED" if name in schema["required"] else "optional"
        assert f"\n# {name} ({marker}): {field['description'].split()[0]}" in text
        key = f"\n{name}:" if name in schema["required"] else f"\n# {name}:"
        assert key in text, f"{name} has no key line"
    vocabularies = set(re.findall(r'"x-vocabulary": "(\w+)"', json.dumps(schema)))
    words = " ".join(text.replace("#", "").split())
    for vocabulary in vocabularies:
        for code, label in VOCABULARIES[vocabulary].items():
            assert f"{code} ({label})" in words


def test_nested_fields_are_explained_too():
    text = template("cases", "new-entry")
    assert ("#   # amount (REQUIRED): Total budget as published. A number, at least 0 and at "
            "most\n#   #   10,000,000,000,000." in text)
    assert "  # title (REQUIRED): What the link leads to" in text
    assert "#   KEY:\n#     # rating (REQUIRED): How well the case met this standard" in text


def test_no_line_is_longer_than_the_project_limit():
    for kind in MODELS:
        assert max(len(line) for line in template(kind, "x").split("\n")) <= 100, kind


@pytest.mark.parametrize(("args", "message"), [
    (["new", "case", "x"], "'case' is not a content type (did you mean 'cases'?); types: cases"),
    (["new", "cases", "My_Case"], "'My_Case' is not a valid slug: use lowercase letters"),
    (["new", "cases", "x.es"], "'x.es' is not a valid slug"),
    (["new", "cases", "riverside-climate-assembly"],
     "data/cases/riverside-climate-assembly.yaml exists already: edit it, or choose another"),
])
def test_refusals_say_why(tmp_path, capsys, args, message):
    root = _hub(tmp_path)
    before = sorted(root.rglob("*"))
    assert cli.main(["--root", str(root), *args]) == 1
    assert f"partdem new: {message}" in capsys.readouterr().err
    assert sorted(root.rglob("*")) == before


def test_command_writes_the_file_and_says_what_next(tmp_path, capsys):
    root = _hub(tmp_path)
    assert cli.main(["--root", str(root), "new", "cases", "lakeside"]) == 0
    assert (root / "data/cases/lakeside.yaml").read_text(encoding="utf-8") == template(
        "cases", "lakeside")
    assert "partdem check data/cases/lakeside.yaml" in capsys.readouterr().out


def test_list_item_without_required_key_still_hangs_on_a_dash():
    item = {"type": "object", "properties": {"note": {"type": "string", "description": "A."}}}
    lines = _list_item(item, {}, 2, 0)
    assert lines[0] == "  -"
    uncommented = "\n".join(line.replace("# note:", "note: x") for line in lines)
    assert yaml.safe_load("notes:\n" + uncommented) == {"notes": [{"note": "x"}]}
