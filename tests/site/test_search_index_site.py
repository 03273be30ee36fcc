"""The search index of each language, written with the pages of the fixture hub: only that
language's pages, each with its title, summary, keywords and (for the hub's own pages and lists)
headings that lead to their sections; the hand-written pages as readers of the language get
them."""

from __future__ import annotations

import json
import shutil
from datetime import date

import pytest
from support import VALID

from partdem.content.languages import CODES, url_prefix
from partdem.content.validate import validate
from partdem.enrich.derive import derive
from partdem.outputs import pages
from partdem.outputs.job import Job
from partdem.site.context import Context
from partdem.site.language import site_language
from partdem.site.shell import Site

ABOUT = "---\ntitle: About the hub\ndescription: Who we are.\n---\n# About\n\n## Privacy\n\nx\n"


ABOUT_ES = ("---\ntitle: Acerca del portal\nsource_fingerprint: x\nreviewed: false\n---\n"
            "# Acerca\n\n## Privacidad {#privacy}\n\nx\n")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("search") / "hub"
    shutil.copytree(VALID, root)
    (root / "docs").mkdir()
    (root / "docs" / "about.md").write_text(ABOUT, encoding="utf-8")
    (root / "docs" / "about.es.md").write_text(ABOUT_ES, encoding="utf-8")
    hub, _ = validate(root)
    today = date(2026, 6, 1)
    context = Context(hub=hub, derived=derive(hub, today), today=today, repo_url="")
    site = root.parent / "site"
    for lang in CODES:
        pages.write(Job(context, Site("https://hub.example/"), site), site_language(lang))
    return site


def index(site, lang):
    return json.loads((site / url_prefix(lang) / "search" / "index.json").read_text())


@pytest.mark.parametrize("lang", CODES)
def test_each_language_holds_its_own_pages_only(built, lang):
    data = index(built, lang)
    assert data["lang"] == lang
    urls = [doc["u"] for doc in data["docs"]]
    assert len(urls) == len(set(urls)) > 10
    for url in urls:
        if url == "about/":
            continue  # the engine writes the hand-written pages (tests/site checks them)
        page = built / url_prefix(lang) / url / "index.html"
        assert f'<html lang="{lang}"' in page.read_text(encoding="utf-8"), url


def test_entries_carry_what_readers_search_by(built):
    docs = {doc["u"]: doc for doc in index(built, "es")["docs"]}
    case = docs["cases/riverside-climate-assembly/"]
    assert case["t"] == "Asamblea Climática de Riverside"
    assert "h" not in case  # the headings every case has would match every case
    assert "Riverside" in case["k"]  # its city
    listing = docs["benchmark/"]
    assert ["la-escala-de-valoracion", "La escala de valoración"] in listing["h"]
    assert all(len(doc["x"]) <= 200 for doc in docs.values())


def test_hand_written_pages_in_the_readers_language_or_the_original(built):
    es = {doc["u"]: doc for doc in index(built, "es")["docs"]}["about/"]
    assert (es["t"], es["h"]) == ("Acerca del portal", [["privacy", "Privacidad"]])
    fr = {doc["u"]: doc for doc in index(built, "fr")["docs"]}["about/"]
    assert (fr["t"], fr["x"], fr["h"]) == ("About the hub", "Who we are.",
                                           [["privacy", "Privacy"]])

