"""Derived facts, computed once from validated content: never typed twice by contributors.

Benchmark summaries of each case, the cases of each chapter, design and tool, regions of
countries, and the latest additions.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from partdem.content.countries import world
from partdem.content.hub import Hub, Record
from partdem.content.models import BenchmarkItem, Case
from partdem.content.models.benchmark import RATING_MEANS_MET
from partdem.content.models.vocab import OPEN_ASSEMBLY_TYPES, VOCABULARIES

_CONTINENTS = {
    "africa": world.AFRICA,
    "americas": world.NORTH_AMERICA + world.SOUTH_AMERICA,
    "asia": world.ASIA,
    "europe": world.EUROPE,
    "oceania": world.OCEANIA,
}
REGION_OF = {code.upper(): region for region, codes in _CONTINENTS.items() for code in codes}


def region(country: str) -> str | None:
    """The UN M49 macro-region of a country code (africa, americas, asia, europe, oceania)."""
    return REGION_OF.get(country)


@dataclass(frozen=True)
class Line:
    """One benchmark item as applied to one case."""

    id: str
    record: Record  # the item's record (for its localized title and criterion)
    rating: str  # 0-3, unknown or n/a
    evidence: str | None
    note: str | None


@dataclass(frozen=True)
class Summary:
    set: str  # "ca" or "pa"
    lines: tuple[Line, ...]
    essential_total: int
    essential_rated: int
    essential_met: int
    essential_unknown: int
    rated: int
    met: int
    unknown: int
    not_full_ca: bool  # an essential item is rated 0

    @property
    def level(self) -> str:
        """A coarse grade for filtering: not_full, all_essentials, partial or unrated."""
        if self.not_full_ca:
            return "not_full"
        if self.set == "ca" and self.essential_rated and self.essential_met == self.essential_total:
            return "all_essentials"
        return "partial" if self.rated else "unrated"


def benchmark_set(case: Case) -> str:
    return "pa" if case.type in OPEN_ASSEMBLY_TYPES else "ca"


def summarize(case: Case, items: list[Record]) -> Summary:
    """The checklist of a case: every applicable item, unrated ones counted as unknown."""
    which = benchmark_set(case)
    lines = []
    for item_record in sorted(items, key=lambda r: r.entity.order):
        item: BenchmarkItem = item_record.entity
        if item.set != which:
            continue
        item_id = item_record.slug.upper()
        rating = case.benchmark.get(item_id)
        lines.append(Line(item_id, item_record, rating.rating if rating else "unknown",
                          rating.evidence if rating else None, rating.note if rating else None))
    essential = [line for line in lines if line.record.entity.essential]

    def rated(group: list[Line]) -> list[Line]:
        return [line for line in group if line.rating in ("0", "1", "2", "3")]

    return Summary(
        set=which,
        lines=tuple(lines),
        essential_total=len([line for line in essential if line.rating != "n/a"]),
        essential_rated=len(rated(essential)),
        essential_met=len([line for line in essential if line.rating in RATING_MEANS_MET]),
        essential_unknown=len([line for line in essential if line.rating == "unknown"]),
        rated=len(rated(lines)),
        met=len([line for line in lines if line.rating in RATING_MEANS_MET]),
        unknown=len([line for line in lines if line.rating == "unknown"]),
        not_full_ca=which == "ca" and any(line.rating == "0" for line in essential),
    )


@dataclass
class Derived:
    summaries: dict[str, Summary] = field(default_factory=dict)  # by case slug
    cases_of_chapter: dict[str, list[tuple[Record, str]]] = field(default_factory=dict)
    cases_of_design: dict[str, list[Record]] = field(default_factory=dict)
    cases_of_tool: dict[str, list[Record]] = field(default_factory=dict)
    initiatives_of_chapter: dict[str, list[Record]] = field(default_factory=dict)
    chapters_by_region: dict[str, list[Record]] = field(default_factory=dict)
    # skill -> (chapters needing it, chapters offering it), only skills someone names
    needs_offers: dict[str, tuple[list[Record], list[Record]]] = field(default_factory=dict)
    learning_paths: dict[str, list[Record]] = field(default_factory=dict)  # by audience


def derive(hub: Hub) -> Derived:
    derived = Derived()
    items = hub.of("benchmark")
    chapters: dict[str, list[tuple[Record, str]]] = defaultdict(list)
    designs: dict[str, list[Record]] = defaultdict(list)
    tools: dict[str, list[Record]] = defaultdict(list)
    for record in cases_newest_first(hub):
        case: Case = record.entity
        derived.summaries[record.slug] = summarize(case, items)
        for role in case.chapters:
            chapters[role.chapter].append((record, role.role))
        if case.design:
            designs[case.design].append(record)
        for tool in case.tools:
            tools[tool].append(record)
    initiatives: dict[str, list[Record]] = defaultdict(list)
    for record in hub.of("initiatives"):
        for slug in record.entity.chapters:
            initiatives[slug].append(record)
    by_region: dict[str, list[Record]] = defaultdict(list)
    for record in sorted(hub.of("chapters"), key=lambda r: (r.entity.country, r.entity.name)):
        by_region[region(record.entity.country) or ""].append(record)
    derived.chapters_by_region = dict(sorted(by_region.items()))
    for skill in VOCABULARIES["skill"]:
        needing = [r for r in hub.of("chapters") if skill in r.entity.needs]
        offering = [r for r in hub.of("chapters") if skill in r.entity.offers]
        if needing or offering:
            derived.needs_offers[skill] = (needing, offering)
    ordered = prerequisite_order(hub.of("training"))
    for audience in VOCABULARIES["audience"]:
        derived.learning_paths[audience] = [r for r in ordered if audience in r.entity.audience]
    derived.cases_of_chapter = dict(chapters)
    derived.cases_of_design = dict(designs)
    derived.cases_of_tool = dict(tools)
    derived.initiatives_of_chapter = dict(initiatives)
    return derived


def prerequisite_order(records: list[Record]) -> list[Record]:
    """Training modules so that every module comes after its prerequisites (validated acyclic)."""
    by_slug = {r.slug: r for r in records}
    done: dict[str, Record] = {}

    def visit(record: Record) -> None:
        if record.slug in done:
            return
        for slug in record.entity.prerequisites:
            if slug in by_slug:
                visit(by_slug[slug])
        done[record.slug] = record

    for record in sorted(records, key=lambda r: (r.entity.level != "intro", r.slug)):
        visit(record)
    return list(done.values())


def cases_newest_first(hub: Hub) -> list[Record]:
    return sorted(hub.of("cases"), key=lambda r: (r.entity.start, r.slug), reverse=True)
