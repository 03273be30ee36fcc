"""The contribution forms as the build writes them: every label, hint and choice in the page's
language (never a raw field name or the English text), GitHub addresses under GitHub's limit,
links from the pages to the translate form, and a packet per public entity for it."""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from babel.messages.pofile import read_po
from bs4 import BeautifulSoup
from site_paths import ROOT

TRANSLATED = ("es", "fr", "de", "pt", "ar")
GITHUB_LIMIT = 8000  # github/docs#5136


def english(lang: str) -> set[str]:
    """The English texts the catalogue of ``lang`` translates differently: none may show
    (unless the same words translate another text: French "Note" for "Rating")."""
    with (ROOT / "locales" / lang / "LC_MESSAGES" / "messages.po").open("rb") as f:
        messages = [m for m in read_po(f, locale=lang) if isinstance(m.id, str) and m.id]
    own = {m.string for m in messages}
    return {m.id for m in messages if m.string != m.id and m.id not in own}


RAW_NAME = re.compile(r"^[a-z]+(?:[_.][a-z_]+)+$")  # budget.amount, languages_used


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_form_text_is_in_the_readers_language(site, lang):
    html = (site / lang / "propose" / "index.html").read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "html.parser")
    form = soup.find(id="pd-propose")
    shown = [" ".join(node.get_text(" ", strip=True).split())
             for node in form.select("label, legend, .pd-form__hint, h3, option, p")]
    shown += [node["aria-label"] for node in form.select("[aria-label]")]
    texts = json.loads(form.find(id="pd-form-texts").string)
    shown += list(texts.values())
    untranslated = english(lang)
    assert len(shown) > 300
    assert [t for t in shown if t in untranslated or RAW_NAME.match(t)] == []
    data = json.loads(BeautifulSoup(
        (site / lang / "translate" / "edit" / "index.html").read_text(encoding="utf-8"),
        "html.parser").find(id="pd-translate-data").string)
    labels = [label for kind in data["labels"].values() for label, _ in kind.values()]
    assert [t for t in labels if t in untranslated or RAW_NAME.match(t)] == []


def test_the_english_form_names_every_field_by_its_label(site):
    form = BeautifulSoup((site / "propose" / "index.html").read_text(encoding="utf-8"),
                         "html.parser").find(id="pd-propose")
    labels = [label.get_text(" ", strip=True) for label in form.select("label, legend")]
    assert "Commissioned by" in " ".join(labels) and "Number of members" in " ".join(labels)
    assert [t for t in labels if RAW_NAME.match(t)] == []


@pytest.mark.parametrize("lang", ("en", *TRANSLATED))
def test_github_addresses_fit_githubs_limit(site, lang):
    prefix = "" if lang == "en" else f"{lang}/"
    for page in ("propose/index.html", "translate/index.html"):
        soup = BeautifulSoup((site / f"{prefix}{page}").read_text(encoding="utf-8"),
                             "html.parser")
        links = [a["href"] for a in soup.select("a[href^='https://github.com']")]
        assert links and [len(href) for href in links if len(href) > GITHUB_LIMIT] == []


def test_templates_too_long_for_an_address_are_on_the_hub(site):
    soup = BeautifulSoup((site / "propose" / "index.html").read_text("utf-8"), "html.parser")
    for item in soup.select("#without-the-form ~ ul li"):
        github, template = item.select("a")
        text = (site / "propose" / template["href"]).resolve().read_text("utf-8")
        query = parse_qs(urlsplit(github["href"]).query)
        assert query.get("value", [text]) == [text]  # in the address only if whole
        assert query["filename"] == ["new-slug.yaml"] and "# " in text


def test_pages_link_to_the_translate_form(site):
    html = (site / "de" / "cases" / "climate-assembly-uk" / "index.html").read_text("utf-8")
    assert "translate/edit/?type=cases&amp;slug=climate-assembly-uk" in html


def test_every_public_entity_has_its_packet(site):
    index = json.loads((site / "api" / "v1" / "index.json").read_text("utf-8"))
    for kind in index["types"]:
        items = json.loads((site / "api" / "v1" / f"{kind}.json").read_text("utf-8"))["items"]
        packets = {p.stem for p in (site / "api" / "v1" / "translate" / kind).glob("*.json")}
        assert packets == {item["id"] for item in items}, kind
