"""Checks on the built HTML: validity, links, no outside requests, languages, sitemap."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from lxml import etree, html
from site_paths import LANGS, ROOT, lang_of

from partdem.content.validate import validate

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
# Nu validator messages that come from the theme's own markup (mkdocs-material's base
# template) and cannot be fixed from our templates without copying the whole base template:
THEME_ALLOWLIST = (
    # <input type="checkbox" autocomplete="off"> toggles for the drawer and search: Material
    # sets it so that Firefox does not restore an open drawer on reload.
    "Attribute “autocomplete” is only allowed when the input type is",
    # <label for="__drawer"> / <label for="__search"> point at those hidden toggle checkboxes.
    "The value of the “for” attribute of the “label” element must be the ID of a non-hidden",
)
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
RESOURCE_ATTRS = (("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src"),
                  ("source", "src"), ("video", "src"), ("audio", "src"), ("embed", "src"),
                  ("object", "data"))


def test_nu_validator_finds_no_errors(site):
    result = subprocess.run(["java", "-jar", str(VNU), "--stdout", "--skip-non-html",
                             "--format", "json", "--errors-only", str(site)],
                            capture_output=True, text=True, check=False)
    messages = json.loads(result.stdout)["messages"]
    errors = [m for m in messages if m["type"] == "error"
              and not m["message"].startswith(THEME_ALLOWLIST)]
    shown = [f"{m.get('url', '')}:{m.get('lastLine')}: {m['message']}" for m in errors[:20]]
    assert errors == [], "\n".join(shown)


def test_lychee_finds_no_broken_internal_link_or_anchor(site):
    lychee = shutil.which("lychee", path=str(Path(ROOT / ".venv" / "bin"))) or "lychee"
    result = subprocess.run([lychee, "--offline", "--include-fragments", "--no-progress",
                             "--index-files", "index.html", "--root-dir", str(site),
                             f"{site}/**/*.html"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def _resources(page: Path) -> list[str]:
    tree = html.parse(str(page))
    found = []
    for tag, attr in RESOURCE_ATTRS:
        for element in tree.iter(tag):
            value = element.get(attr)
            if tag == "link" and (element.get("rel") or "") in ("alternate", "canonical"):
                continue
            if value:
                found.append(value)
    return found


def test_every_resource_is_local_and_exists(site, pages):
    """What lychee skips (script src, stylesheets, icons): all from this site, all present."""
    missing, outside = [], []
    for page in pages:
        base = "http://site.invalid/" + page.relative_to(site).as_posix()
        for value in _resources(page):
            if value.startswith("data:"):  # inline, not a request (the emails' empty icon)
                continue
            url = urlsplit(urljoin(base, value))
            if url.netloc != "site.invalid":
                outside.append(f"{page.relative_to(site)}: {value}")
                continue
            target = site / url.path.lstrip("/")
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                missing.append(f"{page.relative_to(site)}: {value}")
    assert outside == [], outside[:10]
    assert missing == [], missing[:10]


def test_no_page_names_another_host_for_loading(site, pages):
    """No web fonts, CDNs or trackers in any HTML or CSS, or in the hub's own scripts.

    (The theme's bundle names unpkg.com for polyfills it loads only on browsers without
    ResizeObserver and for Mermaid diagrams, which the hub does not use; the browser checks
    record every request actually made.)"""
    suspicious = ("fonts.googleapis", "fonts.gstatic", "cdn.jsdelivr", "unpkg.com",
                  "googletagmanager", "google-analytics", "kozea.github.io")
    for path in [*pages, *site.rglob("*.css"), *(site / "assets" / "hub").rglob("*.js")]:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert not any(s in text for s in suspicious), path


def test_links_to_other_sites_carry_noopener_noreferrer(site, pages):
    """Template links and links written in Markdown alike (rel="edit" marks the edit button,
    which leads to the hub's own repository)."""
    loc = etree.parse(str(site / "sitemap-pages.xml")).findtext("s:url/s:loc", namespaces=NS)
    own = urlsplit(loc).netloc  # emails link to the site by absolute URLs
    bare = []
    for page in pages:
        for link in html.parse(str(page)).iter("a"):
            rel = set((link.get("rel") or "").split())
            target = urlsplit(link.get("href", ""))
            if (target.scheme in ("http", "https") and target.netloc != own
                    and "edit" not in rel and not {"noopener", "noreferrer"} <= rel):
                bare.append(f"{page.relative_to(site)}: {link.get('href')}")
    assert bare == [], bare[:10]


@pytest.mark.parametrize("lang", LANGS)
def test_hand_written_pages_edit_their_own_file(site, lang):
    prefix = site if lang == "en" else site / lang
    suffix = "" if lang == "en" else f".{lang}"
    page = html.parse(str(prefix / "contribute" / "index.html"))
    edit = page.xpath("//a[contains(concat(' ', @rel, ' '), ' edit ')]")[0]
    assert edit.get("href").endswith(f"/edit/main/docs/contribute{suffix}.md")


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_has_home_sections_and_404(site, lang):
    prefix = site if lang == "en" else site / lang
    for section in ("", "cases", "benchmark", "chapters", "training", "resources",
                    "initiatives", "research", "guide", "newsletter", "about", "contribute"):
        page = prefix / section / "index.html"
        assert page.exists(), page
        assert f'<html lang="{lang}"' in page.read_text(encoding="utf-8")
    not_found = (prefix / "404.html").read_text(encoding="utf-8")
    assert f'<html lang="{lang}"' in not_found


def test_arabic_is_right_to_left(site):
    for page in (site / "ar").rglob("index.html"):
        assert 'dir="rtl"' in page.read_text(encoding="utf-8"), page
    assert 'dir="ltr"' in (site / "es" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", LANGS)
def test_sitemap_has_every_page_with_hreflang_alternates(site, pages, lang):
    prefix = "" if lang == "en" else f"{lang}/"
    tree = etree.parse(str(site / prefix / "sitemap-pages.xml"))
    urls = tree.findall("s:url", NS)
    locs = {url.findtext("s:loc", namespaces=NS).split("/", 3)[3] for url in urls}
    built = {url for page in pages if page.name == "index.html"
             and lang_of(url := page.relative_to(site).as_posix().removesuffix("index.html"))
             == lang}
    assert locs == built
    case = next(u for u in urls if u.findtext("s:loc", namespaces=NS).endswith(
        f"/{prefix}cases/"))
    assert {link.get("hreflang") for link in case.findall("x:link", NS)} == set(LANGS)


def test_sitemap_indexes_are_small_and_name_each_language(site):
    """The theme's script downloads the sitemap.xml beside every feed a page names: an index of
    a few lines, not the list of every page."""
    root = etree.parse(str(site / "sitemap.xml"))
    listed = [loc.text.split("/", 3)[3] for loc in root.iterfind("s:sitemap/s:loc", NS)]
    assert listed == [("" if lang == "en" else f"{lang}/") + "sitemap-pages.xml"
                      for lang in LANGS]
    for lang in LANGS:
        index = site / ("" if lang == "en" else lang) / "sitemap.xml"
        assert index.stat().st_size < 1000


def test_page_size_does_not_carry_the_whole_site(site):
    """Navigation lists sections only, so a page does not grow with the number of cases
    (tests/test_page_weight.py compares two sizes of hub)."""
    sizes = [p.stat().st_size for p in (site / "cases").glob("*/index.html")]
    assert max(sizes) < 60_000


def test_list_and_matrix_contain_every_case(site):
    hub, _ = validate(ROOT)
    slugs = {r.slug for r in hub.of("cases")}
    listing = html.parse(str(site / "cases" / "index.html"))
    linked = {a.get("href").strip("./").split("/")[0]
              for a in listing.xpath("//table[@id='pd-cases']//a")}
    assert linked == slugs
    matrix = html.parse(str(site / "benchmark" / "index.html"))
    rows = matrix.xpath("//table[@id='pd-matrix']/tbody/tr")
    in_matrix = {row.xpath(".//a")[0].get("href").split("/")[-2] for row in rows}
    assert in_matrix == {r.slug for r in hub.of("cases") if r.entity.checklist == "ca"}


def test_map_links_every_country_with_cases_to_its_filtered_list(site):
    page = html.parse(str(site / "cases" / "index.html"))
    links = {a.get("href") for a in page.xpath("//figure[@class='pd-map']//*[local-name()='a']")}
    countries = {row.get("data-country") for row in page.xpath("//table[@id='pd-cases']//tr")
                 if row.get("data-country")}
    assert links == {f"./?country={code}" for code in countries}


@pytest.mark.parametrize("lang", LANGS)
def test_case_pages_show_every_benchmark_item(site, lang):
    prefix = site if lang == "en" else site / lang
    for page in (prefix / "cases").glob("*/index.html"):
        checklist = html.parse(str(page)).xpath("//section[@id='benchmark']")[0]
        ids = {s.text for s in checklist.xpath(".//span[@class='pd-id']")}
        expected = {f"P{i:02d}" for i in range(1, 9)} if "P01" in ids else {
            f"B{i:02d}" for i in range(1, 17)}
        assert ids == expected, page
