"""Rule: a key given twice is refused, naming the line of the first."""

from support import CASE, VALID, hub_with, one

TEXT = (VALID / CASE).read_text(encoding="utf-8")


def test_duplicate_key(tmp_path):
    text = TEXT + "title: Again\n"
    problem = one(hub_with(tmp_path, {CASE: text}))
    first = TEXT.splitlines().index("title: Riverside Climate Assembly") + 1
    assert problem.message == f"duplicate key 'title' (first given on line {first}): keep one"
    assert problem.line == text.count("\n")


def test_same_key_in_different_mappings_is_fine(tmp_path):
    assert hub_with(tmp_path, {CASE: TEXT}) == []
