"""Interface strings: the gettext catalogues of each language.

Catalogues are read from the ``.po`` files in ``locales/`` (the format Weblate, Crowdin and
Poedit edit), so there is no compiled file to keep in step. Country and language names, from
CLDR through Babel, are ``site.language.SiteLanguage``'s.
"""

from __future__ import annotations

from functools import cache
from io import BytesIO
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

from partdem.content.languages import DEFAULT_LANGUAGE
from partdem.content.models.vocab import N_

# Admonition titles of the hand-written pages, translated here.
ADMONITIONS = {"note": N_("Note"), "tip": N_("Tip"), "warning": N_("Warning"),
               "info": N_("Info"), "example": N_("Example"), "question": N_("Question")}
LOCALES_DIR = Path(__file__).resolve().parents[2] / "locales"
DOMAIN = "messages"


def po_path(lang: str, locales: Path = LOCALES_DIR) -> Path:
    return locales / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def translations(lang: str, locales: Path = LOCALES_DIR) -> NullTranslations:
    """The gettext translations of ``lang`` (English is the msgid itself)."""
    path = po_path(lang, locales)
    if lang == DEFAULT_LANGUAGE or not path.exists():
        return NullTranslations()
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    buffer = BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return Translations(fp=buffer, domain=DOMAIN)
