"""Every interface string is translated in every language, placeholders intact."""

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from partdem.content import strings
from partdem.content.languages import CODES, DEFAULT_LANGUAGE
from partdem.content.models.vocab import VOCABULARIES
from partdem.site.language import site_language

OTHERS = [code for code in CODES if code != DEFAULT_LANGUAGE]
PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def template_ids(root):
    with (root / "locales" / "messages.pot").open("rb") as handle:
        return {m.id for m in read_po(handle) if m.id}


def test_template_lists_every_vocabulary_label(root):
    ids = template_ids(root)
    labels = {label for vocab in VOCABULARIES.values() for label in vocab.values()}
    assert labels <= ids, sorted(labels - ids)[:10]


@pytest.mark.parametrize("lang", OTHERS)
def test_every_string_translated(root, lang):
    with strings.po_path(lang).open("rb") as handle:
        messages = {m.id: m for m in read_po(handle, locale=lang) if m.id}
    missing = sorted(template_ids(root) - {i for i, m in messages.items()
                                          if m.string and not m.fuzzy})
    assert missing == [], f"{len(missing)} untranslated in {lang}, e.g. {missing[:5]}"
    for msgid, message in messages.items():
        if isinstance(msgid, tuple):  # a plural: every form of the language, each filled
            assert len(message.string) == message_count(lang) and all(message.string), msgid
            wanted = set(PLACEHOLDER.findall(msgid[1]))
            for form in message.string:
                # A form may leave out the number itself ("un día", "يومان"), nothing else.
                assert set(PLACEHOLDER.findall(form)) <= wanted, (msgid, form)
                assert len(wanted - set(PLACEHOLDER.findall(form))) <= 1, (msgid, form)
        else:
            assert set(PLACEHOLDER.findall(msgid)) == set(PLACEHOLDER.findall(message.string)), (
                msgid)


def message_count(lang: str) -> int:
    """How many plural forms gettext gives ``lang`` (Babel's table), not the catalogue's."""
    from babel.messages.plurals import get_plural

    return get_plural(lang).num_plurals


def test_extracted_template_is_current(root, tmp_path):
    """`make messages` has been run after the last change of interface strings."""
    import subprocess
    import sys

    out = tmp_path / "messages.pot"
    pybabel = str(Path(sys.executable).with_name("pybabel"))
    subprocess.run([pybabel, "--quiet", "extract", "-F", "babel.cfg", "-k", "N_", "-k", "_",
                    "--no-location", "--omit-header", "--sort-output", "-o", str(out), "."],
                   cwd=root, check=True)
    with out.open("rb") as fresh:
        assert {m.id for m in read_po(fresh) if m.id} == template_ids(root), (
            "run `make messages` and translate the new strings")


def test_labels_come_out_translated():
    assert site_language("es").label("recruitment", "sortition_stratified") != (
        VOCABULARIES["recruitment"]["sortition_stratified"])
    assert site_language("en").label("scope", "city") == "City"
