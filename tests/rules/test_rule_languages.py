"""Rule: source languages are the site's languages; other language fields are BCP 47 codes."""

import pytest
from support import CASE, CHAPTER, edited, hub_with, one


@pytest.mark.parametrize("lang", ["en", "es", "fr", "de", "pt", "ar"])
def test_site_languages(tmp_path, lang):
    # The fixture's Spanish translation would translate a Spanish source into Spanish.
    translation = {"data/cases/riverside-climate-assembly.es.yaml": None} if lang == "es" else {}
    assert hub_with(tmp_path, {CASE: edited(CASE, source_lang=lang), **translation}) == []


@pytest.mark.parametrize("lang", ["it", "english", "EN"])
def test_language_not_configured(tmp_path, lang):
    problem = one(hub_with(tmp_path, {CASE: edited(CASE, source_lang=lang)}))
    assert (f"'{lang}' is not a language of this site; expected one of: en, es, fr"
            in problem.message)


@pytest.mark.parametrize("tag", ["ga", "pt-BR", "cy", "zh-Hant"])
def test_spoken_languages_any_bcp47(tmp_path, tag):
    assert hub_with(tmp_path, {CHAPTER: edited(CHAPTER, languages=[tag])}) == []


def test_unknown_language_tag(tmp_path):
    problem = one(hub_with(tmp_path, {CHAPTER: edited(CHAPTER, languages=["klingonish"])}))
    assert "'klingonish' is not a known language code" in problem.message
