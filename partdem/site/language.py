"""A language as a build uses it: one object per language, made once and handed down through the
site and the outputs, instead of a code looked up again at every stop.

It holds what every page, feed, calendar and email of the language needs: its code and name,
its direction, its address prefix, and its interface strings with the labels of codes, country
names and language names in it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from babel import Locale
from babel.core import get_global
from babel.support import NullTranslations

from partdem.content import strings
from partdem.content.languages import BY_CODE, url_prefix
from partdem.content.models.vocab import VOCABULARIES
from partdem.content.routes import page_url


@dataclass(frozen=True)
class SiteLanguage:
    """One language of the site, with its interface strings."""

    code: str
    name: str  # the language's own name
    rtl: bool
    prefix: str  # of its addresses: '' for the default language, 'es/' for Spanish
    translations: NullTranslations = field(repr=False, compare=False)
    locale: Locale = field(repr=False, compare=False)

    def gettext(self, message: str) -> str:
        return self.translations.gettext(message)

    def label(self, vocabulary: str, code: str) -> str:
        """The label of a vocabulary code."""
        return self.gettext(VOCABULARIES[vocabulary][code])

    def country(self, code: str) -> str:
        return self.locale.territories.get(code, code)

    def language(self, code: str) -> str:
        """The name of language ``code`` in this language (pt-BR as Portuguese (Brazil))."""
        try:
            return Locale.parse(code.replace("-", "_")).get_display_name(self.locale) or code
        except (ValueError, LookupError):
            return code

    @property
    def territory_locale(self) -> str:
        """The locale with a territory, as link previews name it (OpenGraph's og:locale,
        such as es_ES): the variant's own territory, else the one where the language is most
        likely written (CLDR's likely subtags)."""
        locale = self.locale
        if not locale.territory:
            locale = Locale.parse(get_global("likely_subtags").get(str(locale), str(locale)))
        return f"{locale.language}_{locale.territory}" if locale.territory else locale.language

    def url(self, stem: str) -> str:
        """The site-relative address of a page in this language, such as es/cases/x/."""
        return page_url(stem, self.code)


@cache
def site_language(code: str) -> SiteLanguage:
    """The language ``code`` of the site, made once per process."""
    declared = BY_CODE[code]
    return SiteLanguage(code, declared.name, declared.rtl, url_prefix(code),
                        strings.translations(code), Locale.parse(BY_CODE[code].variant))
