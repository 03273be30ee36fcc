"""Ids that the theme's script and the hub's own rely on: no contributed heading or attribute
may take one.

Material's script finds its parts by id (``__search``, ``__drawer``, ``__toc``, ``__consent``,
``__palette_0``...) and names what it adds in the same namespace (``__code_0``,
``__tooltip_0``, ``__codelineno-0-1``); the hub's page shell and scripts find theirs by id too
(``pd-chooser``, ``pd-form-texts``...). A heading with one of these ids that comes before
the real element is the one a script finds: the search, the menu or the chooser stop working
on that page. The set is read from the files themselves: the page shell
(``templates/page.html.j2``), the hub's other templates and scripts, and the installed theme's
templates, so that an id added there is reserved without a change here.

The check refuses these ids in hand-written pages (``pages.py``) and in the headings of Markdown
fields (``heading_problem``, which reads headings line by line); the renderer of the pages made
from data never gives one (``avoid``), whatever the check let through.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files
from pathlib import Path

from markdown.extensions.toc import slugify, unique

# Every id of Material's templates and of the ids its script makes begins so (a test reads the
# installed theme to make sure); ids the hub's shell takes from Material begin so too.
THEME_PREFIX = "__"
PACKAGE = Path(__file__).resolve().parent.parent
TEMPLATES = PACKAGE / "site" / "templates"
SHELL = TEMPLATES / "page.html.j2"
HUB_SCRIPTS = PACKAGE.parent / "docs" / "assets" / "hub"
_ID = re.compile(r"""\bid=["']([^"'{}<>\s]+)["']""")  # an id written out, not made by a template
_QUOTED_NAME = re.compile(r"""["'](pd-[a-z0-9-]+)["']""")
_LOOKED_UP = re.compile(r"""getElementById\(\s*["']([^"']+)["']\s*\)""")


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:  # a copy of the project without that file: nothing to reserve from it
        return ""


def theme_templates() -> list[Path]:
    """The installed theme's templates that hold its page's parts (not its string tables)."""
    root = Path(str(files("material"))) / "templates"
    return sorted(path for path in [*root.glob("*.html"), *root.glob("partials/**/*.html")]
                  if "languages" not in path.relative_to(root).parts)


@cache
def reserved_ids() -> frozenset[str]:
    """The ids written out in the page shell, the theme's templates and the hub's templates
    (those of its interface, pd-...), and those the hub's scripts look up."""
    found = set(_ID.findall(_read(SHELL)))
    for path in theme_templates():
        found.update(_ID.findall(_read(path)))
    for path in sorted(TEMPLATES.glob("*.j2")):
        # Written out, or handed as a quoted name to a macro or helper that writes the id.
        text = _read(path)
        found.update(name for name in [*_ID.findall(text), *_QUOTED_NAME.findall(text)]
                     if name.startswith("pd-"))
    for path in sorted(HUB_SCRIPTS.glob("*.js")):
        found.update(_LOOKED_UP.findall(_read(path)))
    return frozenset(found)


def is_reserved(value: str) -> bool:
    """Whether an element of contributed text may not have the id ``value``."""
    return value.startswith(THEME_PREFIX) or value in reserved_ids()


def reserved_why(value: str) -> str:
    return (f"the id '{value}' is reserved: the theme's or the hub's script looks up an element "
            "by it (ids beginning with __, and those of the hub's interface such as "
            "pd-chooser), and would find this one instead; give the heading another id, such "
            "as {#" + _suggest(value) + "}")


def _suggest(value: str) -> str:
    return value.lstrip("_") or "section"


def avoid(anchor: str) -> str:
    """``anchor``, or another id in its place when it is reserved: what the renderer gives a
    heading (then made unique in its page)."""
    while is_reserved(anchor):
        anchor = "h-" + anchor.lstrip("_")
    return anchor


# Headings as Markdown reads them, in a list or a quote too: a line of # and its text (ATX), or
# the paragraph above a line of = or - (setext); and the fences of code blocks, whose lines are
# none.
_CONTAINER = r"^[ ]{0,3}(?:(?:>[ ]?|(?:[-*+]|\d{1,9}[.)])[ \t]+)[ ]{0,3})*"
_ATX = re.compile(_CONTAINER + r"#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(_CONTAINER + r"(?:=+|-+)[ \t]*$")
_FENCE = re.compile(_CONTAINER + r"(```|~~~)")
_BLANK = re.compile(_CONTAINER + r"[ \t]*$")
_TARGET = re.compile(r"\]\([^)]*\)|\]\[[^\]]*\]")  # what a link keeps out of its text


def heading_ids(text: str) -> list[tuple[str, str]]:
    """The headings of a Markdown text and the ids Markdown gives them, in order, read line by
    line, without converting the text: converting some texts takes Markdown minutes (thousands
    of brackets), and the check reads every text of every file. Lines of fenced code are none;
    a heading indented as code is missed (the renderer still gives it no reserved id)."""
    found: list[tuple[str, str]] = []
    ids: set[str] = set()
    fence = ""
    paragraph: list[str] = []
    for line in text.split("\n"):
        opened = _FENCE.match(line)
        if fence or opened:
            if opened and (not fence or opened[1] == fence):
                fence = "" if fence else opened[1]
            paragraph = []
            continue
        atx = _ATX.match(line) if "#" in line else None
        underline = _SETEXT.match(line) if paragraph else None
        if atx or underline:
            name = (atx[1] or "") if atx else " ".join(paragraph)
            found.append((name.strip(), unique(slugify(_TARGET.sub("", name), "-"), ids)))
            paragraph = []
        elif _BLANK.match(line) or line.startswith("    "):
            paragraph = []
        else:
            paragraph.append(_CONTAINER_START.sub("", line))
    return found


_CONTAINER_START = re.compile(_CONTAINER)


def heading_problem(text: str) -> str | None:
    """Why a Markdown field's heading would take a reserved id, or None."""
    if "#" not in text and ("\n" not in text or ("=" not in text and "-" not in text)):
        return None  # no heading: most texts
    for name, anchor in heading_ids(text):
        if is_reserved(anchor):
            return (f"the heading '{name}' would get the id '{anchor}', which is reserved: the "
                    "theme's or the hub's script looks up an element by it and would find this "
                    "heading instead; reword the heading")
    return None
