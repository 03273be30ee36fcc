"""The last step of all contributed HTML: an allowlist sanitiser (nh3, the Python binding of
Rust's ammonia) over what Markdown made of contributed text, in pages made from data,
hand-written pages, feeds and newsletter emails.

The validator explains to contributors what is refused and why; this is the second line behind
it, so that a trick the validator does not know yields harmless text instead of markup. The
allowlists hold what the hub's Markdown produces (the extensions of ``markup.PAGE_EXTENSIONS``)
and the few inline tags the validator lets writers use; nothing else survives. For legitimate
content the output is the input, but for void elements written without " /" (<br>, <hr>,
<img>) and character references written as characters (&#123; as {): the tests compare pages
rendered with and without it.

- Links lead to web pages (http, https), email (mailto) or paths on this site. An address a
  browser reads as another host while it looks like a path (//host, /\\host, \\\\host) loses its
  target: the link becomes text.
- Images are the hub's own: a path on this site (emails make it an absolute address of the
  hub, and their Content-Security-Policy allows images from the hub only). Feeds carry none:
  feed readers resolve a path each their own way, some against their own host.
- Links to other sites keep rel="noopener noreferrer" (markup.ExternalLinks gives it; the
  sanitiser adds it where anything else made an external link).
"""

from __future__ import annotations

import re

import nh3

from partdem.content import addresses

URL_SCHEMES = frozenset({"http", "https", "mailto"})
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# What the hub's Markdown makes (core, tables, admonition, toc, fenced_code) and the inline tags
# the validator allows in text (textrules.ALLOWED_TAGS).
_TEXT_TAGS = frozenset({
    *_HEADINGS, "p", "br", "hr", "ul", "ol", "li", "blockquote", "pre", "code", "a", "em",
    "strong", "table", "thead", "tbody", "tr", "th", "td", "div",
    "abbr", "sub", "sup", "small", "b", "i", "kbd", "mark",
})
_TEXT_ATTRIBUTES = {
    **{h: {"id"} for h in _HEADINGS},
    "a": {"href", "title", "rel"},
    "abbr": {"title"},
    "ol": {"start"},
    "th": {"style"}, "td": {"style"},  # column alignment of Markdown tables
    "div": {"class"}, "p": {"class"}, "code": {"class"},
}
# Classes by element: admonitions (!!! note), the [TOC] box, the language of a fenced block.
ADMONITION_KINDS = frozenset({"note", "tip", "warning", "info", "example", "question"})
_CLASSES = {"div": frozenset({"admonition", "toc", *ADMONITION_KINDS}),
            "p": frozenset({"admonition-title"})}
_CODE_LANGUAGE = re.compile(r"language-[A-Za-z0-9_+-]{1,40}")
_ALIGNMENT = re.compile(r"text-align: (?:left|right|center);")  # as the tables extension writes
_REL_WORDS = frozenset({"noopener", "noreferrer", "nofollow"})
_ID = re.compile(r"[A-Za-z0-9_\-.:\u00a0-\uffff]{1,200}")
# An <a> element as ammonia writes it: attributes double-quoted, " written &quot;.
_ANCHOR = re.compile(r'<a((?: [^\s"=<>/]+="[^"]*")*)>')
_HREF = re.compile(r' href="([^"]*)"')


def _relative(url: str) -> str | None:
    """ammonia's hook for addresses without a scheme: kept if they stay on this site (//host,
    /\\host and \\\\host name another host)."""
    return None if addresses.other_host(url) else url


def _attribute(tag: str, name: str, value: str) -> str | None:
    """The value of an allowed attribute as published, or None to drop it."""
    published = _PUBLISHED_VALUES.get(name)
    return value if published is None else published(tag, value)


def _class_value(tag: str, value: str) -> str | None:
    """The classes of the value that the element may have, or None when it may have none."""
    if tag == "code":
        words = [w for w in value.split() if _CODE_LANGUAGE.fullmatch(w)]
    else:
        words = [w for w in value.split() if w in _CLASSES.get(tag, ())]
    return value if words == value.split() and words else (" ".join(words) or None)


def _style_value(tag: str, value: str) -> str | None:
    """A column's alignment as Markdown's tables write it, or None."""
    return value if _ALIGNMENT.fullmatch(value) else None


def _rel_value(tag: str, value: str) -> str | None:
    """The known words of a link's rel, lowercase, or None when it has none."""
    words = [w for w in value.lower().split() if w in _REL_WORDS]
    return " ".join(words) or None


def _id_value(tag: str, value: str) -> str | None:
    """A plain id, or None."""
    return value if _ID.fullmatch(value) else None


def _start_value(tag: str, value: str) -> str | None:
    """A list's first number, ASCII digits only, or None."""
    return value if value.isascii() and value.isdigit() and len(value) <= 9 else None


def _src_value(tag: str, value: str) -> str | None:
    """An image's address if it is the hub's own (a path on this site), or None."""
    return value if addresses.local_path(value) else None


# What of each attribute's value is published (any other allowed attribute is kept as it is).
_PUBLISHED_VALUES = {"class": _class_value, "style": _style_value, "rel": _rel_value,
                     "id": _id_value, "start": _start_value, "src": _src_value}


def _cleaner(images: bool) -> nh3.Cleaner:
    tags = set(_TEXT_TAGS) | ({"img"} if images else set())
    attributes = {tag: set(names) for tag, names in _TEXT_ATTRIBUTES.items()}
    if images:
        attributes["img"] = {"src", "alt", "title"}
    return nh3.Cleaner(tags=tags, attributes=attributes, attribute_filter=_attribute,
                       url_schemes=set(URL_SCHEMES), url_relative=_relative, link_rel=None,
                       strip_comments=True)


_PAGE = _cleaner(images=True)
_FEED = _cleaner(images=False)


def _external_rel(match: re.Match[str]) -> str:
    attributes = match[1]
    href = _HREF.search(attributes)
    if href is None or not leaves_site(href[1]) or ' rel="noopener noreferrer' in attributes:
        return match[0]
    attributes = re.sub(r' rel="[^"]*"', "", attributes)
    return f'<a{attributes} rel="noopener noreferrer">'


def leaves_site(href: str) -> bool:
    """Whether a link leads to another site: an http(s) address, or one without a scheme that
    a browser reads as another host."""
    flat = addresses.browser_form(href).lower()
    return flat.startswith(("http:", "https:")) or flat.startswith("//")


def _finish(html: str) -> str:
    """ammonia's output with links to other sites given rel, and U+00A0 written as the
    character, as Markdown writes it (ammonia writes &nbsp;, which means the same)."""
    if "<a " in html:
        html = _ANCHOR.sub(_external_rel, html)
    return html.replace("&nbsp;", "\u00a0")


def page(html: str) -> str:
    """Contributed HTML of a page (made from data or hand-written) or an email, safe to
    publish."""
    return _finish(_PAGE.clean(html)) if html else html


def feed(html: str) -> str:
    """Contributed HTML of a feed entry: as on a page, without images."""
    return _finish(_FEED.clean(html)) if html else html
