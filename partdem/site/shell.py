"""The page shell: the frame every page of the site is shown in, generated or hand-written.

Header, navigation, table of contents, notices, footer and the search dialog around a page's
content, in the markup of the theme (Material for MkDocs), so that its stylesheet and script work
unchanged; the theme's assets and strings come from ``theme.py``. Rendering the frame here,
rather than through the engine's templates, is what lets the pages of every language be built
in parallel, quickly, and by any engine.

Links are relative to the page, so that the site works under any path and from files; the
404 pages, served at any address, use paths from the site's root instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import quote, urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from partdem.content.languages import LANGUAGES, url_prefix
from partdem.content.models.vocab import N_
from partdem.content.routes import NAV, feed_links, page_url, section
from partdem.site.cards import CARD, SIZE, has_card
from partdem.site.language import SiteLanguage, site_language
from partdem.site.theme import theme, theme_strings

# Scripts of the hub, loaded by the pages whose content uses them (a mark in the HTML).
SCRIPTS = (
    ('class="pd-filters"', "assets/hub/filters.js"),
    ("pd-sortable", "assets/hub/sort.js"),
    ('id="pd-chooser"', "assets/hub/chooser.js"),
    ('class="pd-quiz"', "assets/hub/quiz.js"),
    ('class="pd-contribute"', "assets/hub/contribute.js"),  # before the forms that use it
    ('id="pd-propose"', "assets/hub/propose.js"),
    ('id="pd-translate"', "assets/hub/translate.js"),
    ('id="pd-plan"', "assets/hub/plan.js"),
)
FEATURES = ("navigation.sections", "navigation.top", "content.action.edit")
# What a page without a description of its own tells search engines and link previews.
DESCRIPTION = N_("Citizens' and People's Assemblies for the climate: how groups around the "
                 "world organised them, what worked, and how to run one well.")
SEARCH_BUNDLE = "search/"  # under each language's root: the search index of its pages
# The files the words of a language's index are spread over (outputs/search.py's words_file):
# few enough that building the index stays quick, many enough that each is small.
SEARCH_WORD_FILES = 64
# What a reader can narrow search results to, in this order: (filter name, its label's msgid).
# The section is every page's; the templates set the others (``page_filters``).
SEARCH_FILTERS = (("section", N_("Section")), ("type", N_("Type")), ("country", N_("Country")))
SEARCH_MORE, SEARCH_ALL, SEARCH_NARROW = N_("More results"), N_("All"), N_("Filters")
# The share links of every page (msgids). Email, WhatsApp and Telegram are plain links; the
# others need the page's script (assets/hub/share.js), which shows them.
SHARE = {"title": N_("Share this page"), "email": N_("Email"), "whatsapp": N_("WhatsApp"),
         "telegram": N_("Telegram"), "mastodon": N_("Mastodon"), "copy_link": N_("Copy link"),
         "copied": N_("Link copied"), "device": N_("More ways to share"),
         "server": N_("Your Mastodon server, such as mastodon.social"), "go": N_("Share")}


@dataclass(frozen=True)
class Site:
    """What the shell needs to know of the site as a whole."""

    url: str  # the published address, such as https://partdem.org/hub/
    repo_url: str = ""
    copyright: str = ""  # a msgid: translated on each page

    @property
    def root_path(self) -> str:
        """The site's path on its host, with slashes: '/' or '/hub/'."""
        return "/" + urlsplit(self.url).path.strip("/") + "/" if urlsplit(
            self.url).path.strip("/") else "/"


@dataclass(frozen=True)
class Heading:
    id: str
    title: Markup  # HTML-escaped text, as Markdown's table of contents gives it
    children: tuple[Heading, ...] = ()


@dataclass(frozen=True)
class Page:
    """One page in one language, ready to frame."""

    lang: SiteLanguage
    stem: str  # "cases/x", "cases/index", "about"; "404" for the page of missing addresses
    title: str
    description: str
    content: Markup
    toc: tuple[Heading, ...] = ()
    skip: str = ""  # the id the skip link leads to: the page's first heading
    edit_url: str = ""
    notice: Markup = field(default=Markup(""))
    home: bool = False
    filters: tuple[tuple[str, str], ...] = ()  # what search can narrow results to, by name
    published: date | None = None  # an entity's page: see render.Rendered
    modified: date | None = None

    @property
    def url(self) -> str:
        """Site-relative address: es/cases/x/ (404 pages: es/404.html)."""
        return f"{self.lang.prefix}404.html" if self.stem == "404" else self.lang.url(self.stem)


def table_of_contents(tokens: Iterable[dict[str, Any]]) -> tuple[tuple[Heading, ...], str]:
    """The table of contents from Markdown's toc tokens, and the first heading's id.

    A page's own title (its one level-1 heading) is not listed: the theme shows the headings
    below it.
    """
    tokens = list(tokens)
    skip = tokens[0]["id"] if tokens else ""
    if len(tokens) == 1 and tokens[0]["level"] == 1:
        tokens = tokens[0]["children"]
    return _tree(tokens), skip


def _tree(tokens: Iterable[dict[str, Any]]) -> tuple[Heading, ...]:
    return tuple(Heading(t["id"], Markup(t["name"]), _tree(t["children"])) for t in tokens)


class Shell:
    """Frames the pages of one language."""

    def __init__(self, site: Site, lang: SiteLanguage) -> None:
        self.site = site
        self.lang = lang
        gettext = lang.gettext
        env = Environment(loader=PackageLoader("partdem.site", "templates"), autoescape=True,
                          undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
        self.template = env.get_template("page.html.j2")
        self.sections = {stem: gettext(title) for stem, title in NAV}
        # This language's locale first, as link previews name them, then the others'.
        self.locales = [lang.territory_locale] + [
            site_language(other.code).territory_locale for other in LANGUAGES
            if other.code != lang.code]
        self.values = {
            "lang": lang.code, "t": theme_strings(lang.code), "theme": theme(),
            "icons": theme().icons,
            "site_name": gettext("PartDem Hub"), "site": site,
            "copyright": gettext(site.copyright) if site.copyright else "",
            "nav": [(stem, gettext(title)) for stem, title in NAV],
            "search_filters": [(name, gettext(title)) for name, title in SEARCH_FILTERS],
            "search_more": gettext(SEARCH_MORE), "search_all": gettext(SEARCH_ALL),
            "search_narrow": gettext(SEARCH_NARROW),
            "share": {key: gettext(text) for key, text in SHARE.items()},
            "languages": LANGUAGES, "features": FEATURES,
            "feeds": feed_links(lang.code), "description": gettext(DESCRIPTION),
        }

    def render(self, page: Page) -> str:
        url = page.url
        root = self.site.root_path if page.stem == "404" else "../" * url.count("/")
        active = section(page.stem)
        base = self.site.url.rstrip("/") + "/"  # before every absolute address
        card = url + CARD if has_card(page.stem) else self.lang.prefix + CARD
        return self.template.render(
            **self.values, page=page, root=root, lang_root=root + self.lang.prefix,
            active=active, rtl=self.lang.rtl, search_bundle=root + self.lang.prefix + SEARCH_BUNDLE,
            search_word_files=SEARCH_WORD_FILES,
            # The 404 pages are left out of the search (they have no filters).
            filters=() if page.stem == "404" else (
                ("section", self.sections.get(active, page.title)), *page.filters),
            canonical="" if page.stem == "404" else base + url,
            card=base + card, card_size=SIZE, locales=self.locales,
            shared=quote(f"{page.title}\n{base + url}"),
            # The same page in every language (a 404 page: each language's home page).
            alternates=[(language, root + (url_prefix(language.code) if page.stem == "404"
                                           else page_url(page.stem, language.code)))
                        for language in LANGUAGES],
            scripts=[script for mark, script in SCRIPTS if mark in page.content],
            page_url=page_url)
