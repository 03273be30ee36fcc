"""Rule: what a newsletter issue features exists: cases, chapters, training modules, resources.
(The fixture issue features riverside-climate-assembly, xr-riverside and what-is-deliberation.)"""

from __future__ import annotations

import pytest
from placed import NEWSLETTER, placed
from support import hub_with, one

EXISTING = {"cases": "riverside-peoples-assembly", "chapters": "xr-riverside",
            "training": "facilitation", "resources": "sample-guide"}


@pytest.mark.parametrize(("kind", "what"), [("cases", "case"), ("chapters", "chapter"),
                                            ("training", "training"),
                                            ("resources", "resource")])
def test_unknown_entry(tmp_path, kind, what):
    text, line = placed(NEWSLETTER, ("featured", kind), "[gone]")
    problem = one(hub_with(tmp_path, {NEWSLETTER: text}))
    assert problem.message == f"there is no {what} 'gone' (no file data/{kind}/gone.yaml)"
    assert (problem.path.name, problem.line) == ("issue-1.yaml", line)


@pytest.mark.parametrize("kind", list(EXISTING))
def test_second_entry_with_a_close_match(tmp_path, kind):
    slug = EXISTING[kind]
    text, line = placed(NEWSLETTER, ("featured", kind), f"[{slug}, {slug}x]")
    problem = one(hub_with(tmp_path, {NEWSLETTER: text}))
    assert problem.message.endswith(f"/{slug}x.yaml) (did you mean '{slug}'?)")
    assert problem.line == line


def test_existing_entries_of_every_kind_pass(tmp_path):
    text, _ = placed(NEWSLETTER, ("featured",), "{"
                     + ", ".join(f"{kind}: [{slug}]" for kind, slug in EXISTING.items()) + "}")
    assert hub_with(tmp_path, {NEWSLETTER: text}) == []


def test_featured_left_empty(tmp_path):
    """`featured:` with nothing after it is reported once, as what it is, never as a crash."""
    text, line = placed(NEWSLETTER, ("featured",), "")
    problem = one(hub_with(tmp_path, {NEWSLETTER: text}))
    assert problem.message == ("'featured': expected a mapping of keys to values (key: value), "
                               "got ''")
    assert problem.line == line


def test_every_issue_is_checked_after_one_without_featured_entries(tmp_path):
    """An issue whose `featured` is not valid does not stop the check of the issues after it."""
    empty, _ = placed(NEWSLETTER, ("featured",), "")
    later, line = placed(NEWSLETTER, ("featured", "cases"), "[gone]", also={("number",): 2})
    problems = hub_with(tmp_path, {NEWSLETTER: empty, "data/newsletter/issue-2.yaml": later})
    assert [(p.path.name, p.message.split(":")[0]) for p in problems] == [
        ("issue-1.yaml", "'featured'"),
        ("issue-2.yaml", "there is no case 'gone' (no file data/cases/gone.yaml)")]
    assert problems[1].line == line
