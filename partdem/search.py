"""One search index per language, holding only that language's pages.

The engine writes a single index with every language in it, so every reader downloads all six
languages and their stemmers and gets results in all of them. This splits it: each language's
index sits under its own prefix (``es/search/search_index.json``), with locations relative to
that prefix, and pages tell the search script their language's root as its base.
"""

from __future__ import annotations

import json
from pathlib import Path

from partdem.languages import CODES, DEFAULT_LANGUAGE, url_prefix

INDEX = "search/search_index.json"


def language_of(location: str) -> str:
    """The language of a page from its site-relative location (es/cases/x/ is Spanish)."""
    first = location.split("/", 1)[0]
    return first if first in CODES and first != DEFAULT_LANGUAGE else DEFAULT_LANGUAGE


def split_index(site_dir: Path) -> list[str]:
    """Rewrite the combined index as one index per language; returns the paths written."""
    if not (site_dir / INDEX).exists():  # a site built without search
        return []
    combined = json.loads((site_dir / INDEX).read_text(encoding="utf-8"))
    docs: dict[str, list[dict]] = {lang: [] for lang in CODES}
    for doc in combined["docs"]:
        lang = language_of(doc["location"])
        docs[lang].append({**doc, "location": doc["location"].removeprefix(url_prefix(lang))})
    written = []
    for lang in CODES:
        if lang != DEFAULT_LANGUAGE and not (site_dir / url_prefix(lang)).is_dir():
            continue  # a build of some languages only
        index = {"config": {**combined["config"], "lang": [lang]}, "docs": docs[lang]}
        path = url_prefix(lang) + INDEX
        (site_dir / path).parent.mkdir(parents=True, exist_ok=True)
        # Compact, as the engine writes it: the index is the largest file a reader downloads.
        (site_dir / path).write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")),
                                     encoding="utf-8")
        written.append(path)
    return written


def search_base(base_url: str, lang: str) -> str:
    """The base a page gives the search script: the root of its language's part of the site."""
    # With its slash: the script resolves the index's URL against it.
    prefix = url_prefix(lang)
    return f"{base_url.rstrip('/')}/{prefix}" if prefix else base_url
