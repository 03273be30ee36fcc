"""Rule: translations sit beside an existing source, in a site language, and carry text only."""

import pytest
from support import CASE, VALID, hub_with, one

from partdem.content import translations
from partdem.content.validate import validate

TRANSLATION = "data/cases/riverside-climate-assembly.es.yaml"
TEXT = (VALID / TRANSLATION).read_text(encoding="utf-8")


def test_valid_translation(tmp_path):
    assert hub_with(tmp_path, {}) == []


def test_source_missing(tmp_path):
    problem = one(hub_with(tmp_path, {"data/cases/nowhere.fr.yaml": TEXT}))
    assert "this is a translation of data/cases/nowhere.yaml, which does not exist" in (
        problem.message)


@pytest.mark.parametrize("lang", ["it", "xx", "pt_BR"])
def test_language_not_on_site(tmp_path, lang):
    problem = one(hub_with(tmp_path, {f"data/cases/riverside-climate-assembly.{lang}.yaml":
                                      TEXT}))
    assert f"'{lang}' is not a language of this site" in problem.message


@pytest.mark.parametrize(("key", "value"), [("country", "ES"), ("start", "2021-03-06"),
                                            ("sources", "[]")])
def test_facts_are_not_repeated(tmp_path, key, value):
    problem = one(hub_with(tmp_path, {TRANSLATION: TEXT + f"{key}: {value}\n"}))
    assert problem.message.startswith(f"'{key}' is a fact, not text: a translation carries only "
                                      "text, facts come from the source file")
    assert problem.line == TEXT.count("\n") + 1


def test_fingerprint_required(tmp_path):
    text = "\n".join(line for line in TEXT.splitlines() if "fingerprint" not in line)
    problem = one(hub_with(tmp_path, {TRANSLATION: text}))
    assert problem.message.startswith("missing required key 'source_fingerprint'")


def test_translation_into_its_own_language(tmp_path):
    problem = one(hub_with(tmp_path, {"data/cases/riverside-climate-assembly.en.yaml": TEXT}))
    assert "is itself written in 'en'" in problem.message


def test_staleness_follows_the_source_text(tmp_path):
    hub_with(tmp_path, {})
    root = tmp_path / "hub"
    record = validate(root)[0].get("cases", "riverside-climate-assembly")
    assert record.status("es") is translations.Status.UNREVIEWED
    assert record.status("fr") is translations.Status.MISSING
    source = root / CASE
    source.write_text(source.read_text(encoding="utf-8").replace(
        "Fifty residents", "Sixty residents"), encoding="utf-8")
    record = validate(root)[0].get("cases", "riverside-climate-assembly")
    assert record.status("es") is translations.Status.OUTDATED
    # A change of facts only leaves the translation current.
    source.write_text(source.read_text(encoding="utf-8").replace("sessions: 6", "sessions: 7"),
                      encoding="utf-8")
    fresh = validate(root)[0].get("cases", "riverside-climate-assembly")
    assert translations.fingerprint(fresh.entity) == translations.fingerprint(record.entity)
