"""Rule: files are UTF-8 without BOM, not empty, with LF line endings, of bounded size."""

import pytest
from support import CASE, VALID, hub_with, one

from partdem.content.load import MAX_FILE_BYTES, MAX_LINE_CHARS

TEXT = (VALID / CASE).read_text(encoding="utf-8")


def test_not_utf8(tmp_path):
    hub_with(tmp_path, {})
    path = tmp_path / "hub" / CASE
    path.write_bytes(b"title: caf\xe9\n")
    from partdem.content.validate import validate

    problem = one(validate(tmp_path / "hub")[1])
    assert problem.message.startswith("the file is not valid UTF-8")
    assert (problem.line, problem.col) == (1, 11)


@pytest.mark.parametrize("text", ["", "   \n\n"])
def test_empty(tmp_path, text):
    assert one(hub_with(tmp_path, {CASE: text})).message.startswith("the file is empty")


def test_byte_order_mark(tmp_path):
    problem = one(hub_with(tmp_path, {CASE: "\ufeff" + TEXT}))
    assert "byte-order mark" in problem.message


def test_crlf(tmp_path):
    problem = one(hub_with(tmp_path, {CASE: TEXT.replace("\n", "\r\n")}))
    assert "line endings" in problem.message


def test_too_big(tmp_path):
    problem = one(hub_with(tmp_path, {CASE: TEXT + "#" * MAX_FILE_BYTES}))
    assert "over the limit" in problem.message


def test_long_line(tmp_path):
    problem = one(hub_with(tmp_path, {CASE: TEXT + "# " + "x" * MAX_LINE_CHARS + "\n"}))
    assert "line is longer than" in problem.message
    assert problem.line == TEXT.count("\n") + 1


def test_ordinary_file_passes(tmp_path):
    assert hub_with(tmp_path, {CASE: TEXT}) == []
