"""Rule: a page's front matter, split as the engine splits it, holds only title and description
(and, in a translation, source_fingerprint and reviewed), each of the expected type; titles and
descriptions pass the text rules on one line. Keys such as template: would have the engine draw
the page with the theme's own template, without the page shell and its policy."""

from __future__ import annotations

import pytest
from mkdocs.utils.meta import get_data
from support import hub_with, one

from partdem.content import docs

BODY = "\n# About\n\nText.\n"
NOT_A_KEY = ("is not a key of a page's front matter, which holds only: title, description; the "
             "hub's page shell draws every page, so keys such as template, hide or extra have no "
             "place here: remove it")
NOT_TEXT = "must be text, not {}: write it in quotes if it looks like something else"


def problem(tmp_path, text: str, name: str = "docs/about.md") -> str:
    return one(hub_with(tmp_path, {"docs/about.md": "# About\n", name: text})).format(
        tmp_path / "hub")


@pytest.mark.parametrize(("text", "expected"), [
    ("---\ntitle: About\ntemplate: 404.html\n---\n" + BODY, f"3:1: error: 'template' {NOT_A_KEY}"),
    ("---\ntitle: About\nhide:\n  - toc\n---\n" + BODY, f"3:1: error: 'hide' {NOT_A_KEY}"),
    ("---\nextra: {a: 1}\ntitle: About\n---\n" + BODY, f"2:1: error: 'extra' {NOT_A_KEY}"),
    ("---\ntitle: About\n'template': main.html\n---\n" + BODY,
     f"3:1: error: 'template' {NOT_A_KEY}"),
    ("---\ntitle: About\nTitle: Again\n---\n" + BODY, f"3:1: error: 'Title' {NOT_A_KEY}"),
    ("---\n1: x\n---\n" + BODY, f"2:1: error: '1' {NOT_A_KEY}"),
    # YAML's own end of a document, and spaces after the dashes: the engine reads both
    ("---\ntitle: About\ntemplate: main.html\n...\n" + BODY, f"3:1: error: 'template' {NOT_A_KEY}"),
    ("--- \ntitle: About\ntemplate: main.html\n---\t\n" + BODY,
     f"3:1: error: 'template' {NOT_A_KEY}"),
    # without ---, the engine reads "key: value" lines at the top as metadata (MultiMarkdown)
    ("template: 404.html\n" + BODY, f"1:1: error: 'template' {NOT_A_KEY}"),
    ("Title: About\nTemplate: 404.html\n" + BODY, f"2:1: error: 'template' {NOT_A_KEY}"),
    ("---\ntitle: About\nsource_fingerprint: 0123456789ab\n---\n" + BODY,
     "3:1: error: 'source_fingerprint' is recorded by a translation (docs/<name>.<language>.md), "
     "not by an English page: remove it"),
    ("---\nreviewed: true\n---\n" + BODY, "2:1: error: 'reviewed' is recorded by a translation "
                                        "(docs/<name>.<language>.md), not by an English page: "
                                        "remove it"),
])
def test_keys_outside_the_allowlist_refused(tmp_path, text, expected):
    assert problem(tmp_path, text) == f"docs/about.md:{expected}"


@pytest.mark.parametrize(("value", "kind"), [
    ("2024-01-01", "a date"), ("2024-01-01 10:00:00", "a date"), ("[a, b]", "a list"),
    ("{a: 1}", "a mapping"), ("12", "a number"), ("1.5", "a number"), (".inf", "a number"),
    ("true", "true or false"), ("no", "true or false"), ("", "nothing"), ("~", "nothing"),
    ("!!binary aGVsbG8=", "a value of another kind"), ("[" * 300 + "]" * 300, "a list"),
])
@pytest.mark.parametrize("key", ["title", "description"])
def test_titles_and_descriptions_are_text(tmp_path, key, value, kind):
    text = f"---\n{key}: {value}\n---\n" + BODY
    assert problem(tmp_path, text).startswith(
        f"docs/about.md:2:1: error: '{key}' {NOT_TEXT.format(kind)}")


@pytest.mark.parametrize(("line", "expected"), [
    ("title: ''", "'title' is empty: write the text, or remove the key"),
    ("title: '   '", "'title' is empty"),
    ('title: "a\\nb"', "'title' must be a single line of text"),
    ("description: |\n  one\n  two", "'description' must be a single line of text"),
    # YAML escapes make markup that the YAML text does not show
    ('title: "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"', "raw HTML <script> is not"),
    ('title: "\\x3cimg src=x onerror=alert(1)\\x3e"', "raw HTML <img> is not allowed"),
    ("title: '[x](javascript:alert(1))'", "javascript:, vbscript: and data: links are not"),
    ('description: "\\u202eevil"', "invisible bidirectional control character U+202E"),
    # personal data
    ("description: Call +33 6 12 34 56 78", "'+33 6 12 34 56 78' looks like a phone number"),
    ("title: Write to jane.doe@gmail.com", "'jane.doe@gmail.com' looks like a personal email"),
])
def test_title_and_description_pass_the_text_rules(tmp_path, line, expected):
    assert problem(tmp_path, f"---\n{line}\n---\n" + BODY).startswith(
        f"docs/about.md:2:1: error: {expected}")


def test_each_key_is_reported_at_its_line(tmp_path):
    text = "---\ntemplate: a\ntitle: 12\nhide: [toc]\ndescription: [x]\n---\n" + BODY
    problems = hub_with(tmp_path, {"docs/about.md": text})
    assert [(p.line, p.message.split(" ", 1)[0]) for p in problems] == [
        (2, "'template'"), (3, "'title'"), (4, "'hide'"), (5, "'description'")]


@pytest.mark.parametrize(("record", "line", "expected"), [
    ("reviewed: false", 1, "a translated page needs 'source_fingerprint' in its front matter"),
    ("source_fingerprint: 12\nreviewed: false", 3,
     "a translated page needs 'source_fingerprint' in its front matter"),
    ("source_fingerprint: abc", 1, "a translated page needs 'reviewed: true' or 'reviewed: "
                                   "false' in its front matter"),
    ("source_fingerprint: abc\nreviewed: maybe", 4, "a translated page needs 'reviewed: true'"),
    ("source_fingerprint: abc\nreviewed: false\ntemplate: x", 5,
     "'template' is not a key of a page's front matter, which holds only: title, description, "
     "source_fingerprint, reviewed;"),
])
def test_a_translation_records_its_source(tmp_path, record, line, expected):
    text = f"---\ntitle: Acerca\n{record}\n---\n" + BODY
    assert problem(tmp_path, text, "docs/about.es.md").startswith(
        f"docs/about.es.md:{line}:1: error: {expected}")


def test_a_byte_order_mark_is_refused(tmp_path):
    assert problem(tmp_path, "\ufeff---\ntitle: About\n---\n" + BODY).startswith(
        "docs/about.md:1:1: error: a byte-order mark (U+FEFF) is not allowed")


@pytest.mark.parametrize("text", [
    "---\ntitle: About\ndescription: What the hub is.\n---\n" + BODY,
    "---\ntitle: \"2024: a year\"\n---\n" + BODY,
    "---\ntitle: About\n---\n",  # front matter only
    "",  # an empty page
    "---\ntitle: About\n" + BODY,  # no end: a rule and a paragraph, no front matter
    "Title: About\nDescription: metadata lines\n    over two lines\n" + BODY,
    "---\r\ntitle: About\r\n---\r\n\r\n# About\r\n",
    "---\ntitle: Write to info@xr-riverside.org\n---\n" + BODY,
])
def test_good_front_matter_passes(tmp_path, text):
    assert hub_with(tmp_path, {"docs/about.md": text}) == []


# -- the split is the engine's ------------------------------------------------------------------
SPLITS = [
    "---\ntitle: A\n---\n\n# A\n", "---\ntitle: A\n...\n# A\n", "--- \t\ntitle: A\n---  \nx\n",
    "---\n---\n# A\n", "---\ntitle: [unclosed\n---\n# A\n", "---\n- a list\n---\n# A\n",
    "---\ntitle: A\n", "Title: A\nmore: b\n    c\n\n# A\n", "Title: A\n# A\n", "# A\ntitle: x\n",
    "\n\ntitle: A\n\n# A\n", "   key: value\n\nx\n", "---\n\n---\nx\n", "", "\n", "---\n",
    "---\ntitle: A\n---", "----\ntitle: A\n----\n", "---\ntitle: A\n---\n\n\n\n# A\n",
    "\ufeff---\ntitle: A\n---\n# A\n", "key:value\n\tmore\n\nx\n", "-: x\n\nbody\n",
    "---\ntitle: A\n---\n---\ntitle: B\n---\n", "Title: A\n    \nTemplate: x\n\n# A\n",
    "Title: A\n\nTemplate: x\n", "Title: A\n\tmore\n\n# A\n",
]


@pytest.mark.parametrize("text", SPLITS)
def test_pages_are_split_as_the_engine_splits_them(text):
    body, meta = get_data(text.removeprefix("\ufeff"))  # the engine reads files as utf-8-sig
    front, ours = docs.read_page(text)
    assert (ours, front if front is not None else {}) == (body, meta)


@pytest.mark.parametrize("text", ["---\ntitle: [unclosed\n---\n# A\n", "---\n- a list\n---\n",
                                  "---\n\n---\nx\n", "---\n&a [*a]\n---\nx\n"])
def test_a_front_matter_the_engine_ignores_is_told_apart(text):
    assert docs.read_page(text) == (None, text)
