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
