"""The world map: valid SVG, linked countries with data, nothing loaded from elsewhere, small."""

import re

import pytest
from lxml import etree
from pygal_maps_world.i18n import COUNTRIES

from partdem.site import worldmap

SVG = "{http://www.w3.org/2000/svg}"
CODES = sorted(code.upper() for code in COUNTRIES)


def render(counts, label="Cases by country"):
    links = {code: f"https://example.org/cases/?country={code.lower()}" for code in counts}
    titles = {code: f"{code}: {count}" for code, count in counts.items()}
    return worldmap.render_map(counts, links, titles, label)


def links_of(svg):
    root = etree.fromstring(svg.encode())
    return {a.get("href"): a for a in root.iter(f"{SVG}a")}


def test_parses_with_title_and_source_view_box():
    root = etree.fromstring(render({"FR": 3}, label="Cases by country").encode())
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "-30 61 2754 1398"
    assert root.get("width") == "100%"
    title = root.find(f"{SVG}title")
    assert title.text == "Cases by country"
    assert root.get("aria-labelledby") == title.get("id")


def test_countries_with_data_are_links_with_their_title():
    counts = {"FR": 3, "DE": 1, "ZA": 12, "SM": 2}
    found = links_of(render(counts))
    assert len(found) == len(counts)
    for code, count in counts.items():
        link = found[f"https://example.org/cases/?country={code.lower()}"]
        assert link.find(f"{SVG}title").text == f"{code}: {count}"
        # Every link has a shape to click: an outline or a marker.
        assert link.find(f"{SVG}path") is not None or link.find(f"{SVG}circle") is not None


def test_countries_without_data_are_not_links():
    # A count of 0 needs no link nor title, and is drawn like any country without data.
    svg = worldmap.render_map({"FR": 2, "IT": 0}, {"FR": "/fr/"}, {"FR": "France: 2"}, "Map")
    root = etree.fromstring(svg.encode())
    assert [a.get("href") for a in root.iter(f"{SVG}a")] == ["/fr/"]
    assert len(root.findall(f".//{SVG}title")) == 2  # the map's and France's
    no_link = [e for e in root.iter(f"{SVG}path", f"{SVG}circle")
               if e.getparent().tag != f"{SVG}a"]
    assert len(no_link) > 200
    assert all(e.get("fill") is None for e in no_link)  # they take the grey of the map
    assert root.get("fill") == worldmap.NO_DATA


def test_fill_steps_by_count_and_outline():
    counts = {"FR": 1, "DE": 2, "ES": 4, "IT": 8, "PL": 40}
    found = links_of(render(counts))
    fills = [found[f"https://example.org/cases/?country={code.lower()}"].get("fill")
             for code in counts]
    assert fills == list(worldmap.PALETTE)
    assert all(a.get("stroke") == worldmap.OUTLINE for a in found.values())


def test_every_country_of_the_map_can_be_linked():
    found = links_of(render({code: 1 for code in CODES}))
    assert len(found) == len(CODES) == 250


def test_unknown_code_is_an_error():
    with pytest.raises(ValueError, match="ZZ"):
        render({"ZZ": 1})


def test_no_script_style_or_outside_reference():
    counts = {code: 1 for code in CODES[:50]}
    svg = render(counts)
    root = etree.fromstring(svg.encode())
    names = {etree.QName(e).localname for e in root.iter() if isinstance(e.tag, str)}
    assert names <= {"svg", "title", "a", "path", "circle"}
    assert not any("style" in e.attrib for e in root.iter())
    expected = {f"https://example.org/cases/?country={code.lower()}" for code in counts}
    urls = set(re.findall(r"https?://[^\"'<>\s]+", svg))
    assert urls == expected | {"http://www.w3.org/2000/svg"}


def test_size_with_50_countries_with_data():
    svg = render({code: i % 12 + 1 for i, code in enumerate(CODES[::5])})
    assert len(CODES[::5]) == 50
    assert len(svg.encode()) < 100_000


def test_size_with_every_country_with_data():
    assert len(render({code: 1 for code in CODES}).encode()) < 150_000


def test_text_is_escaped():
    svg = worldmap.render_map({"FR": 1}, {"FR": "/cases/?a=1&b=\"2\""}, {"FR": "<&> France"},
                              'Map <of> "cases" & more')
    root = etree.fromstring(svg.encode())
    assert root.find(f"{SVG}title").text == 'Map <of> "cases" & more'
    link = root.find(f"{SVG}a")
    assert link.get("href") == '/cases/?a=1&b="2"'
    assert link.find(f"{SVG}title").text == "<&> France"


def test_stored_shapes_are_those_of_the_installed_map():
    """The shapes are simplified once and stored; they must be what the installed map gives."""
    assert worldmap._source() == worldmap.simplified()
