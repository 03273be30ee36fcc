"""The site's pages and their addresses: those made from data (each type's list and entity pages,
and the hub's own pages), the navigation of sections and hand-written pages in order, and the
address of every page, feed and calendar in each language.

The one place that says what pages the site has: the content types' descriptions
(``models/*.py``) give their pages, this module adds the hub's own. It belongs to the content
stage because the check of docs/ must know which addresses the hub makes from data.
"""

from __future__ import annotations

from dataclasses import dataclass

from partdem.content import strings
from partdem.content.languages import url_prefix
from partdem.content.models import TYPES
from partdem.content.models.vocab import N_


@dataclass(frozen=True)
class Page:
    """A page of the hub that no content type makes: made from a template, or hand-written in
    docs/ (no template), with its place in the navigation, if any."""

    stem: str
    template: str | None
    title: str | None = None  # msgid of its navigation entry
    order: int = 0


HUB_PAGES = (
    Page("index", "home.html.j2", N_("Home"), 0),
    Page("plan/index", "plan.html.j2", N_("Plan your assembly"), 7),
    Page("research/index", "research.html.j2", N_("Research"), 70),
    Page("feeds/index", "feeds.html.j2", N_("Follow"), 100),
    Page("api/index", "codebook.html.j2", N_("Open data"), 110),
    Page("translate/index", "translate.html.j2", N_("Translate"), 120),
    Page("translate/edit/index", "translate_edit.html.j2"),  # opened from the dashboard
    Page("contribute", None, N_("Contribute"), 130),
    Page("propose/index", "propose.html.j2", N_("Propose new content"), 140),
    Page("about", None, N_("About"), 150),
)


def _entries() -> list[tuple[int, str, str, str | None]]:
    """Every page with a navigation entry or a list template: (order, stem, title, template)."""
    pages = [(p.order, p.stem, p.title, p.template) for p in HUB_PAGES]
    pages += [(kind.nav.order if kind.nav else 0, kind.list_stem,
               kind.nav.title if kind.nav else "", kind.list_template)
              for kind in TYPES if kind.list_template]
    return sorted(pages, key=lambda page: page[0])


# Pages made from a template, in navigation order: stem -> template.
SECTION_PAGES = {stem: template for _, stem, _, template in _entries() if template}
# Entity pages by type folder: the template. Other types appear in list pages only.
ENTITY_PAGES = {kind.folder: kind.entity_template for kind in TYPES if kind.entity_template}
# The navigation: (page stem, title msgid). Stems name pages as the generator and docs/ do:
# "cases/index" is the list of cases, "about" the hand-written docs/about.md.
NAV: tuple[tuple[str, str], ...] = tuple((stem, title) for _, stem, title, _ in _entries()
                                         if title)
# Entity pages sit under the section that lists them: designs and tools under the guide.
SECTION_OF = {kind.folder: kind.list_stem for kind in TYPES if kind.entity_template}



@dataclass(frozen=True)
class FeedRoute:
    """A feed of the site: its file stem at the language root, its title (msgid), and the
    types whose entries it carries."""

    name: str
    title: str
    kinds: tuple[str, ...]
    changes: bool = False  # entries are the entities' dated changes, not the entities


# The feed of everything new first, then those of single types (named by their folder), in the
# order their descriptions give.
FEEDS: tuple[FeedRoute, ...] = (
    FeedRoute("feed", N_("Everything new in the hub"),
              tuple(kind.folder for kind in TYPES if kind.in_main_feed)),
    *(FeedRoute(kind.folder, kind.feed.title, (kind.folder,), kind.feed.changes)
      for kind in sorted((k for k in TYPES if k.feed), key=lambda k: k.feed.order)),
)
FEED_FORMATS = {"rss": "application/rss+xml", "atom": "application/atom+xml"}
# The naming authority of the tag URIs (RFC 4151) that identify feed entries and events.
TAG_AUTHORITY = "partdem-hub.org,2026"


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


def page_url(stem: str, lang: str) -> str:
    """The site-relative URL of a page, such as es/cases/x/."""
    path = stem[: -len("index")] if stem.endswith("index") else f"{stem}/"
    return url_prefix(lang) + path


def feed_file(feed: FeedRoute, fmt: str, lang: str) -> str:
    """Site-relative path of a feed: at the language root, beside that language's sitemap."""
    return f"{url_prefix(lang)}{feed.name}.{fmt}.xml"


def feed_links(lang: str) -> list[dict[str, str]]:
    """Autodiscovery links to the feeds of ``lang``: type, title and site-relative address."""
    gettext = strings.translations(lang).gettext
    return [{"type": FEED_FORMATS[fmt], "title": f"{gettext(feed.title)} ({fmt.upper()})",
             "href": feed_file(feed, fmt, lang)}
            for feed in FEEDS for fmt in FEED_FORMATS]


def calendar_file(lang: str) -> str:
    """Site-relative path of a language's calendar of events."""
    return f"{url_prefix(lang)}events.ics"
