"""Contributed text made safe to embed in pages, feeds and emails: Markdown that cannot open
raw HTML, attribute lists or links other than web pages and email, and plain text that cannot
become Markdown. The validator refuses all of these too; this is the second line.

Also the Markdown of whole pages, generated and hand-written alike (the engine is given the same
extensions), and the extension that gives links to other sites rel="noopener noreferrer".
Everything Markdown makes here passes the allowlist sanitiser (``sanitize.py``) last.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from functools import cache

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup

from partdem.content import sanitize

# Link targets as Markdown reads them: after "](" of a link or image, and after "[label]:" of a
# reference definition. A target stops at a bracket, so that one unclosed link cannot hide the
# next one from the check.
_LINK_TARGET = re.compile(r"(\]\s*\(|^ {0,3}\[[^\]\n]*\]:)([^()\[\]]*)", re.MULTILINE)
_URL_SKIPPED = re.compile(r"[\x00-\x20\x7f]+")  # what a browser ignores around and in a scheme
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
# The Markdown of every page. The engine adds toc, tables and fenced_code to its pages by
# itself; the hook gives it this list, so that both kinds of page read Markdown the same way.
PAGE_EXTENSIONS = ("toc", "tables", "fenced_code", "admonition", "attr_list", "md_in_html",
                   "partdem.content.markup")
PAGE_EXTENSION_CONFIGS = {"toc": {"permalink": False}}


def _disarm_link(match: re.Match[str]) -> str:
    """The link as written, or shown as plain text when its target is not a web page or an
    email address (javascript:, data:, vbscript: would run code or open a document)."""
    opener, target = match.groups()
    scheme = _SCHEME.match(_URL_SKIPPED.sub("", target))
    if scheme is None or scheme[1].lower() in SAFE_SCHEMES:
        return match[0]
    return opener.replace("(", "&#40;").replace("[", "&#91;", 1) + target


def md_text(text: str | None) -> Markup:
    """Contributed Markdown, safe to embed: raw HTML cannot open, attribute lists ({: ...}) do
    not apply, links lead to web pages and email only (the validator refuses all these too)."""
    if not text:
        return Markup("")
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace("{", "&#123;")
    return Markup(_LINK_TARGET.sub(_disarm_link, escaped))


def safe_url(url: str | None) -> str:
    """A link target from content, or '#' unless it is a web page or an email address."""
    scheme = _SCHEME.match(_URL_SKIPPED.sub("", url or ""))
    return url if scheme is not None and scheme[1].lower() in SAFE_SCHEMES else "#"


def md_inline(text: str | None) -> Markup:
    """Contributed Markdown as HTML without the paragraph around a single paragraph."""
    html = str(md_html(text))
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return Markup(html)


def md_html(text: str | None) -> Markup:
    """Contributed Markdown as HTML, for places inside HTML blocks where Markdown is not read."""
    if not text:
        return Markup("")
    return Markup(sanitize.page(_markdown().reset().convert(str(md_text(text)))))


def page_html(text: str) -> tuple[Markup, list[dict]]:
    """A page's Markdown as HTML, with its table of contents (Markdown's toc tokens)."""
    converter = _page_markdown()
    html = sanitize.page(converter.reset().convert(text))
    return Markup(html), converter.toc_tokens


@cache
def _page_markdown() -> markdown.Markdown:
    return markdown.Markdown(extensions=list(PAGE_EXTENSIONS),
                             extension_configs=PAGE_EXTENSION_CONFIGS)


@cache
def _markdown() -> markdown.Markdown:
    # One converter, reset between texts: making one loads its extensions (thousands of
    # texts per build).
    return markdown.Markdown(extensions=[ExternalLinks()])


class _MarkExternalLinks(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for link in root.iter("a"):
            # //host and /\host lead to another site too (the sanitiser drops their target).
            if sanitize.leaves_site(link.get("href", "")):
                # The other site gets no handle on this page and learns nothing of the reader's
                # path here: readers are activists whose privacy matters.
                link.set("rel", "noopener noreferrer")


class ExternalLinks(Extension):
    """Links to other sites get rel="noopener noreferrer"."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        # After the inline patterns (priority 20) have made the links.
        md.treeprocessors.register(_MarkExternalLinks(md), "partdem_external_links", 0)


def makeExtension(**kwargs: object) -> ExternalLinks:  # the name Markdown looks for
    return ExternalLinks(**kwargs)
