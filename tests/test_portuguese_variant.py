"""Portuguese is written in one variant, European Portuguese (pt-PT), in the interface
catalogue and in what Babel names for it: the hub does not mix "contacto" and "contato"."""

from __future__ import annotations

import re

from babel.messages.pofile import read_po
from support import ROOT

from partdem.content.languages import BY_CODE
from partdem.site.language import site_language

# Brazilian forms and their European counterparts, which a reader in Portugal expects.
BRAZILIAN = ["contato", "gênero", "planejamento", "compartilhar", "pesquisador", "hospedagem",
             "arquivo", "usuário", "equipe", "celular", "ônibus", "econômic", "acadêmic"]


def test_the_variant_is_declared_with_the_language():
    assert BY_CODE["pt"].variant == "pt_PT"


def test_names_of_countries_follow_the_variant():
    # CLDR's plain "pt" is Brazilian: Irã, Quênia.
    assert site_language("pt").country("IR") == "Irão"
    assert site_language("pt").country("KE") == "Quénia"


def test_the_catalogue_has_no_brazilian_forms():
    with (ROOT / "locales" / "pt" / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        catalogue = read_po(handle, locale="pt")
    found = []
    for message in catalogue:
        texts = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in texts:
            found += [(message.id, word) for word in BRAZILIAN
                      if re.search(rf"\b{word}", text or "", re.IGNORECASE)]
    assert found == []
