"""An entry of the search index keeps only what it has (the index of each language, written with
the pages: tests/site/test_search_index_site.py)."""

from __future__ import annotations

from partdem.outputs import search


def test_an_entry_keeps_only_what_it_has():
    assert search.entry("a/", "A", "text") == {"u": "a/", "t": "A", "x": "text"}
    assert search.entry("a/", "A", "", "k", [("id", "H")]) == {
        "u": "a/", "t": "A", "x": "", "k": "k", "h": [["id", "H"]]}
