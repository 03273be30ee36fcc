"""Rule: the loader reads YAML as the hub means it, and says where and why it cannot.

Plain words get YAML 1.2's types (true and false only: yes, NO stay text), keys are names (never
numbers or booleans), quoted and tagged-as-text values stay text; tags, anchors, aliases, keys
that are not words, control characters, broken encodings and syntax errors are refused at their
line and column with a message; every value and key has a position, and a location that is not
in the file is placed at the nearest one that is. Multi-line text is written back as a block.
Each on its own, on the loader directly (tests/rules/test_rule_file_limits.py has the limits).
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from partdem.content.load import Document, LoadError, Position, dump_yaml, load_problem, load_yaml


def loaded(tmp_path: Path, text: str | bytes) -> Document:
    path = tmp_path / "file.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return load_yaml(path)


def refused(tmp_path: Path, text: str | bytes) -> tuple[tuple[int, int], str]:
    with pytest.raises(LoadError) as error:
        loaded(tmp_path, text)
    return tuple(error.value.position), error.value.message


WORDS = """\
quoted: '1'
double: "2"
block: |
  x
yes_word: yes
norway: NO
on_word: on
true_word: true
true_caps: TRUE
false_word: False
decimal: 1.5
tilde: ~
null_word: null
date: 2021-03-06
equals: =
merge: <<
underscores: 1_000
empty:
octal: 017
hex: 0x1F
sexagesimal: 1:30
text_tag: !!str 12
plain_tag: ! 12
long_tag: !<tag:yaml.org,2002:str> 13
"""


def test_plain_words_and_their_types(tmp_path):
    assert loaded(tmp_path, WORDS).data == {
        "quoted": "1", "double": "2", "block": "x\n", "yes_word": "yes", "norway": "NO",
        "on_word": "on", "true_word": True, "true_caps": True, "false_word": False,
        "decimal": 1.5, "tilde": None, "null_word": None, "date": datetime.date(2021, 3, 6),
        "equals": "=", "merge": "<<", "underscores": 1000, "empty": "", "octal": 15,
        "hex": 31, "sexagesimal": 90, "text_tag": "12", "plain_tag": "12", "long_tag": "13",
    }


def test_keys_are_names(tmp_path):
    assert loaded(tmp_path, "1: a\ntrue: b\n~: c\n2021-03-06: d\n").data == {
        "1": "a", "true": "b", "~": "c", "2021-03-06": "d"}


def test_nested_collections(tmp_path):
    data = loaded(tmp_path, "a:\n- b: 1\n  c: [2, {d: 3}, []]\n- [x, {}]\nk: v\n").data
    assert data == {"a": [{"b": 1, "c": [2, {"d": 3}, []]}, ["x", {}]], "k": "v"}


@pytest.mark.parametrize(("text", "where", "message"), [
    ("a: 1\nb: *x\n", (2, 4), "YAML anchors and aliases (&name, *name) are not allowed: write "
                              "each value out in full"),
    ("a: &x [1]\n", (1, 4), "YAML anchors and aliases (&name, *name) are not allowed: write "
                            "each value out in full"),
    ("a: &x 1\n", (1, 4), "YAML anchors and aliases (&name, *name) are not allowed: write each "
                          "value out in full"),
    ("a: !!int 3\n", (1, 4), "YAML tags such as tag:yaml.org,2002:int are not allowed: remove "
                             "the tag"),
    ("a:\n  - !custom 1\n", (2, 5), "YAML tags such as !custom are not allowed: remove the tag"),
    ("a: !!map {}\n", (1, 4), "YAML tags such as tag:yaml.org,2002:map are not allowed: remove "
                              "the tag"),
    ("[a]: 1\n", (1, 1), "keys must be plain words"),
    ("b: 1\n{a: 1}: 2\n", (2, 1), "keys must be plain words"),
    ("x: 1\nx: 2\n", (2, 1), "duplicate key 'x' (first given on line 1): keep one"),
    ("a:\n  b: 1\n  c: 2\n  b: 3\n", (4, 3), "duplicate key 'b' (first given on line 2): keep one"),
    ("- 1\n", (1, 1), "expected a mapping of keys to values (key: value) at the top of the file"),
    ("just words\n", (1, 1), "expected a mapping of keys to values (key: value) at the top of the "
                             "file"),
    ("# only a comment\n", (1, 1), "the file has no content"),
])
def test_refused_with_its_place(tmp_path, text, where, message):
    assert refused(tmp_path, text) == (where, message)


@pytest.mark.parametrize(("text", "where", "message"), [
    ("a: 1\nb: [\n", (3, 1), "this is not valid YAML: did not find expected node content while "
                             "parsing a flow node"),
    ("a: 'x\n", (2, 1), "this is not valid YAML: found unexpected end of stream while scanning "
                        "a quoted scalar"),
    ("a: 1\n b: 2\n", (2, 3), "this is not valid YAML: mapping values are not allowed in this "
                              "context"),
    ("a: `x\n", (1, 4), "this is not valid YAML: found character that cannot start any token "
                        "while scanning for the next token"),
])
def test_syntax_errors(tmp_path, text, where, message):
    assert refused(tmp_path, text) == (where, message)


@pytest.mark.parametrize(("text", "where", "message"), [
    ("a: b\x07c\n", (1, 5), "the character U+0007 is not allowed in a content file (a control "
                            "character or a non-character): delete it"),
    ("a: 1\nbb: c\x1bd\n", (2, 6), "the character U+001B is not allowed in a content file (a "
                                   "control character or a non-character): delete it"),
    ("a: 1\nb: 2\nc: d\x07\n", (3, 5), "the character U+0007 is not allowed in a content file "
                                       "(a control character or a non-character): delete it"),
    ("\na: b\x07c\n", (2, 5), "the character U+0007 is not allowed in a content file (a control "
                              "character or a non-character): delete it"),
    ("a: 1\nb: 2\r\nc: 3\n", (2, 1), "Windows or old Mac line endings (CR): save the file with "
                                     "Unix line endings (LF)"),
    ("  \n\n", (1, 1), "the file is empty: write the content, or delete the file"),
    ("\ufeffa: 1\n", (1, 1), "the file starts with a byte-order mark: save it as UTF-8 without "
                             "BOM"),
    (b"a: 1\nb: caf\xe9\n", (2, 7), "the file is not valid UTF-8: save it with UTF-8 encoding"),
    (b"caf\xc3", (1, 4), "the file is not valid UTF-8: save it with UTF-8 encoding"),
    (b"a: 1\nb: 2\nc: caf\xe9\n", (3, 7), "the file is not valid UTF-8: save it with UTF-8 "
                                           "encoding"),
    (b"\nx: caf\xe9\n", (2, 7), "the file is not valid UTF-8: save it with UTF-8 encoding"),
    ("a: 1\r\nb: 2\r\n", (1, 1), "Windows or old Mac line endings (CR): save the file with Unix "
                                 "line endings (LF)"),
    ("\na: x\u2028b: 2\n", (2, 5), "the invisible character U+2028 is not allowed in a content "
                                   "file (YAML tools disagree on whether it breaks the line or "
                                   "starts a document, so a value after it could be hidden): "
                                   "delete it"),
])
def test_characters_and_encoding(tmp_path, text, where, message):
    assert refused(tmp_path, text) == (where, message)


def test_symbolic_link(tmp_path):
    (tmp_path / "real.yaml").write_text("a: 1\n", encoding="utf-8")
    (tmp_path / "file.yaml").symlink_to(tmp_path / "real.yaml")
    with pytest.raises(LoadError) as error:
        load_yaml(tmp_path / "file.yaml")
    assert (tuple(error.value.position), error.value.message) == (
        (1, 1), "symbolic links are not allowed in content folders: commit the file itself")


def test_load_problem_carries_the_place(tmp_path):
    path = tmp_path / "file.yaml"
    problem = load_problem(path, LoadError(Position(3, 7), "why"))
    assert (problem.path, problem.line, problem.col, problem.message) == (path, 3, 7, "why")


POSITIONED = "a:\n- b: 1\n  c: [2, {d: 3}]\nk: v\n"


@pytest.mark.parametrize(("loc", "key", "where"), [
    (("a", 0, "c", 1, "d"), False, (3, 14)),  # a value
    (("a", 0, "c", 1, "d"), True, (3, 11)),  # its key
    (("a", 0, "c", 1), False, (3, 10)),  # a mapping inside a list
    (("a", 0, "c"), True, (3, 3)),
    (("a", 0), False, (2, 3)),  # a list item
    (("k",), False, (4, 4)),
    (("k",), True, (4, 1)),
    (("a", 0, "missing"), False, (2, 3)),  # not in the file: the nearest place that is
    (("a", 0, "missing"), True, (2, 3)),  # a missing key: where its mapping is
    (("a", 5, "x"), True, (2, 1)),
    (("zz", "y"), True, (1, 1)),
    ((), False, (1, 1)),
])
def test_positions(tmp_path, loc, key, where):
    assert tuple(loaded(tmp_path, POSITIONED).position(loc, key=key)) == where


def test_position_of_a_file_starting_below_comments(tmp_path):
    doc = loaded(tmp_path, "# about\n\nz: 1\n")
    assert tuple(doc.position(())) == (3, 1)
    assert tuple(doc.position(("nothing", "here"), key=True)) == (3, 1)


def test_position_of_a_list_item_missing(tmp_path):
    doc = loaded(tmp_path, "list:\n  - one\n  - two\n")
    assert tuple(doc.position(("list", 1))) == (3, 5)
    assert tuple(doc.position(("list", 2))) == (2, 3)


# Keys in the order given (not sorted), multi-line text as blocks, Unicode as written.
WRITTEN: dict[str, Any] = {"title": "x\ny", "b": "z", "c": [1, "é"], "a": {"e": "multi\nline\n"},
                           "f": "x" * 150}


def test_written_back_as_contributors_edit_it():
    text = dump_yaml(WRITTEN)
    assert text == ("title: |-\n  x\n  y\nb: z\nc:\n- 1\n- é\na:\n  e: |\n    multi\n    line\n"
                    f"f: {'x' * 150}\n")


def test_written_back_lines_fold_after_100_characters():
    # "k: " and 96 letters end at column 99: " b" still fits within 100 characters, " c" not.
    assert dump_yaml({"k": "a" * 96 + " b c"}) == f"k: {'a' * 96} b\n  c\n"


def test_a_document_without_values_places_everything_at_its_start(tmp_path):
    doc = Document(path=tmp_path / "x.yaml", data=None)
    assert tuple(doc.position(("a", 1, "b"))) == (1, 1)
    assert tuple(doc.position(("a",), key=True)) == (1, 1)


def test_written_back_reads_the_same(tmp_path):
    assert loaded(tmp_path, dump_yaml(WRITTEN)).data == WRITTEN


def test_a_load_error_reads_as_its_message():
    error = LoadError(Position(2, 5), "the reason")
    assert (str(error), error.message, error.position) == ("the reason", "the reason", (2, 5))


class _FailingParser:
    """A parser that fails at once, as libyaml never has: the loader's last safety net."""

    def __init__(self, error: Exception) -> None:
        self.error = error

    def __call__(self, text: str) -> _FailingParser:
        return self

    def get_event(self) -> None:
        raise self.error

    def dispose(self) -> None:
        pass


@pytest.mark.parametrize(("error", "message"), [
    (yaml.YAMLError("no place"), "this is not valid YAML: no place"),
    (ValueError("odd value"), "this is not valid YAML: odd value"),
    (yaml.MarkedYAMLError(problem=None, problem_mark=None), "this is not valid YAML: invalid YAML"),
    (yaml.MarkedYAMLError(context="while reading", problem="it broke"),
     "this is not valid YAML: it broke while reading"),
])
def test_an_error_without_a_place_is_placed_at_the_start(tmp_path, monkeypatch, error, message):
    monkeypatch.setattr("partdem.content.load.CParser", _FailingParser(error))
    assert refused(tmp_path, "a: 1\n") == ((1, 1), message)
