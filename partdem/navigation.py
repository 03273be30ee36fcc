"""The site's navigation: its sections and hand-written pages, in order, with their titles.

The one list of what the navigation shows: the page shell renders it on every page, and the
translated titles come from the interface catalogues.
"""

from __future__ import annotations

from partdem.models.vocab import N_

# (page stem, title msgid). Stems name pages as the generator and docs/ do: "cases/index" is
# the list of cases, "about" the hand-written docs/about.md.
NAV: tuple[tuple[str, str], ...] = (
    ("index", N_("Home")),
    ("cases/index", N_("Cases")),
    ("benchmark/index", N_("Benchmark")),
    ("chapters/index", N_("Network")),
    ("training/index", N_("Training")),
    ("resources/index", N_("Resources")),
    ("initiatives/index", N_("Initiatives")),
    ("research/index", N_("Research")),
    ("guide/index", N_("Guide")),
    ("newsletter/index", N_("Newsletter")),
    ("feeds/index", N_("Follow")),
    ("api/index", N_("Open data")),
    ("translate/index", N_("Translate")),
    ("contribute", N_("Contribute")),
    ("propose/index", N_("Propose new content")),
    ("about", N_("About")),
)
# Entity pages sit under the section that lists them.
SECTION_OF = {"cases": "cases/index", "chapters": "chapters/index",
              "training": "training/index", "newsletter": "newsletter/index",
              "initiatives": "initiatives/index", "designs": "guide/index",
              "tools": "guide/index"}


def section(stem: str) -> str:
    """The navigation entry a page belongs to: itself, or the section listing it."""
    kind, _, rest = stem.partition("/")
    return SECTION_OF.get(kind, stem) if rest and rest != "index" else stem
