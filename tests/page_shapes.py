"""Shapes of hand-written pages that ``partdem check`` accepts, odd ones included: the rule
tests assert that the check accepts each (tests/rules/test_rule_page_markup.py), and the site
test builds them all and reads what was published (tests/security/test_docs_pages.py). A shape
the check accepts and the build cannot handle would fail there."""

from __future__ import annotations

from partdem.content import docs

PAGE = "---\ntitle: About\n---\n\n# About\n\nWe are a network.\n\n"  # 8 lines: a body starts at 9

# Markup that is shown as text, or that Markdown makes for pages: accepted, built inert.
CODE = ("Run `make check` in `locales/<language>/`; `<script>alert(1)</script>` is shown.\n\n"
        "```html\n<script>shown, not run</script>\n<meta http-equiv=\"refresh\">\n```\n\n"
        "    <iframe src=\"https://evil.example/\"></iframe>\n\n"
        "~~~\n<!--> <img src=x onerror=alert(1)> -->\n~~~\n\n"
        "`` `<b onclick=alert(1)>` `` and &lt;style&gt; are text.\n")
MARKDOWN = ("## Help {#help}\n\nWrite to [us](mailto:info@xr-riverside.org), see [the cases]"
            "(cases/index.md), [the guide](guide/index.md#questions) and [about](about.md), "
            "<https://example.org> and [a site](https://example.org/page \"A title\").\n\n"
            "[TOC]\n\n!!! note\n    A note.\n\n!!! tip \"A tip\"\n    **Bold** and *em*.\n\n"
            "| left | right |\n|:--|--:|\n| 1 | 2 |\n\n> A quote\n\n1. one\n2. two\n\n"
            "3. three\n\n- a\n- b\n\n---\n\nH<sub>2</sub>O, x<sup>2</sup>, a<br>b, <kbd>K</kbd>, "
            "&amp; &copy; &#169;.\n\n![A map of the network](/assets/hub/map.png \"Map\")\n\n"
            "### Heading with `code` {#with-code}\n")

ACCEPTED: dict[str, str] = {  # the name of a page in docs/ (without .md): its text
    "code": PAGE + CODE,
    "markdown": PAGE + MARKDOWN,
    "empty": "",
    "front-only": "---\ntitle: Only a front matter\n---\n",
    "no-title": "# A page without front matter\n\nText.\n",
    "front-without-end": "---\ntitle: a rule, then a paragraph\n\n# No end\n",
    "dots-end": "---\ntitle: Dots end it\ndescription: YAML's end of a document\n...\n\n# Dots\n",
    "multimarkdown": "Title: Metadata lines\nDescription: at the top, as MultiMarkdown writes "
                     "them\n    over two lines\n\n# Metadata lines\n",
    "crlf": "---\r\ntitle: Windows line ends\r\n---\r\n\r\n# Windows\r\n\r\nText.\r\n",
    "quoted-title": "---\ntitle: \"Tom & Jerry: 'quotes' \\\"and\\\" more\"\ndescription: >-\n"
                    "  A description folded\n  over two lines\n---\n\n# Quotes\n",
    # A link to a page made from data whose target hides a backtick: the hook rewrites it
    # before Markdown (so does the check), and the lone backtick left is text.
    "backtick-link": PAGE + "[cases](`x/../cases/index.md) and a lone ` backtick.\n",
    "help/index": "# Help\n\nSee [the cases](../cases/index.md) and [a page](page.md).\n",
    "help/page": "# A page in a folder\n\n[Back](index.md)\n",
}


def translation(source: str, title: str = "Una página") -> str:
    """A translation of ``source`` into Spanish that records it."""
    return (f"---\ntitle: {title}\nsource_fingerprint: {docs.fingerprint(source)}\n"
            f"reviewed: false\n---\n\n# {title}\n\nTexto `<script>` mostrado.\n")


# Translations: docs/<name>.es.md of an accepted page.
TRANSLATED = {name: translation(ACCEPTED[name]) for name in ("markdown", "help/index")}
