"""Rule: a text holds at most 500 '[' and nests lists and quotes at most 20 levels deep, so that
Markdown reads every accepted text quickly and without running out of recursion."""

import pytest
from support import CASE, edited, hub_with, one

from partdem.content.markup import md_html

NESTED = "lists or quotes nested"


@pytest.mark.parametrize("count", [500, 1])
def test_brackets_up_to_the_limit(tmp_path, count):
    assert hub_with(tmp_path, {CASE: edited(CASE, lessons="[" * count)}) == []


def test_brackets_over_the_limit(tmp_path):
    problem = one(hub_with(tmp_path, {CASE: edited(CASE, lessons="[" * 501)}))
    assert "more than 500 '[' in one text" in problem.message


@pytest.mark.parametrize("text", [
    "1. " * 20 + "deep",  # markers on one line
    "> " * 20 + "quoted",
    "".join("    " * level + "- item\n" for level in range(20)),  # indentation, line by line
    "\t" * 19 + "- item",
])
def test_nesting_up_to_the_limit(tmp_path, text):
    assert hub_with(tmp_path, {CASE: edited(CASE, lessons=text)}) == []


@pytest.mark.parametrize(("text", "levels"), [
    ("1. " * 21 + "deep", 21),
    ("- " * 15 + "1) " * 6 + "deep", 21),
    ("> " * 21 + "quoted", 21),
    ("".join("    " * level + "- item\n" for level in range(21)), 21),
    ("\t" * 20 + "- item", 21),
])
def test_nesting_over_the_limit(tmp_path, text, levels):
    problem = one(hub_with(tmp_path, {CASE: edited(CASE, lessons=text)}))
    assert f"{NESTED} {levels} levels deep: at most 20" in problem.message


@pytest.mark.timeout(20)
def test_the_limits_keep_markdown_quick_and_whole():
    """What the limits let through, Markdown reads at once and without a RecursionError."""
    md_html("[a](" * 125 + "[" * 375)
    md_html("1. " * 20 + "x")
    md_html("".join("    " * level + "- item\n" for level in range(20)))
