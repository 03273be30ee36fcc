"""Rules for untrusted and personal text: markup that could run code, unsafe links, private data.

Each function returns the reason a value is refused, or None. The models call them from their
field types, so the same rules hold in every field, in source files and in translations alike.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator
from urllib.parse import SplitResult, urlsplit

from partdem.content import addresses

# Personal data (phone numbers, personal e-mail addresses) is found in privacy.py.
from partdem.content.privacy import email_problem, personal_data_problem

DANGEROUS_TAGS = frozenset(
    {"script", "iframe", "object", "embed", "style", "link", "meta", "base", "form", "svg",
     "math", "frame", "frameset", "applet", "template", "img", "video", "audio", "source", "input",
     "button", "textarea", "select"}
)
# Harmless inline tags a writer may still want; everything else is written in Markdown.
ALLOWED_TAGS = frozenset({"br", "sub", "sup", "abbr", "small", "em", "strong", "b", "i", "kbd",
                          "mark"})
_TAG = re.compile(r"<\s*/?\s*([a-zA-Z][a-zA-Z0-9:-]*)([^<>]*)>?")
_EVENT_HANDLER = re.compile(r"\bon[a-z]+\s*=", re.IGNORECASE)
# Markdown attribute lists ({: .class }, {#id}, { key=value }): the site's Markdown turns them
# into attributes of the element before them, event handlers included.
_ATTR_LIST = re.compile(r"\{\s*:|\{\s*[#.][A-Za-z]|\{[^{}\n]*=[^{}\n]*\}")
# Characters a web address cannot hold as they are: they end an HTML attribute or a Markdown
# link early, and what follows them is read as markup.
_NOT_IN_URL = re.compile(r"[<>\"`]")
_BAD_SCHEME = re.compile(r"(?:javascript|vbscript|data|livescript)\s*:", re.IGNORECASE)
# Schemes that only ever run code: refused anywhere. "data:" is also ordinary prose ("open
# data: ..."), so it is refused where Markdown makes a link of it, like every other target.
_SCRIPT_SCHEME = re.compile(r"(?:javascript|vbscript|livescript)\s*:", re.IGNORECASE)
# Link targets: inline links and images, and reference definitions ("[x]: target").
_MD_LINK = re.compile(r"\]\(\s*<?([^)\s>]*)|^ {0,3}\[[^\]\n]*\]:\s*<?([^\s>]*)", re.MULTILINE)
# Images: the brackets of the text (and what a backslash escapes), the target after "](", the
# label after "][" (Markdown allows one space before it), and reference definitions.
_BRACKET = re.compile(r"\\.|[\[\]]", re.DOTALL)
_INLINE_TARGET = re.compile(r"\(\s*<?([^)\s>]*)")
_REFERENCE_LABEL = re.compile(r"\s?\[([^\]]*)\]")
_REFERENCE = re.compile(r"^ {0,3}\[([^\]\n]+)\]:[ \t]*\n?[ \t]*<?([^\s>]*)", re.MULTILINE)
_INVISIBLE = re.compile(r"[\s\x00-\x1f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")
# Bidirectional overrides and isolates reorder text invisibly (the "Trojan Source" trick).
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Control characters (Unicode category Cc but tab and newline), bidi controls, surrogates, and
# what XML cannot hold or means nothing inside text: U+FFFE, U+FFFF, byte-order marks.
_BAD_CHAR = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
                       "\ufeff\ufffe\uffff]")
_SPACE = re.compile(r"\s")  # the characters str.isspace() accepts

_EVENT_HANDLER_WHY = ("HTML event handler attributes (such as onerror= or onclick=) are not "
                      "allowed in content: they run scripts in readers' browsers")


def markup_problem(text: str) -> str | None:
    """Why the text's markup or links are unsafe, or None when it is safe to publish."""
    bad = _BAD_CHAR.search(text)
    if bad:
        return _character_problem(bad.group(0))
    decoded = html.unescape(html.unescape(text)) if "&" in text else text
    # The cheap tests before each search (here and in the checks below) only skip searches that
    # could not match: validation runs these rules on every text of thousands of files. The
    # checks run in this order, and the first problem found is the one reported.
    return (_tags_problem(decoded) or _smuggled_problem(decoded)
            or _link_targets_problem(text, decoded) or _images_problem(text))


def _character_problem(char: str) -> str:
    """Why a character that _BAD_CHAR finds may not be in text."""
    if char in BIDI_CONTROLS:
        return (f"invisible bidirectional control character U+{ord(char):04X} is not allowed: "
                "it can make text display differently from what it says; delete it")
    if 0xD800 <= ord(char) <= 0xDFFF:
        return "a lone surrogate character is not allowed in text; re-save the file as UTF-8"
    if char == "\ufeff":
        return ("a byte-order mark (U+FEFF) is not allowed inside text: it is invisible and "
                "breaks searches and exports; delete it")
    kind = "control character" if unicodedata.category(char) == "Cc" else "character"
    return (f"{kind} U+{ord(char):04X} is not allowed in text "
            "(it breaks feeds and exports); delete it")


def _tags_problem(decoded: str) -> str | None:
    """Why an HTML tag of the text (its entities decoded) may not be published, or None."""
    for match in _TAG.finditer(decoded) if "<" in decoded else ():
        problem = _tag_problem(match.group(1), match.group(2))
        if problem:
            return problem
    return None


def _tag_problem(written: str, attrs: str) -> str | None:
    """Why the tag named ``written`` with the attributes ``attrs`` may not be published."""
    name = written.lower()
    if name in ("http:", "https:", "mailto:"):  # a Markdown autolink: a link like others
        return link_problem(written + attrs, allow_relative=True)
    if name in DANGEROUS_TAGS:
        return (f"raw HTML <{name}> is not allowed in content (it could run code or load "
                "outside content in readers' browsers); describe it in Markdown or add a link")
    if _EVENT_HANDLER.search(attrs):
        return _EVENT_HANDLER_WHY
    if name not in ALLOWED_TAGS:
        return (f"raw HTML <{name}> is not allowed in content: write Markdown instead "
                "(for example **bold** or [a link](https://example.org))")
    if attrs.strip(" /"):
        return f"attributes on <{name}> are not allowed in content: remove them"
    return None


def _smuggled_problem(decoded: str) -> str | None:
    """Why the text (its entities decoded) may not be published outside tags: an attribute
    list, an event handler after a quote, a scheme that runs code; or None."""
    if "{" in decoded and _ATTR_LIST.search(decoded):
        return ("Markdown attribute lists such as {: .class } or { key=value } are not allowed "
                "in content: they can add scripts and styles to the page; remove the braces")
    if "=" in decoded and _EVENT_HANDLER.search(decoded):  # an attribute smuggled in by a quote
        return _EVENT_HANDLER_WHY
    if ":" in decoded and _SCRIPT_SCHEME.search(_INVISIBLE.sub("", decoded)):
        return ("javascript:, vbscript: and data: links are not allowed: links must start with "
                "https:// or http://, or be a path on this site such as /cases/")
    return None


def _link_targets_problem(text: str, decoded: str) -> str | None:
    """Why a target of the text's Markdown links and images may not be published, or None."""
    if "]" not in decoded:  # no link and no image
        return None
    # Targets as Markdown reads them (a browser decodes their entities: link_problem does too),
    # and with the text's entities decoded twice, as the tag search reads it.
    targets = _MD_LINK.findall(text) + (_MD_LINK.findall(decoded) if decoded != text else [])
    for inline, reference in targets:
        problem = link_problem(inline or reference, allow_relative=True)
        if problem:
            return problem
    return None


def _images_problem(text: str) -> str | None:
    """Why the text may not show its Markdown images: one is from another site; or None."""
    for target in _image_targets(text) if "![" in text else ():
        if not addresses.local_path(html.unescape(target)):
            return (f"images from other sites are not allowed ('{target}'): browsers, feed "
                    "readers and mail clients fetch an image by themselves, telling its site who "
                    "reads the hub; show only images of this site (a path such as "
                    "/assets/map.png), or link to the image instead: remove the ! before [")
    return None


def _image_targets(text: str) -> Iterator[str]:
    """The targets of the text's Markdown images: ![alt](target), and by reference ![alt][label],
    ![label][] and ![label] with a definition "[label]: target". Brackets pair as Markdown
    pairs them (nested, a backslash escaping one), in one pass over the text."""
    references = {" ".join(label.lower().split()): target
                  for label, target in _REFERENCE.findall(text)}
    opened: list[int] = []
    for bracket in _BRACKET.finditer(text):
        if bracket[0] == "[":
            opened.append(bracket.start())
            continue
        if bracket[0] != "]" or not opened:
            continue  # an escaped character, or a ] that closes nothing
        start, end = opened.pop(), bracket.end()
        if start == 0 or text[start - 1] != "!":
            continue
        inline = _INLINE_TARGET.match(text, end)
        if inline:
            yield inline[1]
            continue
        label = _REFERENCE_LABEL.match(text, end)
        name = label[1] if label and label[1].strip() else text[start + 1:end - 1]
        target = references.get(" ".join(name.lower().split()))
        if target is not None:
            yield target


def link_problem(url: str, *, allow_relative: bool = False) -> str | None:
    """Why a link target may not be published, or None. The target is read as a browser reads
    it (``addresses.py``): its entities decoded, tabs and newlines removed, a backslash read as
    a slash, so that //host, /\\host and \\\\host are seen to lead to another host; absolute
    addresses must name a public host, without credentials."""
    plain = addresses.trimmed(html.unescape(url))
    why = _written_problem(url, plain)
    if why:
        return why
    try:
        parts = urlsplit(plain)
    except ValueError:  # such as an IPv6 address whose [ is not closed
        return f"'{url}' is not a complete web address: expected https://host/path"
    if parts.scheme in ("http", "https"):
        return _web_address_problem(url, plain, parts)
    if parts.scheme == "mailto" and allow_relative:
        return email_problem(parts.path)
    if allow_relative and not parts.scheme:
        return _path_problem(url, plain)
    expected = "https:// or http:// (or a path on this site)" if allow_relative else "https://"
    return f"'{url}' is not a web address: links must start with {expected}"


def _written_problem(url: str, plain: str) -> str | None:
    """Why the target may not be a link whatever its scheme: one that runs code, or characters
    that end the link early; or None."""
    flat = _INVISIBLE.sub("", plain)
    if _BAD_SCHEME.match(flat):
        return ("javascript:, vbscript: and data: links are not allowed: links must start with "
                "https:// or http://")
    if _NOT_IN_URL.search(url):
        return (f"'{url}' is not a web address as it stands: <, >, \" and ` are not allowed in "
                "links; encode them (such as %22 for \") or remove them")
    return None


def _web_address_problem(url: str, plain: str, parts: SplitResult) -> str | None:
    """Why an http(s) address may not be published: incomplete, or its host (host_problem)."""
    if not parts.netloc or _SPACE.search(url):
        return f"'{url}' is not a complete web address: expected https://host/path"
    return addresses.host_problem(plain, url)


def _path_problem(url: str, plain: str) -> str | None:
    """Why an address without a scheme may not be published: it names another host; or
    None."""
    if addresses.other_host(plain):
        return (f"'{url}' leads to another site while it looks like a path on this one: "
                "browsers read // or \\ at the start of an address as the start of a host "
                "name; write the full address, https://host/path, or a path on this site "
                "such as /cases/")
    return None


# Python-Markdown reads brackets in time that grows with the square of their number (20,000 "["
# take half a minute, in every language) and nests lists and quotes by recursion (about 400
# levels crash it): far beyond any real text, these limits keep the build from hanging or failing
# on text the check accepted.
MAX_BRACKETS = 500
MAX_NESTING = 20
# One level of nesting at the start of a line: four spaces or a tab of indentation, a list
# marker or a quote marker.
_LEVEL = r" {4}|\t|(?:[-*+]|\d{1,9}[.)])[ \t]+|>[ \t]?"
_ONE_LEVEL = re.compile(_LEVEL)
_LEVELS = re.compile(rf"^(?:{_LEVEL})+", re.MULTILINE)


def markdown_size_problem(text: str) -> str | None:
    """Why Markdown could not read the text in reasonable time and depth, or None."""
    if text.count("[") > MAX_BRACKETS:
        return (f"more than {MAX_BRACKETS} '[' in one text: Markdown would take minutes to "
                "read it; split the text or use fewer links")
    for match in _LEVELS.finditer(text):
        levels = len(_ONE_LEVEL.findall(match[0]))
        if levels > MAX_NESTING:
            return (f"lists or quotes nested {levels} levels deep: at most {MAX_NESTING} "
                    "levels can be shown; flatten the text")
    return None


def text_problem(text: str) -> str | None:
    """Every rule for untrusted text, in the order a writer would want to fix them."""
    return markup_problem(text) or markdown_size_problem(text) or personal_data_problem(text)
