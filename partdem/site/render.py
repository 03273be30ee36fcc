"""Jinja2 (autoescaping) turns validated, enriched content into the HTML of one page per entity
and language, and of the lists of every section, with each page's table of contents; its
headings get the ids Markdown would give them. ``pagebuild.py`` frames and writes the pages.

Contributed text is Markdown that cannot open raw HTML (``markup.md_text``), turned into HTML
field by field; the templates themselves write HTML, so that no page goes through a Markdown
parse of its own markup (most of the time a build took)."""

from __future__ import annotations

import json
import posixpath
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache, cached_property
from typing import Any
from urllib.parse import urlencode

from babel.dates import format_date
from babel.numbers import format_decimal
from jinja2 import BytecodeCache, Environment, PackageLoader, StrictUndefined
from jinja2.bccache import Bucket
from markdown.extensions.toc import slugify, unique
from markupsafe import Markup, escape

from partdem.content import docs, reserved, strings, translations
from partdem.content.hub import Hub, Record
from partdem.content.languages import BY_CODE, DEFAULT_LANGUAGE
from partdem.content.markup import md_html, md_inline, md_text, page_html, safe_url
from partdem.content.models.vocab import N_, VOCABULARIES
from partdem.content.routes import ENTITY_PAGES, SECTION_PAGES
from partdem.content.translations import Status
from partdem.content.urls import is_published, page_url
from partdem.enrich import research
from partdem.enrich.derive import Derived, region
from partdem.outputs import calendars, feeds
from partdem.site import charts, worldmap
from partdem.tools import dashboard, report, scaffold
from partdem.tools.codebook import TYPE_TITLES, codebook

PROPOSABLE = ("cases", "chapters", "training")
# Interface texts of the filter script (docs/assets/hub/filters.js), translated at build time.
FILTER_TEXTS = {
    "filters": N_("Filters"), "search": N_("Search in this list"), "reset": N_("Show all"),
    "all": N_("All"), "download": N_("Download this view (CSV)"),
    "shown": N_("Showing %(shown)s of %(total)s"),
}
CHOOSER_TEXTS = {
    "any": N_("No answer yet"), "designs": N_("Assembly designs"), "tools": N_("Digital tools"),
    "fits": N_("Fits your answers"), "unfit": N_("Does not fit"),
    "reset": N_("Start again"), "intro": N_("Answer the questions: the lists below update."),
}
PROPOSE_TEXTS = {
    "kind": N_("What do you propose?"), "slug": N_("Short name for the file (slug)"),
    "check": N_("Check and prepare the file"), "add": N_("Add another"),
    "commas": N_("Separate values with commas"), "missing": N_("%(name)s is required."),
    "invalid": N_("%(name)s does not have an allowed value."),
    "badslug": N_("The short name may only use lowercase letters, digits and hyphens."),
    "ready": N_("All checks passed. Your file:"), "yaml": N_("The file in YAML"),
    "open": N_("Open it on GitHub to propose it"),
}
KIND_TITLES = {**TYPE_TITLES, report.PAGES: N_("Pages of the site")}
STATUS_LABELS = {"current": N_("Current"), "unreviewed": N_("Unreviewed"),
                 "outdated": N_("Outdated"), "missing": N_("Missing")}
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
    keywords: str
    source: str  # the data file the page shows, for its edit link; "" for lists
    html: Markup
    toc: list[dict[str, Any]]  # nested like Markdown's toc tokens


@dataclass
class Context:
    hub: Hub
    derived: Derived
    today: date
    repo_url: str
    site_url: str = "/"

    @cached_property
    def figures(self) -> research.Figures:
        return research.figures(self.hub, self.derived)


class Renderer:
    """Renders the pages of one language."""

    # Methods the templates call; the second group needs the content.
    HELPERS = ("label", "country", "language", "href", "entity_href", "localized", "notice",
               "text_lang", "heading")
    CONTENT_HELPERS = ("filter_box", "codes", "case_facets", "matrix_facets", "training_facets",
                       "resource_facets", "world_map", "by_country", "chooser", "ruled_out",
                       "bar_chart", "line_chart", "counter_rows", "item_rows", "year_rows",
                       "dashboard_interface", "dashboard_content", "dashboard_todo",
                       "dashboard_pages", "translate_url", "page_translate_url", "type_title",
                       "status_label", "propose_texts", "new_file_url")

    def __init__(self, context: Context | None, lang: str) -> None:
        self.context = context
        self.lang = lang
        self.stem = ""  # the page being rendered, for relative links
        self.headings: list[dict[str, Any]] = []  # its headings so far, flat, in order
        self.ids: set[str] = set()  # their ids
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
        env.install_gettext_translations(strings.translations(lang), newstyle=True)
        env.filters.update(md=self.markdown, md_html=md_html, md_inline=md_inline,
                           url=safe_url, date=self.date, number=self.number)
        env.globals.update({name: getattr(self, name) for name in self.HELPERS})
        env.globals.update(
            lang=lang, rtl=BY_CODE[lang].rtl, region=region, symbol=RATING_SYMBOL,
            entity_kinds=ENTITY_PAGES, proposable=PROPOSABLE,
            repo_url=context.repo_url if context else "",
            vocab=VOCABULARIES, page_url=lambda stem: page_url(stem, lang),
            feed_list=feeds.FEEDS, feed_file=feeds.feed_file,
            calendar_file=calendars.calendar_file(lang), codebook=codebook(self.gettext))
        if context is not None:
            env.globals.update({name: getattr(self, name) for name in self.CONTENT_HELPERS})
            env.globals.update(hub=context.hub, derived=context.derived, today=context.today,
                               figures=context.figures,
                               site_url=context.site_url.rstrip("/") + "/")
            env.tests["published"] = lambda record: is_published(record, context.today)
        self.env = env

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

    def gettext(self, message: str) -> str:
        return strings.gettext(self.lang, message)

    def label(self, vocabulary: str, code: str) -> str:
        return strings.label(self.lang, vocabulary, code)

    def country(self, code: str) -> str:
        return strings.country_name(self.lang, code)

    def language(self, code: str) -> str:
        return strings.language_name(self.lang, code)

    def lang_name(self, code: str) -> str:
        return BY_CODE[code].name if code in BY_CODE else self.language(code)

    def date(self, value: date, style: str = "long") -> str:
        return format_date(value, format=style, locale=self.lang)

    def number(self, value: float) -> str:
        return format_decimal(value, locale=self.lang)

    def href(self, stem: str, anchor: str = "") -> str:
        """A relative URL from the current page to another page in the same language.

        URLs rather than .md paths, because links inside HTML blocks are not rewritten by the
        engine; the link checks of the built site verify them instead.
        """
        target = posixpath.relpath("/" + page_url(stem, self.lang),
                                   "/" + page_url(self.stem, self.lang))
        return ("./" if target == "." else target + "/") + (f"#{anchor}" if anchor else "")

    def entity_href(self, record: Record) -> str:
        return self.href(f"{record.kind}/{record.slug}")

    def localized(self, record: Record) -> Any:
        return record.localized(self.lang)

    def text_lang(self, record: Record, field: str = "summary") -> str:
        return record.text_lang(self.lang, field)

    def notice(self, record: Record) -> Markup:
        """The translation notice of an entity page in this language, or nothing."""
        translation = record.translations.get(self.lang)
        partial = bool(translation and translations.untranslated(record.entity, translation.text))
        return self.notice_for(record.status(self.lang), record.entity.source_lang, partial)

    def notice_for(self, state: Status, source_lang: str, partial: bool = False) -> Markup:
        """A notice for pages whose text is not (all) in the reader's language, or reviewed."""
        if state is Status.SOURCE or (state is Status.CURRENT and not partial):
            return Markup("")
        template = self.env.get_template("_notice.html.j2")
        return Markup(template.render(
            state=state.value, partial=partial, page_lang=self.lang_name(self.lang),
            source_lang=self.lang_name(source_lang),
            contribute=self.href("contribute", "translate")))

    def filter_box(self, box_id: str, target: str, file: str,
                   facets: list[tuple[str, str, dict[str, str]]]) -> Markup:
        """The hidden filter panel of a list, with its facets as JSON for filters.js."""
        config = {
            "file": file,
            "texts": {key: self.gettext(text) for key, text in FILTER_TEXTS.items()},
            "facets": {name: {"label": label,
                              "values": dict(sorted(values.items(), key=lambda kv: kv[1]))}
                       for name, label, values in facets if values},
        }
        return Markup(f'<div class="pd-filters" id="{escape(box_id)}" '
                      f'data-target="{escape(target)}" hidden>{json_script(config)}</div>')

    def codes(self, vocabulary: str, used: Any) -> dict[str, str]:
        """Translated labels of the codes of a vocabulary that occur in ``used``."""
        present = {code for value in used for code in (value if isinstance(value, list)
                                                         else [value]) if code}
        return {code: self.label(vocabulary, code) for code in present}

    def case_facets(self) -> list[tuple[str, str, dict[str, str]]]:
        """The facets of the case list, with the values that occur and their labels."""
        cases = [r.entity for r in self.context.hub.of("cases")]
        summaries = self.context.derived.summaries
        levels = {
            "all_essentials": N_("Meets every essential standard"),
            "partial": N_("Partly rated"), "not_full": N_("Not a full citizens' assembly"),
            "unrated": N_("Not rated yet"),
        }
        chapters = {role.chapter for case in cases for role in case.chapters}
        gettext = self.gettext
        return [
            ("region", gettext("Region"),
             self.codes("region", [region(c.country) for c in cases])),
            ("country", gettext("Country"), {c.country: self.country(c.country) for c in cases}),
            ("type", gettext("Type"), self.codes("case_type", [c.type for c in cases])),
            ("scope", gettext("Scope"), self.codes("scope", [c.scope for c in cases])),
            ("status", gettext("Status"), self.codes("case_status", [c.status for c in cases])),
            ("format", gettext("Format"), self.codes("format", [c.format for c in cases])),
            ("year", gettext("Year"), {str(c.start.year): str(c.start.year) for c in cases}),
            ("topic", gettext("Topic"), self.codes("topic", [c.topics for c in cases])),
            ("level", gettext("Benchmark"),
             {s.level: gettext(levels[s.level]) for s in summaries.values()}),
            ("chapter", gettext("Chapter"),
             {slug: self.context.hub.get("chapters", slug).entity.name for slug in chapters}),
        ]

    def matrix_facets(self) -> list[tuple[str, str, dict[str, str]]]:
        """The facets of the benchmark matrix: those of the case list that fit a comparison."""
        wanted = ("region", "type", "scope", "level")
        return [facet for facet in self.case_facets() if facet[0] in wanted]

    def training_facets(self) -> list[tuple[str, str, dict[str, str]]]:
        modules = [r.entity for r in self.context.hub.of("training")]
        gettext = self.gettext
        return [
            ("audience", gettext("For"), self.codes("audience", [t.audience for t in modules])),
            ("level", gettext("Level"), self.codes("training_level", [t.level for t in modules])),
            ("format", gettext("Format"),
             self.codes("training_format", [t.format for t in modules])),
            ("delivery", gettext("Delivery"), self.codes("format", [t.delivery for t in modules])),
            ("topic", gettext("Skills"), self.codes("skill", [t.topics for t in modules])),
            ("lang", gettext("Materials in"),
             {m.lang: self.language(m.lang) for t in modules for m in t.materials}),
        ]

    def resource_facets(self) -> list[tuple[str, str, dict[str, str]]]:
        resources = [r.entity for r in self.context.hub.of("resources")]
        gettext = self.gettext
        return [
            ("kind", gettext("Kind"), self.codes("resource_kind", [r.kind for r in resources])),
            ("topic", gettext("Topic"), self.codes("topic", [r.topics for r in resources])),
            ("lang", gettext("Languages"),
             {code: self.language(code) for r in resources for code in r.languages}),
            ("access", gettext("Access"), self.codes("access", [r.access for r in resources])),
            ("type", gettext("Kind of assembly"),
             self.codes("case_type", [r.assembly_types for r in resources])),
        ]

    def chooser(self) -> Markup:
        """The data of the design and tool chooser for chooser.js, as inline JSON."""
        record = self.context.hub.of("guide")[0]
        guide = record.localized(self.lang)

        def items(kind: str, fields: tuple[str, ...]) -> list[dict[str, Any]]:
            return [{"slug": r.slug, "title": self.localized(r).title,
                     "href": self.entity_href(r),
                     **{name: getattr(r.entity, name) for name in fields}}
                    for r in sorted(self.context.hub.of(kind), key=lambda r: r.slug)]

        config = {
            "questions": [q.model_dump() for q in guide.questions],
            "rules": [{**r.model_dump(include={"question", "answer", "target", "reason"}),
                       "excludes": [x.slug for x in self.ruled_out(r)]} for r in guide.rules],
            "designs": items("designs", ("size_min", "size_max", "days_min", "days_max",
                                         "cost_band", "selection")),
            "tools": items("tools", ("features", "low_bandwidth", "hosting", "open_source",
                                     "languages", "cost_band")),
            "texts": {key: self.gettext(text) for key, text in CHOOSER_TEXTS.items()},
        }
        return json_script(config, "pd-chooser-data")

    def ruled_out(self, rule: Any) -> list[Record]:
        """The designs or tools a chooser rule rules out, by their own data."""
        return [r for r in sorted(self.context.hub.of(rule.target), key=lambda r: r.slug)
                if rule.when.holds(r.entity)]

    def dashboard_interface(self) -> dashboard.Progress:
        return dashboard.interface(self.lang)

    def dashboard_content(self) -> dict[str, dashboard.Progress]:
        return dashboard.content(self.context.hub, self.lang, self.published)

    def dashboard_todo(self) -> list[tuple[Record, Status]]:
        return dashboard.todo(self.context.hub, self.lang, self.published)

    def published(self, record: Record) -> bool:
        return is_published(record, self.context.today)

    def translate_url(self, record: Record) -> str:
        return dashboard.translate_url(self.context.repo_url, self.context.hub.root, record,
                                       self.lang)

    def dashboard_pages(self) -> list[docs.PageTranslation]:
        return dashboard.page_todo(self.context.hub.root, self.lang)

    def page_translate_url(self, page: docs.PageTranslation) -> str:
        return dashboard.page_translate_url(self.context.repo_url, self.context.hub.root, page)

    def propose_texts(self) -> Markup:
        """The interface texts of propose.js, as inline JSON."""
        texts = {key: self.gettext(text) for key, text in PROPOSE_TEXTS.items()}
        texts["kinds"] = [[kind, self.type_title(kind)] for kind in PROPOSABLE]
        return json_script(texts, "pd-propose-texts")

    def new_file_url(self, kind: str) -> str:
        """GitHub's new-file page for a kind, with the commented template filled in."""
        query = urlencode({"filename": "new-slug.yaml", "value": scaffold.template(kind,
                                                                                  "new-slug")})
        return f"{self.context.repo_url.rstrip('/')}/new/main/data/{kind}?{query}"

    def type_title(self, kind: str) -> str:
        return self.gettext(KIND_TITLES[kind])

    def status_label(self, state: Status) -> str:
        return self.gettext(STATUS_LABELS[state.value])

    def world_map(self) -> Markup:
        """The map of cases per country; each country links to the case list filtered to it."""
        counts = Counter(r.entity.country for r in self.context.hub.of("cases"))
        titles = {code: f"{self.country(code)}: {n}" for code, n in counts.items()}
        links = {code: f"./?country={code}" for code in counts}
        return Markup(worldmap.render_map(dict(counts), links, titles,
                                          self.gettext("Case studies by country")))

    def by_country(self) -> list[tuple[str, str, int, int]]:
        """Countries with cases or chapters: code, name, cases, chapters, by name."""
        cases = Counter(r.entity.country for r in self.context.hub.of("cases"))
        chapters = Counter(r.entity.country for r in self.context.hub.of("chapters"))
        rows = [(code, self.country(code), cases[code], chapters[code])
                for code in set(cases) | set(chapters)]
        return sorted(rows, key=lambda row: row[1])

    # -- charts (build-time SVG) -----------------------------------------------------------
    @staticmethod
    def bar_chart(rows: list[tuple[str, float]], title: str, unit: str = "",
                  max_value: float | None = None) -> Markup:
        return Markup(charts.bar_chart(rows, title, unit, max_value))

    @staticmethod
    def line_chart(points: list[tuple[str, float]], title: str, max_value: float) -> Markup:
        return Markup(charts.line_chart(points, title, max_value))

    def counter_rows(self, vocabulary: str, counter: dict[str, int]) -> list[tuple[str, float]]:
        return [(self.label(vocabulary, code), counter[code])
                for code in VOCABULARIES[vocabulary] if counter.get(code)]

    def item_rows(self, shares: list[Any]) -> list[tuple[str, float]]:
        return [(f"{s.item.slug.upper()} {self.localized(s.item).title}", round(100 * s.share))
                for s in shares if s.rated]

    @staticmethod
    def year_rows(by_year: dict[int, float]) -> list[tuple[str, float]]:
        return [(str(year), round(100 * share)) for year, share in by_year.items()]

    # -- pages ----------------------------------------------------------------------------
    def render(self, stem: str, template: str, source: str = "", **values: Any) -> Rendered:
        self.stem, self.headings, self.ids = stem, [], set()
        root = posixpath.relpath("/", "/" + page_url(stem, self.lang))
        # A module, not a plain render: the templates also set the page's title, description
        # and search keywords.
        module = self.env.get_template(template).make_module(
            {"stem": stem, "root": "" if root == "." else root + "/", **values})
        return Rendered(stem=stem, title=str(module.page_title),
                        description=plain_summary(module.page_description),
                        keywords=str(getattr(module, "page_keywords", "")), source=source,
                        html=Markup(re.sub(r"\n{3,}", "\n\n", str(module))),
                        toc=_nested(self.headings))

    @cached_property
    def items(self) -> list[Record]:
        return sorted(self.context.hub.of("benchmark"), key=lambda r: r.entity.order)


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


def json_script(data: Any, element_id: str = "") -> Markup:
    """Data for a script of the site, inline as JSON that no text in it can close early."""
    payload = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
    id_attr = f' id="{escape(element_id)}"' if element_id else ""
    return Markup(f'<script type="application/json"{id_attr}>{payload}</script>')


def page_notice(stem: str, page_lang: str, state: Status) -> Markup:
    """The translation notice of a hand-written page (written in English)."""
    renderer = _notice_renderer(page_lang)
    renderer.stem = stem
    return renderer.notice_for(state, DEFAULT_LANGUAGE)


@cache
def _notice_renderer(lang: str) -> Renderer:
    return Renderer(None, lang)  # notices need no content


def generated(context: Context) -> Iterator[tuple[str, str, Record | None]]:
    """Every page generated from data, the same in every language: (stem, template, the record
    an entity page shows)."""
    for stem, template in SECTION_PAGES.items():
        yield stem, template, None
    for kind, template in ENTITY_PAGES.items():
        for record in context.hub.of(kind):
            if is_published(record, context.today):
                yield f"{kind}/{record.slug}", template, record


def render_pages(context: Context, lang: str) -> Iterator[Rendered]:
    """Every generated page of one language: the sections' lists, then the entities' pages."""
    renderer = Renderer(context, lang)
    for stem, template, record in generated(context):
        if record is None:
            yield renderer.render(stem, template, items=renderer.items,
                                  paths=context.derived.learning_paths)
        else:
            yield renderer.render(stem, template,
                                  source=record.path.relative_to(context.hub.root).as_posix(),
                                  record=record, entity=record.localized(lang),
                                  items=renderer.items)
