"""What is left to translate, per language, and the start of a new translation file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from partdem.content import docs, translations
from partdem.content.hub import Hub, Record
from partdem.content.languages import CODES
from partdem.content.load import dump_yaml

PAGES = "pages"  # the kind of hand-written pages in the report


@dataclass(frozen=True)
class Entry:
    lang: str
    kind: str
    slug: str
    status: translations.Status
    file: str  # the translation file to create or edit, relative to the root
    fingerprint: str  # of the source text now


def report(hub: Hub) -> list[Entry]:
    """Every entity, and every hand-written page, in every language other than its own, with
    its translation status."""
    entries = []
    for kind in sorted(hub.records):
        for record in hub.of(kind):
            for lang in CODES:
                state = record.status(lang)
                if state is translations.Status.SOURCE:
                    continue
                path = record.path.with_name(f"{record.slug}.{lang}.yaml").relative_to(hub.root)
                entries.append(Entry(lang, kind, record.slug, state, str(path),
                                     translations.fingerprint(record.entity)))
    for page in docs.page_translations(hub.root):
        entries.append(Entry(page.lang, PAGES, page.source.stem, page.status, str(page.file),
                             page.fingerprint))
    return entries


def start(record: Record, lang: str) -> str:
    """The YAML of a new translation: the source text to replace, and the current fingerprint."""
    data = {"source_fingerprint": translations.fingerprint(record.entity), "reviewed": False}
    data.update(translations.translatable_text(record.entity))
    header = (f"# Translation of {record.path.name} into '{lang}'. Replace the text below; keep "
              "the keys.\n# Facts (dates, numbers, codes, links) come from the source file: do "
              "not add them here.\n# Set reviewed: true only once a native speaker has reviewed "
              "the text.\n")
    return header + dump_yaml(data)


def find_record(hub: Hub, path: Path) -> Record | None:
    resolved = path.resolve()
    for kind in hub.records.values():
        for record in kind.values():
            if record.path.resolve() == resolved:
                return record
    return None
