"""The search index written from built pages (outputs/search.py), on two small pages written
here: what a reader's words lead to is read from the files as search.js reads them, and the
expected answers are written by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from partdem.outputs import search
from partdem.outputs.job import Job
from partdem.site.language import site_language

PAGES = {
    "cases/lottery-town/index.html": """<html lang="en"><body><article data-search-body>
<span hidden data-search-filter="country:Brazil"></span><h1>Lottery town</h1>
<p>Members were drawn by <em>lot</em>tery in Gdańsk.</p>
<div data-search-ignore><p>Zanzibarian notice</p></div>
<h2 id="results">Results</h2><p>Many lotteries, one <b>assembly</b>.</p><script>var hidden;</script>
</article></body></html>""",
    "about/index.html": """<html lang="en"><body><article data-search-body><h1>About</h1>
<p>Assemblies everywhere.</p></article></body></html>""",
    "404.html": "<html lang='en'><body><article><h1>Not found</h1></article></body></html>",
    "es/cases/x/index.html": """<html lang="es"><body><article data-search-body><h1>Sorteo</h1>
</article></body></html>""",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("site")
    for path, html in PAGES.items():
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_text(html, encoding="utf-8")
    job = Job(context=None, site=None, site_dir=site)  # type: ignore[arg-type]
    written = search.write(job, site_language("en"))
    assert all(name.startswith("search/") for name in written)
    return site / "search"


def read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def words(index: Path) -> dict[str, list]:
    """Every word of the index, from all its words files."""
    return {word: entry for path in (index / "words").glob("*.json")
            for word, entry in read(path)["w"].items()}


def pages_of(index: Path, word: str) -> dict[str, list[int]]:
    """What search.js finds for a folded word written on a page: address -> [score, section]."""
    stem, count, number = words(index)[word]
    postings = read(index / "stems" / f"{number}.json")[stem]["p"]
    assert count == len(postings) // 3
    found = {}
    for at in range(0, len(postings), 3):
        page = read(index / "pages" / f"{postings[at]}.json")
        found[page["u"]] = postings[at + 1:at + 3]
    return found


def test_folding_drops_case_accents_diacritics_and_tatweel():
    assert search.fold("Gdańsk") == "gdansk"
    assert search.fold("Assemblée") == "assemblee"
    assert search.fold("مُجْتَمَع") == "مجتمع"
    assert search.fold("جـمـعـية") == "جمعية"


def test_words_are_split_at_anything_but_letters_and_digits():
    assert search.tokens("l'assemblée, 2019: e-mail") == ["l", "assemblée", "2019", "e", "mail"]
    assert search.tokens("المجتمعُ المدني") == ["المجتمع", "المدني"]  # a vowel sign inside


def test_only_the_pages_of_the_language_with_a_body_are_indexed(index):
    addresses = sorted(read(path)["u"] for path in (index / "pages").glob("*.json"))
    assert addresses == ["about/", "cases/lottery-town/"]
    assert {read(path)["n"] for path in (index / "words").glob("*.json")} == {2}


def test_a_plural_and_its_singular_lead_to_the_same_pages(index):
    assert pages_of(index, "lotteries").keys() == {"cases/lottery-town/"}
    assert pages_of(index, "lottery") == pages_of(index, "lotteries")
    assert pages_of(index, "assemblies").keys() == {"about/", "cases/lottery-town/"}


def test_inline_markup_does_not_split_a_word_and_blocks_do(index):
    assert "lottery" in words(index)
    assert "lot" not in words(index) and "tery" not in words(index)
    assert "gdansk" in words(index)


def test_words_that_begin_alike_share_a_file_where_a_reader_typing_them_finds_them(index):
    """The words beginning with "lo" ("lottery", "lotteries") and "as" ("assembly",
    "assemblies") are each in one file."""
    files: dict[str, set[str]] = {}
    for path in (index / "words").glob("*.json"):
        for word in read(path)["w"]:
            files.setdefault(word[:2], set()).add(path.name)
    assert files["lo"] and files["as"]
    assert all(len(names) == 1 for names in files.values()), files


def test_ignored_text_scripts_and_other_pages_are_not_indexed(index):
    written = words(index)
    assert "zanzibarian" not in written
    assert "hidden" not in written and "var" not in written
    assert "found" not in written and "sorteo" not in written


def test_a_word_leads_to_the_section_where_it_is_found_most(index):
    page = read(next(path for path in (index / "pages").glob("*.json")
                     if read(path)["u"] == "cases/lottery-town/"))
    assert page["t"] == "Lottery town"
    assert [section[:2] for section in page["s"]] == [["", ""], ["results", "Results"]]
    assert page["s"][1][2] == "Many lotteries, one assembly."
    assert page["s"][1][0] == "results"
    assert page["s"][pages_of(index, "assembly")["cases/lottery-town/"][1]][0] == "results"
    assert page["s"][pages_of(index, "gdansk")["cases/lottery-town/"][1]][0] == ""


def test_a_title_counts_more_than_a_passing_word(index):
    """"Lottery" is in the first page's title; "assembly" in the second one's text only."""
    lottery = pages_of(index, "lottery")["cases/lottery-town/"][0]
    assembly = pages_of(index, "assembly")["cases/lottery-town/"][0]
    assert lottery > assembly


def test_filters_list_the_pages_of_each_value(index):
    filters = read(index / "filters.json")
    (number,) = filters["country"]["Brazil"]
    assert read(index / "pages" / f"{number}.json")["u"] == "cases/lottery-town/"
