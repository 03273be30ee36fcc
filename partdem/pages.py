"""Hand-written pages of docs/ and their translations (``about.es.md`` beside ``about.md``).

A translated page records, in its front matter, the fingerprint of the English text it was made
from and whether a native speaker reviewed it, like a content translation; so a page whose source
changed is shown as out of date, and the translators' report lists it. Pages are untrusted text
too: their Markdown passes the same markup rules as content, outside code.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from partdem import i18n
from partdem.errors import Problem
from partdem.languages import CODES, DEFAULT_LANGUAGE
from partdem.load import dump_yaml
from partdem.navigation import is_generated
from partdem.textrules import markup_problem

DOCS_DIR = "docs"
_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
# Code is shown as text, never run: it may show markup, such as <language> in a path.
# A heading's own id ({#translate}) keeps links to a section working in every language.
_HEADING_ID = re.compile(r"^(#{1,6} [^\n{}]*?) \{#[a-z][a-z0-9-]*\}$", re.MULTILINE)
_CODE = re.compile(r"^(```|~~~).*?^\1[^\n]*$|`[^`\n]*`", re.DOTALL | re.MULTILINE)


@dataclass(frozen=True)
class PageTranslation:
    source: Path  # the English page, relative to the root
    lang: str
    status: i18n.Status
    fingerprint: str  # of the source text now

    @property
    def file(self) -> Path:
        """The translation file to create or edit, relative to the root."""
        return translation_path(self.source, self.lang)


def split_front(text: str) -> tuple[dict, str]:
    """The front matter (a mapping; empty when it is not valid YAML, which the check reports)
    and the Markdown body of a page."""
    front, body = _front_and_body(text)
    return (front if isinstance(front, dict) else {}), body


def _front_and_body(text: str) -> tuple[object, str]:
    """The parsed front matter (None when invalid YAML) and the body."""
    match = _FRONT.match(text)
    if not match:
        return {}, text
    try:
        front = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        front = None
    return front, text[match.end():]


def fingerprint(source_text: str) -> str:
    """A short, stable hash of a page's translatable text: its title, description and body."""
    front, body = split_front(source_text)
    text = "\n".join([str(front.get("title", "")), str(front.get("description", "")),
                      body.strip()])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def translation_path(source: Path, lang: str) -> Path:
    return source.with_name(f"{source.stem}.{lang}.md")


def page_status(source: Path, translation: Path | None, lang: str) -> i18n.Status:
    """How the page at ``source`` (absolute) stands in ``lang``, given its translation file."""
    if lang == DEFAULT_LANGUAGE:
        return i18n.Status.SOURCE
    if translation is None or not translation.exists():
        return i18n.Status.MISSING
    front, _ = split_front(translation.read_text(encoding="utf-8"))
    if front.get("source_fingerprint") != fingerprint(source.read_text(encoding="utf-8")):
        return i18n.Status.OUTDATED
    return i18n.Status.CURRENT if front.get("reviewed") is True else i18n.Status.UNREVIEWED


def hand_written(root: Path) -> list[Path]:
    """The English hand-written pages of docs/, absolute, in a stable order."""
    docs = root / DOCS_DIR
    # os.walk enters no linked folder; linked files are refused by the check, never read.
    found = (Path(folder) / name for folder, _, names in os.walk(docs) for name in names)
    return sorted(path for path in found
                  if path.suffix == ".md" and not path.is_symlink()
                  and path.stem.rpartition(".")[2] not in CODES)


def report(root: Path) -> list[PageTranslation]:
    """Every hand-written page in every language other than English, with its status."""
    entries = []
    for source in hand_written(root):
        stamp = fingerprint(source.read_text(encoding="utf-8"))
        for lang in CODES:
            if lang != DEFAULT_LANGUAGE:
                state = page_status(source, translation_path(source, lang), lang)
                entries.append(PageTranslation(source.relative_to(root), lang, state, stamp))
    return entries


def start(source: Path, lang: str) -> str:
    """A new translation of the page: its English text to replace, and the fingerprint."""
    text = source.read_text(encoding="utf-8")
    front, body = split_front(text)
    front.update(source_fingerprint=fingerprint(text), reviewed=False)
    header = dump_yaml(front)
    return (f"---\n# Translation into '{lang}' of {source.name}: replace the text, keep the "
            "{#...} of headings and source_fingerprint.\n# Set reviewed: true only once a "
            f"native speaker has reviewed the text.\n{header}---\n{body}")


def problems(root: Path) -> list[Problem]:
    """Unsafe markup in hand-written pages, translations without their source's record, and
    pages where the hub writes a page made from data."""
    found = []
    docs = root / DOCS_DIR
    for source in hand_written(root):
        stem = source.relative_to(docs).with_suffix("").as_posix()
        if is_generated(stem):
            found.append(Problem(source, 1, 1, f"docs/{stem}.md would be the page at "
                                               f"/{stem.removesuffix('index')}, which the hub "
                                               "makes from data/: rename or move the page"))
        for lang in CODES:
            path = source if lang == DEFAULT_LANGUAGE else translation_path(source, lang)
            if path.exists():
                found += _page_problems(path, translated=path != source)
    return found


def _page_problems(path: Path, translated: bool) -> list[Problem]:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return [Problem(path, 1, 1, "the page is not valid UTF-8: save it with UTF-8 encoding")]
    found = []
    parsed, _ = _front_and_body(text)
    if not isinstance(parsed, dict):
        return [Problem(path, 1, 1, "the front matter (the lines between --- at the top) is "
                                    "not a valid YAML mapping of keys to values, such as "
                                    "'title: About'")]
    front = parsed
    if translated and not isinstance(front.get("source_fingerprint"), str):
        found.append(Problem(path, 1, 1, "a translated page needs 'source_fingerprint' in its "
                                         "front matter: the fingerprint of the English page it "
                                         "translates (partdem translations shows it)"))
    if translated and not isinstance(front.get("reviewed"), bool):
        found.append(Problem(path, 1, 1, "a translated page needs 'reviewed: true' or "
                                         "'reviewed: false' in its front matter"))
    blanked = _CODE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)  # keeps line numbers
    prose = _HEADING_ID.sub(r"\1", blanked)
    for number, line in enumerate(prose.splitlines(), start=1):
        why = markup_problem(line)
        if why:
            found.append(Problem(path, number, 1, why))
    return found


def file_status(path: Path, lang: str) -> i18n.Status:
    """How the page file ``path`` (English, or a translation) stands for a reader of ``lang``."""
    stem, _, suffix = path.stem.rpartition(".")
    if stem and suffix in CODES:
        source = path.with_name(f"{stem}.md")
        return page_status(source, path, lang) if suffix == lang else i18n.Status.MISSING
    return page_status(path, None, lang)
