"""Rule: unknown keys are refused, with a did-you-mean for typos and the allowed keys."""

import pytest
from support import CASE, CHAPTER, edited, hub_with, one


@pytest.mark.parametrize(("key", "hint"), [("contry", "country"), ("sumary", "summary"),
                                           ("what_workd", "what_worked")])
def test_typo_suggests_the_key(tmp_path, key, hint):
    problem = one(hub_with(tmp_path, {CASE: edited(CASE, **{key: "x"})}))
    assert problem.message.startswith(f"unknown key '{key}' (did you mean '{hint}'?)")
    assert "allowed keys here:" in problem.message


def test_unknown_nested_key_is_placed_on_its_line(tmp_path):
    text = (edited(CHAPTER) + "").replace("  website:", "  phone_number: x\n  website:")
    problem = one(hub_with(tmp_path, {CHAPTER: text}))
    assert problem.message.startswith("unknown key 'phone_number'")
    assert "allowed keys here: email, website, channels" in problem.message
    line = text.splitlines().index("  phone_number: x") + 1
    assert (problem.line, problem.col) == (line, 3)


def test_known_keys_pass(tmp_path):
    assert hub_with(tmp_path, {CASE: edited(CASE, city="Riverside")}) == []
