"""Translation progress per language, for the dashboard page and the translators' report:
interface strings from the catalogues, content by type from the translation statuses."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import quote, urlencode

from babel.messages.pofile import read_po

from partdem.content import docs, languages, strings
from partdem.content.hub import Hub, Record
from partdem.content.translations import Status
from partdem.tools import report

STATES = (Status.CURRENT, Status.UNREVIEWED, Status.OUTDATED, Status.MISSING)
TODO_ORDER = {Status.OUTDATED: 0, Status.MISSING: 1, Status.UNREVIEWED: 2}


@dataclass(frozen=True)
class Progress:
    total: int
    counts: dict[str, int] = field(default_factory=dict)  # status value -> count

    def share(self, state: str) -> int:
        """Whole percent of the total in this state."""
        return round(100 * self.counts.get(state, 0) / self.total) if self.total else 0


@cache
def interface(lang: str) -> Progress:
    """How many interface strings are translated in ``lang`` (fuzzy ones count as missing),
    as current or, until a native speaker has reviewed the language's catalogue, unreviewed."""
    # A string is its context and its msgid: "Level" of a chapter and "Level" of a training
    # module are two strings to translate.
    with (strings.LOCALES_DIR / "messages.pot").open("rb") as handle:
        ids = {(m.context, m.id) for m in read_po(handle) if m.id}
    path = strings.po_path(lang)
    done = len(ids) if lang == languages.DEFAULT_LANGUAGE else 0  # the source is complete
    if lang != languages.DEFAULT_LANGUAGE and path.exists():
        with path.open("rb") as handle:
            done = sum(1 for m in read_po(handle, locale=lang)
                       if (m.context, m.id) in ids and _translated(m.string) and not m.fuzzy)
    reviewed = languages.BY_CODE[lang].interface_reviewed
    state = Status.CURRENT if reviewed else Status.UNREVIEWED
    return Progress(len(ids), {state.value: done, Status.MISSING.value: len(ids) - done})


def _translated(string: str | tuple[str, ...]) -> bool:
    """Whether a catalogue entry is translated: every plural form of a plural one."""
    return all(string) if isinstance(string, tuple) else bool(string)


def content(hub: Hub, lang: str, public: Callable[[Record], bool]) -> dict[str, Progress]:
    """Translation statuses of each content type in ``lang`` (entities written in it excluded),
    of the ``public`` records only: the dashboard is published."""
    by_kind: dict[str, Counter] = {}
    for entry in report.report(hub):
        record = hub.get(entry.kind, entry.slug)
        if entry.lang == lang and (record is None or public(record)):  # None: a page
            by_kind.setdefault(entry.kind, Counter())[entry.status.value] += 1
    return {kind: Progress(sum(c.values()), dict(c)) for kind, c in sorted(by_kind.items())}


def todo(hub: Hub, lang: str,
         public: Callable[[Record], bool]) -> list[tuple[Record, Status]]:
    """What to translate next in ``lang`` among the ``public`` records: missing and outdated
    first, then unreviewed."""
    found = [(r, state) for kind in hub.records.values() for r in kind.values()
             if public(r) and (state := r.status(lang)) in TODO_ORDER]
    return sorted(found, key=lambda item: (TODO_ORDER[item[1]], item[0].kind, item[0].slug))


def page_todo(root: Path, lang: str) -> list[docs.PageTranslation]:
    """The hand-written pages to translate next in ``lang``, in the same order."""
    found = [page for page in docs.page_translations(root)
             if page.lang == lang and page.status in TODO_ORDER]
    return sorted(found, key=lambda page: (TODO_ORDER[page.status], page.source))


def translate_url(repo_url: str, root: Path, record: Record, lang: str) -> str:
    """Where a translator starts: GitHub's new-file page filled in, or the edit page."""
    target = record.path.with_name(f"{record.slug}.{lang}.yaml").relative_to(root)
    return _github_url(repo_url, target, lang in record.translations,
                       lambda: report.start(record, lang))


def page_translate_url(repo_url: str, root: Path, page: docs.PageTranslation) -> str:
    """The same for a hand-written page."""
    return _github_url(repo_url, page.file, (root / page.file).exists(),
                       lambda: docs.start(root / page.source, page.lang))


def _github_url(repo_url: str, target: Path, exists: bool, start: Callable[[], str]) -> str:
    repo = repo_url.rstrip("/")
    folder, name = target.parent.as_posix(), target.name
    if exists:
        return f"{repo}/edit/main/{folder}/{quote(name)}"
    return new_file_url(repo, folder, name, start())


# GitHub refuses longer addresses (github/docs#5136); the forms' script reads it from the page.
GITHUB_ADDRESS_LIMIT = 8000


def new_file_url(repo_url: str, folder: str, name: str, text: str) -> str:
    """GitHub's page for a new file in ``folder``, with ``text`` in it when the address fits
    under GitHub's limit, else with its name only (the page then says where the text is)."""
    base = f"{repo_url.rstrip('/')}/new/main/{folder}?"
    # Spaces as %20, not "+": a "+" before digits ("Plan+2020-2025") reads as a phone number
    # to the privacy check of the built site, and GitHub reads both alike.
    full = base + urlencode({"filename": name, "value": text}, quote_via=quote)
    return full if len(full) <= GITHUB_ADDRESS_LIMIT else base + urlencode(
        {"filename": name}, quote_via=quote)
