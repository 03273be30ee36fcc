"""Translation progress per language, for the dashboard page and the translators' report:
interface strings from the catalogues, content by type from the translation statuses."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import quote, urlencode

from babel.messages.pofile import read_po

from partdem import catalog, i18n, translations
from partdem.content import Hub, Record

STATES = (i18n.Status.CURRENT, i18n.Status.UNREVIEWED, i18n.Status.OUTDATED, i18n.Status.MISSING)


@dataclass(frozen=True)
class Progress:
    total: int
    counts: dict[str, int] = field(default_factory=dict)  # status value -> count

    def share(self, state: str) -> int:
        """Whole percent of the total in this state."""
        return round(100 * self.counts.get(state, 0) / self.total) if self.total else 0


@cache
def interface(lang: str) -> Progress:
    """How many interface strings are translated in ``lang`` (fuzzy ones count as missing)."""
    with (catalog.LOCALES_DIR / "messages.pot").open("rb") as handle:
        ids = {m.id for m in read_po(handle) if m.id}
    path = catalog.po_path(lang)
    done = 0
    if path.exists():
        with path.open("rb") as handle:
            done = sum(1 for m in read_po(handle) if m.id in ids and m.string and not m.fuzzy)
    return Progress(len(ids), {"current": done, "missing": len(ids) - done})


def content(hub: Hub, lang: str) -> dict[str, Progress]:
    """Translation statuses of each content type in ``lang`` (entities written in it excluded)."""
    by_kind: dict[str, Counter] = {}
    for entry in translations.report(hub):
        if entry.lang == lang:
            by_kind.setdefault(entry.kind, Counter())[entry.status.value] += 1
    return {kind: Progress(sum(c.values()), dict(c)) for kind, c in sorted(by_kind.items())}


def todo(hub: Hub, lang: str) -> list[tuple[Record, i18n.Status]]:
    """What to translate next in ``lang``: missing and outdated first, then unreviewed."""
    order = {i18n.Status.OUTDATED: 0, i18n.Status.MISSING: 1, i18n.Status.UNREVIEWED: 2}
    found = [(r, r.status(lang)) for kind in hub.records.values() for r in kind.values()
             if r.status(lang) in order]
    return sorted(found, key=lambda item: (order[item[1]], item[0].kind, item[0].slug))


def translate_url(repo_url: str, root: Path, record: Record, lang: str) -> str:
    """Where a translator starts: GitHub's new-file page filled in, or the edit page."""
    repo = repo_url.rstrip("/")
    folder = record.path.parent.relative_to(root).as_posix()
    name = f"{record.slug}.{lang}.yaml"
    if lang in record.translations:
        return f"{repo}/edit/main/{folder}/{quote(name)}"
    query = urlencode({"filename": name, "value": translations.start(record, lang)})
    return f"{repo}/new/main/{folder}?{query}"

