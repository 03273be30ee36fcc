"""Rule: a content file is at most 262,144 bytes, its lines at most 5,000 characters, its values
nested at most 12 levels deep and at most 20,000 in number.

The limits are written here as literal numbers, never read from the loader's constants: a limit
raised or lowered by one fails a test. Each test sits right at the limit and one past it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support import CASE, VALID, hub_with, one

from partdem.content.load import LoadError, load_yaml

TEXT = (VALID / CASE).read_text(encoding="utf-8")


def padded(size: int) -> str:
    """The fixture case followed by comment lines, exactly ``size`` bytes in all."""
    missing = size - len(TEXT.encode("utf-8"))
    lines = []
    while missing > 0:
        line = "#" * min(missing - 1, 4000)
        lines.append(line + "\n")
        missing -= len(line) + 1
    text = TEXT + "".join(lines)
    assert len(text.encode("utf-8")) == size
    return text


def test_file_of_262144_bytes_passes(tmp_path):
    assert hub_with(tmp_path, {CASE: padded(262_144)}) == []


def test_file_of_262145_bytes_is_refused(tmp_path):
    problem = one(hub_with(tmp_path, {CASE: padded(262_145)}))
    assert problem.message == ("the file is 262145 bytes, over the limit of 262144: split it or "
                               "shorten it")
    assert (problem.line, problem.col) == (1, 1)


@pytest.mark.parametrize("char", ["x", "é"])  # characters, not bytes
def test_line_of_5000_characters_passes(tmp_path, char):
    assert hub_with(tmp_path, {CASE: TEXT + "# " + char * 4998 + "\n"}) == []


@pytest.mark.parametrize("char", ["x", "é"])
def test_line_of_5001_characters_is_refused(tmp_path, char):
    problem = one(hub_with(tmp_path, {CASE: TEXT + "# " + char * 4999 + "\n# end\n"}))
    assert problem.message == ("line is longer than 5000 characters: break it with a YAML block "
                               "(|)")
    assert (problem.line, problem.col) == (TEXT.count("\n") + 1, 5001)


def test_long_line_first_in_a_short_file(tmp_path):
    problem = one(hub_with(tmp_path, {CASE: "# " + "x" * 4999}))
    assert (problem.line, problem.col) == (1, 5001)


def load(tmp_path: Path, text: str) -> object:
    path = tmp_path / "values.yaml"
    path.write_text(text, encoding="utf-8")
    return load_yaml(path).data


def nested(levels: int) -> str:
    """A value ``levels`` deep: the top mapping, lists inside it, a number inside the last."""
    return "a: " + "[" * (levels - 2) + "1" + "]" * (levels - 2) + "\n"


def test_value_12_levels_deep_passes(tmp_path):
    value = load(tmp_path, nested(12))
    for _ in range(10):
        (value,) = value["a"] if isinstance(value, dict) else value
    assert value == 1


def test_value_13_levels_deep_is_refused(tmp_path):
    with pytest.raises(LoadError) as refused:
        load(tmp_path, nested(13))
    assert refused.value.message == "the data is nested more than 12 levels deep: flatten it"
    assert refused.value.position == (1, 15)  # the number inside the 11th list


def mappings(keys: int) -> str:
    """``keys`` mappings each inside the one before, in block style, with a number in the last:
    the number is ``keys`` + 2 levels deep (the top mapping counts as the first)."""
    return "".join(f"{'  ' * level}k{level}:\n" for level in range(keys)) + "  " * keys + "k: 1\n"


def test_mappings_12_levels_deep_pass(tmp_path):
    assert load(tmp_path, mappings(10)) is not None


def test_mappings_13_levels_deep_are_refused(tmp_path):
    with pytest.raises(LoadError) as refused:
        load(tmp_path, mappings(11))
    assert refused.value.message == "the data is nested more than 12 levels deep: flatten it"
    assert refused.value.position == (12, 26)


def test_20000_values_pass(tmp_path):
    # The top mapping, one list, and 19,998 numbers in it.
    data = load(tmp_path, "values:\n" + "- 1\n" * 19_998)
    assert len(data["values"]) == 19_998


def test_20001_values_are_refused(tmp_path):
    with pytest.raises(LoadError) as refused:
        load(tmp_path, "values:\n" + "- 1\n" * 19_999)
    assert refused.value.message == ("the file has more than 20000 values: split it into smaller "
                                     "files")
    assert refused.value.position == (20_000, 3)  # the 20,001st value
