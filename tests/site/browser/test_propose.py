"""The "Propose new content" form in a real browser: it refuses incomplete answers with the
schema's rules, and writes a file the validator accepts, with GitHub's new-file address."""

from __future__ import annotations

import shutil
from urllib.parse import parse_qs, urlsplit

from site_paths import ROOT

from partdem.content.validate import validate


def test_form_refuses_missing_values(browser, server):
    page = browser.new_page()
    page.goto(server + "propose/")
    page.wait_for_selector(".pd-propose__field")
    page.fill("#pd-propose-slug", "Bad Slug")
    page.click(".pd-propose__go")
    problems = page.locator(".pd-propose__problems li").all_inner_texts()
    assert problems[0].startswith("The short name may only use")
    assert "title is required." in problems
    page.close()


def test_form_writes_a_valid_chapter_file(browser, server, tmp_path):
    page = browser.new_page()
    page.goto(server + "propose/")
    page.select_option("#pd-propose-kind", "chapters")
    page.wait_for_selector("[data-name='name']")
    page.fill("#pd-propose-slug", "xr-example-town")
    page.fill("#pd-f-name", "XR Example Town")
    page.fill("#pd-f-summary", "A local group campaigning for a citizens' assembly.")
    page.fill("#pd-f-updated", "2026-11-25")
    page.select_option("#pd-f-country", "GB")
    page.select_option("#pd-f-level", "local")
    page.fill("#pd-f-languages", "en, cy")
    page.fill("#pd-f-contact-email", "info@example.org")
    page.click(".pd-propose__go")
    text = page.locator("#pd-propose-yaml").input_value()
    href = page.locator(".pd-propose__open").get_attribute("href")
    page.close()
    url = urlsplit(href)
    assert url.path.endswith("/new/main/data/chapters")
    query = parse_qs(url.query)
    assert query["filename"] == ["xr-example-town.yaml"] and query["value"] == [text]
    hub = tmp_path / "hub"
    shutil.copytree(ROOT / "tests" / "fixtures" / "valid", hub)
    (hub / "data" / "chapters" / "xr-example-town.yaml").write_text(text, encoding="utf-8")
    found, problems = validate(hub)
    assert [p.format() for p in problems] == []
    chapter = found.get("chapters", "xr-example-town").entity
    assert chapter.languages == ["en", "cy"] and chapter.contact.email == "info@example.org"


def test_form_writes_a_valid_follow_up_file(browser, server, tmp_path):
    """A follow-up of a People's Assembly's proposals, with one proposal and its source."""
    page = browser.new_page()
    page.goto(server + "propose/")
    page.select_option("#pd-propose-kind", "recommendations")
    page.wait_for_selector("[data-name='case']")
    page.fill("#pd-propose-slug", "riverside-climate-assembly")
    page.fill("#pd-f-title", "What became of the Riverside recommendations")
    page.fill("#pd-f-summary", "The council answered in writing.")
    page.fill("#pd-f-updated", "2026-11-25")
    page.fill("#pd-f-case", "riverside-climate-assembly")
    page.fill("#pd-f-report_date", "2021-06-01")
    page.fill("#pd-f-published", "24")
    page.fill("#pd-f-numbering_gaps", "Only the first is recorded so far.")
    page.fill("#pd-f-sources---title", "The council's response")
    page.fill("#pd-f-sources---url", "https://example.org/riverside/response")
    page.fill("#pd-f-recommendations---number", "1")
    page.fill("#pd-f-recommendations---title", "Fund a cycling network")
    page.select_option("#pd-f-recommendations---topics", ["transport"])
    page.click(".pd-propose__go")
    text = page.locator("#pd-propose-yaml").input_value()
    page.close()
    hub = tmp_path / "hub"
    shutil.copytree(ROOT / "tests" / "fixtures" / "valid", hub)
    (hub / "data" / "recommendations" / "riverside-climate-assembly.yaml").write_text(
        text, encoding="utf-8")
    found, problems = validate(hub)
    assert [p.format() for p in problems] == []
    entity = found.get("recommendations", "riverside-climate-assembly").entity
    assert entity.published == 24
    assert [(r.number, r.topics) for r in entity.recommendations] == [("1", ["transport"])]
