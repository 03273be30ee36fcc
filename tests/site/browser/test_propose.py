"""The "Propose new content" form in a real browser at phone width, as a contributor uses it.

A scripted contributor (contributor.py) working in Arabic and in Spanish fills in a case study
and a training module equal to the largest real ones, every field, with the text of their
translations into that language; reloads half-way and finds the draft intact; and saves. The
file must pass the validator against the real content unchanged and hold what was typed. Each
step is checked with axe, and each step of the Arabic run is kept as a screenshot in
artifacts/contribute/. Smaller cases: refusals shown beside the field, a short file sent by
GitHub's address, and hostile text that stays text.
"""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from contributor import Contributor, expected_entity, read
from site_paths import ROOT
from test_browser import axe_violations

from partdem.content.models import BY_FOLDER
from partdem.content.validate import validate

TRANSLATED = ("es", "fr", "de", "pt", "ar")
GITHUB_LIMIT = 8000  # github/docs#5136: longer addresses are refused
PHONE = {"width": 390, "height": 844}
SHOTS = ROOT / "artifacts" / "contribute"


def largest(folder: str) -> Path:
    """The largest source file of a type (translations are <slug>.<lang>.yaml)."""
    sources = [p for p in (ROOT / "data" / folder).glob("*.yaml")
               if p.suffixes[-2:-1] == [] or p.suffixes[-2].lstrip(".") not in TRANSLATED]
    return max(sources, key=lambda p: p.stat().st_size)


def hub_with(tmp_path: Path, folder: str, slug: str, text: str) -> Path:
    """The real content with the proposed file in place of the real one and its translations
    (the proposal is written in the translation's language)."""
    hub = tmp_path / "hub"
    shutil.copytree(ROOT / "data", hub / "data")
    shutil.copytree(ROOT / "docs", hub / "docs")
    for path in (hub / "data" / folder).glob(f"{slug}.*yaml"):
        path.unlink()
    (hub / "data" / folder / f"{slug}.yaml").write_text(text, encoding="utf-8")
    return hub


def github_links(page) -> list[str]:
    links = page.locator(".pd-form__result a[href*='github']").all()
    return [a.get_attribute("href") for a in links]


@pytest.mark.parametrize("lang", ["ar", "es"])
@pytest.mark.parametrize("folder", ["cases", "training"])
def test_a_contributor_proposes_the_largest_real_entry(browser, server, axe, tmp_path, lang,
                                                       folder):
    source = largest(folder)
    slug = source.name.split(".")[0]
    own = source.with_name(f"{slug}.{lang}.yaml")
    entity = expected_entity(read(source), read(own) if own.exists() else None, lang)
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(f"{server}{lang}/propose/")
    page.select_option("#pd-propose-kind", folder)
    contributor = Contributor(page, folder)
    steps = page.locator(f"{contributor.form} > .pd-form__step").count()
    halfway = steps // 2
    problems: list[str] = []

    def after_step(step: int) -> None:
        problems.extend(f"step {step}: {v}" for v in axe_violations(page, axe))
        if lang == "ar":
            SHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SHOTS / f"{folder}-{lang}-{step + 1:02d}.png"),
                            full_page=True)
        if step == halfway:
            page.wait_for_timeout(400)  # the draft is kept 250 ms after the last keystroke
            before = page.evaluate(SNAPSHOT, contributor.form)
            page.reload()
            assert page.locator("#pd-propose-kind").input_value() == folder
            assert page.locator(contributor.form).get_attribute("data-current") == str(step)
            assert page.evaluate(SNAPSHOT, contributor.form) == before
            assert page.locator(".pd-form__draft").inner_text() != ""

    text = contributor.fill(entity, slug, after_step)
    problems += [f"save: {v}" for v in axe_violations(page, axe)]
    if lang == "ar":
        page.screenshot(path=str(SHOTS / f"{folder}-{lang}-{steps:02d}.png"), full_page=True)
    links = github_links(page)
    with page.expect_download() as download:
        page.locator(f"{contributor.form} .pd-form__download").click()
    downloaded = Path(download.value.path()).read_text(encoding="utf-8")
    context.close()

    assert problems == []
    assert downloaded == text
    assert download.value.suggested_filename == f"{slug}.yaml"
    assert links and all(len(link) <= GITHUB_LIMIT for link in links)
    saved = yaml.safe_load(text)
    assert saved["updated"] == datetime.date.today().isoformat()
    # Read as the hub reads files (a rating of 2 and of "2" are one), every value is the file's.
    model = BY_FOLDER[folder].model
    assert model.model_validate(saved) == model.model_validate({**entity,
                                                                "updated": saved["updated"]})
    hub = hub_with(tmp_path, folder, slug, text)
    found, invalid = validate(hub)
    assert [p.format() for p in invalid] == []
    assert found.get(folder, slug).entity.source_lang == lang


# Every answer of a form as the page holds it: what a reload must give back.
SNAPSHOT = """form => [...document.querySelector(form).querySelectorAll('[name]')].map(c =>
    [c.name, c.type === 'checkbox' ? String(c.checked)
     : c.multiple ? [...c.selectedOptions].map(o => o.value).join(',') : c.value])"""


def test_refusals_are_shown_beside_the_field_in_the_readers_language(browser, server):
    page = browser.new_page(viewport=PHONE)
    page.goto(server + "es/propose/")
    page.select_option("#pd-propose-kind", "chapters")
    form = ".pd-form[data-kind='chapters']"
    page.fill(f"{form} [name='founded']", "1066")
    page.click(f"{form} .pd-form__next")
    name_error = page.locator("#pd-chapters-name-error")
    founded_error = page.locator("#pd-chapters-founded-error")
    assert page.locator(form).get_attribute("data-current") == "0"  # not past the problems
    catalogue = _catalogue("es")
    assert name_error.inner_text() == catalogue["This is required."]
    assert founded_error.inner_text().startswith(catalogue["At least %(min)s"].split("%")[0])
    assert page.locator(f"{form} [name='name']").get_attribute("aria-invalid") == "true"
    page.fill(f"{form} [name='name']", "XR Ejemplo")
    assert name_error.is_hidden()  # checked again as the person types
    page.close()


def _catalogue(lang: str) -> dict[str, str]:
    from babel.messages.pofile import read_po

    with (ROOT / "locales" / lang / "LC_MESSAGES" / "messages.po").open("rb") as f:
        return {m.id: m.string for m in read_po(f, locale=lang) if m.id}


def test_a_short_file_opens_on_github_with_its_text(browser, server, tmp_path):
    """A group proposed in English: its file fits in an address, which GitHub's new-file page
    receives whole."""
    page = browser.new_page(viewport=PHONE)
    page.goto(server + "propose/")
    page.select_option("#pd-propose-kind", "chapters")
    contributor = Contributor(page, "chapters")
    text = contributor.fill({
        "name": "XR Example Town", "summary": "A local group campaigning for an assembly.",
        "level": "local", "languages": ["en", "cy"], "country": "GB", "city": "Example Town",
        "contact": {"email": "info@example.org",
                    "channels": [{"kind": "telegram", "url": "https://t.me/example"}]},
        "offers": ["facilitation"]}, "xr-example-town")
    href = page.locator(".pd-form__open").get_attribute("href")
    page.close()
    url = urlsplit(href)
    assert url.path.endswith("/new/main/data/chapters") and len(href) <= GITHUB_LIMIT
    query = parse_qs(url.query)
    assert query["filename"] == ["xr-example-town.yaml"] and query["value"] == [text]
    hub = hub_with(tmp_path, "chapters", "xr-example-town", text)
    found, problems = validate(hub)
    assert [p.format() for p in problems] == []
    chapter = found.get("chapters", "xr-example-town").entity
    assert chapter.languages == ["en", "cy"] and chapter.contact.email == "info@example.org"
    assert chapter.contact.channels[0].url == "https://t.me/example"


def test_rows_are_removed_and_the_draft_discarded(browser, server):
    page = browser.new_page(viewport=PHONE)
    page.goto(server + "propose/")
    page.select_option("#pd-propose-kind", "training")
    form = ".pd-form[data-kind='training']"
    page.fill(f"{form} [name='title']", "A module")
    contributor = Contributor(page, "training")
    contributor.row("objectives", 1)
    page.fill(f"{form} [name='objectives.1']", "Second")
    page.locator(f"{form} [data-list='objectives'] .pd-form__remove").first.click()
    assert page.locator(f"{form} .pd-form__rows [name^='objectives.']").count() == 1
    page.wait_for_timeout(400)
    page.reload()
    assert page.locator(f"{form} [name='objectives.1']").input_value() == "Second"
    assert page.locator(f"{form} [name='objectives.0']").count() == 0
    page.click(f"{form} .pd-form__discard")
    assert page.locator(f"{form} [name='title']").input_value() == ""
    page.reload()
    assert page.locator(f"{form} [name='title']").input_value() == ""
    page.close()


HOSTILE = '<img src=x onerror="window.hit=1"><script>window.hit=2</script>javascript:alert(1)'


def test_hostile_text_stays_text_in_the_preview_and_the_file(browser, server):
    page = browser.new_page(viewport=PHONE)
    page.goto(server + "propose/")
    page.select_option("#pd-propose-kind", "chapters")
    contributor = Contributor(page, "chapters")
    text = contributor.fill({"name": HOSTILE, "summary": HOSTILE, "level": "local",
                             "languages": ["en"], "country": "GB"}, "hostile")
    preview = page.locator(".pd-form[data-kind='chapters'] .pd-form__preview")
    assert preview.locator("img, script").count() == 0
    assert HOSTILE in preview.inner_text()
    assert page.evaluate("window.hit") is None
    page.close()
    assert yaml.safe_load(text)["name"] == HOSTILE  # the validator refuses it, with its message


def test_without_javascript_the_pages_say_what_to_do(browser, server):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.goto(server + "ar/propose/")
    assert page.locator("#pd-propose").is_hidden()
    links = page.locator("a[href*='/new/main/data/'], a[href*='api/v1/templates/']")
    assert links.count() == 10 and all(link.is_visible() for link in links.all())
    page.goto(server + "ar/translate/edit/?type=cases&slug=climate-assembly-uk")
    assert page.locator(".pd-translate__nojs").is_visible()
    assert page.locator(".pd-translate__nojs a").get_attribute("href") == "../"
    context.close()
