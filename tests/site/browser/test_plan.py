"""The planner in Chromium on the fixture hub: fixed answers give the expected items, links and
dates; the plan's address restores it; the plan prints on A4 with every item of its checklist;
the draft case file holds what the plan knows; hostile addresses run nothing and fill nothing.

Dates are counted here by hand from the answers: a first meeting on Monday 3 May 2027 puts B02
(20 weeks before) on 14 December 2026, B01 (16) on 11 January 2027, B05 (12) on 8 February
2027 and the local partners (26) on 2 November 2026; a report on 5 July 2027 with a response
within 3 months puts the response and the first progress report on 5 October 2027, the next
on 5 April 2028 and 5 October 2028 (every six months)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from paper import printed, squeeze
from playwright.sync_api import Browser, Page
from site_paths import ROOT

ANSWERS = ("?design=citizens-assembly&start=2027-05-03&end=2027-07-05&respond=3"
           "&title=Riverside+Climate+Assembly&done=B01,partner-charities")
CA_ITEMS = ["B02", "B01", "B11", "B12", "B05", "B06", "B15", "B07", "B04", "B08", "B10", "B14",
            "B09", "B13", "B16", "B03"]


def open_plan(browser: Browser, url: str) -> Page:
    page = browser.new_page(viewport={"width": 390, "height": 900}, accept_downloads=True)
    page.on("dialog", lambda dialog: pytest.fail(f"a dialog opened: {dialog.message}"))
    page.goto(url, wait_until="load")
    return page


def when(page: Page, selector: str) -> str:
    return " ".join(page.locator(selector).first.inner_text().split())


def test_fixed_answers_give_the_expected_plan(browser, fixture_server):
    page = open_plan(browser, f"{fixture_server}plan/{ANSWERS}")
    assert page.locator("#pd-plan").is_visible()
    assert page.locator("section[data-checklist='ca']").is_visible()
    assert not page.locator("section[data-checklist='pa']").is_visible()
    assert when(page, "#plan-b02 [data-weeks-before]") == (
        "December 14, 2026 (20 weeks before the first meeting)")
    assert page.locator("#plan-b02 time").get_attribute("datetime") == "2026-12-14"
    assert page.locator("#plan-b02 time").inner_text() == "December 14, 2026"
    assert when(page, "#plan-b01 [data-weeks-before]") == (
        "January 11, 2027 (16 weeks before the first meeting)")
    assert when(page, "#plan-b05 [data-weeks-before]") == (
        "February 8, 2027 (12 weeks before the first meeting)")
    ca = page.locator("section[data-checklist='ca']")
    assert " ".join(ca.locator("p:has([data-weeks-before='26'])").inner_text().split()) == (
        "Approach them first: November 2, 2026 (26 weeks before the first meeting)")
    dates = [" ".join(t.split()) for t in ca.locator(".pd-plan__dates li").all_inner_texts()]
    assert dates == [
        "The authority's response: October 5, 2027 (by the deadline it committed to, counted "
        "from the report)",
        "Progress report: October 5, 2027 (3 months after the report)",
        "Progress report: April 5, 2028 (9 months after the report)",
        "Progress report: October 5, 2028 (15 months after the report)"]
    assert page.locator("#plan-b01 input").is_checked()
    assert not page.locator("#plan-b02 input").is_checked()
    assert ca.locator("input[value='partner-charities']").is_checked()
    assert page.locator("#plan-b02 .pd-plan__cases a").first.get_attribute("href") == (
        "../cases/riverside-climate-assembly/")
    assert when(page, "#pd-plan-summary") == (
        "Riverside Climate Assembly · Design: Citizens' assembly · First meeting: May 3, 2027 · "
        "Last meeting: July 5, 2027")


def test_the_address_restores_the_plan(browser, fixture_server):
    page = open_plan(browser, f"{fixture_server}plan/")
    assert page.locator("section[data-checklist='pa']").is_visible()  # nothing chosen yet
    page.select_option("#pd-plan-design", "citizens-assembly")
    page.fill("#pd-plan-start", "2027-09-18")
    page.fill("#pd-plan-title", "Assembly of the <b>river</b> & the town")
    page.locator("#plan-b05 input").check()
    shared = page.url
    assert "design=citizens-assembly" in shared and "done=B05" in shared
    other = open_plan(browser, shared)
    assert other.input_value("#pd-plan-design") == "citizens-assembly"
    assert other.input_value("#pd-plan-start") == "2027-09-18"
    assert other.input_value("#pd-plan-title") == "Assembly of the <b>river</b> & the town"
    assert other.locator("#plan-b05 input").is_checked()
    assert not other.locator("#plan-b01 input").is_checked()
    assert not other.locator("section[data-checklist='pa']").is_visible()
    # 12 weeks before Saturday 18 September 2027.
    lead = "#plan-b05 [data-weeks-before]"
    assert when(other, lead) == when(page, lead) == (
        "June 26, 2027 (12 weeks before the first meeting)")
    assert other.locator("#pd-plan-summary b").count() == 0


def test_the_printed_plan_holds_every_item_on_a4(browser, fixture_server):
    page = open_plan(browser, f"{fixture_server}plan/{ANSWERS}")
    text = squeeze(printed(page))
    for item in CA_ITEMS:
        title = page.locator(f"#plan-{item.lower()} strong").first.inner_text()
        assert squeeze(title) in text, item
    for date in ("December 14, 2026", "January 11, 2027", "November 2, 2026",
                 "April 5, 2028", "Riverside Climate Assembly · Design: Citizens' assembly"):
        assert squeeze(date) in text, date
    assert squeeze("P01") not in text  # the other checklist does not print
    assert squeeze("Download a draft case file") not in text  # nor the form


def test_the_draft_case_file_holds_what_the_plan_knows(browser, fixture_server, tmp_path):
    page = open_plan(browser, f"{fixture_server}plan/{ANSWERS}")
    with page.expect_download() as info:
        page.click("#pd-plan-draft")
    download = info.value
    assert download.suggested_filename == "riverside-climate-assembly.yaml"
    text = Path(download.path()).read_text(encoding="utf-8")
    for line in ('title: "Riverside Climate Assembly"', "type: citizens_assembly",
                 "start: 2027-05-03", "end: 2027-07-05", "status: planned",
                 "design: citizens-assembly"):
        assert f"\n{line}\n" in text, line
    # In the contribution flow it is a draft: the check names only what a plan cannot know
    # (the summary, scope, format, topics and a source's title and address), by their keys.
    hub = tmp_path / "hub"
    shutil.copytree(ROOT / "tests" / "fixtures" / "valid", hub)
    (hub / "data/cases/riverside-climate-assembly-2027.yaml").write_text(text, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "partdem.cli", "--root", str(hub), "check"],
                            capture_output=True, text=True, check=False, cwd=ROOT)
    keys = sorted(line.split(": error: '")[1].split("'")[0]
                  for line in result.stdout.splitlines() if ": error: '" in line)
    assert keys == ["format", "scope", "summary", "title", "topics", "url"], result.stdout


@pytest.mark.parametrize("query", [
    "?design=%3Cscript%3Ealert(1)%3C/script%3E&start=2027-13-45&end=javascript:alert(1)",
    "?title=%3Cimg%20src=x%20onerror=alert(1)%3E&done=B01,%3Csvg%20onload=alert(1)%3E",
    "?respond=9999&start=2027-02-30&design=../../etc",
])
def test_hostile_addresses_run_nothing(browser, fixture_server, query):
    page = open_plan(browser, f"{fixture_server}plan/{query}")
    assert page.locator("#pd-plan img, #pd-plan svg, #pd-plan script:not([type])").count() == 0
    assert page.input_value("#pd-plan-design") == ""
    assert page.input_value("#pd-plan-start") == ""
    assert page.input_value("#pd-plan-respond") == ""
    assert page.locator("section[data-checklist='ca']").is_visible()
    assert when(page, "#plan-b02 [data-weeks-before]") == "20 weeks before the first meeting"
    if "title" in query:
        assert page.input_value("#pd-plan-title") == "<img src=x onerror=alert(1)>"
        assert page.locator("#plan-b01 input").is_checked()
