"""Rule: the Markdown of a hand-written page is converted as the site converts it, and what that
makes is inspected: elements, attributes, link and image targets, ids and text. Code shows
markup as text; raw HTML is refused but for a few inline tags; what Markdown gives attributes
to (attribute lists, HTML with markdown="1") is refused but for a heading's own id. Each
problem is reported at the line of the page that says it."""

from __future__ import annotations

import pytest
from page_shapes import ACCEPTED, PAGE, TRANSLATED
from support import hub_with, one

from partdem.content import docs

LINE = PAGE.count("\n") + 1  # the first line of a body written after PAGE
RAW = "raw HTML <{}> is not allowed in content (it could run code or load outside content in " \
      "readers' browsers)"
OTHER_RAW = "raw HTML <{}> is not allowed in content: write Markdown instead"
COMMENT = "HTML comments and declarations (<!-- ... -->, <!...>, <?...?>) are not allowed in pages"
ATTRIBUTES = "Markdown attribute lists such as {: .class } or { key=value } are not allowed in " \
             "pages, but a heading's own id ({#id})"
SCRIPT_LINK = "javascript:, vbscript: and data: links are not allowed"
OTHER_SITE = "leads to another site while it looks like a path on this one"
IMAGE = "images from other sites are not allowed"
PHONE = "looks like a phone number"
EMAIL = "looks like a personal email address"


def refused(tmp_path, body: str) -> tuple[int, str]:
    """The line and message of the one problem of docs/about.md holding ``body`` after PAGE."""
    problem = one(hub_with(tmp_path, {"docs/about.md": PAGE + body + "\n"}))
    assert problem.path.name == "about.md"
    return problem.line - LINE, problem.message


@pytest.mark.parametrize(("body", "offset", "expected"), [
    # a backslash-escaped backtick opens no code: what follows is raw HTML
    ('\\`<script src="../assets/x.js"></script>`', 0, RAW.format("script")),
    ('A line.\n\\` <script src="x.js"></script>`', 1, RAW.format("script")),
    # a backslash escapes no <: what follows it is raw HTML
    ("\\<script>alert(1)</script>", 0, RAW.format("script")),
    ('<meta http-equiv="refresh" content="0;url=https://evil.example/">', 0, RAW.format("meta")),
    ('Text\n\n<link rel="stylesheet" href="https://evil.example/x.css">', 2, RAW.format("link")),
    ("<iframe src=\"https://evil.example\"></iframe>", 0, RAW.format("iframe")),
    ("<style>body { display: none }</style>", 0, RAW.format("style")),
    ("<form action=\"https://evil.example\"><input name=x></form>", 0, RAW.format("form")),
    ("<svg><script>alert(1)</script></svg>", 0, RAW.format("svg")),
    ("<img src=x onerror=alert(1)>", 0, RAW.format("img")),
    ("<base href=\"https://evil.example/\">", 0, RAW.format("base")),
    ("<scr<script>ipt>alert(1)</script>", 0, RAW.format("script")),
    # a comment that a browser closes at once, and what hides behind it
    ("<!--> <script>alert(1)</script> -->", 0, COMMENT),
    ("<!-- a comment -->", 0, COMMENT),
    ("<?php echo 1 ?>", 0, COMMENT),
    ("<![CDATA[ x ]]>", 0, COMMENT),
    # raw HTML blocks and elements Markdown does not make
    ("<div>\nhello\n</div>", 0, OTHER_RAW.format("div")),
    ('<div markdown="1" onclick="alert(1)">\n**x**\n</div>', 0, OTHER_RAW.format("div")),
    ("<p>raw</p>", 0, OTHER_RAW.format("p")),
    ('<a href="https://example.org">x</a>', 0, OTHER_RAW.format("a")),
    ("<x-widget>y</x-widget>", 0, OTHER_RAW.format("x-widget")),
    ("<details open ontoggle=alert(1)>x</details>", 0, "HTML event handler attributes"),
    ("<details open>x</details>", 0, OTHER_RAW.format("details")),
    # an allowed inline tag with attributes
    ("<b onclick=alert(1)>b</b>", 0, "HTML event handler attributes (such as onerror= or "),
    ('<abbr title="x">X</abbr>', 0, "attributes on <abbr> are not allowed in content"),
    # attribute lists
    ("## Title {: onclick=alert(1) }", 0, ATTRIBUTES),
    ('Text\n{: onclick="alert(1)" }', 1, ATTRIBUTES),
    ("## Help {: .md-toggle }", 0, ATTRIBUTES),
    ("Text\n{: #anchor }", 1, ATTRIBUTES),
    ("```{ .html onclick=alert(1) }\ncode\n```", 0, ATTRIBUTES),
    ("[x](https://example.org){: target=_blank }", 0, ATTRIBUTES),
    ("!!! danger\n    Text", 0, "'danger' is not a kind of note the hub's pages show: write !!! "
                              "followed by one of note, tip, warning, info, example, question"),
    # link and image targets, as a browser reads them
    ("[x](javascript:alert(1))", 0, SCRIPT_LINK),
    ("[x](&#106;avascript:alert(1))", 0, SCRIPT_LINK),
    ("[x](JaVaScRiPt:alert(1))", 0, SCRIPT_LINK),
    ("[x][r]\n\n[r]: javascript:alert(1)", 2, SCRIPT_LINK),
    ("[x](data:text/html,<script>alert(1)</script>)", 0, SCRIPT_LINK),
    ("[x](//evil.example/)", 0, OTHER_SITE),
    ("[x](/\\evil.example/)", 0, OTHER_SITE),
    ("![x](https://evil.example/p.png)", 0, IMAGE),
    ("![x][i]\n\n[i]: https://evil.example/p.png", 2, IMAGE),
    ("![x](//evil.example/p.png)", 0, OTHER_SITE),
    ("[![x](https://evil.example/p.png)](/cases/)", 0, IMAGE),
    ("<javascript:alert(1)>", 0, OTHER_RAW.format("javascript:alert")),
    ("<http://127.0.0.1:8000/>", 0, "'http://127.0.0.1:8000/' leads to a private or local "),
    # characters the engine and the check would read differently, or that hide text
    ("Text\u2028<script>alert(1)</script>", 0, "line and paragraph separators (U+2028, U+2029)"),
    ("Text\u2029more", 0, "line and paragraph separators (U+2028, U+2029)"),
    ("Text \u202eevil", 0, "invisible bidirectional control character U+202E"),
    ("Text &#x202e; evil", 0, "invisible bidirectional control character U+202E"),
    ("Text\x0b<script>", 0, "control character U+000B is not allowed in text"),
    ("Text\x85more", 0, "control character U+0085 is not allowed in text"),
    # personal data, in prose, code, link targets and image names
    ("Call +33 6 12 34 56 78 today.", 0, PHONE),
    ("Call `+33 6 12 34 56 78`.", 0, PHONE),
    ("Call &#43;33 6 12 34 56 78.", 0, PHONE),
    ("Write to jane.doe@gmail.com.", 0, EMAIL),
    ("[Write](mailto:jane.doe@example.org)", 0, EMAIL),
    ("<jane.doe@example.org>", 0, EMAIL),
    ("![x](/assets/+33612345678.png)", 0, PHONE),
    ('![Jane, +33 6 12 34 56 78](/assets/x.png)', 0, PHONE),
])
def test_unsafe_markup_refused_at_its_line(tmp_path, body, offset, expected):
    line, message = refused(tmp_path, body)
    assert line == offset, message
    assert expected in message


@pytest.mark.parametrize(("body", "lines"), [
    ("![a](https://evil.example/a.png)\n\nText.\n\n![b](https://evil.example/a.png)", [0, 4]),
    ("<script>a</script>\n\n<script>b</script>\n\nx\n\n<script>c</script>", [0, 2, 6]),
    ("`<script>` shown\n\n<script>run</script>", [2]),
])
def test_each_problem_at_its_own_line(tmp_path, body, lines):
    problems = hub_with(tmp_path, {"docs/about.md": PAGE + body + "\n"})
    assert [p.line - LINE for p in problems] == lines


def test_one_problem_a_line(tmp_path):
    problems = hub_with(tmp_path, {"docs/about.md": PAGE + "<script>1</script> <iframe "
                                                          "onload=x></iframe>\n"})
    assert [(p.line, p.message[:22]) for p in problems] == [(LINE, "raw HTML <script> is n")]


def test_code_shows_markup_as_text(tmp_path):
    assert hub_with(tmp_path, {"docs/about.md": ACCEPTED["code"]}) == []


@pytest.mark.parametrize("name", ACCEPTED)
def test_the_shapes_the_site_test_builds_pass(tmp_path, name):
    files = {f"docs/{name}.md": ACCEPTED[name], "docs/about.md": "# About\n"}
    if name in TRANSLATED:
        files[f"docs/{name}.es.md"] = TRANSLATED[name]
    assert hub_with(tmp_path, files) == []


@pytest.mark.parametrize("body", [
    "H<sub>2</sub>O, x<sup>2</sup>, a<br>b, a<br/>b, a<br />b, <kbd>K</kbd>, <mark>m</mark>, "
    "<small>s</small>, <b>b</b>, <i>i</i>, <em>e</em>, <strong>s</strong>, <abbr>CA</abbr>",
    "&amp; &copy; &#169; &#x2014; &lt;script&gt; are entities.",
    "1 < 2, 3 > 2, a <- b, <3, << and a<b.",
    "Write to <info@xr-riverside.org> or [us](mailto:contact@xr-riverside.org).",
    "[A section](#help), [up](../), [a page](about.md#x), [data](/api/), [site](https://x.org).",
    "![The map](/assets/hub/map.png) and ![a local one](map.png \"Title\")",
    "!!! warning \"Careful\"\n    Text.\n\n!!! question\n    Why?",
    "| a | b |\n|:-:|---|\n| 1 | 2 |",
    "The lone ` backtick, and \\` escaped ones, are text.",
    "A [link](https://example.org/a_b?c=1&d=2#e) with a query.",
    "{: not an attribute list, as it follows nothing }",
    "Figures: 2024-03-09, 1,234,567 and 12.5%.",
])
def test_what_pages_need_passes(tmp_path, body):
    assert hub_with(tmp_path, {"docs/about.md": PAGE + body + "\n"}) == []


def test_links_to_pages_made_from_data_are_read_as_the_engine_reads_them():
    # The hook writes these links as addresses before Markdown reads the page: a backtick in
    # the target goes, and what followed it is no longer code.
    text = "[a](`x/../cases/index.md) <script>alert(1)</script> `"
    assert docs.link_generated(text, "about") == "[a](../cases/) <script>alert(1)</script> `"
    assert docs.link_generated("[c](../cases/index.md)", "help/index") == "[c](../cases/)"
    assert docs.link_generated("[c](cases/index.md#x)", "about") == "[c](../cases/#x)"
    assert docs.link_generated("[p](page.md)", "help/index") == "[p](page.md)"


@pytest.mark.parametrize(("name", "stem"), [("about.md", "about"), ("about.es.md", "about"),
                                            ("help/index.fr.md", "help/index"),
                                            ("a.b.md", "a.b"), ("x.en.md", "x")])
def test_file_stem(name, stem):
    assert docs.file_stem(name) == stem


def test_the_hidden_code_trick_is_refused(tmp_path):
    line, message = refused(tmp_path, "[a](`x/../cases/index.md) <script>alert(1)</script> `")
    assert (line, message.startswith(RAW.format("script"))) == (0, True)


def test_a_page_too_large_is_refused_before_it_is_read(tmp_path):
    problem = one(hub_with(tmp_path, {"docs/about.md": "[" * (100 * 1024 + 1)}))
    assert problem.format(tmp_path / "hub") == (
        "docs/about.md:1:1: error: the page is 100 KB: pages are at most 100 KB; split it")
    assert hub_with(tmp_path, {"docs/about.md": "x" * (100 * 1024)}) == []


@pytest.mark.parametrize(("body", "expected"), [
    ("a <code>raw</code> tag", OTHER_RAW.format("code")),
    ("<pre>raw <b>x</b></pre>", OTHER_RAW.format("pre")),
    ("a <img> b", RAW.format("img")),
])
def test_raw_tags_of_elements_markdown_makes_refused(tmp_path, body, expected):
    assert refused(tmp_path, body) == (0, refused(tmp_path, body)[1])
    assert refused(tmp_path, body)[1].startswith(expected)


# -- what Markdown made, read on its own (the second line behind the raw HTML check) -----------
def inspected(made: str, text: str = "line one\nline two <s>\n") -> list[tuple[int, str]]:
    check = docs._PageCheck(docs.Path("about.md"), docs.Path("about.md"))
    check.lines = text.split("\n")
    check.inspect(made, 0)
    return [(problem.line, problem.message) for problem in check.found.values()]


@pytest.mark.parametrize(("made", "expected"), [
    ("<p>x</p><script>alert(1)</script>", RAW.format("script")),
    ("<p>x</p><x-y>z</x-y>", OTHER_RAW.format("x-y")),
    ("<p>x <a <b>y</b></p>", "raw HTML is not allowed in pages"),
    ("<p>x <!-- y --></p>", COMMENT),
    ("<p>x <?y?></p>", COMMENT),
    ('<p onclick="x">y</p>', "HTML event handler attributes (such as onerror= or onclick=)"),
    ('<p data-x="y">z</p>', "the attribute data-x= of <p> is not allowed in pages"),
    ("<div>x</div>", OTHER_RAW.format("div")),
    ('<div class="admonition note" id="x">y</div>', "the attribute id= of <div> is not allowed"),
])
def test_what_markdown_made_is_inspected(made, expected):
    assert next(message for _, message in inspected(made)).startswith(expected)


@pytest.mark.parametrize(("tag", "name", "value", "refused_as"), [
    ("h2", "id", "help", None), ("h2", "id", "__toc", "the id '__toc' is reserved"),
    ("h2", "id", "a b", "the id 'a b' is not a plain id"), ("h2", "id", "x" * 101, "not a plain"),
    ("a", "rel", "noopener noreferrer", None), ("a", "rel", "opener", ATTRIBUTES),
    ("ol", "start", "3", None), ("ol", "start", "3;x", ATTRIBUTES),
    ("ol", "start", "\u0663", ATTRIBUTES),  # an Arabic-Indic 3: a digit, but not to a browser
    ("th", "style", "text-align: left;", None), ("td", "style", "text-align: center;", None),
    ("td", "style", "color: red", ATTRIBUTES),
    ("td", "style", "text-align: left; background: url(https://x.org/)", ATTRIBUTES),
    ("p", "class", "admonition-title", None), ("p", "class", "md-toggle", ATTRIBUTES),
    ("div", "class", "admonition note", None), ("div", "class", "toc", None),
    ("div", "class", "admonition note md-toggle", "'note' is not a kind of note"),
    ("div", "class", "admonition danger", "'danger' is not a kind of note"),
    ("code", "class", "language-python", None), ("code", "class", "language-x y", ATTRIBUTES),
    ("a", "href", "/cases/", None), ("a", "href", "javascript:x", SCRIPT_LINK),
    ("a", "href", "//x.org/", OTHER_SITE), ("img", "src", "/assets/x.png", None),
    ("img", "src", "https://x.org/p.png", IMAGE), ("img", "src", "data:image/png,x", SCRIPT_LINK),
    ("img", "alt", "<script>", None), ("a", "title", "x", None),
])
def test_attribute_values(tag, name, value, refused_as):
    check = docs._PageCheck(docs.Path("about.md"), docs.Path("about.md"))
    why = check.attribute_problem(tag, name, value)
    assert (why is None) if refused_as is None else (refused_as in (why or "")), why


# -- what Markdown cannot read in time -----------------------------------------------------------
def test_a_page_markdown_cannot_read_in_time_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(docs, "MARKDOWN_SECONDS", 0.5)
    problems = hub_with(tmp_path, {"docs/a.md": "[" * 20_000, "docs/b.md": "1. " * 3000,
                                   "docs/c.md": "x\n\n<x>\n\n<script>y</script>\n"})
    assert [(p.path.name, p.line, p.message[:40]) for p in problems] == [
        ("a.md", 1, "Markdown cannot read this page within 0."),
        ("b.md", 1, "the page nests lists or quotes too deepl"),
        # a conversion stopped halfway does not spoil the next page's
        ("c.md", 3, "raw HTML <x> is not allowed in content: "),
        ("c.md", 5, "raw HTML <script> is not allowed in cont")]


def test_the_time_limit_gives_back_a_timer_set_before():
    signal = docs.signal
    signal.setitimer(signal.ITIMER_REAL, 100)
    try:
        with docs._time_limit(5):
            pass
        assert 99 < signal.getitimer(signal.ITIMER_REAL)[0] <= 100
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


@pytest.mark.parametrize(("text", "last"), [("<x>\n\n" * 150, 199), ("a\u202e\n" * 150, 100)])
def test_at_most_a_hundred_problems_a_page(tmp_path, text, last):
    problems = hub_with(tmp_path, {"docs/about.md": text})
    assert len(problems) == 100 and problems[-1].line == last
