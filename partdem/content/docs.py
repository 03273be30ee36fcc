"""Hand-written pages of docs/ and their translations (``about.es.md`` beside ``about.md``).

A translated page records, in its front matter, the fingerprint of the English text it was made
from and whether a native speaker reviewed it, like a content translation; so a page whose source
changed is shown as out of date, and the translators' report lists it.

docs/ is published as it stands, so the check reads all of it as the engine will: every file is
a page the hub can check (``<name>.md``, ``<name>.<language>.md``) or one of the hub's own
assets, in a folder only maintainers change (``.github/CODEOWNERS``); anything else is refused.
A page is split as the engine splits it (front matter, then Markdown), its front matter holds
known keys only, and its Markdown is converted by the site's own Markdown: what that makes
(elements, attributes, links, ids, text) is inspected, not guessed from the source, so that
code shows markup as text and nothing else can.
"""

from __future__ import annotations

import hashlib
import html
import os
import posixpath
import re
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import cache, cached_property
from pathlib import Path

import markdown
import yaml

from partdem.content import reserved
from partdem.content.addresses import local_path
from partdem.content.languages import CODES, DEFAULT_LANGUAGE
from partdem.content.load import dump_yaml
from partdem.content.markup import PAGE_EXTENSION_CONFIGS, PAGE_EXTENSIONS
from partdem.content.problems import Problem
from partdem.content.routes import is_generated, page_url
from partdem.content.strings import ADMONITIONS
from partdem.content.textrules import (
    ALLOWED_TAGS,
    link_problem,
    markup_problem,
    personal_data_problem,
    text_problem,
)
from partdem.content.translations import Status

DOCS_DIR = "docs"
# Folders of docs/ that only maintainers change: .github/CODEOWNERS gives them to them (its last
# lines, which no later line overrides; a test compares). They hold the hub's stylesheet and
# scripts, published as they are.
MAINTAINED = ("assets",)
# What the engine builds into pages (MkDocs' Markdown suffixes); only .md pages are the hub's.
MARKDOWN_SUFFIXES = (".markdown", ".mdown", ".mkdn", ".mkd", ".md")
# Front matter: what a page says of itself, and what a translation records of its source.
PAGE_KEYS = ("title", "description")
TRANSLATION_KEYS = ("source_fingerprint", "reviewed")
FRONT_KEYS = PAGE_KEYS + TRANSLATION_KEYS
MAX_PAGE_BYTES = 100 * 1024  # the longest page is a fifth of this
# Markdown reads some texts in a time that grows with the square of their length (thousands of
# brackets or tags take it minutes) or nests without end (1. 1. 1. ...): a page it cannot read
# within this time, about a hundred times what the longest page takes, is refused.
MARKDOWN_SECONDS = 2.0
MAX_PROBLEMS = 100  # of a page: enough to fix, and reporting them costs little
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_PAGE_NAME = re.compile(r"(?P<name>[a-z0-9]+(?:-[a-z0-9]+)*)(?:\.(?P<lang>[^.]*))?\.md")
# The engine's split of a page (mkdocs.utils.meta.get_data, MkDocs 1.6): YAML between a --- line
# and a --- or ... line; without it, "key: value" lines at the top (MultiMarkdown metadata).
_YAML_FRONT = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)
_MM_KEY = re.compile(r"^[ ]{0,3}(?P<key>[A-Za-z0-9_-]+):\s*(?P<value>.*)")
_MM_MORE = re.compile(r"^([ ]{4}|\t)(\s*)(?P<value>.*)")
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the engine's loader


@dataclass(frozen=True)
class PageTranslation:
    source: Path  # the English page, relative to the root
    lang: str
    status: Status
    fingerprint: str  # of the source text now

    @property
    def file(self) -> Path:
        """The translation file to create or edit, relative to the root."""
        return translation_path(self.source, self.lang)


def split_front(text: str) -> tuple[dict, str]:
    """The front matter (a mapping; empty when it is not valid YAML, which the check reports)
    and the Markdown body of a page."""
    front, body = read_page(text)
    return (front if isinstance(front, dict) else {}), body


def read_page(text: str) -> tuple[dict | None, str]:
    """The front matter and the Markdown of a page, split as the engine splits them: the front
    matter is {} when there is none, None when its YAML is not a mapping (the engine then reads
    the whole text as Markdown, and the check refuses it)."""
    text = text.removeprefix("\ufeff")  # the engine reads pages as utf-8-sig
    if match := _YAML_FRONT.match(text):
        try:
            front = yaml.load(match[1], Loader=_YAML_LOADER)  # a safe loader, as the engine
        except Exception:  # what the engine catches: the text stays as it is
            return None, text
        if not isinstance(front, dict):
            return None, text
        return front, text[match.end():].lstrip("\n")
    lines = text.split("\n")
    found: dict = {}
    key = None
    while lines:
        line = lines.pop(0)
        if line.strip() == "":
            break
        if item := _MM_KEY.match(line):
            key = item["key"].lower().strip()
            value = item["value"].strip()
            found[key] = f"{found[key]} {value}" if key in found else value
        elif (more := _MM_MORE.match(line)) and key:
            found[key] += " " + more["value"].strip()
        else:
            lines.insert(0, line)
            break
    return found, "\n".join(lines).lstrip("\n")


def fingerprint(source_text: str) -> str:
    """A short, stable hash of a page's translatable text: its title, description and body."""
    front, body = split_front(source_text)
    text = "\n".join([str(front.get("title", "")), str(front.get("description", "")),
                      body.strip()])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def translation_path(source: Path, lang: str) -> Path:
    return source.with_name(f"{source.stem}.{lang}.md")


def page_status(source: Path, translation: Path | None, lang: str) -> Status:
    """How the page at ``source`` (absolute) stands in ``lang``, given its translation file."""
    if lang == DEFAULT_LANGUAGE:
        return Status.SOURCE
    if translation is None or not translation.exists():
        return Status.MISSING
    front, _ = split_front(translation.read_text(encoding="utf-8"))
    if front.get("source_fingerprint") != fingerprint(source.read_text(encoding="utf-8")):
        return Status.OUTDATED
    return Status.CURRENT if front.get("reviewed") is True else Status.UNREVIEWED


def hand_written(root: Path) -> list[Path]:
    """The English hand-written pages of docs/, absolute, in a stable order."""
    docs = root / DOCS_DIR
    # os.walk enters no linked folder; linked files are refused by the check, never read.
    found = (Path(folder) / name for folder, _, names in os.walk(docs) for name in names)
    return sorted(path for path in found
                  if path.suffix == ".md" and not path.is_symlink()
                  and path.stem.rpartition(".")[2] not in CODES)


def page_translations(root: Path) -> list[PageTranslation]:
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
            f"native speaker has reviewed the text.\n{header}---\n\n{body}")


def problems(root: Path) -> list[Problem]:
    """What keeps docs/ from being published: files other than pages and the maintainers'
    assets, pages refused whole (by their name or place), and the problems of each page."""
    docs = root / DOCS_DIR
    if docs.is_symlink() or not docs.is_dir():
        return []  # a linked docs/ is refused by the check of links
    found = []
    for path in _files(docs):
        relative = path.relative_to(docs)
        why = file_problem(docs, relative)
        if why:
            found.append(Problem(path, 1, 1, why))
        elif relative.parts[0] not in MAINTAINED:
            found += _PageCheck(path, relative).run()
    return found


def _files(docs: Path) -> Iterator[Path]:
    """Every file under docs/, in a stable order; links are left to the check of links."""
    for folder, folders, names in os.walk(docs):  # enters no linked folder
        folders.sort()
        for name in sorted(names):
            path = Path(folder) / name
            if not path.is_symlink():
                yield path


def file_problem(docs: Path, relative: Path) -> str | None:
    """Why the file at ``relative`` (to docs/) may not be there, or None for a page to check
    or an asset of a maintainers' folder."""
    name, folders = relative.name, relative.parts[:-1]
    if folders and folders[0] in MAINTAINED:
        return _asset_problem(folders[0], name)
    match = _PAGE_NAME.fullmatch(name)
    if match is None:
        return _not_a_page(name)
    stem, lang = "/".join((*folders, match["name"])), match["lang"]
    # In this order: the first that applies is the one reported.
    return (_folder_problem(folders) or _address_problem(stem)
            or (_english_page_problem(stem) if lang is None
                else _translation_problem(docs, stem, lang)))


def _asset_problem(folder: str, name: str) -> str | None:
    """Why a file of a maintainers' folder may not be there: it is a page; or None."""
    if name.lower().endswith(MARKDOWN_SUFFIXES):
        return (f"docs/{folder}/ holds the hub's own stylesheets and scripts, not pages: "
                "move the page into docs/")
    return None


def _not_a_page(name: str) -> str:
    """Why a file whose name is not a page's may not be in docs/."""
    if name.lower().endswith(MARKDOWN_SUFFIXES):
        return (f"'{name}' is not a page the hub can check: hand-written pages are named "
                "<name>.md, or <name>.<language>.md for a translation, with a name of "
                "lowercase letters, digits and single hyphens (such as how-to-help.md)")
    return (f"'{name}' would be published as it stands, unchecked: docs/ holds only "
            "hand-written pages (<name>.md, and <name>.<language>.md for a translation); "
            f"the hub's own stylesheets and scripts live in docs/{MAINTAINED[0]}/, which "
            "only maintainers change")


def _folder_problem(folders: tuple[str, ...]) -> str | None:
    """Why the page's folders may not hold it: one of their names is not a slug; or None."""
    odd = next((folder for folder in folders if not _SLUG.fullmatch(folder)), None)
    if odd is not None:
        return (f"the folder name '{odd}' is not a slug: name folders of docs/ with lowercase "
                "letters, digits and single hyphens, as they become addresses")
    return None


def _address_problem(stem: str) -> str | None:
    """Why the page's address (its folders and name) may not be published: personal data, or
    the place of a language's pages; or None."""
    # The name is the page's address; its hyphens are read as the spaces they stand for.
    private = personal_data_problem(stem.replace("-", " ").replace("/", " / "))
    if private:
        return f"the file name is published as the page's address: {private}"
    first = stem.split("/")[0]
    if first in CODES and first != DEFAULT_LANGUAGE:
        return (f"docs/{stem}.md would be a page at /{first}/, where the hub publishes its pages "
                f"in '{first}': rename or move the page (translations are named "
                f"<name>.{first}.md)")
    return None


def _english_page_problem(stem: str) -> str | None:
    """Why an English page may not be at ``stem``: the hub makes that page from data/; or
    None."""
    if is_generated(stem):
        return (f"docs/{stem}.md would be the page at /{stem.removesuffix('index')}, which "
                "the hub makes from data/: rename or move the page")
    return None


def _translation_problem(docs: Path, stem: str, lang: str) -> str | None:
    """Why a translation into ``lang`` of the page at ``stem`` may not be there: the language
    is English or not the site's, or the English page is missing; or None."""
    if lang == DEFAULT_LANGUAGE:
        return (f"the English page is docs/{stem}.md, without .{lang}: rename the file, or "
                f"delete it if docs/{stem}.md exists")
    if lang not in CODES:
        return (f"'{lang}' is not a language of this site; translated pages are named "
                f"<name>.<language>.md with language one of: "
                f"{', '.join(c for c in CODES if c != DEFAULT_LANGUAGE)}")
    if not (docs / f"{stem}.md").is_file():
        return (f"this is a translation of docs/{stem}.md, which does not exist: check the "
                "file name, or write the English page first (the site would have no page to "
                "translate)")
    return None


_NOT_A_MAPPING = ("the front matter (the lines between --- at the top) is not a valid YAML "
                  "mapping of keys to values, such as 'title: About'")
_ATTRIBUTE_LIST = ("Markdown attribute lists such as {: .class } or { key=value } are not "
                   "allowed in pages, but a heading's own id ({#id}): they can add scripts and "
                   "styles to the page; remove the braces")
_COMMENT = ("HTML comments and declarations (<!-- ... -->, <!...>, <?...?>) are not allowed in "
            "pages: browsers and checks read some of them differently, and what one takes for "
            "a comment another runs; delete it")
_RAW_HTML = ("raw HTML is not allowed in pages: write Markdown instead (for example **bold** or "
             "[a link](https://example.org))")
_TOO_SLOW = ("Markdown cannot read this page within {:g} seconds (thousands of brackets, tags "
             "or headings make it slow): simplify it, or split it")
_TOO_DEEP = ("the page nests lists or quotes too deeply for Markdown to read (such as 1. 1. 1. "
             "on one line): simplify it")
_SEPARATOR = ("line and paragraph separators (U+2028, U+2029) are line breaks to some programs "
              "and not to others, so the site would not read the page as the check does; use "
              "an ordinary line break")
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
# A fenced block as Markdown keeps it aside (its text escaped); its attributes are checked below.
_CODE_BLOCK = re.compile(r"<pre[^<>]*><code[^<>]*>[^<]*</code></pre>\n?")
_SIMPLE_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\s*/?>")
_TAG_NAME = re.compile(r"<\s*/?\s*([A-Za-z][A-Za-z0-9:-]*)")
# A tag as Markdown writes it, or as a writer types one (attributes quoted or not). Anything else
# that opens with < in Markdown's HTML (a comment, a declaration, a tag left open) is refused, so
# that the browser and this check read the same elements.
_TAG = re.compile(r"""<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[A-Za-z_:][-A-Za-z0-9_:.]*"""
                  r"""(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'=<>`]+))?)*)\s*/?>""")
_ATTRIBUTE = re.compile(r"""([A-Za-z_:][-A-Za-z0-9_:.]*)"""
                        r"""(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?""")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# What Markdown makes of a hand-written page (the extensions of markup.PAGE_EXTENSIONS), with the
# attributes it gives, and the inline tags a writer may type without attributes (ALLOWED_TAGS).
_ELEMENTS: dict[str, frozenset[str]] = {
    **{tag: frozenset() for tag in ALLOWED_TAGS},
    **{tag: frozenset({"id"}) for tag in _HEADINGS},
    **{tag: frozenset() for tag in ("ul", "li", "blockquote", "pre", "hr", "br", "em", "strong",
                                    "table", "thead", "tbody", "tr")},
    "p": frozenset({"class"}), "div": frozenset({"class"}), "code": frozenset({"class"}),
    "a": frozenset({"href", "title", "rel"}), "img": frozenset({"src", "alt", "title"}),
    "ol": frozenset({"start"}), "th": frozenset({"style"}), "td": frozenset({"style"}),
}
# Elements whose end ends a run of text (for the privacy check, which reads text by block).
_BLOCKS = _HEADINGS | {"p", "li", "td", "th", "pre", "blockquote", "div", "table", "tr", "ul",
                       "ol", "hr"}
_CLASSES = {"p": re.compile(r"admonition-title"),
            "div": re.compile(rf"admonition (?:{'|'.join(ADMONITIONS)})|toc"),
            "code": re.compile(r"language-[A-Za-z0-9_+-]{1,40}")}
_ID = re.compile(r"[A-Za-z0-9_-]{1,100}")
_ALIGNMENT = re.compile(r"text-align: (?:left|right|center);")  # as the tables extension writes
_ESCAPED = re.compile(r"\\(?=[!-/:-@\[-`{-~])")  # a backslash that escapes punctuation
_QUOTED = re.compile(r"'([^'\n]{3,})'")
# An attribute list as Markdown's attr_list reads one: {: ...}, {#id ...}, {.class ...}, {k=v}.
_ATTRIBUTE_LIST_WRITTEN = re.compile(r"\{\s*:|\{\s*[#.][A-Za-z_]|\{[^{}\n]*=[^{}\n]*\}")


class _TooSlow(Exception):
    pass


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Raise _TooSlow in the code run inside after ``seconds``, where a process can be told
    (the main thread: the check's, each worker's, the engine's); a timer set before, such as a
    test's time limit, is set again after."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(
            signal, "setitimer"):  # no timers on Windows
        yield
        return

    def stop(*_: object) -> None:
        raise _TooSlow

    began = time.monotonic()
    handler = signal.signal(signal.SIGALRM, stop)
    before, interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, handler)
        if before:
            signal.setitimer(signal.ITIMER_REAL,
                             max(before - (time.monotonic() - began), 0.001), interval)


@cache
def _converter() -> markdown.Markdown:
    """The site's Markdown of pages, with the extensions the engine is given: the check reads
    what it makes before the sanitiser that follows on the site, to explain what that would
    silently drop."""
    return markdown.Markdown(extensions=list(PAGE_EXTENSIONS),
                             extension_configs=PAGE_EXTENSION_CONFIGS)


class _Lines:
    """Where a text stands in a page: the lines of its source, as written and as a reader reads
    them, and the line each text was last found at."""

    lines: list[str]
    located: dict[str, int]

    def line_of(self, needle: str, first: int = 0) -> int:
        """The number of the line holding ``needle`` (case aside, entities read) after line
        ``first``, or 1: its first line, then, for the same text found again, its next one."""
        needle = needle.strip().lower()
        if not needle:
            return 1
        after = max(first, self.located.get(needle, 0))
        for start in (after, first):
            for number, line in enumerate(self.read[start:], start=start + 1):
                if needle in line:
                    self.located[needle] = number
                    return number
        return 1

    def find(self, needles: list[str], first: int) -> int:
        """The line of the first of ``needles`` found after line ``first``, or 1."""
        for needle in needles:
            if needle.strip() and any(needle.strip().lower() in line
                                      for line in self.read[first:]):
                return self.line_of(needle, first)
        return 1

    def nth_line(self, needle: str, before: int, first: int) -> int:
        """The line of the occurrence of ``needle`` that has ``before`` others before it."""
        needle = needle.strip().lower()
        found = [number for number, line in enumerate(self.read[first:], start=first + 1)
                 if needle and needle in line]
        return found[min(before, len(found) - 1)] if found else 1

    @cached_property
    def read(self) -> list[str]:
        """The lines as a reader reads them: in lowercase, their entities decoded and their
        Markdown escapes (\\_) read."""
        return [_ESCAPED.sub("", html.unescape(line) if "&" in line else line).lower()
                for line in self.lines]


class _Html:
    """The check of what Markdown made of a page: every element, attribute and text, each
    problem reported at the line of the source that wrote it."""

    def inspect(self, made: str, start: int) -> None:
        """Every element, attribute and text of Markdown's HTML, as a browser reads it."""
        text: list[str] = []
        position = 0
        while (opening := made.find("<", position)) >= 0 and not self.full:
            text.append(made[position:opening])
            tag = _TAG.match(made, opening)
            if tag is None:
                self.add(self.line_of(made[opening:opening + 4], start), _COMMENT
                         if made.startswith(("<!", "<?"), opening) else _RAW_HTML)
                position = opening + 1
                continue
            position = tag.end()
            name = tag[2].lower()
            if name in _BLOCKS or name == "img":
                self.text("".join(text), start)
                text = []
            if not tag[1]:
                self.element(name, tag[3], start)
        self.text("".join([*text, made[position:]]), start)

    def element(self, name: str, written: str, start: int) -> None:
        if name in self.reported:
            return  # raw HTML, refused as written
        if name not in _ELEMENTS:
            self.add(self.line_of(f"<{name}", start), markup_problem(f"<{name}>") or _RAW_HTML)
            return
        attributes = {key.lower(): (html.unescape(_unquoted(value)), _unquoted(value))
                      for key, value in _ATTRIBUTE.findall(written)}
        if name == "div" and "class" not in attributes:
            self.add(self.line_of("<div", start), markup_problem("<div>") or _RAW_HTML)
        for key, (value, as_written) in attributes.items():
            why = (self.attribute_problem(name, key, value) if key in _ELEMENTS[name]
                   else self.unknown_attribute(name, key, start))
            if why:
                # Where the page says it: the value (as decoded, or as written), the heading
                # whose id it is, the word of an admonition, or the attribute's name.
                words = value.split()
                line = self.find([value, as_written], start)
                if line == 1 and key == "id" and value in self.headings:
                    line = self.nth_line(*self.headings[value], start)
                self.add(line if line > 1 else self.find([
                    *(f"!!! {word}" for word in words[1:2]),
                    *sorted(re.split(r"[\s`:]+", value), key=len, reverse=True), key], start), why)
            elif key in ("href", "src"):  # given as a link, which the privacy rule reads so
                self.text(f"[{key}]({value})" if "(" not in value else value, start)
            elif key in ("alt", "title"):
                self.text(value, start)

    def attribute_problem(self, name: str, key: str, value: str) -> str | None:
        """Why an attribute that Markdown gives the element ``name`` may not have ``value``,
        or None."""
        check = _VALUE_CHECKS.get(key)
        return check(name, value) if check else None  # alt, title: text, read with the rest

    def unknown_attribute(self, name: str, key: str, start: int) -> str:
        if any(_ATTRIBUTE_LIST_WRITTEN.search(line) for line in self.lines[start:]):
            return _ATTRIBUTE_LIST  # the page has one: Markdown's way to give attributes
        return (markup_problem(f"<b {key}=x>") if key.startswith("on") else None) or (
            f"the attribute {key}= of <{name}> is not allowed in pages: Markdown gives its "
            "elements the attributes they need; remove it")

    def text(self, text: str, start: int) -> None:
        """Text a reader sees (prose, code, link targets, image names): no personal data, and
        no invisible character written as an entity."""
        if not text.strip():
            return
        shown = html.unescape(text) if "&" in text else text
        if shown is not text and not shown.replace("\n", "").replace("\t", "").isprintable():
            # A character that only an entity wrote (&#x202e;): the lines had none of it.
            written = "\n".join(self.lines)
            why = _characters_problem("".join(char for char in shown if char not in written))
            if why:
                self.add(next((number for number, line in enumerate(self.lines, start=1)
                               if "&" in line and html.unescape(line) != line
                               and _characters_problem(html.unescape(line))), 1), why)
        why = personal_data_problem(shown)
        if why:  # at the line of what the message quotes, else of the text's first line
            quoted = _QUOTED.search(why)
            line = self.line_of(quoted[1], start) if quoted else 1
            if line == 1:
                line = self.line_of(next(part for part in shown.split("\n") if part.strip())[:40],
                                    start)
            self.add(line, why)


class _PageCheck(_Html, _Lines):
    """The problems of one page: at most one for each line, the first found."""

    def __init__(self, path: Path, relative: Path) -> None:
        self.path = path
        match = _PAGE_NAME.fullmatch(relative.name)
        self.translated = match is not None and match["lang"] is not None
        self.stem = file_stem(relative.as_posix())
        self.lines: list[str] = []
        self.found: dict[int, Problem] = {}
        self.located: dict[str, int] = {}  # the line each text was last found at
        self.headings: dict[str, tuple[str, int]] = {}  # by id: its text, and how many before
        self.reported: set[str] = set()  # tags of the raw HTML refused, not reported again

    def add(self, line: int, why: str) -> None:
        if len(self.found) < MAX_PROBLEMS:
            self.found.setdefault(line, Problem(self.path, line, 1, why))

    @property
    def full(self) -> bool:
        return len(self.found) >= MAX_PROBLEMS

    def run(self) -> list[Problem]:
        raw = self.path.read_bytes()
        if len(raw) > MAX_PAGE_BYTES:
            return [Problem(self.path, 1, 1, f"the page is {len(raw) // 1024} KB: pages are at "
                                             f"most {MAX_PAGE_BYTES // 1024} KB; split it")]
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            return [Problem(self.path, 1, 1, "the page is not valid UTF-8: save it with UTF-8 "
                                             "encoding")]
        text = text.replace("\r\n", "\n").replace("\r", "\n")  # as the engine reads a file
        self.lines = text.split("\n")
        self.characters()
        front, body = read_page(text)
        if front is None:
            self.add(1, _NOT_A_MAPPING)
        else:
            start = text.count("\n") - body.count("\n")  # lines before the Markdown
            self.front(front, start)
            self.markdown(body, start)
        return [self.found[line] for line in sorted(self.found)]

    # -- characters -------------------------------------------------------------------------
    def characters(self) -> None:
        for number, line in enumerate(self.lines, start=1):
            why = None if line.isprintable() else _characters_problem(line)
            if why:
                self.add(number, why)

    # -- front matter -----------------------------------------------------------------------
    def front(self, front: dict, start: int) -> None:
        allowed = FRONT_KEYS if self.translated else PAGE_KEYS
        for key, value in front.items():
            line = self._key_line(key, start)
            if key not in allowed:
                self.add(line, _key_problem(key, self.translated))
                continue
            why = (_text_problem(key, value) if key in PAGE_KEYS
                   else _record_problem(key, value))
            if why:
                self.add(line, why)
        if self.translated:
            for key in TRANSLATION_KEYS:
                if key not in front:
                    self.add(1, _record_problem(key, None))

    def _key_line(self, key: object, start: int) -> int:
        """The line of ``key`` in the front matter (MultiMarkdown's keys are in lowercase)."""
        written = rf"^\s*['\"]?{re.escape(str(key))}['\"]?\s*:"
        for pattern in (re.compile(written), re.compile(written, re.IGNORECASE)):
            for number, line in enumerate(self.lines[:start], start=1):
                if pattern.match(line):
                    return number
        return 1

    # -- Markdown ---------------------------------------------------------------------------
    def markdown(self, body: str, start: int) -> None:
        """Convert the Markdown as the site does (static-i18n's line split, then the hook's
        links to pages made from data), and inspect what it made."""
        text = link_generated("\n".join(body.splitlines()), self.stem)
        converter = _converter()
        try:
            with _time_limit(MARKDOWN_SECONDS):
                made = converter.reset().convert(text)
        except (_TooSlow, RecursionError) as error:
            # A conversion stopped halfway leaves the converter's extensions in a state that
            # would misread the next page: the next page gets a new one.
            _converter.cache_clear()
            self.add(1, _TOO_DEEP if isinstance(error, RecursionError)
                     else _TOO_SLOW.format(MARKDOWN_SECONDS))
            return
        pending, seen = list(converter.toc_tokens), Counter()
        while pending:  # heading ids, to find a heading by its text when its id is refused
            token = pending.pop(0)
            name = html.unescape(token["name"])
            self.headings[token["id"]] = (name, seen[name])
            seen[name] += 1
            pending[:0] = token["children"]
        for piece in converter.htmlStash.rawHtmlBlocks:
            if isinstance(piece, str) and not self.full:
                self.raw(piece, start)
        self.inspect(made, start)

    def raw(self, piece: str, start: int) -> None:
        """Raw HTML as written: only the inline tags of ALLOWED_TAGS, without attributes."""
        if not piece.strip() or _ENTITY.fullmatch(piece) or _CODE_BLOCK.fullmatch(piece):
            return
        simple = _SIMPLE_TAG.fullmatch(piece.strip())
        if simple and simple[1].lower() in ALLOWED_TAGS:
            return
        self.reported.update(name.lower() for name in _TAG_NAME.findall(piece))
        name = _TAG_NAME.search(piece)
        # Where the page says it: the piece as written (not a mention of it in code), its first
        # line, or its tag.
        where = self.find([piece.strip(), piece.strip().split("\n")[0],
                           f"<{name[1]}" if name else piece.strip()[:4]], start)
        if piece.lstrip().startswith(("<!", "<?")):
            self.add(where, _COMMENT)
        else:
            self.add(where, markup_problem(piece) or _RAW_HTML)

def _id_problem(name: str, value: str) -> str | None:
    """Why a heading may not have the id ``value``: not a plain id, or a reserved one."""
    if not _ID.fullmatch(value):
        return (f"the id '{value}' is not a plain id: ids of headings are letters, "
                "digits, - and _, such as {#how-to-help}")
    return reserved.reserved_why(value) if reserved.is_reserved(value) else None


def _class_problem(name: str, value: str) -> str | None:
    """Why the element ``name`` may not have the class ``value``: an unknown kind of note, or
    a class that only an attribute list gives."""
    if _CLASSES[name].fullmatch(value):
        return None
    kind = value.split()[1:2]
    if name == "div" and value.startswith("admonition ") and kind:
        return (f"'{kind[0]}' is not a kind of note the hub's pages show: write "
                f"!!! followed by one of {', '.join(ADMONITIONS)}")
    return _ATTRIBUTE_LIST


def _href_problem(name: str, value: str) -> str | None:
    """Why a link may not lead to ``value``."""
    return link_problem(value, allow_relative=True)


def _src_problem(name: str, value: str) -> str | None:
    """Why an image may not be fetched from ``value``: a link refused, or another site."""
    return link_problem(value, allow_relative=True) or _image_problem(value)


# The next three have one value, or one form of value, when Markdown writes them: any other
# was given by an attribute list.
def _rel_problem(name: str, value: str) -> str | None:
    return None if value == "noopener noreferrer" else _ATTRIBUTE_LIST


def _start_problem(name: str, value: str) -> str | None:
    return None if value.isascii() and value.isdigit() else _ATTRIBUTE_LIST


def _style_problem(name: str, value: str) -> str | None:
    return None if _ALIGNMENT.fullmatch(value) else _ATTRIBUTE_LIST


# How the value of each attribute Markdown gives (_ELEMENTS) is checked, given the element's
# name and the value; alt and title are text, which _PageCheck.text reads.
_VALUE_CHECKS: dict[str, Callable[[str, str], str | None]] = {
    "id": _id_problem, "class": _class_problem, "href": _href_problem, "src": _src_problem,
    "rel": _rel_problem, "start": _start_problem, "style": _style_problem,
}


def _unquoted(value: str) -> str:
    return value[1:-1] if value[:1] in ("'", '"') else value


def _characters_problem(text: str) -> str | None:
    """Why a character of ``text`` may not be in a page, or None."""
    for char in text:
        if char in "\u2028\u2029":
            return _SEPARATOR
        if not char.isprintable() and char not in "\t\n":
            why = markup_problem(char)
            if why:
                return why
    return None


def _key_problem(key: object, translated: bool) -> str:
    if key in TRANSLATION_KEYS:
        return (f"'{key}' is recorded by a translation (docs/<name>.<language>.md), not by an "
                "English page: remove it")
    keys = ", ".join(FRONT_KEYS if translated else PAGE_KEYS)
    return (f"'{key}' is not a key of a page's front matter, which holds only: {keys}; the hub's "
            "page shell draws every page, so keys such as template, hide or extra have no "
            "place here: remove it")


def _kind(value: object) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, date):
        return "a date"
    if isinstance(value, list | dict):
        return "a list" if isinstance(value, list) else "a mapping"
    return "a value of another kind"


def _text_problem(key: str, value: object) -> str | None:
    """Why the title or description of a page is refused, or None."""
    if not isinstance(value, str):
        return (f"'{key}' must be text, not {_kind(value)}: write it in quotes if it looks like "
                f"something else, such as {key}: \"2024 in review\"")
    if not value.strip():
        return f"'{key}' is empty: write the text, or remove the key"
    if "\n" in value.strip():
        return f"'{key}' must be a single line of text"
    return text_problem(value)


def _record_problem(key: str, value: object) -> str | None:
    """Why a translation's record of its source is refused, or None."""
    if key == "source_fingerprint" and not isinstance(value, str):
        return ("a translated page needs 'source_fingerprint' in its front matter: the "
                "fingerprint of the English page it translates (partdem translations shows it)")
    if key == "reviewed" and not isinstance(value, bool):
        return "a translated page needs 'reviewed: true' or 'reviewed: false' in its front matter"
    return None


def _image_problem(src: str) -> str | None:
    if local_path(src):
        return None
    return (f"images from other sites are not allowed ('{src}'): a browser fetches an image by "
            "itself, telling its site who reads the hub; show only images of this site (a path "
            "such as /assets/map.png), or link to the image instead: remove the ! before [")


_MD_LINK = re.compile(r"(\]\()([^()\s#]+\.md)(#[^()\s]*)?(\))")


def file_stem(name: str) -> str:
    """A page file's name in docs/ without .md and language: help/index.es.md is help/index."""
    stem = posixpath.splitext(name)[0]
    base, _, lang = stem.rpartition(".")
    return base if base and lang in CODES else stem


def link_generated(text: str, stem: str) -> str:
    """A hand-written page's Markdown with its links to pages made from data
    (``propose/index.md``), which are no files the engine knows, written as those pages'
    addresses relative to the page. The engine's hook runs it before Markdown, and so does the
    check: it may change what Markdown makes of a line."""
    here = "/" + page_url(stem, DEFAULT_LANGUAGE)

    def address(match: re.Match[str]) -> str:
        opener, target, anchor, closer = match.groups()
        linked = posixpath.normpath(posixpath.join(posixpath.dirname(stem), target))[:-3]
        if not is_generated(linked):
            return match[0]
        href = posixpath.relpath("/" + page_url(linked, DEFAULT_LANGUAGE), here)
        return f"{opener}{href.rstrip('/')}/{anchor or ''}{closer}"

    return _MD_LINK.sub(address, text)


def file_status(path: Path, lang: str) -> Status:
    """How the page file ``path`` (English, or a translation) stands for a reader of ``lang``."""
    stem, _, suffix = path.stem.rpartition(".")
    if stem and suffix in CODES:
        source = path.with_name(f"{stem}.md")
        return page_status(source, path, lang) if suffix == lang else Status.MISSING
    return page_status(path, None, lang)
