"""Every interface string the code asks for is in the catalogues, counts read in each language's
plural forms, and languages are named in the reader's language.

The strings are found by reading the package's syntax tree, not by the extractor that makes the
catalogues (Babel's misses a call inside an f-string, which then stays English everywhere)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from partdem.content.languages import CODES, DEFAULT_LANGUAGE
from partdem.site.language import site_language

ROOT = Path(__file__).resolve().parent.parent
CALLS = {"gettext", "_", "N_", "ngettext"}


def asked_for() -> set[str]:
    """The literal first argument of every gettext-like call in the package."""
    found = set()
    for path in (ROOT / "partdem").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                    and (getattr(node.func, "id", None) in CALLS
                         or getattr(node.func, "attr", None) in CALLS)):
                found.add(node.args[0].value)
    return found


def test_every_string_the_code_asks_for_is_in_the_catalogues():
    with (ROOT / "locales" / "messages.pot").open("rb") as handle:
        ids = {m.id[0] if isinstance(m.id, tuple) else m.id for m in read_po(handle) if m.id}
    assert sorted(asked_for() - ids) == []


def test_a_string_inside_an_f_string_is_seen():
    """The check itself sees what the extractor misses."""
    tree = ast.parse('x = f"{gettext(\'Hidden\')} y"')
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
    assert calls and calls[0].args[0].value == "Hidden"


# The expected words are written here from each language's grammar, not read from the
# catalogues under test.
@pytest.mark.parametrize(("lang", "n", "expected"), [
    ("en", 1, "1 day"), ("en", 3, "3 days"),
    ("es", 1, "1 día"), ("es", 2, "2 días"),
    ("fr", 0, "0 jour"), ("fr", 1, "1 jour"), ("fr", 2, "2 jours"),
    ("de", 1, "1 Tag"), ("de", 5, "5 Tage"),
    ("pt", 1, "1 dia"), ("pt", 4, "4 dias"),
    ("ar", 1, "يوم واحد"), ("ar", 2, "يومان"), ("ar", 3, "3 أيام"), ("ar", 11, "11 يومًا"),
    ("ar", 100, "100 يوم"),
])
def test_counts_take_the_plural_form_of_the_language(lang, n, expected):
    translations = site_language(lang).translations
    assert translations.ngettext("%(days)s day", "%(days)s days", n) % {"days": n} == expected


@pytest.mark.parametrize(("lang", "english"), [
    ("es", "inglés"), ("fr", "anglais"), ("de", "Englisch"), ("pt", "inglês"),
    ("ar", "الإنجليزية"),
])
def test_notices_name_the_original_language_in_the_readers_language(lang, english):
    from partdem.content.translations import Status
    from partdem.site.render import page_notice

    notice = str(page_notice("about", site_language(lang), Status.MISSING))
    assert english in notice and "English" not in notice


def test_the_expectations_cover_every_language():
    """The tables above name each translated language: a new one needs its own rows."""
    assert [code for code in CODES if code != DEFAULT_LANGUAGE] == ["es", "fr", "de", "pt", "ar"]
