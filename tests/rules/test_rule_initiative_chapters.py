"""Rule: the chapters an initiative names exist (the fixture initiative names xr-riverside)."""

from __future__ import annotations

from placed import INITIATIVE, placed
from support import CASE, CHAPTER, hub_with, one


def test_existing_chapter_passes(tmp_path):
    text, _ = placed(INITIATIVE, ("chapters",), "[xr-riverside]")
    assert hub_with(tmp_path, {INITIATIVE: text}) == []


def test_unknown_chapter(tmp_path):
    text, line = placed(INITIATIVE, ("chapters",), "[xr-riverside, xr-nowhere]")
    problem = one(hub_with(tmp_path, {INITIATIVE: text}))
    assert problem.message == ("there is no chapter 'xr-nowhere' (no file "
                               "data/chapters/xr-nowhere.yaml)")
    assert (problem.path.name, problem.line, problem.col) == ("sample-network.yaml", line, 26)


def test_close_match_suggested(tmp_path):
    text, _ = placed(INITIATIVE, ("chapters",), "[xr-riversid]")
    problem = one(hub_with(tmp_path, {INITIATIVE: text}))
    assert problem.message.endswith(" (did you mean 'xr-riverside'?)")


def test_a_chapter_file_that_cannot_be_read_is_not_reported_again(tmp_path):
    """References to a file that exists but cannot be read are not reported: the file's own
    problem is, once, and the case and initiative that name it stay silent."""
    problem = one(hub_with(tmp_path, {CHAPTER: "name: [unclosed\n"}))
    assert problem.path.name == "xr-riverside.yaml"
    assert problem.message.startswith("this is not valid YAML")
    assert CASE  # the case names xr-riverside too
