"""Where the built site's pages are, and in which language: shared by the site and browser
checks of the real content (imported by name; tests/site is on pytest's pythonpath)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("en", "es", "fr", "de", "pt", "ar")


def lang_of(relative: str) -> str:
    """The language of a site-relative path: es/cases/ is Spanish, cases/ English."""
    first = relative.split("/", 1)[0]
    return first if first in LANGS else "en"


def html_pages(site_dir: Path) -> list[Path]:
    return sorted(site_dir.rglob("*.html"))


def read(site: Path, lang: str, path: str) -> str:
    """The HTML of a page of a built site, by its address in a language (``cases/``)."""
    prefix = "" if lang == "en" else f"{lang}/"
    return (site / f"{prefix}{path}index.html").read_text(encoding="utf-8")
