"""Rule: YAML anchors, aliases and deep nesting are refused (they can blow up memory)."""

from support import CASE, edited, hub_with, one

BOMB = "a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n"


def test_alias_bomb(tmp_path):
    problem = one(hub_with(tmp_path, {CASE: BOMB}))
    assert problem.message.startswith("YAML anchors and aliases (&name, *name) are not allowed")
    assert (problem.line, problem.col) == (1, 4)


def test_deep_nesting(tmp_path):
    problem = one(hub_with(tmp_path, {CASE: "a: " + "[" * 200 + "]" * 200 + "\n"}))
    assert "nested more than" in problem.message


def test_ampersand_in_text_is_fine(tmp_path):
    assert hub_with(tmp_path, {CASE: edited(CASE, organiser="Involve & partners")}) == []
