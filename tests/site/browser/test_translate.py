"""Translating in the browser, as a translator does: the largest real case into German, field by
field beside its original, typed from its German translation file; a reload half-way keeps the
work; the saved file carries the original's fingerprint and reviewed: false, and the validator
takes it in place of the real one. An outdated translation shows what changed, and the address
accepts only what the page lists."""

from __future__ import annotations

import json
import shutil

import pytest
import yaml
from site_paths import ROOT
from test_browser import axe_violations
from test_propose import PHONE, largest

from partdem.content.translations import Status
from partdem.content.validate import validate


def flat(value, path=""):
    """(dotted path, text) of a translation file's texts, in the file's order."""
    if isinstance(value, dict):
        return [pair for k, v in value.items() for pair in flat(v, f"{path}{k}.")]
    if isinstance(value, list):
        return [pair for i, v in enumerate(value) for pair in flat(v, f"{path}{i}.")]
    return [(path.rstrip("."), value.strip())] if isinstance(value, str) else []


def test_a_translator_translates_the_largest_case_into_german(browser, server, axe, tmp_path):
    german = max((ROOT / "data" / "cases").glob("*.de.yaml"), key=lambda p: p.stat().st_size)
    slug = german.name.split(".")[0]
    wanted = yaml.safe_load(german.read_text(encoding="utf-8"))
    texts = flat({k: v for k, v in wanted.items() if k not in ("source_fingerprint", "reviewed")})
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(f"{server}de/translate/edit/?type=cases&slug={slug}")
    page.wait_for_selector("[data-path]")
    assert axe_violations(page, axe) == []
    # The existing translation is there to improve: the translator types it afresh.
    for i, (path, text) in enumerate(texts):
        field = page.locator(f"[data-path='{path}']")
        field.fill("")
        field.fill(text)
        if i == len(texts) // 2:
            page.wait_for_timeout(400)
            page.reload()
            page.wait_for_selector("[data-path]")
            for done, done_text in texts[:i + 1]:
                assert page.locator(f"[data-path='{done}']").input_value() == done_text
    page.click(".pd-form__next")
    saved = page.locator(".pd-form__file").input_value()
    assert axe_violations(page, axe) == []
    steps = page.locator(".pd-form__send li").all_inner_texts()
    context.close()

    # The file exists: GitHub's edit page, with the steps to paste it.
    assert len(steps) == 3 and f"data/cases/{slug}.de.yaml" in steps[1]
    got = yaml.safe_load(saved)
    assert got["reviewed"] is False
    assert got["source_fingerprint"] == wanted["source_fingerprint"]  # the file is current
    assert flat({k: v for k, v in got.items() if k not in ("source_fingerprint", "reviewed")}) \
        == texts
    hub = tmp_path / "hub"
    shutil.copytree(ROOT / "data", hub / "data")
    shutil.copytree(ROOT / "docs", hub / "docs")
    (hub / "data" / "cases" / german.name).write_text(saved, encoding="utf-8")
    found, problems = validate(hub)
    assert [p.format() for p in problems] == []
    assert found.get("cases", slug).status("de") is Status.UNREVIEWED


def test_an_outdated_translation_shows_what_changed(browser, server):
    """The packet is the test's own: the form shows its changes as insertions and deletions."""
    slug = largest("training").name.split(".")[0]
    packet = {"type": "training", "slug": slug, "source_lang": "en",
              "fingerprint": "0123456789ab",
              "fields": [["title", "title", "Sortition today"]],
              "translations": {"fr": {"status": "outdated", "reviewed": False,
                                      "text": {"title": "Le tirage au sort"},
                                      "changed": {"title": [["-", "Sortition"], ["+", "Sortition"],
                                                            ["=", " "], ["+", "today"]]}}}}
    page = browser.new_page(viewport=PHONE)
    page.route(f"**/api/v1/translate/training/{slug}.json",
               lambda route: route.fulfill(body=json.dumps(packet),
                                           content_type="application/json"))
    page.goto(f"{server}fr/translate/edit/?type=training&slug={slug}")
    page.wait_for_selector("[data-path]")
    assert page.locator(".pd-translate__source ins").all_inner_texts() == ["Sortition", "today"]
    assert page.locator(".pd-translate__source del").all_inner_texts() == ["Sortition"]
    assert page.locator("[data-path='title']").input_value() == "Le tirage au sort"
    page.click(".pd-form__next")
    got = yaml.safe_load(page.locator(".pd-form__file").input_value())
    page.close()
    assert got == {"source_fingerprint": "0123456789ab", "reviewed": False,
                   "title": "Le tirage au sort"}


@pytest.mark.parametrize("query", [
    "type=<script>alert(1)</script>&slug=x",
    "type=cases&slug=../../../index",
    "type=__proto__&slug=x",
    "type=cases&slug=x%27%20onerror%3Dalert(1)",
    "type=cases&slug=no-such-case",
])
def test_the_address_accepts_only_what_the_page_lists(browser, server, query):
    page = browser.new_page()
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url))
    page.goto(f"{server}es/translate/edit/?{query}")
    page.wait_for_timeout(300)
    status = page.locator("#pd-translate .pd-form__draft").inner_text()
    fields = page.locator("[data-path]").count()
    page.close()
    assert status and fields == 0
    fetched = [url for url in asked if "/api/v1/translate/" in url]
    assert all(url.startswith(server + "api/v1/translate/cases/no-such-case")
               for url in fetched)
