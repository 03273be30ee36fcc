"""Jinja2 (autoescaping) turns validated, enriched content into the HTML of one page per entity
and language, and of the lists of every section, with each page's table of contents; its
headings get the ids Markdown would give them. ``outputs/pages.py`` frames and writes the pages.

Contributed text is Markdown that cannot open raw HTML (``markup.md_text``), turned into HTML
field by field; the templates themselves write HTML, so that no page goes through a Markdown
parse of its own markup (most of the time a build took). The helpers the templates call beyond
the core here live in ``widgets.py`` (lists, map, chooser, charts) and ``contributing.py``."""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from babel.dates import format_date
from babel.numbers import format_decimal
from jinja2 import BytecodeCache, Environment, PackageLoader, StrictUndefined
from jinja2.bccache import Bucket
from markdown.extensions.toc import slugify, unique
from markupsafe import Markup, escape

from partdem.content import reserved, translations
from partdem.content.hub import Record
from partdem.content.languages import DEFAULT_LANGUAGE
from partdem.content.markup import md_html, md_inline, md_text, page_html, safe_url
from partdem.content.models import TYPES
from partdem.content.models.vocab import VOCABULARIES
from partdem.content.routes import (
    ENTITY_PAGES,
    FEEDS,
    SECTION_PAGES,
    calendar_file,
    feed_file,
)
from partdem.content.translations import Status
from partdem.enrich.derive import region
from partdem.site.context import Context
from partdem.site.language import SiteLanguage
from partdem.tools.codebook import codebook, dataset

DESCRIPTION_CHARS = 200  # what search engines show of a page's description
RATING_SYMBOL = {"0": "✗", "1": "◐", "2": "✓", "3": "★", "unknown": "?", "n/a": "–"}


class _MemoryBytecodeCache(BytecodeCache):
    """Compiled templates shared by the renderers of every language: each language has its own
    environment (its translations), and compiling the templates again for each took a third of
    the rendering time."""

    def __init__(self) -> None:
        self.code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        if bucket.key in self.code:
            bucket.bytecode_from_string(self.code[bucket.key])

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.code[bucket.key] = bucket.bytecode_to_string()


_COMPILED = _MemoryBytecodeCache()


@dataclass(frozen=True)
class Rendered:
    """A generated page as the templates make it, with what frames it and what search finds."""

    stem: str  # such as "cases/x" or "cases/index"
    title: str
    description: str  # plain text, at most DESCRIPTION_CHARS
    filters: tuple[tuple[str, str], ...]  # what search can narrow results by: (name, value)
    source: str  # the data file the page shows, for its edit link; "" for lists
    html: Markup
    toc: list[dict[str, Any]]  # nested like Markdown's toc tokens
    # An entity's page: the day the hub first published it (when known) and its type's date.
    published: date | None = None
    modified: date | None = None


@dataclass(frozen=True)
class Route:
    """A page made from data: its stem, its template, and what it shows (an entity, or the
    public entities of a type for its list page; neither for the hub's own pages)."""

    stem: str
    template: str
    record: Record | None = None
    kind: str | None = None


class Renderer:
    """Renders the pages of one language: the core helpers the templates call, and those of
    the helper groups (``widgets``, ``contributing``) when there is content to show."""

    HELPERS = ("href", "entity_href", "localized", "notice", "text_lang", "unindexed",
               "heading", "dataset_metadata")

    def __init__(self, context: Context | None, lang: SiteLanguage) -> None:
        self.context = context
        self.lang = lang
        self.stem = ""  # the page being rendered, for relative links
        self.headings: list[dict[str, Any]] = []  # its headings so far, flat, in order
        self.ids: set[str] = set()  # their ids
        self.env = self._environment()
        if context is not None:
            self._add_content(context)

    def _environment(self) -> Environment:
        env = Environment(
            loader=PackageLoader("partdem.site", "templates"),
            bytecode_cache=_COMPILED,
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            extensions=["jinja2.ext.i18n"],
        )
        env.install_gettext_translations(self.lang.translations, newstyle=True)
        env.filters.update(md=self.markdown, md_html=md_html, md_inline=md_inline,
                           url=safe_url, date=self.date, number=self.number)
        env.globals.update({name: getattr(self, name) for name in self.HELPERS})
        env.globals.update(
            label=self.lang.label, country=self.lang.country, language=self.lang.language,
            lang=self.lang.code, rtl=self.lang.rtl, region=region, symbol=RATING_SYMBOL,
            entity_kinds=ENTITY_PAGES, vocab=VOCABULARIES, page_url=self.lang.url,
            feed_list=FEEDS, feed_file=feed_file, calendar_file=calendar_file(self.lang.code),
            codebook=codebook(self.lang.gettext))
        return env

    def _add_content(self, context: Context) -> None:
        # The helper groups import this module's Renderer for their types only.
        from partdem.site.contributing import Contributing
        from partdem.site.planner import Planner
        from partdem.site.widgets import Widgets

        derived = context.derived
        for group in (Widgets(self), Contributing(self), Planner(self)):
            self.env.globals.update({name: getattr(group, name) for name in group.HELPERS})
        self.env.globals.update(
            repo_url=context.repo_url, derived=derived,
            today=context.today, figures=context.figures, listed=derived.listed,
            latest=derived.latest, target=derived.target, referring=derived.referring,
            site_url=context.site_url.rstrip("/") + "/")

    # -- helpers the templates call -------------------------------------------------------
    def heading(self, level: int, text: str, anchor: str | None = None) -> Markup:
        """A heading of the page, with the id Markdown would give it, in its contents."""
        anchor = self.page_id(anchor or slugify(str(text), "-"))
        self.headings.append({"level": level, "id": anchor, "name": str(escape(text)),
                              "children": []})
        return Markup('<h{0} id="{1}">{2}</h{0}>').format(level, anchor, text)

    def markdown(self, text: str | None) -> Markup:
        """Contributed Markdown as HTML; its headings join the page's contents, with ids that
        no other heading of the page has."""
        html, tokens = page_html(str(md_text(text)))
        for token in _flat(tokens):
            anchor = self.page_id(token["id"])
            if anchor != token["id"]:
                html = Markup(str(html).replace(f' id="{token["id"]}"', f' id="{anchor}"', 1))
            self.headings.append({**token, "id": anchor, "children": []})
        return html

    def page_id(self, anchor: str) -> str:
        """``anchor``, or the id in its place that no other heading of the page has and that
        neither the theme's nor the hub's scripts rely on (``reserved.py``)."""
        while True:
            anchor = unique(reserved.avoid(anchor), self.ids)
            if not reserved.is_reserved(anchor):
                return anchor

    def date(self, value: date, style: str = "long") -> str:
        return format_date(value, format=style, locale=self.lang.locale)

    def number(self, value: float) -> str:
        return format_decimal(value, locale=self.lang.locale)

    def href(self, stem: str, anchor: str = "") -> str:
        """A relative URL from the current page to another page in the same language.

        URLs rather than .md paths, because links inside HTML blocks are not rewritten by the
        engine; the link checks of the built site verify them instead.
        """
        target = posixpath.relpath("/" + self.lang.url(stem), "/" + self.lang.url(self.stem))
        return ("./" if target == "." else target + "/") + (f"#{anchor}" if anchor else "")

    def entity_href(self, record: Record) -> str:
        """Where an entity is shown: its own page, or its place in its type's list."""
        return self.href(record.stem, record.type.entity_anchor(record.slug))

    def dataset_metadata(self, name: str, description: str) -> Markup:
        """The open data described for dataset search engines, on the page of the codebook."""
        assert self.context is not None
        base = self.context.site_url.rstrip("/") + "/"
        return json_script(dataset(
            self.env.globals["codebook"], base, base + self.lang.url(self.stem),
            {"name": name, "description": description, "language": self.lang.code,
             "publisher": self.lang.gettext("PartDem Hub")}, self.context.today),
            media="application/ld+json")

    def localized(self, record: Record) -> Any:
        return record.localized(self.lang.code)

    def text_lang(self, record: Record, field: str = "summary") -> str:
        return record.text_lang(self.lang.code, field)

    def unindexed(self, record: Record, field: str = "summary") -> Markup:
        """The attribute that leaves a text shown in another language than the page's out of
        the page's language's search index (outputs/search.py): it is found in its own
        language's, and a stemmer of the page's language would only mangle it."""
        return Markup(" data-search-ignore") if self.text_lang(record, field) != self.lang.code \
            else Markup("")

    def notice(self, record: Record) -> Markup:
        """The translation notice of an entity page in this language, or nothing."""
        translation = record.translations.get(self.lang.code)
        partial = bool(translation and translations.untranslated(record.entity, translation.text))
        return self.notice_for(record.status(self.lang.code), record.entity.source_lang, partial)

    def notice_for(self, state: Status, source_lang: str, partial: bool = False) -> Markup:
        """A notice for pages whose text is not (all) in the reader's language, or reviewed."""
        if state is Status.SOURCE or (state is Status.CURRENT and not partial):
            return Markup("")
        template = self.env.get_template("_notice.html.j2")
        return Markup(template.render(
            # Languages named in the reader's language: "el original en inglés".
            state=state.value, partial=partial, page_lang=self.lang.language(self.lang.code),
            source_lang=self.lang.language(source_lang),
            contribute=self.href("contribute", "translate")))

    # -- pages ----------------------------------------------------------------------------
    def render(self, stem: str, template: str, source: str = "", published: date | None = None,
               modified: date | None = None, **values: Any) -> Rendered:
        self.stem, self.headings, self.ids = stem, [], set()
        root = posixpath.relpath("/", "/" + self.lang.url(stem))
        # A module, not a plain render: the templates also set the page's title, description
        # and search filters.
        module = self.env.get_template(template).make_module(
            {"stem": stem, "root": "" if root == "." else root + "/", **values})
        return Rendered(stem=stem, title=str(module.page_title),
                        description=plain_summary(module.page_description),
                        filters=tuple((name, str(value)) for name, value in getattr(
                            module, "page_filters", {}).items() if value), source=source,
                        html=Markup(re.sub(r"\n{3,}", "\n\n", str(module))),
                        toc=_nested(self.headings), published=published, modified=modified)

    def render_route(self, route: Route) -> Rendered:
        """The page of a route: an entity's, a type's list, or one of the hub's own."""
        assert self.context is not None
        derived = self.context.derived
        if route.record is None:
            records = derived.listed[route.kind] if route.kind else []
            groups = {name: grouped for (kind, name), grouped in derived.groups.items()
                      if kind == route.kind}
            return self.render(route.stem, route.template, records=records, groups=groups)
        record = route.record
        source = record.path.relative_to(self.context.hub.root).as_posix()
        return self.render(route.stem, route.template, source=source,
                           published=self.context.published.get(source),
                           modified=record.type.date_of(record.entity),
                           record=record, entity=record.localized(self.lang.code))


def _flat(tokens: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for token in tokens:
        yield token
        yield from _flat(token["children"])


def _nested(headings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Flat headings in page order as a tree: each under the last heading of a higher level."""
    tree: list[dict[str, Any]] = []
    open_: list[dict[str, Any]] = []
    for heading in headings:
        while open_ and open_[-1]["level"] >= heading["level"]:
            open_.pop()
        (open_[-1]["children"] if open_ else tree).append(heading)
        open_.append(heading)
    return tree


def plain_summary(text: str) -> str:
    """A summary as plain text, cut at a word to at most DESCRIPTION_CHARS characters."""
    plain = " ".join(md_html(str(text)).striptags().split())
    if len(plain) <= DESCRIPTION_CHARS:
        return plain
    return plain[: DESCRIPTION_CHARS - 1].rsplit(" ", 1)[0] + "…"


def json_script(data: Any, element_id: str = "", media: str = "application/json") -> Markup:
    """Data for a script of the site, or for search engines (``application/ld+json``), inline
    as JSON that no text in it can close early."""
    payload = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
    id_attr = f' id="{escape(element_id)}"' if element_id else ""
    return Markup(f'<script type="{escape(media)}"{id_attr}>{payload}</script>')


def page_notice(stem: str, page_lang: SiteLanguage, state: Status) -> Markup:
    """The translation notice of a hand-written page (written in English)."""
    renderer = _notice_renderer(page_lang)
    renderer.stem = stem
    return renderer.notice_for(state, DEFAULT_LANGUAGE)


@cache
def _notice_renderer(lang: SiteLanguage) -> Renderer:
    return Renderer(None, lang)  # notices need no content


def generated(context: Context) -> Iterator[Route]:
    """Every page generated from data, the same in every language: the lists of the types and
    the hub's own pages in navigation order, then each type's public entities in file order."""
    lists = {kind.list_stem: kind.folder for kind in TYPES if kind.list_template}
    for stem, template in SECTION_PAGES.items():
        yield Route(stem, template, kind=lists.get(stem))
    for kind in TYPES:
        if kind.entity_template:
            for record in context.hub.of(kind):
                if record.is_published(context.today):
                    yield Route(record.stem, kind.entity_template, record=record)


def render_pages(context: Context, lang: SiteLanguage) -> Iterator[Rendered]:
    """Every generated page of one language: the sections' lists, then the entities' pages."""
    renderer = Renderer(context, lang)
    for route in generated(context):
        yield renderer.render_route(route)
