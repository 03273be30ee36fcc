"""The full-text search index of a language, made from that language's built pages once they
are all written (the last output of each language in ``publish.py``), in small JSON files that
a reader's browser downloads only as a query needs them (``docs/assets/hub/search.js``).

The page shell marks what is indexed: the article of every page but the 404 pages
(``data-search-body``), without what is marked ``data-search-ignore`` (translation notices,
text in another language than the page's, lists of every case, the translation dashboard's
tables and what each standard means in a case's checklist: each item is found on its own
page), and the filters a reader can narrow results to (``data-search-filter``).

Words are indexed by their stem in the page's language (Snowball's stemmers: a plural finds
its singular, an Arabic word found with its prefixes), without accents, diacritics or case.
Under ``search/`` at the language's root:

- ``words/<key>.json``: every word written on the pages that begins with the two letters of
  the key (``words.py`` names its file), with its stem, the number of pages that hold the stem
  and the file of the stem; with the number of pages (``"n"``);
- ``stems/<n>.json``: for each stem of the file, the words written for it and the pages that
  hold it, each as three numbers: the page, its score for the stem (BM25's share of the word,
  headings counting more), and the section where the stem is found most;
- ``pages/<n>.json``: a page's address, title and the text of its sections, for the passage
  shown with a result;
- ``filters.json``: for each filter, the pages of each value, downloaded when a reader narrows
  results.

A first search for one word downloads one words file, one stems file and the pages of the first
five results: the benchmark measures it (README). Pagefind did the same work with a 72 KB
WebAssembly program downloaded first, which alone took most of the 100 KB a first search may
cost a reader at 1,000 cases.
"""

from __future__ import annotations

import json
import re
import shutil
import unicodedata
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import lxml.html
import snowballstemmer
from babel import Locale

from partdem.content.languages import CODES, url_prefix
from partdem.outputs.job import Job
from partdem.site.language import SiteLanguage
from partdem.site.shell import SEARCH_BUNDLE

BODY, IGNORE, FILTER = "data-search-body", "data-search-ignore", "data-search-filter"
# Elements whose text is not read as the page's words.
UNREAD = {"script", "style", "template", "svg", "noscript"}
# Elements that do not break a word: between any others, their text is kept apart.
INLINE = {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd",
          "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var"}
HEADINGS = {"h2", "h3", "h4", "h5", "h6"}
# How much more a word counts in the page's title and in a section's heading than in its text.
TITLE_WEIGHT, HEADING_WEIGHT = 5, 2
K1, B = 1.2, 0.75  # BM25's usual constants
STEMS_PER_FILE = 2000  # about the number of (stem, page) entries of a stems file: 6 KB gzip
WORD = re.compile(r"[^\W_]+")
TATWEEL = "\u0640"  # Arabic's stretching of a line, not a letter


def fold(text: str) -> str:
    """``text`` without case, accents or diacritics (search.js's ``fold`` does the same)."""
    return "".join(char for char in unicodedata.normalize("NFD", text)
                   if not unicodedata.category(char).startswith("M")
                   and char != TATWEEL).lower()


def tokens(text: str) -> list[str]:
    """The words of ``text``, as written (diacritics dropped: they may be inside a word)."""
    text = "".join(char for char in unicodedata.normalize("NFC", text)
                   if not unicodedata.category(char).startswith("M") and char != TATWEEL)
    return WORD.findall(text)


def key_of(word: str) -> str:
    """The name of the words file of a folded word: its first two letters' code points."""
    return "-".join(f"{ord(char):x}" for char in word[:2])


@dataclass
class Section:
    anchor: str  # the id of its heading; '' for the page's beginning
    heading: str
    text: list[str] = field(default_factory=list)


@dataclass
class Page:
    url: str  # site-relative, as "es/cases/x/"
    title: str
    sections: list[Section]
    filters: list[tuple[str, str]]


def read_page(path: Path, url: str) -> Page | None:
    """The indexed text of a built page, or None if the page is not indexed."""
    root = lxml.html.parse(str(path)).getroot()
    body = root.find(f".//*[@{BODY}]")
    if body is None:
        return None
    title = body.find(".//h1")
    sections = [Section("", "")]
    filters = [tuple(el.get(FILTER).split(":", 1)) for el in body.iter()
               if isinstance(el.tag, str) and el.get(FILTER)]

    def walk(el: Any) -> None:
        if el.get(IGNORE) is not None or el.tag in UNREAD:
            return
        if el.tag in HEADINGS and el.get("id"):
            sections.append(Section(el.get("id"), " ".join(el.text_content().split())))
        else:
            text = sections[-1].text
            text.append(el.text or "")
            for child in el:
                if isinstance(child.tag, str):
                    if child.tag not in INLINE:
                        text.append(" ")
                    walk(child)
                    if child.tag not in INLINE:
                        text.append(" ")
                text = sections[-1].text  # a heading inside starts a section
                text.append(child.tail or "")

    walk(body)
    return Page(url, " ".join(title.text_content().split()) if title is not None else "",
                sections, filters)


def pages_of(job: Job, lang: SiteLanguage) -> Iterator[tuple[Path, str]]:
    """The built HTML files of ``lang`` and their addresses, in order: its folder, or, for the
    language at the site's root, every file there but the other languages'."""
    others = tuple(url_prefix(code) for code in CODES if url_prefix(code))
    for path in sorted((job.site_dir / lang.prefix).rglob("*.html")):
        relative = path.relative_to(job.site_dir).as_posix()
        if lang.prefix or not relative.startswith(others):
            yield path, relative.removesuffix("index.html")


def write(job: Job, lang: SiteLanguage) -> list[str]:
    """Index the built pages of ``lang``; returns the site-relative paths of the index."""
    relative = lang.prefix + SEARCH_BUNDLE
    shutil.rmtree(job.site_dir / relative, ignore_errors=True)  # no stale files kept
    pages = [page for path, url in pages_of(job, lang) if (page := read_page(path, url))]
    index = Index(snowballstemmer.stemmer(Locale(lang.code).english_name.lower()))
    for number, page in enumerate(pages):
        index.add(number, page)
    files = {f"pages/{number}.json": {"u": page.url, "t": page.title,
                                      "s": [[section.anchor, section.heading,
                                             " ".join("".join(section.text).split())]
                                            for section in page.sections]}
             for number, page in enumerate(pages)}
    files.update(index.files(len(pages)))
    chosen: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for number, page in enumerate(pages):
        for name, value in page.filters:
            chosen[name][value].append(number)
    files["filters.json"] = chosen
    return [job.write(relative + name, json.dumps(data, ensure_ascii=False, sort_keys=True,
                                                  separators=(",", ":")))
            for name, data in sorted(files.items())]


class Index:
    """The stems of the pages, and where they are."""

    def __init__(self, stemmer: Any) -> None:
        self.stemmer = stemmer
        self.stem_of: dict[str, str] = {}  # a word as written, lowercase -> its folded stem
        self.written: dict[str, Counter[str]] = defaultdict(Counter)  # stem -> folded words
        self.counts: dict[int, Counter[str]] = {}  # page -> stem -> weighted count
        self.where: dict[tuple[int, str], Counter[int]] = {}  # (page, stem) -> section counts
        self.lengths: dict[int, int] = {}

    def stems(self, text: str) -> Iterator[str]:
        for word in tokens(text):
            lower = word.lower()
            stem = self.stem_of.get(lower)
            if stem is None:
                stem = self.stem_of[lower] = fold(self.stemmer.stemWord(lower))
            self.written[stem][fold(word)] += 1
            yield stem

    def add(self, number: int, page: Page) -> None:
        counts: Counter[str] = Counter()
        for stem in self.stems(page.title):
            counts[stem] += TITLE_WEIGHT
        length = sum(counts.values())
        for at, section in enumerate(page.sections):
            found = Counter(self.stems(section.heading))
            for stem in found:
                found[stem] *= HEADING_WEIGHT
            found.update(self.stems("".join(section.text)))
            counts.update(found)
            length += sum(found.values())
            for stem, count in found.items():
                self.where.setdefault((number, stem), Counter())[at] += count
        self.counts[number] = counts
        self.lengths[number] = length

    def files(self, total: int) -> dict[str, Any]:
        """The words and stems files, by their paths under the index."""
        average = sum(self.lengths.values()) / max(total, 1)
        postings: dict[str, list[int]] = defaultdict(list)
        for number, counts in sorted(self.counts.items()):
            norm = K1 * (1 - B + B * self.lengths[number] / max(average, 1))
            for stem, count in sorted(counts.items()):
                # The section where the stem is found most, the first of equals.
                where = self.where.get((number, stem), Counter({0: 1}))
                section = min(where, key=lambda at: (-where[at], at))
                score = round(100 * count * (K1 + 1) / (count + norm))
                postings[stem] += [number, score, section]
        buckets = max(1, sum(len(entries) // 3 for entries in postings.values())
                      // STEMS_PER_FILE)
        bucket_of = {stem: zlib.crc32(stem.encode()) % buckets for stem in postings}
        stems: dict[str, dict[str, Any]] = defaultdict(dict)
        for stem, entries in postings.items():
            stems[f"stems/{bucket_of[stem]}.json"][stem] = {
                "w": sorted(self.written[stem]), "p": entries}
        words: dict[str, dict[str, Any]] = defaultdict(lambda: {"n": total, "w": {}})
        for stem in postings:
            for word in self.written[stem]:
                # A word folded from two stems' words keeps the more written one.
                known = words[f"words/{key_of(word)}.json"]["w"].get(word)
                if known is None or self.written[stem][word] > self.written[known[0]][word]:
                    words[f"words/{key_of(word)}.json"]["w"][word] = [
                        stem, len(postings[stem]) // 3, bucket_of[stem]]
        return {**stems, **words}
