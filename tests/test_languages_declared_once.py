"""The site's languages are declared once, in partdem/content/languages.py: the engine's
configuration (mkdocs.yml, which static-i18n reads before any code of the hub runs) and the
interface catalogues follow it. This test reads both files as they are."""

from __future__ import annotations

import yaml
from support import ROOT

from partdem.content.languages import DEFAULT_LANGUAGE, LANGUAGES


class _Loader(yaml.SafeLoader):
    """mkdocs.yml uses MkDocs' own tags (!ENV, !!python/name): read them as plain values."""


_Loader.add_multi_constructor("", lambda loader, suffix, node: None)


def _i18n_languages() -> list[dict]:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    plugin = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    return plugin["languages"]


def test_mkdocs_lists_the_same_languages_in_the_same_order():
    declared = [(lang.code, lang.name, lang.code == DEFAULT_LANGUAGE) for lang in LANGUAGES]
    configured = [(lang["locale"], lang["name"], lang.get("default", False))
                  for lang in _i18n_languages()]
    assert configured == declared


def test_every_translated_language_has_its_catalogue():
    found = sorted(path.parent.parent.name for path in ROOT.glob("locales/*/LC_MESSAGES/*.po"))
    assert found == sorted(lang.code for lang in LANGUAGES if lang.code != DEFAULT_LANGUAGE)
