"""The search index split by language: each holds only its language's pages, with locations
relative to that language's root, and names only its own stemmer."""

import json

from partdem import search


def write_combined(site, docs):
    (site / "search").mkdir(parents=True)
    config = {"lang": ["en", "es", "ar"], "separator": "[\\s\\-]+"}
    (site / search.INDEX).write_text(json.dumps({"config": config, "docs": docs}))


def test_each_language_gets_its_own_pages(tmp_path):
    (tmp_path / "es").mkdir()
    (tmp_path / "ar").mkdir()
    write_combined(tmp_path, [
        {"location": "", "title": "Home", "text": "x"},
        {"location": "cases/a/", "title": "A", "text": "x"},
        {"location": "es/", "title": "Inicio", "text": "x"},
        {"location": "es/cases/a/#lecciones", "title": "Lecciones", "text": "x"},
        {"location": "ar/cases/a/", "title": "أ", "text": "x"},
        {"location": "estonia/", "title": "An English page whose name starts like es", "text": ""},
    ])
    written = search.split_index(tmp_path)
    assert written == ["search/search_index.json", "es/search/search_index.json",
                       "ar/search/search_index.json"]
    indexes = {path: json.loads((tmp_path / path).read_text()) for path in written}
    en, es, ar = (indexes[path] for path in written)
    assert [d["location"] for d in en["docs"]] == ["", "cases/a/", "estonia/"]
    assert [d["location"] for d in es["docs"]] == ["", "cases/a/#lecciones"]
    assert [d["title"] for d in ar["docs"]] == ["أ"]
    assert (en["config"]["lang"], es["config"]["lang"], ar["config"]["lang"]) == (
        ["en"], ["es"], ["ar"])
    assert es["config"]["separator"] == "[\\s\\-]+"


def test_search_base_is_the_language_root():
    assert search.search_base("../..", "es") == "../../es/"
    assert search.search_base(".", "ar") == "./ar/"
    assert search.search_base("..", "en") == ".."


def test_a_site_without_search_is_left_alone(tmp_path):
    assert search.split_index(tmp_path) == []
    assert list(tmp_path.iterdir()) == []
