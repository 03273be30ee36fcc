"""The search index of each language, which assets/hub/search.js loads only when a reader opens
the search: a first visit never downloads it.

Small by design, for readers on slow connections: each entry holds a page's title, summary and
search keywords (the place and topics of a case), and, for the hub's own pages and lists, their
headings, which lead to their sections. Each language's index holds only that language's pages.
"""

from __future__ import annotations

import json
from pathlib import Path

from markupsafe import Markup

from partdem.content import docs
from partdem.content.languages import DEFAULT_LANGUAGE
from partdem.content.markup import page_html
from partdem.outputs.job import Job
from partdem.site.language import SiteLanguage
from partdem.site.shell import SEARCH_INDEX, table_of_contents


def entry(url: str, title: str, text: str, keywords: str = "",
          sections: list[tuple[str, str]] | None = None) -> dict:
    """One page in the index; ``url`` relative to its language's root."""
    found = {"u": url, "t": title, "x": text}
    if keywords:
        found["k"] = keywords
    if sections:
        found["h"] = [list(pair) for pair in sections]
    return found


def hand_written_entries(root: Path, lang: SiteLanguage) -> list[dict]:
    """Entries of the hand-written pages as readers of ``lang`` get them (the English page where
    there is no translation)."""
    found = []
    for source in docs.hand_written(root):
        translation = docs.translation_path(source, lang.code)
        path = translation if lang.code != DEFAULT_LANGUAGE and translation.exists() else source
        front, body = docs.split_front(path.read_text(encoding="utf-8"))
        _, tokens = page_html(body)
        toc, _ = table_of_contents(tokens)
        title = str(front.get("title") or (tokens[0]["name"] if tokens else source.stem))
        stem = source.relative_to(root / docs.DOCS_DIR).with_suffix("").as_posix()
        found.append(entry(lang.url(stem).removeprefix(lang.prefix),
                           Markup(title).unescape(), str(front.get("description") or ""),
                           sections=[(h.id, h.title.unescape()) for h in toc]))
    return found


def write_index(job: Job, lang: SiteLanguage, docs: list[dict]) -> str:
    """Write the index of ``lang``; returns its site-relative path."""
    # Compact: the index is the largest file a reader downloads.
    return job.write(lang.prefix + SEARCH_INDEX, json.dumps(
        {"lang": lang.code, "docs": docs}, ensure_ascii=False, separators=(",", ":")))
