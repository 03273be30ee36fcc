"""Rules for untrusted and personal text: markup that could run code, unsafe links, private data.

Each function returns the reason a value is refused, or None. The models call them from their
field types, so the same rules hold in every field, in source files and in translations alike.
"""

from __future__ import annotations

import html
import re
import unicodedata
from urllib.parse import urlsplit

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
_INVISIBLE = re.compile(r"[\s\x00-\x1f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")
# Bidirectional overrides and isolates reorder text invisibly (the "Trojan Source" trick).
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Control characters (Unicode category Cc but tab and newline), bidi controls, surrogates, and
# what XML cannot hold or means nothing inside text: U+FFFE, U+FFFF, byte-order marks.
_BAD_CHAR = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
                       "\ufeff\ufffe\uffff]")
# A link target stops at "]" so that text full of "](" cannot make the search quadratic.
_URL_IN_TEXT = re.compile(r"https?://\S+|\]\([^)\]]*\)")
_SPACE = re.compile(r"\s")  # the characters str.isspace() accepts
_EMAIL = re.compile(r"(?<![\w.+-])([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)")
_PHONE = re.compile(r"(?<![\w/#])(?:\+|00)?\(?\d[\d ().\-\u00a0]{7,}\d(?![\w/])")
_DIGIT_RUN = re.compile(r"\d[\d ().\-\u00a0]{7,}\d")  # what every _PHONE match holds
_ISO_DATE_OR_RANGE = re.compile(r"^\d{4}[-–/.]\d{2}[-–/.]\d{2}$|^\d{4}\s*[-–]\s*\d{4}$")

# Words that mark a shared mailbox of a group rather than a person's own address.
ROLE_WORDS = (
    "info", "contact", "hello", "hola", "bonjour", "hallo", "ola", "team", "office", "press",
    "media", "admin", "mail", "general", "enquir", "inquir", "assembl", "group", "network", "xr",
    "rebellion", "chapter", "local", "coord", "outreach", "training", "support", "secretar",
    "news", "climate", "citizens", "people", "kontakt", "contacto", "redaction", "presse",
    "comms", "communication", "welcome", "join", "volunteer", "action", "campaign", "org",
    "hub", "kollektiv", "collectif", "colectivo", "integration", "talk", "connect", "partdem",
)

_EVENT_HANDLER_WHY = ("HTML event handler attributes (such as onerror= or onclick=) are not "
                      "allowed in content: they run scripts in readers' browsers")
PRIVACY_WHY = (
    "the hub is public and activists can be at risk: it publishes only role addresses "
    "(such as info@ or contact@ of a group) and public channels, never a person's own email "
    "or phone number"
)


def markup_problem(text: str) -> str | None:
    """Why the text's markup or links are unsafe, or None when it is safe to publish."""
    bad = _BAD_CHAR.search(text)
    if bad:
        char = bad.group(0)
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
    decoded = html.unescape(html.unescape(text)) if "&" in text else text
    # The cheap tests before each search (here and below) only skip searches that could not
    # match: validation runs these rules on every text of thousands of files.
    for match in _TAG.finditer(decoded) if "<" in decoded else ():
        name, attrs = match.group(1).lower(), match.group(2)
        if name in ("http:", "https:", "mailto:"):  # a Markdown autolink; schemes checked below
            continue
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
    if "{" in decoded and _ATTR_LIST.search(decoded):
        return ("Markdown attribute lists such as {: .class } or { key=value } are not allowed "
                "in content: they can add scripts and styles to the page; remove the braces")
    if "=" in decoded and _EVENT_HANDLER.search(decoded):  # an attribute smuggled in by a quote
        return _EVENT_HANDLER_WHY
    if ":" not in decoded:
        return None
    flat = _INVISIBLE.sub("", decoded)
    if _SCRIPT_SCHEME.search(flat):
        return ("javascript:, vbscript: and data: links are not allowed: links must start with "
                "https:// or http://, or be a path on this site such as /cases/")
    for inline, reference in _MD_LINK.findall(decoded) if "]" in decoded else ():
        problem = link_problem(inline or reference, allow_relative=True)
        if problem:
            return problem
    return None


def link_problem(url: str, *, allow_relative: bool = False) -> str | None:
    """Why a link target may not be published, or None."""
    flat = _INVISIBLE.sub("", html.unescape(url))
    if _BAD_SCHEME.match(flat):
        return ("javascript:, vbscript: and data: links are not allowed: links must start with "
                "https:// or http://")
    if _NOT_IN_URL.search(url):
        return (f"'{url}' is not a web address as it stands: <, >, \" and ` are not allowed in "
                "links; encode them (such as %22 for \") or remove them")
    parts = urlsplit(url)
    if parts.scheme in ("http", "https"):
        if not parts.netloc or _SPACE.search(url):
            return f"'{url}' is not a complete web address: expected https://host/path"
        return None
    if parts.scheme == "mailto" and allow_relative:
        return email_problem(parts.path)
    if allow_relative and not parts.scheme and not parts.netloc:
        return None
    expected = "https:// or http:// (or a path on this site)" if allow_relative else "https://"
    return f"'{url}' is not a web address: links must start with {expected}"


def email_problem(address: str) -> str | None:
    """Why an email address may not be published (it looks personal), or None."""
    local = address.split("@", 1)[0].lower()
    if any(word in local for word in ROLE_WORDS):
        return None
    return (f"'{address}' looks like a personal email address: {PRIVACY_WHY}. "
            "Use the group's role address (for example info@ or contact@)")


def personal_data_problem(text: str) -> str | None:
    """Why the text contains personal contact data (phone numbers, personal emails), or None."""
    prose = _URL_IN_TEXT.sub(" ", text) if "http" in text or "](" in text else text
    # A phone number holds a run of digits and separators; most texts have none, and looking
    # for the run alone is four times faster than looking for a number.
    for match in _PHONE.finditer(prose) if _DIGIT_RUN.search(prose) else ():
        candidate = match.group(0).strip()
        digits = sum(c.isdigit() for c in candidate)
        # A phone number has at most 15 digits (E.164), and parentheses only around a part of
        # it: longer runs are tables of figures, "2012) (25.11.2026" is two dates.
        if (9 <= digits <= 15 and _paired(candidate)
                and not _ISO_DATE_OR_RANGE.match(candidate)):
            return (f"'{candidate}' looks like a phone number: {PRIVACY_WHY}. "
                    "Remove it, or link to a public channel instead")
    for match in _EMAIL.finditer(prose) if "@" in prose else ():
        problem = email_problem(match.group(0))
        if problem:
            return problem
    return None


def _paired(text: str) -> bool:
    """Whether every parenthesis of the text closes one opened before it."""
    depth = 0
    for char in text:
        depth += (char == "(") - (char == ")")
        if depth < 0:
            return False
    return depth == 0


def text_problem(text: str) -> str | None:
    """Every rule for untrusted text, in the order a writer would want to fix them."""
    return markup_problem(text) or personal_data_problem(text)
