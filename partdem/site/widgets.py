"""The helpers of list pages the templates call: filter panels from the types' facets, the world
map, the design and tool chooser, and the rows of build-time charts."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

from partdem.content.hub import Record
from partdem.content.models import BY_FOLDER
from partdem.content.models.common import reference_at
from partdem.content.models.types import Facet
from partdem.content.models.vocab import N_, VOCABULARIES
from partdem.site import charts, worldmap

if TYPE_CHECKING:
    from partdem.site.render import Renderer

# Interface texts of the filter script (docs/assets/hub/filters.js), translated at build time.
FILTER_TEXTS = {
    "filters": N_("Filters"), "search": N_("Search in this list"), "reset": N_("Show all"),
    "all": N_("All"), "download": N_("Download this view (CSV)"),
    "shown": N_("Showing %(shown)s of %(total)s"),
}
# Those of chooser.js: the titles of the types it lists come between the first and the rest.
CHOOSER_TEXTS = {"any": N_("No answer yet")}
CHOOSER_MORE_TEXTS = {
    "fits": N_("Fits your answers"), "unfit": N_("Does not fit"),
    "reset": N_("Start again"), "intro": N_("Answer the questions: the lists below update."),
    "plan": N_("Plan it"),
}
# What each status of a recommendation means on a stacked bar (charts.PALETTE).
TONES = {
    "accepted": "done", "accepted_in_part": "part", "modified": "some",
    "under_consideration": "waiting", "rejected": "refused", "unknown": "unknown",
    "no_response": "none", "not_addressed": "none",
    "implemented": "done", "in_progress": "part", "not_started": "waiting",
    "abandoned": "refused",
}
LEVELS = {
    "all_essentials": N_("Meets every essential standard"),
    "partial": N_("Partly rated"), "not_full": N_("Not a full citizens' assembly"),
    "unrated": N_("Not rated yet"),
}


class Widgets:
    """List-page helpers of one renderer (one language)."""

    HELPERS = ("filter_box", "codes", "facets", "world_map", "by_country", "chooser",
               "ruled_out", "bar_chart", "line_chart", "counter_rows", "item_rows", "year_rows",
               "summary_bar", "tracker_rows", "tracker_facets", "share_of")

    def __init__(self, renderer: Renderer) -> None:
        self.renderer = renderer
        assert renderer.context is not None
        self.context = renderer.context

    def filter_box(self, box_id: str, target: str, file: str,
                   facets: list[tuple[str, str, dict[str, str]]]) -> Markup:
        """The hidden filter panel of a list, with its facets as JSON for filters.js."""
        from partdem.site.render import json_script

        config = {
            "file": file,
            "texts": {key: self.renderer.lang.gettext(text) for key, text in FILTER_TEXTS.items()},
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
        return {code: self.renderer.lang.label(vocabulary, code) for code in present}

    def facets(self, kind: str, only: tuple[str, ...] = ()) -> list[
            tuple[str, str, dict[str, str]]]:
        """The facets of a type's list (or those named in ``only``), each with the values
        that occur and their labels in this language."""
        values = self.context.derived.facet_values[kind]
        return [(facet.name, self.renderer.lang.gettext(facet.label),
                 {value: self._name(kind, facet, value) for value in values[facet.name]})
                for facet in BY_FOLDER[kind].facets if not only or facet.name in only]

    def _name(self, kind: str, facet: Facet, value: str) -> str:
        """How a facet's value is shown: see ``Facet.names``."""
        renderer = self.renderer
        shown = {
            "country": renderer.lang.country, "language": renderer.lang.language, "text": str,
            "level": lambda level: renderer.lang.gettext(LEVELS[level]),
            "reference": lambda slug: self._referenced(kind, facet, slug).entity.display_title,
        }.get(facet.names)
        return shown(value) if shown else renderer.lang.label(facet.names, value)

    def _referenced(self, kind: str, facet: Facet, slug: str) -> Record:
        mark = reference_at(BY_FOLDER[kind].model, facet.field)
        return self.context.hub.get(mark.folder, slug)

    def chooser(self, record: Record) -> Markup:
        """The data of the design and tool chooser for chooser.js, as inline JSON."""
        from partdem.site.render import json_script

        renderer = self.renderer
        guide = renderer.localized(record)

        def items(kind: str, fields: tuple[str, ...]) -> list[dict[str, Any]]:
            return [{"slug": r.slug, "title": renderer.localized(r).title,
                     "href": renderer.entity_href(r),
                     **{name: getattr(r.entity, name) for name in fields}}
                    for r in sorted(self.context.hub.of(kind), key=lambda r: r.slug)]

        config = {
            "questions": [q.model_dump() for q in guide.questions],
            "rules": [{**r.model_dump(include={"question", "answer", "target", "reason"}),
                       "excludes": [x.slug for x in self.ruled_out(r)]} for r in guide.rules],
            **{kind: items(kind, fields) for kind, fields in guide.ITEM_FIELDS.items()},
            "plan": renderer.href("plan/index"),  # a fitting design links its plan
            "texts": {key: renderer.lang.gettext(text) for key, text in (
                *CHOOSER_TEXTS.items(),
                *((kind, BY_FOLDER[kind].title) for kind in guide.ITEM_FIELDS),
                *CHOOSER_MORE_TEXTS.items())},
        }
        return json_script(config, "pd-chooser-data")

    def ruled_out(self, rule: Any) -> list[Record]:
        """The designs or tools a chooser rule rules out, by their own data."""
        return [r for r in sorted(self.context.hub.of(rule.target), key=lambda r: r.slug)
                if rule.when.holds(r.entity)]

    def world_map(self, kind: str, title: str) -> Markup:
        """The map of a type's entities per country, under ``title``; each country links to
        the list filtered to it."""
        counts = Counter(r.entity.country for r in self.context.hub.of(kind) if r.entity.country)
        titles = {code: f"{self.renderer.lang.country(code)}: {n}" for code, n in counts.items()}
        links = {code: f"./?country={code}" for code in counts}
        return Markup(worldmap.render_map(dict(counts), links, titles, title))

    def by_country(self, first: str, second: str) -> list[tuple[str, str, int, int]]:
        """Countries with entities of two types: code, name, count of each, by name."""
        hub = self.context.hub
        ones = Counter(r.entity.country for r in hub.of(first) if r.entity.country)
        others = Counter(r.entity.country for r in hub.of(second) if r.entity.country)
        rows = [(code, self.renderer.lang.country(code), ones[code], others[code])
                for code in set(ones) | set(others)]
        return sorted(rows, key=lambda row: row[1])

    def tracker_rows(self) -> list[dict[str, Any]]:
        """Every recommendation of every public follow-up, in the reader's language, with the
        values its row is filtered by (codes separated by spaces)."""
        derived, rows = self.context.derived, []
        for record in derived.listed["recommendations"]:
            entity = self.renderer.localized(record)
            case = derived.target(record, "case")
            state = derived.follow_ups[record.slug].state
            for recommendation in entity.recommendations:
                rows.append({
                    "record": record, "case": case, "item": recommendation,
                    "assembly": case.slug, "assembly_title": self.renderer.localized(case).title,
                    "country": case.entity.country or "", "topic": " ".join(recommendation.topics),
                    "response": entity.response_to(recommendation),
                    "implementation": recommendation.implementation(), "followup": state})
        return rows

    def tracker_facets(self, rows: list[dict[str, Any]]) -> list[tuple[str, str, dict[str, str]]]:
        """The facets of the tracker of every recommendation, with the values that occur."""
        lang = self.renderer.lang
        named = {"assembly": (N_("Assembly"), None), "country": (N_("Country"), lang.country),
                 "topic": (N_("Topic"), "topic"), "response": (N_("Response"), "response"),
                 "implementation": (N_("Implementation"), "implementation"),
                 "followup": (N_("Follow-up"), "follow_up")}
        facets = []
        for name, (title, shown) in named.items():
            values: dict[str, str] = {}
            for row in rows:
                for code in row[name].split():
                    values[code] = (row["assembly_title"] if shown is None
                                    else shown(code) if callable(shown)
                                    else lang.label(shown, code))
            facets.append((name, lang.gettext(title), values))
        return facets

    def share_of(self, tally: Any, counts: str, *codes: str) -> str:
        """How many recommendations have one of ``codes``, of how many, as a share, and how many
        are unknown: "3 of 42 (7%), 39 unknown" (a share alone would hide the unknown)."""
        gettext, number = self.renderer.lang.gettext, self.renderer.number
        found = sum(getattr(tally, counts).get(code, 0) for code in codes)
        unknown = getattr(tally, counts).get("unknown", 0)
        text = gettext("%(num)s of %(total)s (%(share)s%%)") % {
            "num": number(found), "total": number(tally.total),
            "share": number(round(100 * found / tally.total)) if tally.total else "0"}
        if unknown:
            text += ", " + gettext("%(num)s unknown") % {"num": number(unknown)}
        return text

    # -- charts (build-time SVG) -----------------------------------------------------------
    def summary_bar(self, vocabulary: str, counts: dict[str, int], title: str) -> Markup:
        """A stacked bar of counts by code, in the vocabulary's order, and its legend."""
        lang = self.renderer.lang
        parts = [(lang.label(vocabulary, code), counts[code], TONES[code])
                 for code in VOCABULARIES[vocabulary] if counts.get(code)]
        legend = "".join(f'<li>{charts.swatch(colour)} {escape(label)}: '
                         f'{escape(self.renderer.number(value))}</li>'
                         for label, value, colour in parts)
        return Markup(f'<figure class="pd-stack"><figcaption>{escape(title)}</figcaption>'
                      f'{charts.stacked_bar(parts, title, lang.rtl)}'
                      f'<ul class="pd-stack__legend">{legend}</ul></figure>')

    @staticmethod
    def bar_chart(rows: list[tuple[str, float]], title: str, unit: str = "",
                  max_value: float | None = None) -> Markup:
        return Markup(charts.bar_chart(rows, title, unit, max_value))

    @staticmethod
    def line_chart(points: list[tuple[str, float]], title: str, max_value: float) -> Markup:
        return Markup(charts.line_chart(points, title, max_value))

    def counter_rows(self, vocabulary: str, counter: dict[str, int]) -> list[tuple[str, float]]:
        return [(self.renderer.lang.label(vocabulary, code), counter[code])
                for code in VOCABULARIES[vocabulary] if counter.get(code)]

    def item_rows(self, shares: list[Any]) -> list[tuple[str, float]]:
        return [(f"{s.item.slug.upper()} {self.renderer.localized(s.item).title}",
                 round(100 * s.share)) for s in shares if s.rated]

    @staticmethod
    def year_rows(by_year: dict[int, float]) -> list[tuple[str, float]]:
        return [(str(year), round(100 * share)) for year, share in by_year.items()]

