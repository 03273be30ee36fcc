"""The theme's files that the page shell uses: Material for MkDocs' stylesheets, script, icons
and interface strings, read from its installed package.

The hub renders its pages itself (``shell.py``) in the theme's markup, so that the theme's
stylesheet and script work on them unchanged. Only files are read here, never the engine's code:
the same files would serve if the hub moved to another engine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

from jinja2 import Environment
from markupsafe import Markup

# Icons of the shell, by role: the theme's own defaults, and a branch for the repository.
ICONS = {
    "logo": "material/library", "menu": "material/menu", "language": "material/translate",
    "search": "material/magnify", "back": "material/arrow-left", "close": "material/close",
    "repo": "material/source-branch", "top": "material/arrow-up",
    "edit": "material/file-edit-outline",
}
# The theme's interface strings the shell prints.
STRINGS = ("language", "direction", "action.edit", "action.skip", "header", "nav", "toc", "top",
           "search", "search.placeholder", "search.reset", "search.result.placeholder",
           "search.result.none", "search.result.one", "search.result.other", "select.language",
           "source", "clipboard.copy", "clipboard.copied")


@dataclass(frozen=True)
class Theme:
    """Site-relative paths of the theme's assets, and its icons (inline SVG)."""

    stylesheets: tuple[str, ...]
    script: str
    icons: dict[str, Markup]
    version: str


def _templates() -> Path:
    return Path(str(files("material"))) / "templates"


def _one(folder: Path, pattern: str) -> str:
    """The one asset matching ``pattern`` (its name carries a content hash), site-relative."""
    found = sorted(folder.glob(pattern))
    if len(found) != 1:
        raise RuntimeError(f"expected one {pattern} in {folder}, found {len(found)}: is "
                           "mkdocs-material installed at the pinned version?")
    return found[0].relative_to(_templates()).as_posix()


@cache
def theme() -> Theme:
    """The installed theme's assets and icons."""
    templates = _templates()
    assets = templates / "assets"
    icons = {role: Markup((templates / ".icons" / f"{name}.svg").read_text(encoding="utf-8")
                          .strip())
             for role, name in ICONS.items()}
    version = re.search(r'__version__ = "([^"]+)"',
                        (templates.parent / "__init__.py").read_text(encoding="utf-8"))
    return Theme(
        stylesheets=(_one(assets / "stylesheets", "main.*.min.css"),
                     _one(assets / "stylesheets", "palette.*.min.css")),
        script=_one(assets / "javascripts", "bundle.*.min.js"),
        icons=icons,
        version=version[1] if version else "",
    )


@cache
def theme_strings(lang: str) -> dict[str, str]:
    """The theme's interface strings in ``lang``, English where it has none."""
    folder = _templates() / "partials" / "languages"
    env = Environment(autoescape=False)  # the theme's own strings; the shell escapes them

    def table(code: str) -> object:
        path = folder / f"{code}.html"
        return env.from_string(path.read_text(encoding="utf-8")).module if path.exists() else None

    own, english = table(lang), table("en")
    return {key: str((own and own.t(key)) or english.t(key) or key) for key in STRINGS}
