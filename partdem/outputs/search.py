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

- ``words/<n>.json``: the words written on the pages whose first two letters lead to the file
  (``words_file``: words that begin alike share a file, for the words a reader is typing; a
  language's words are spread over a fixed number of files), each with its stem, the number of
  pages that hold the stem and the file of the stem; with the number of pages (``"n"``);
- ``stems/<n>.json``: for each stem of the file, the words written for it and the pages that
  hold it, each as three numbers: the page, its score for the stem (BM25's share of the word,
  headings counting more, and a fixed score when the page's title holds it), and the section
  where the stem is found most;
- ``pages/<n>.json``: a page's address, title and the text of its sections, for the passage
  shown with a result;
- ``filters.json``: for each filter, the pages of each value, downloaded when a reader narrows
  results.

A first search for one word downloads a words file or two, the stems files of the stems it
stands for (at most five) and the pages of the first five results: the benchmark measures it
(README). Pagefind did the same work with a 72 KB WebAssembly program downloaded first, which
alone took most of the 100 KB a first search may cost a reader at 1,000 cases.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any

import snowballstemmer
from babel import Locale
from lxml import etree

from partdem.content.languages import CODES, url_prefix
from partdem.outputs.job import Job
from partdem.site.language import SiteLanguage
from partdem.site.shell import SEARCH_BUNDLE, SEARCH_WORD_FILES

BODY, IGNORE, FILTER = "data-search-body", "data-search-ignore", "data-search-filter"
# Elements whose text is not read as the page's words.
UNREAD = {"script", "style", "template", "svg", "noscript"}
# Elements that do not break a word: between any others, their text is kept apart.
INLINE = {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd",
          "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var"}
HEADINGS = {"h2", "h3", "h4", "h5", "h6"}
# How much more a word counts in a section's heading than in its text; and what a word in the
# page's title adds to the page's score (out of the 220 that BM25 gives a word at most): a page
# named by the word comes before a long list that repeats it.
HEADING_WEIGHT, TITLE_SCORE = 2, 100
K1, B = 1.2, 0.75  # BM25's usual constants
STEMS_PER_FILE = 2000  # about the number of (stem, page) entries of a stems file: 8 KB gzip
WORD = re.compile(r"[^\W_]+")
# Plain elements, as the build writes every page (lxml.html's elements are slower to make).
PARSER = etree.HTMLParser(encoding="utf-8")
TATWEEL = "\u0640"  # Arabic's stretching of a line, not a letter


@functools.cache
def _unmarked() -> dict[int, None]:
    """A table for ``str.translate`` that drops combining marks (accents and Arabic's vowel
    signs, once decomposed) and the tatweel; made once a process."""
    table: dict[int, None] = {code: None for code in chain(range(0x30000), range(0xE0000, 0xE1000))
                              if unicodedata.category(chr(code)).startswith("M")}
    table[ord(TATWEEL)] = None
    return table


def fold(text: str) -> str:
    """``text`` without case, accents or diacritics (search.js's ``fold`` does the same)."""
    return unicodedata.normalize("NFD", text).translate(_unmarked()).lower()


def tokens(text: str) -> list[str]:
    """The words of ``text``, as written (diacritics dropped: they may be inside a word)."""
    return WORD.findall(unicodedata.normalize("NFC", text).translate(_unmarked()))


def words_file(word: str) -> int:
    """The number of the words file of a folded word, from its first two letters (search.js's
    ``wordsFile`` does the same)."""
    return (ord(word[0]) * 31 + (ord(word[1]) if len(word) > 1 else 0)) % SEARCH_WORD_FILES


@dataclass
class Section:
    anchor: str  # the id of its heading; '' for the page's beginning
    heading: str
    text: str


@dataclass
class Page:
    url: str  # site-relative, as "es/cases/x/"
    title: str
    sections: list[Section]
    filters: list[tuple[str, str]]


def read_page(path: Path, url: str) -> Page | None:
    """The indexed text of a built page, or None if the page is not indexed."""
    root = etree.parse(str(path), PARSER).getroot()
    body = root.find(f".//*[@{BODY}]")
    if body is None:
        return None
    title = body.find(".//h1")
    # Each section's heading and pieces of text, the page's beginning first.
    sections: list[tuple[str, str, list[str]]] = [("", "", [])]
    filters = [tuple(el.get(FILTER).split(":", 1)) for el in body.iter()
               if isinstance(el.tag, str) and el.get(FILTER)]

    def walk(el: Any) -> None:
        if el.get(IGNORE) is not None or el.tag in UNREAD or el is title:
            return
        if el.tag in HEADINGS and el.get("id"):
            sections.append((el.get("id"), " ".join("".join(el.itertext()).split()), []))
            return
        sections[-1][2].append(el.text or "")
        for child in el:
            if isinstance(child.tag, str):
                block = child.tag not in INLINE
                sections[-1][2].append(" " if block else "")
                walk(child)
                # After a heading, the text goes to its section: sections[-1] is read again.
                sections[-1][2].append(" " if block else "")
            sections[-1][2].append(child.tail or "")

    walk(body)
    return Page(url, " ".join("".join(title.itertext()).split()) if title is not None else "",
                [Section(anchor, heading, " ".join("".join(parts).split()))
                 for anchor, heading, parts in sections], filters)


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
    pages = [page for path, url in pages_of(job, lang) if (page := read_page(path, url))]
    index = Index(snowballstemmer.stemmer(Locale(lang.code).english_name.lower()))
    for number, page in enumerate(pages):
        index.add(number, page)
    files = {f"pages/{number}.json": {"u": page.url, "t": page.title,
                                      "s": [[section.anchor, section.heading, section.text]
                                            for section in page.sections]}
             for number, page in enumerate(pages)}
    files.update(index.files(len(pages)))
    chosen: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for number, page in enumerate(pages):
        for name, value in page.filters:
            chosen[name][value].append(number)
    files["filters.json"] = chosen
    # Written over the files of a build before (in ``mkdocs serve``, creating files would take
    # most of the time), and then the files of that build that this one did not write removed.
    written = [job.write(relative + name, json.dumps(data, ensure_ascii=False, sort_keys=True,
                                                     separators=(",", ":")))
               for name, data in sorted(files.items())]
    kept = set(written)
    for path in (job.site_dir / relative).rglob("*"):
        if path.is_file() and path.relative_to(job.site_dir).as_posix() not in kept:
            path.unlink()
    return written


class Index:
    """The stems of the pages, and where they are."""

    def __init__(self, stemmer: Any) -> None:
        self.stemmer = stemmer
        self.known: dict[str, tuple[str, str]] = {}  # word as written -> its stem, it, folded
        self.written: dict[str, Counter[str]] = defaultdict(Counter)  # stem -> folded words
        self.counts: dict[int, Counter[str]] = {}  # page -> stem -> weighted count
        # page -> stem -> the section where the stem is found most (the first of equals)
        self.where: dict[int, dict[str, int]] = {}
        self.lengths: dict[int, int] = {}
        self.titled: dict[int, set[str]] = {}  # page -> the stems of its title

    def stems(self, text: str, weight: int = 1) -> Counter[str]:
        """The stems of ``text``, each counted ``weight`` times a word written for it."""
        found: Counter[str] = Counter()
        for word, count in Counter(tokens(text)).items():
            known = self.known.get(word)
            if known is None:
                known = self.known[word] = (fold(self.stemmer.stemWord(word.lower())),
                                            fold(word))
            stem, folded = known
            found[stem] += count * weight
            self.written[stem][folded] += count
        return found

    def add(self, number: int, page: Page) -> None:
        self.titled[number] = set(self.stems(page.title))
        counts: Counter[str] = Counter()
        length = 0
        best: dict[str, tuple[int, int]] = {}  # stem -> (its count, -the section)
        for at, section in enumerate(page.sections):
            found = self.stems(section.heading, HEADING_WEIGHT)
            found.update(self.stems(section.text))
            counts.update(found)
            length += sum(found.values())
            for stem, count in found.items():
                best[stem] = max(best.get(stem, (0, 0)), (count, -at))
        self.where[number] = {stem: -at for stem, (_, at) in best.items()}
        counts.update(dict.fromkeys(self.titled[number], 0))  # a title's words are found too
        self.counts[number] = counts
        self.lengths[number] = length

    def files(self, total: int) -> dict[str, Any]:
        """The words and stems files, by their paths under the index."""
        average = sum(self.lengths.values()) / max(total, 1)
        postings: dict[str, list[int]] = defaultdict(list)
        for number, counts in sorted(self.counts.items()):
            norm = K1 * (1 - B + B * self.lengths[number] / max(average, 1))
            for stem, count in sorted(counts.items()):
                section = self.where[number].get(stem, 0)  # or in the title only
                score = round(100 * count * (K1 + 1) / (count + norm)) \
                    + TITLE_SCORE * (stem in self.titled[number])
                postings[stem] += [number, score, section]
        buckets = max(1, sum(len(entries) // 3 for entries in postings.values())
                      // STEMS_PER_FILE)
        bucket_of = {stem: zlib.crc32(stem.encode()) % buckets for stem in postings}
        stems: dict[str, dict[str, Any]] = defaultdict(dict)
        for stem, entries in postings.items():
            stems[f"stems/{bucket_of[stem]}.json"][stem] = {
                "w": sorted(self.written[stem]), "p": entries}
        # Every words file, even one no word leads to: a reader's browser never meets a 404.
        words = {f"words/{number}.json": {"n": total, "w": {}}
                 for number in range(SEARCH_WORD_FILES)}
        for stem in postings:
            for word in self.written[stem]:
                file = words[f"words/{words_file(word)}.json"]["w"]
                # A word folded from two stems' words keeps the more written one.
                known = file.get(word)
                if known is None or self.written[stem][word] > self.written[known[0]][word]:
                    file[word] = [stem, len(postings[stem]) // 3, bucket_of[stem]]
        return {**stems, **words}
