"""What a link to a page shows where it is shared, on the real built site, read with extruct
(a general parser of OpenGraph and JSON-LD), never with the hub's own code: every page's
OpenGraph and Twitter tags in its language, naming its address and a card image that exists at
1200x630; articles dated; share links that carry the page's address; the open data described
as a schema.org Dataset whose downloads exist."""

from __future__ import annotations

import struct
from pathlib import Path
from urllib.parse import unquote, urlsplit

import extruct
import lxml.html
import pytest
from site_paths import LANGS, lang_of

SITE_URL = "http://127.0.0.1:8000/"  # mkdocs.yml's site_url when SITE_URL is not set
CARD_SIZE = (1200, 630)  # OpenGraph's large image, as the issue asks


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's header (its IHDR chunk comes first)."""
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", path
    return struct.unpack(">II", data[16:24])


def local(site: Path, url: str) -> Path:
    assert url.startswith(SITE_URL), url
    return site / url.removeprefix(SITE_URL)


@pytest.fixture(scope="module")
def tags(site) -> dict[str, dict]:
    """Each shared page's OpenGraph properties (lists of values), its other meta tags, its
    canonical address and its language."""
    found = {}
    for path in sorted(site.rglob("index.html")):  # not the 404 pages or the emails
        html = path.read_text(encoding="utf-8")
        graph = extruct.extract(html, syntaxes=["opengraph"], uniform=False)["opengraph"]
        assert len(graph) == 1, path
        properties: dict[str, list[str]] = {}
        for name, value in graph[0]["properties"]:
            properties.setdefault(name, []).append(value)
        root = lxml.html.fromstring(html)
        found[path.relative_to(site).as_posix()] = {
            "og": properties,
            "meta": {el.get("name"): el.get("content") for el in root.iter("meta")
                     if el.get("name")},
            "canonical": root.xpath("//link[@rel='canonical']/@href"),
            "lang": root.get("lang"),
        }
    assert len(found) > 6 * 100
    return found


def test_every_page_names_its_address_title_and_summary(tags):
    problems = []
    for page, found in tags.items():
        og, meta = found["og"], found["meta"]
        address = SITE_URL + page.removesuffix("index.html")
        if found["canonical"] != [address] or og.get("og:url") != [address]:
            problems.append(f"{page}: {found['canonical']} {og.get('og:url')}")
        for name in ("og:title", "og:description", "og:site_name", "og:type"):
            if len(og.get(name, [])) != 1 or not og[name][0].strip():
                problems.append(f"{page}: {name} {og.get(name)}")
        if og.get("og:description") != [meta.get("description")]:
            problems.append(f"{page}: og:description is not the page's description")
        if meta.get("twitter:card") != "summary_large_image":
            problems.append(f"{page}: twitter:card {meta.get('twitter:card')}")
        if [meta.get("twitter:title")] != og.get("og:title"):
            problems.append(f"{page}: twitter:title")
    assert problems == [], "\n".join(problems[:20])


def test_every_page_names_its_locale_and_the_others(tags):
    for page, found in tags.items():
        og = found["og"]
        (locale,) = og["og:locale"]
        assert locale.split("_")[0] == found["lang"] == lang_of(page), page
        alternates = og["og:locale:alternate"]
        languages = {code.split("_")[0] for code in [locale, *alternates]}
        assert len(alternates) == len(LANGS) - 1 and languages == set(LANGS), page
        assert all(len(code.split("_")) == 2 for code in [locale, *alternates]), page


def test_every_page_names_a_card_image_of_the_right_size(site, tags):
    problems = []
    for page, found in tags.items():
        og, meta = found["og"], found["meta"]
        (image,) = og["og:image"]
        card = local(site, image)
        if not card.is_file():
            problems.append(f"{page}: {image} does not exist")
            continue
        size = png_size(card)
        declared = (int(og["og:image:width"][0]), int(og["og:image:height"][0]))
        if size != CARD_SIZE or declared != CARD_SIZE:
            problems.append(f"{page}: {image} is {size}, declared {declared}")
        if meta.get("twitter:image") != image or not og.get("og:image:alt"):
            problems.append(f"{page}: twitter:image or og:image:alt")
    assert problems == [], "\n".join(problems[:20])


@pytest.mark.parametrize("kind", ["cases", "newsletter", "training"])
def test_an_entitys_page_is_a_dated_article_with_its_own_card(tags, kind):
    pages = {page: found for page, found in tags.items()
             if f"{kind}/" in page and page.count("/") - (lang_of(page) != "en") == 2}
    assert len(pages) >= 3 * len(LANGS), kind
    for page, found in pages.items():
        og = found["og"]
        assert og["og:type"] == ["article"], page
        (modified,) = og["article:modified_time"]
        assert len(modified) == 10 and modified[4] == "-", page  # a date, YYYY-MM-DD
        assert og["og:image"] == [SITE_URL + page.replace("index.html", "card.png")], page


def test_share_links_carry_the_pages_address(site, tags):
    for page in tags:
        root = lxml.html.parse(str(site / page)).getroot()
        (nav,) = root.find_class("pd-share")
        links = [a.get("href") for a in nav.iter("a")]
        address = SITE_URL + page.removesuffix("index.html")
        hosts = sorted(urlsplit(link).scheme + ":" + (urlsplit(link).hostname or "")
                       for link in links)
        assert hosts == ["https:t.me", "https:wa.me", "mailto:"], page
        assert all(address in unquote(link) for link in links), page
        # Plain links and buttons: nothing in it loads from anywhere.
        assert not nav.xpath(".//img | .//script | .//iframe | .//*[@src]"), page


def test_the_open_data_is_described_as_a_dataset(site):
    for lang in LANGS:
        path = site / ("" if lang == "en" else f"{lang}/") / "api" / "index.html"
        data = extruct.extract(path.read_text(encoding="utf-8"), syntaxes=["json-ld"],
                               uniform=True)["json-ld"]
        (dataset,) = [item for item in data if item.get("@type") == "Dataset"]
        assert dataset["name"] and len(dataset["description"]) >= 50, lang
        assert dataset["inLanguage"] == lang
        assert dataset["license"].startswith("https://creativecommons.org/licenses/")
        assert dataset["url"] == SITE_URL + path.relative_to(site).as_posix().removesuffix(
            "index.html")
        downloads = dataset["distribution"]
        formats = {item["encodingFormat"] for item in downloads}
        assert formats == {"application/json", "text/csv"}
        for item in downloads:
            assert local(site, item["contentUrl"]).is_file(), item["contentUrl"]
        built = {path.name for path in (site / "api" / "v1").glob("*.csv")}
        assert {item["contentUrl"].rsplit("/", 1)[1] for item in downloads
                if item["encodingFormat"] == "text/csv"} == built
