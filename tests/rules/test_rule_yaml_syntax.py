"""Rule: YAML that does not parse is reported at its line, with what went wrong."""

from support import CASE, hub_with, one


def test_bad_indentation(tmp_path):
    problem = one(hub_with(tmp_path, {CASE: "title: x\n  summary: y\nfoo: [\n"}))
    assert problem.message.startswith("this is not valid YAML: ")
    assert problem.line == 2


def test_unclosed_quote(tmp_path):
    problem = one(hub_with(tmp_path, {CASE: 'title: "x\nsummary: y\n'}))
    assert problem.message.startswith("this is not valid YAML")


def test_top_level_must_be_mapping(tmp_path):
    problem = one(hub_with(tmp_path, {CASE: "- a\n- b\n"}))
    assert problem.message.startswith("expected a mapping of keys to values")


def test_tags_refused(tmp_path):
    problem = one(hub_with(tmp_path, {CASE: "title: !!python/object:os.system x\n"}))
    assert "YAML tags such as" in problem.message
