"""What a page printed to an A4 PDF by Chromium holds, as pypdf reads it back, and text as
the checks of printing compare it (shared by the print checks of tests/site/browser/)."""

from __future__ import annotations

import io
import unicodedata

import pypdf
from playwright.sync_api import Page


def squeeze(text: str) -> str:
    """Text as compared: compatibility forms folded (the PDF's "ﬁ" ligature is "fi"), no
    invisible format characters, and no white space at all, since a PDF's text breaks lines
    where the paper ends, not where the HTML does."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if not c.isspace() and unicodedata.category(c) != "Cf")


def printed(page: Page) -> str:
    """The text of the page printed to an A4 PDF, as pypdf reads it."""
    reader = pypdf.PdfReader(io.BytesIO(page.pdf(format="A4")))
    assert len(reader.pages) >= 1
    return "\n".join(sheet.extract_text() for sheet in reader.pages)
