"""The final sanitiser (partdem/content/sanitize.py, nh3): the second line behind the validator.

Hostile HTML goes straight into the sanitiser and into every way it is used (Markdown of data
fields, hand-written pages, feeds), past the validator; an oracle that does not use the partdem
package (hostile.executable, outside.py) reads the result: nothing runs, nothing is fetched
from another host, no link looks local while it leads elsewhere, links to other sites carry
rel="noopener noreferrer". Legitimate content comes out as it went in.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

import lxml.html
import markdown
import pytest
from hostile import (
    PAYLOADS,
    ROOT,
    SITE,
    article,
    executable,
)
from outside import elsewhere, fetched, protocol_relative, unprotected
from support import VALID

from partdem.content import markup, sanitize
from partdem.content.hub import Hub
from partdem.content.validate import validate
from partdem.outputs import pages
from partdem.site.language import site_language

TODAY = date(2100, 1, 1)

# HTML that got past the validator: each must come out inert.
HOSTILE = [
    '<a href="//evil.example/x">x</a>',
    '<a href="/\\evil.example/x">x</a>',
    '<a href="\\\\evil.example/x">x</a>',
    '<a href="\\/evil.example/x">x</a>',
    '<a href="/&#9;/evil.example/x">x</a>',
    '<a href=" &#10; //evil.example/x">x</a>',
    '<a href="&#47;&#47;evil.example">x</a>',
    '<a href="https://evil.example/">no rel</a>',
    '<a href="HTTPS://evil.example/" rel="opener">opener</a>',
    '<a href="https://evil.example/" rel="noopener">half</a>',
    '<a href="https://evil.example/" target="_blank">x</a>',
    '<img src="https://evil.example/pixel.png">',
    '<img src="http://evil.example/pixel.png" alt="x">',
    '<img src="//evil.example/pixel.png">',
    '<img src="/\\evil.example/pixel.png">',
    '<img src="\\\\evil.example/pixel.png">',
    '<img src="/assets/x.png" srcset="https://evil.example/p.png 2x">',
    '<img src="data:image/png;base64,iVBORw0KGgo=">',
    '<img src=x onerror=alert(1)>',
    '<picture><source srcset="https://evil.example/p.png"><img src="/a.png"></picture>',
    '<video poster="https://evil.example/p.png"><source src="https://evil.example/v.mp4">'
    "</video>",
    '<audio src="https://evil.example/a.mp3" autoplay></audio>',
    '<iframe src="https://evil.example/"></iframe>',
    '<object data="https://evil.example/x.swf"></object>',
    '<embed src="https://evil.example/x.swf">',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    "<style>@import url(https://evil.example/x.css); body{background:url(//evil.example/p)}"
    "</style>",
    '<p style="background:url(https://evil.example/p.png)">x</p>',
    '<td style="text-align: left; background:url(https://evil.example/p.png)">x</td>',
    '<table background="https://evil.example/p.png"><tr><td>x</td></tr></table>',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    '<base href="https://evil.example/">',
    '<svg><image href="https://evil.example/p.png"/></svg>',
    '<svg><use xlink:href="https://evil.example/s.svg#x"/></svg>',
    '<math><mi xlink:href="https://evil.example/">x</mi></math>',
    '<input type="image" src="https://evil.example/p.png">',
    '<form action="https://evil.example/"><button>Send</button></form>',
    '<body background="https://evil.example/p.png">',
    '<div class="md-header md-dialog" id="__search">x</div>',
    '<h2 id="x" class="md-tabs" style="display:none" onclick="alert(1)">x</h2>',
    '<code class="language-x onmouseover=alert(1)">x</code>',
    '<!--<img src="https://evil.example/p.png">-->',
    '<![CDATA[<img src="https://evil.example/p.png">]]>',
    '<noscript><img src="https://evil.example/p.png"></noscript>',
    '<template><img src="https://evil.example/p.png"></template>',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<details open ontoggle=alert(1)><summary>x</summary></details>',
    "<p>Text</p><script>fetch('https://evil.example/')</script>",
]


def inert(html: str, images: bool = True, allowed: Counter | None = None) -> list[str]:
    """What in sanitised HTML is not inert, by the independent oracles; ``allowed``: the
    counts of what the same page built from clean content has (the build's own drawings)."""
    problems = [f"runs: {item}" for item in executable(f"<div>{html}</div>", allowed)]
    problems += [f"fetches from another host: {url}" for url in elsewhere(html)]
    problems += [f"a path to another host: {href}" for href in protocol_relative(html)]
    problems += [f"no rel: {href}" for href in unprotected(html)]
    if not images:
        problems += [f"fetches: {url}" for url in fetched(html)]
    return problems


@pytest.mark.parametrize("html", HOSTILE + PAYLOADS)
def test_hostile_html_comes_out_inert(html):
    assert inert(sanitize.page(html)) == []
    assert inert(sanitize.feed(html), images=False) == []


@pytest.mark.parametrize(("html", "expected"), [
    ('<a href="//evil.example/x">x</a>', "<a>x</a>"),
    ('<a href="/\\evil.example/x">x</a>', "<a>x</a>"),
    ('<a href="\\\\evil.example/x">x</a>', "<a>x</a>"),
    ('<a href="https://evil.example/">x</a>',
     '<a href="https://evil.example/" rel="noopener noreferrer">x</a>'),
    ('<a href="https://evil.example/" rel="opener">x</a>',
     '<a href="https://evil.example/" rel="noopener noreferrer">x</a>'),
    ('<a href="/cases/" rel="nofollow">x</a>', '<a href="/cases/" rel="nofollow">x</a>'),
    ('<a href="/cases/" rel="opener Stylesheet NoFollow">x</a>',
     '<a href="/cases/" rel="nofollow">x</a>'),
    ('<a href="/cases/" rel="opener">x</a>', '<a href="/cases/">x</a>'),
    ('<a href="/cases/">x</a>', '<a href="/cases/">x</a>'),  # no rel added to a local link
    ('<a href="#top" title="Up">x</a>', '<a href="#top" title="Up">x</a>'),
    ('<img src="https://evil.example/p.png" alt="Map">', '<img alt="Map">'),
    ('<img src="//evil.example/p.png" alt="Map">', '<img alt="Map">'),
    ('<img src="/assets/map.png" alt="Map">', '<img src="/assets/map.png" alt="Map">'),
    ('<div class="admonition note md-header">x</div>', '<div class="admonition note">x</div>'),
    ('<div class="md-header">x</div>', "<div>x</div>"),
    ('<p class="admonition-title">x</p>', '<p class="admonition-title">x</p>'),
    ('<code class="language-python">x</code>', '<code class="language-python">x</code>'),
    ('<code class="highlight">x</code>', "<code>x</code>"),
    ('<h2 id="part">x</h2>', '<h2 id="part">x</h2>'),
    ('<p id="part">x</p>', "<p>x</p>"),
    ('<h2 id="a b">x</h2>', "<h2>x</h2>"),
    ('<h2 id="">x</h2>', "<h2>x</h2>"),
    ('<ol start="3"><li>x</li></ol>', '<ol start="3"><li>x</li></ol>'),
    ('<ol start="-1"><li>x</li></ol>', "<ol><li>x</li></ol>"),
    ('<table><tr><td style="text-align: right;">x</td></tr></table>',
     '<table><tbody><tr><td style="text-align: right;">x</td></tr></tbody></table>'),
    ('<table><tr><td style="color: red;">x</td></tr></table>',
     "<table><tbody><tr><td>x</td></tr></tbody></table>"),
    ("<script>alert(1)</script>text", "text"),
    ("<iframe>x</iframe>", "x"),
])
def test_what_the_sanitiser_keeps_and_drops(html, expected):
    assert sanitize.page(html) == expected


@pytest.mark.parametrize("target", ["//evil.example/x", "/\\evil.example/x",
                                    "\\\\\\\\evil.example/x"])  # Markdown: \\\\ is \\
def test_markdown_links_to_another_host_lose_their_target_and_keep_rel(target):
    assert markup.md_html(f"[x]({target})") == '<p><a rel="noopener noreferrer">x</a></p>'


def test_feeds_carry_no_image_at_all():
    assert sanitize.feed('<p><img src="/assets/map.png" alt="Map"> x</p>') == "<p> x</p>"
    assert sanitize.page('<p><img src="/assets/map.png" alt="Map"> x</p>') == \
        '<p><img src="/assets/map.png" alt="Map"> x</p>'


# -- legitimate content: unchanged ----------------------------------------------------------
LEGITIMATE = """# The hub {#top}

Members met **six** times; see [the report](https://example.org/report), [our cases](/cases/),
[a part](#part), [the guide](../../resources/) and [write to us](mailto:info@example.org).
H<sub>2</sub>O, m<sup>2</sup>, <abbr>CA</abbr>, <kbd>Ctrl</kbd>, <mark>new</mark>,
<small>note</small>,
<b>bold</b>, <i>italic</i>, *emphasis*, `code`, & ampersands, "quotes", 'apostrophes', < 5 and > 3.
Non-breaking\u00a0space, \u00e9t\u00e9, \u0645\u0631\u062d\u0628\u0627, \u4f60\u597d.

## A part {#part}

1. First
2. Second
    - nested
    - list

3. Third

| Left | Centre | Right | Plain |
|:-----|:------:|------:|-------|
| a    | b      | c     | d     |

> A quote with a [link](https://example.org/q "Its title").

!!! note "A note"
    Inside the note.

!!! warning
    Careful.

```yaml
title: x  # a comment
```

    indented code <script>

[TOC]
"""
# Markdown that the sanitiser writes differently, with the same meaning: void elements without
# " /" (<br />, <hr />, <img />), character references as characters.
RESERIALISED = "Line one  \nline two\n\n---\n\nBraces &#123; and &#x7d;\n\n![x](/a.png)\n"


def _engine_markdown(text: str) -> str:
    """What the engine makes of a hand-written page: the hub's extensions, no sanitiser."""
    converter = markdown.Markdown(extensions=list(markup.PAGE_EXTENSIONS),
                                  extension_configs=markup.PAGE_EXTENSION_CONFIGS)
    return converter.convert(text)


def test_legitimate_markup_is_unchanged():
    html = _engine_markdown(LEGITIMATE)
    for needle in ('<h1 id="top">', 'rel="noopener noreferrer"', '<div class="admonition note">',
                   '<code class="language-yaml">', 'style="text-align: center;"', "<sub>",
                   "<abbr>", '<a href="mailto:info@example.org">', '<ol>', "\u00a0", "&amp;",
                   "&lt;script&gt;", '<div class="toc">', 'title="Its title"'):
        assert needle in html, needle
    assert sanitize.page(html) == html
    assert sanitize.feed(html) == html


def _tree(html: str) -> str:
    return lxml.html.tostring(lxml.html.fromstring(f"<div>{html}</div>"), method="c14n")


def test_void_elements_and_references_are_only_rewritten():
    html = _engine_markdown(RESERIALISED)
    out = sanitize.page(html)
    assert out != html
    assert _tree(out) == _tree(html)
    assert "<br>" in out and "<hr>" in out and "{" in out and "}" in out


def test_real_hand_written_pages_are_unchanged():
    found = []
    for path in sorted((ROOT / "docs").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        body = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.DOTALL)
        html = _engine_markdown(body)
        if sanitize.page(html) != html:
            found.append(path.name)
    assert found == []


# -- the render path, past the validator ----------------------------------------------------
# Markdown a contributor could write if the validator let it through.
MARKDOWN = [
    "![pixel](https://evil.example/pixel.png)",
    "![pixel](//evil.example/pixel.png)",
    "![pixel](/\\evil.example/pixel.png)",
    "![pixel][p]\n\n[p]: https://evil.example/pixel.png",
    "[a path](//evil.example/x)",
    "[a path](/\\evil.example/x)",
    "[a path](\\\\evil.example/x)",
    "[a path](/&#9;/evil.example/x)",
    "[a site](https://evil.example/x)",
    "[a site][s]\n\n[s]: http://evil.example/x",
    "<img src=https://evil.example/pixel.png>",
    '<a href="//evil.example/">raw</a>',
]


@pytest.fixture(scope="module")
def clean() -> Hub:
    hub, problems = validate(VALID)
    assert problems == []
    return hub


@pytest.mark.parametrize("payload", MARKDOWN + HOSTILE)
def test_hand_written_pages_are_inert(payload):
    """A page of docs/ that got past the check: what the engine makes of it, framed."""
    html = pages.frame_hand_written(SITE, pages.DocsPage(
        lang=site_language("en"), source=ROOT / "docs" / "about.md", stem="about", title="About",
        description="", content=_engine_markdown(f"# About\n\nBefore {payload} after.\n"),
        tokens=[], edit_url=""))
    assert inert(article(html)) == []
