"""The site's pages: those made from data (each section's list, each entity's page) with the
template that makes them, and the navigation of sections and hand-written pages, in order.

The one place that says what pages the site has: the page shell renders the navigation on
every page (titles translated by the interface catalogues), the renderer makes the pages.
"""

from __future__ import annotations

from partdem.content.models.vocab import N_

# Entity pages by kind: the template. Other kinds appear in list pages only.
ENTITY_PAGES = {
    "cases": "case.html.j2",
    "chapters": "chapter.html.j2",
    "training": "training.html.j2",
    "newsletter": "newsletter.html.j2",
    "initiatives": "initiative.html.j2",
    "designs": "design.html.j2",
    "tools": "tool.html.j2",
}
SECTION_PAGES = {
    "index": "home.html.j2",
    "cases/index": "cases.html.j2",
    "benchmark/index": "benchmark.html.j2",
    "chapters/index": "chapters.html.j2",
    "training/index": "trainings.html.j2",
    "resources/index": "resources.html.j2",
    "initiatives/index": "initiatives.html.j2",
    "research/index": "research.html.j2",
    "guide/index": "guide.html.j2",
    "newsletter/index": "newsletters.html.j2",
    "feeds/index": "feeds.html.j2",
    "api/index": "codebook.html.j2",
    "translate/index": "translate.html.j2",
    "propose/index": "propose.html.j2",
}
# The navigation: (page stem, title msgid). Stems name pages as the generator and docs/ do:
# "cases/index" is the list of cases, "about" the hand-written docs/about.md.
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
# Entity pages sit under the section that lists them: designs and tools under the guide.
SECTION_OF = {**{kind: f"{kind}/index" for kind in ENTITY_PAGES},
              "designs": "guide/index", "tools": "guide/index"}


def section(stem: str) -> str:
    """The navigation entry a page belongs to: itself, or the section listing it."""
    kind, _, rest = stem.partition("/")
    return SECTION_OF.get(kind, stem) if rest and rest != "index" else stem


def is_generated(stem: str) -> bool:
    """Whether the hub makes the page at the address of ``stem`` from data: a section's list
    or an entity's page (``cases``, ``cases/index`` and ``cases/x`` all are)."""
    path = stem.removesuffix("index").strip("/")
    kind, _, slug = path.partition("/")
    return not path or f"{path}/index" in SECTION_PAGES or (kind in ENTITY_PAGES and bool(slug))
