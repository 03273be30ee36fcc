"""The site's languages: codes, names, direction. The one list every other module reads; the
engine's configuration (mkdocs.yml) must say the same, and a test compares the two."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # the language's own name, as its readers write it
    rtl: bool = False
    # The interface strings in locales/ were written by the hub's developers; set this to True
    # once a native speaker has read the language's messages.po through.
    interface_reviewed: bool = False
    # The variant the translations are written in, as a locale (CLDR's "pt" is Brazilian):
    # dates, numbers and the names of countries and languages follow it too.
    locale: str = ""

    @property
    def variant(self) -> str:
        """The locale the language is written in: its variant, or its code."""
        return self.locale or self.code


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", interface_reviewed=True),  # the source
    Language("es", "Español"),
    Language("fr", "Français"),
    Language("de", "Deutsch"),
    Language("pt", "Português", locale="pt_PT"),  # European Portuguese, as locales/pt is
    Language("ar", "العربية", rtl=True),
)
DEFAULT_LANGUAGE = "en"
CODES: tuple[str, ...] = tuple(lang.code for lang in LANGUAGES)
BY_CODE: dict[str, Language] = {lang.code: lang for lang in LANGUAGES}
# The languages the interface and the content are translated into (``make messages``).
TRANSLATED: tuple[str, ...] = tuple(code for code in CODES if code != DEFAULT_LANGUAGE)


def url_prefix(lang: str) -> str:
    """The path prefix of a language on the site: '' for the default, 'es/' for Spanish."""
    return "" if lang == DEFAULT_LANGUAGE else f"{lang}/"
