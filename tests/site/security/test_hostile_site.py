"""A site built from hostile contributions that the check accepts (tests/fixtures/hostile/ over
the valid fixture hub), read output by output as readers, subscribers, recipients and
researchers get it: every page and newsletter email in a real browser, the feeds, the open data
JSON and CSV, the calendars, the sitemaps and the search indexes.

The answers come from the outputs themselves, read with general tools (Chromium, lxml, the json
and csv modules, icalendar), never from the hub's own rules.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import icalendar
import lxml.html
import pytest
from hostile import FIXTURES, executable
from lxml import etree
from support import VALID, copy_project

from partdem.content.validate import validate

HOSTILE = FIXTURES / "hostile"
SITE_URL = "https://hub.example/"
# What a spreadsheet runs as a formula when a cell starts with it (OWASP, CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """The hub's code with the valid fixture content and the hostile contributions over it."""
    root = tmp_path_factory.mktemp("hostile") / "hub"
    copy_project(root)
    shutil.copytree(VALID / "data", root / "data")
    for folder in ("data", "docs"):
        shutil.copytree(HOSTILE / folder, root / folder, dirs_exist_ok=True)
    return root


@pytest.fixture(scope="module")
def site(project) -> Path:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_URL=SITE_URL)
    result = subprocess.run([sys.executable, "-m", "partdem.cli", "build", "--site-dir",
                             str(project / "site")], cwd=project, env=env, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    return project / "site"


def files(site: Path, pattern: str) -> list[Path]:
    found = sorted(site.rglob(pattern))
    assert found, f"the site has no {pattern}"
    return found


def test_the_check_accepts_the_hostile_contributions(project):
    """Otherwise this file would test nothing: refused content is never built."""
    hub, problems = validate(project)
    assert problems == []
    assert "probe-assembly" in hub.records["cases"]
    assert (project / "docs" / "probe.md").exists()


def test_the_hostile_text_is_shown_as_text(site):
    """Inert because it was written out as text, not because it was dropped."""
    page = lxml.html.parse(str(site / "probe" / "index.html")).getroot()
    code = [element.text_content() for element in page.iter("code")]
    assert '<script src="/assets/hub/search.js"></script>' in code
    assert any('<meta http-equiv="refresh"' in text for text in code)
    case = (site / "cases" / "probe-assembly" / "index.html").read_text(encoding="utf-8")
    shown = lxml.html.fromstring(case).text_content()
    assert "{% raw %}" in shown and "<%= 7" in shown and '=HYPERLINK("https://evil' in shown


def test_emails_load_nothing_from_other_hosts(site):
    for path in files(site, "email.html"):
        tree = lxml.html.parse(str(path)).getroot()
        body = tree.find("body")
        assert executable(lxml.html.tostring(body, encoding="unicode")) == [], path
        head = [(element.tag, element.get("rel")) for element in tree.find("head")]
        assert set(head) <= {("meta", None), ("title", None), ("style", None), ("link", "icon")}, (
            path, head)
        loaded = [value for element in tree.iter() if isinstance(element.tag, str)
                  for name, value in element.attrib.items()
                  if name in ("src", "background", "poster", "srcset")]
        assert loaded == [], path
        styles = " ".join(element.get("style", "") for element in tree.iter()
                          if isinstance(element.tag, str))
        assert "url(" not in styles, path


# -- feeds -------------------------------------------------------------------------------------
def test_feeds_carry_nothing_that_runs_or_loads(site):
    for path in files(site, "*.xml"):
        if path.name.startswith("sitemap"):
            continue
        root = etree.parse(str(path)).getroot()
        shown = root.xpath("//item/description | //*[local-name()='summary' or "
                           "local-name()='content' or local-name()='title']")
        assert shown, f"{path}: no text"
        for element in shown:
            html = element.text or ""
            if not html.strip():
                continue
            fragment = lxml.html.fragment_fromstring(html, create_parent="div")
            assert executable(html) == [], path
            assert [el.get("src") for el in fragment.iter() if isinstance(el.tag, str)
                    and el.get("src")] == [], path


# -- open data ---------------------------------------------------------------------------------
def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def test_open_data_json_parses_strictly(site):
    for path in files(site / "api", "*.json"):
        json.loads(path.read_text(encoding="utf-8"), parse_constant=_no_constant)


def test_open_data_csv_runs_no_formula(site):
    cases = (site / "api" / "v1" / "cases.csv").read_text(encoding="utf-8")
    assert "HYPERLINK" in cases, "the formula is not in the export at all"
    for path in files(site / "api", "*.csv"):
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
        risky = [cell for row in rows[1:] for cell in row if cell.startswith(FORMULA_START)]
        assert risky == [], f"{path.name}: {risky[:5]}"


# -- calendars, sitemaps, search ---------------------------------------------------------------
def test_calendars_parse(site):
    for path in files(site, "*.ics"):
        calendar = icalendar.Calendar.from_ical(path.read_bytes())
        for component in calendar.walk():
            url = component.get("URL")
            assert url is None or str(url).startswith(SITE_URL), (path, url)


def test_sitemaps_name_only_the_site(site):
    for path in files(site, "sitemap*.xml"):
        locations = etree.parse(str(path)).getroot().xpath("//*[local-name()='loc']/text()")
        assert locations, path
        assert all(location.startswith(SITE_URL) for location in locations), path


def test_search_passages_are_text_of_the_sites_own_pages(site):
    """The search keeps each page's text in a file of its own: the hostile text is there as
    text (the browser test shows it stays text), and each file names a page of the site."""
    fragments = [path for path in files(site, "*.json") if path.parent.name == "pages"
                 and path.parent.parent.name == "search"]
    assert fragments
    texts = []
    for path in fragments:
        fragment = json.loads(path.read_bytes(), parse_constant=_no_constant)
        assert (site / fragment["u"] / "index.html").is_file(), fragment["u"]
        texts += [text for section in fragment["s"] for text in section]
    assert any('<script src="/assets/hub/search.js"></script>' in text for text in texts)
