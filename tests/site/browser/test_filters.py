"""The list filters in a real browser: they narrow the list, keep their state in the address,
restore it from there, and the CSV download holds exactly the rows shown."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import yaml
from site_paths import ROOT


def visible_rows(page, table: str) -> list[str]:
    return page.locator(f"#{table} tbody tr:not([hidden])").all_inner_texts()


def test_case_filters_narrow_update_url_and_restore(browser, server):
    page = browser.new_page()
    page.goto(server + "cases/")
    total = len(visible_rows(page, "pd-cases"))
    assert total >= 30
    page.select_option("#pd-case-filters-type", "citizens_jury")
    juries = visible_rows(page, "pd-cases")
    assert 0 < len(juries) < total
    assert all("jury" in row.lower() for row in juries)
    assert "type=citizens_jury" in page.url
    page.fill("#pd-case-filters-q", "Leeds")
    assert len(visible_rows(page, "pd-cases")) == 1
    assert "q=Leeds" in page.url
    shared = page.url
    page.goto(server + "cases/")
    page.goto(shared)
    assert page.locator("#pd-case-filters-type").input_value() == "citizens_jury"
    assert len(visible_rows(page, "pd-cases")) == 1
    page.close()


def test_facet_counts_follow_other_filters(browser, server):
    page = browser.new_page()
    page.goto(server + "cases/?region=europe")
    options = page.locator("#pd-case-filters-country option").all_inner_texts()
    assert any(text.startswith("France") for text in options)
    assert not any(text.startswith("Canada") for text in options)
    page.close()


def test_csv_download_matches_rows_shown(browser, server):
    page = browser.new_page()
    page.goto(server + "cases/?scope=national")
    shown = visible_rows(page, "pd-cases")
    with page.expect_download() as download:
        page.click(".pd-filters__download")
    text = Path(download.value.path()).read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][0] == "Assembly"
    assert len(rows) - 1 == len(shown)
    assert [r[0] for r in rows[1:]] == [s.split("\t")[0].strip() for s in shown]
    page.close()


def test_training_and_resource_filters(browser, server):
    page = browser.new_page()
    page.goto(server + "training/?level=intro")
    assert 0 < len(visible_rows(page, "pd-training")) < 10
    page.goto(server + "resources/?kind=report")
    shown = page.locator("#pd-resources article:not([hidden])").count()
    assert 0 < shown < page.locator("#pd-resources article").count()
    page.close()


def test_lists_complete_without_javascript(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server + "cases/?type=citizens_jury")
    assert page.locator("#pd-cases tbody tr:not([hidden])").count() >= 30
    assert not page.locator(".pd-filters").is_visible()
    context.close()


def _latest_responses() -> dict[str, list[tuple[str, str]]]:
    """(number, latest response) of every recommendation, by follow-up file, read from the data
    files themselves: a recommendation with no response event has none yet."""
    found = {}
    for path in sorted((ROOT / "data" / "recommendations").glob("*.yaml")):
        if "." in path.stem:
            continue  # a translation: its numbers and statuses are the source's
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found[data["case"]] = [
            (str(r["number"]), next((e["response"] for e in reversed(r.get("events", []))
                                     if e.get("response")), "no_response"))
            for r in data["recommendations"]]
    return found


def test_tracker_filters_keep_their_state_and_download_the_view(browser, server):
    expected = _latest_responses()
    accepted = sum(response == "accepted" for rows in expected.values() for _, response in rows)
    assert accepted > 0
    page = browser.new_page()
    page.goto(server + "recommendations/")
    assert len(visible_rows(page, "pd-tracker")) == sum(len(rows) for rows in expected.values())
    page.select_option("#pd-tracker-filters-response", "accepted")
    assert len(visible_rows(page, "pd-tracker")) == accepted
    assert "response=accepted" in page.url
    assembly = "camden-citizens-assembly-2019"
    page.select_option("#pd-tracker-filters-assembly", assembly)
    shown = visible_rows(page, "pd-tracker")
    assert len(shown) == sum(response == "accepted" for _, response in expected[assembly])
    shared = page.url
    assert f"assembly={assembly}" in shared
    with page.expect_download() as download:
        page.click(".pd-filters__download")
    rows = list(csv.reader(io.StringIO(Path(download.value.path()).read_text(
        encoding="utf-8"))))
    assert rows[0] == ["Assembly", "No.", "Recommendation", "Response", "Implementation"]
    assert len(rows) - 1 == len(shown)
    assert {row[3] for row in rows[1:]} == {"Accepted"}
    page.goto(server + "recommendations/")
    page.goto(shared)
    assert page.locator("#pd-tracker-filters-assembly").input_value() == assembly
    assert len(visible_rows(page, "pd-tracker")) == len(shown)
    page.close()


def test_follow_up_page_filters_by_response(browser, server):
    expected = _latest_responses()["france-convention-citoyenne-climat"]
    page = browser.new_page()
    page.goto(server + "recommendations/france-convention-citoyenne-climat/?response=accepted")
    shown = page.locator("#pd-recs > li:not([hidden])")
    assert shown.count() == sum(response == "accepted" for _, response in expected)
    page.close()
