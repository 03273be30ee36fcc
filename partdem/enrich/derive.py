"""Derived facts, computed once from validated content: never typed twice by contributors.

Every type's public entities in list order, the latest additions, every reference resolved and
reversed (the cases of a chapter, design or tool), benchmark summaries of rated entities,
regions of countries, the follow-up of recommendations as of the build's day, and the
groupings the list pages show. Templates receive these ready.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from partdem.content.countries import world
from partdem.content.hub import Hub, Record
from partdem.content.models import (
    TYPES,
    benchmark,
    case,
    chapter,
    phase,
    recommendations,
    training,
)
from partdem.content.models.benchmark import RATING_MEANS_MET, BenchmarkItem
from partdem.content.models.common import references
from partdem.content.models.types import Facet
from partdem.content.models.vocab import VOCABULARIES
from partdem.enrich import network, phases, plan

_CONTINENTS = {
    "africa": world.AFRICA,
    "americas": world.NORTH_AMERICA + world.SOUTH_AMERICA,
    "asia": world.ASIA,
    "europe": world.EUROPE,
    "oceania": world.OCEANIA,
}
REGION_OF = {code.upper(): region for region, codes in _CONTINENTS.items() for code in codes}


INTERNATIONAL = "international"  # the region of a process that met in no one country


def region(country: str | None) -> str | None:
    """The UN M49 macro-region of a country code (africa, americas, asia, europe, oceania), or
    ``international`` for no country (a multinational or global process)."""
    return REGION_OF.get(country) if country else INTERNATIONAL


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


def summarize(rated: Any, items: list[Record]) -> Summary:
    """The checklist of a rated entity: every applicable item, unrated ones counted as
    unknown (``items`` in checklist order)."""
    which = rated.checklist
    lines = []
    for item_record in items:
        item: BenchmarkItem = item_record.entity
        if item.set != which:
            continue
        item_id = item_record.slug.upper()
        rating = rated.benchmark.get(item_id)
        lines.append(Line(item_id, item_record, rating.rating if rating else "unknown",
                          rating.evidence if rating else None, rating.note if rating else None))
    essential = [line for line in lines if line.record.entity.essential]

    def rated_lines(group: list[Line]) -> list[Line]:
        return [line for line in group if line.rating in ("0", "1", "2", "3")]

    return Summary(
        set=which,
        lines=tuple(lines),
        essential_total=len([line for line in essential if line.rating != "n/a"]),
        essential_rated=len(rated_lines(essential)),
        essential_met=len([line for line in essential if line.rating in RATING_MEANS_MET]),
        essential_unknown=len([line for line in essential if line.rating == "unknown"]),
        rated=len(rated_lines(lines)),
        met=len([line for line in lines if line.rating in RATING_MEANS_MET]),
        unknown=len([line for line in lines if line.rating == "unknown"]),
        not_full_ca=which == "ca" and any(line.rating == "0" for line in essential),
    )


@dataclass(frozen=True)
class Tally:
    """The recommendations of one assembly counted by response and by implementation."""

    total: int  # recorded
    responses: dict[str, int]  # by code of the response vocabulary, in its order, none at 0
    implementation: dict[str, int]
    unrecorded: int  # published but not recorded yet: shares are of the recorded ones


def tally(entity: recommendations.Recommendations) -> Tally:
    responses = Counter(entity.response_to(r) for r in entity.recommendations)
    done = Counter(r.implementation() for r in entity.recommendations)
    return Tally(len(entity.recommendations),
                 {code: responses[code] for code in VOCABULARIES["response"] if responses[code]},
                 {code: done[code] for code in VOCABULARIES["implementation"] if done[code]},
                 entity.published - len(entity.recommendations) if entity.published else 0)


Key = tuple[str, str]  # (type folder, slug) of an entity
Loc = tuple[Any, ...]  # where a value stands in its entity, as the validator reports it


@dataclass
class Derived:
    listed: dict[str, list[Record]] = field(default_factory=dict)  # by type, public, in order
    latest: list[Record] = field(default_factory=list)  # public, of the main feed, newest first
    targets: dict[Key, dict[Loc, Record]] = field(default_factory=dict)  # what each refers to
    # Who refers to an entity: by the referring type, in that type's list order.
    referrers: dict[Key, dict[str, list[tuple[Record, Loc]]]] = field(default_factory=dict)
    # By type and field: the public entities by the field's value, in list order.
    groups: dict[tuple[str, str], dict[Any, list[Record]]] = field(default_factory=dict)
    summaries: dict[str, Summary] = field(default_factory=dict)  # by slug of a rated entity
    # Rated entities by the checklist that applies to them, in their type's list order.
    checklists: dict[str, list[Record]] = field(default_factory=dict)
    cases_by_scope: dict[str, list[Record]] = field(default_factory=dict)  # oldest first
    # The chapters' tree by region and country (network.tree), and by chapter and need, the
    # chapters that offer help, nearest first (network.helpers).
    network: dict[str, dict[str, list[network.Branch]]] = field(default_factory=dict)
    helpers: dict[str, dict[str, list[Record]]] = field(default_factory=dict)
    # What each phase of the Start here page links, by the phase's slug (phases.draw).
    phases: dict[str, dict[str, list[Record]]] = field(default_factory=dict)
    plan: dict[str, list[plan.Item]] = field(default_factory=dict)  # by checklist (plan.items)
    # skill -> (chapters needing it, chapters offering it), only skills someone names
    needs_offers: dict[str, tuple[list[Record], list[Record]]] = field(default_factory=dict)
    learning_paths: dict[str, list[Record]] = field(default_factory=dict)  # by audience
    upcoming_sessions: list[tuple[Any, Record]] = field(default_factory=list)  # by date
    # The follow-up of each assembly's recommendations as of the build, by slug of its file.
    follow_ups: dict[str, recommendations.FollowUp] = field(default_factory=dict)
    # How many of its recommendations have each response and implementation, by slug.
    tallies: dict[str, Tally] = field(default_factory=dict)
    # The values each facet of a type's list takes, by type and facet name, as first seen.
    facet_values: dict[str, dict[str, list[str]]] = field(default_factory=dict)

    def target(self, record: Record, *loc: Any) -> Record:
        """The entity a reference of ``record`` at ``loc`` names (validated to exist)."""
        return self.targets[record.kind, record.slug][loc]

    def referring(self, record: Record, kind: str) -> list[tuple[Record, Loc]]:
        """The entities of type ``kind`` that refer to ``record``, with where they do."""
        return self.referrers.get((record.kind, record.slug), {}).get(kind, [])


def derive(hub: Hub, today: date) -> Derived:
    """Everything the pages show that is computed from the content, for the day ``today``."""
    derived = Derived()
    public = {kind.folder: [r for r in hub.of(kind) if r.is_published(today)] for kind in TYPES}
    for kind in TYPES:
        derived.listed[kind.folder] = sorted(public[kind.folder],
                                             key=lambda r, kind=kind: kind.list_key(r.entity),
                                             reverse=kind.newest_first)
    # Entries changed the same day stay in the order of the types, then of their files.
    derived.latest = sorted(
        (r for kind in TYPES if kind.in_main_feed for r in public[kind.folder]),
        key=lambda r: r.entity.updated, reverse=True)
    _link(hub, derived)
    items = derived.listed[benchmark.TYPE.folder]
    for kind in TYPES:
        for name in kind.group_by:
            grouped: dict[Any, list[Record]] = {}
            for record in derived.listed[kind.folder]:
                value = field_values(record.entity, name)[0]
                grouped.setdefault(value, []).append(record)
            derived.groups[kind.folder, name] = grouped
        if kind.rated:
            derived.summaries.update((r.slug, summarize(r.entity, items)) for r in hub.of(kind))
            for record in derived.listed[kind.folder]:
                derived.checklists.setdefault(record.entity.checklist, []).append(record)
    _group(hub, derived, today)
    derived.plan = plan.items(derived.listed.__getitem__)
    for record in derived.listed[phase.TYPE.folder]:
        derived.phases[record.slug] = phases.draw(
            record.entity, derived.listed.__getitem__,
            lambda case_record: bool(derived.referring(case_record, recommendations.TYPE.folder)))
    for kind in TYPES:
        records = derived.listed[kind.folder]
        derived.facet_values[kind.folder] = {
            facet.name: list(dict.fromkeys(v for r in records
                                           for v in _facet_values(facet, r, derived)))
            for facet in kind.facets}
    return derived


def _facet_values(facet: Facet, record: Record, derived: Derived) -> list[str]:
    """The values of one entity for a facet (a region, not a country, for a region facet)."""
    if facet.names == "level":
        return [derived.summaries[record.slug].level]
    values = field_values(record.entity, facet.field)
    if facet.names == "region":
        values = [region(value) for value in values or [None]]
    return [str(value) for value in values if value]


def field_values(value: Any, path: str) -> list[Any]:
    """The values at a dotted path of an entity, lists flattened: ``materials.lang`` gives the
    language of every material."""
    values = [value]
    for name in path.split("."):
        found = []
        for item in values:
            item = getattr(item, name)
            found.extend(item if isinstance(item, list) else [item])
        values = found
    return [v for v in values if v is not None]


def _link(hub: Hub, derived: Derived) -> None:
    """Resolve every reference, and reverse it."""
    for kind in TYPES:
        for record in derived.listed[kind.folder]:
            for loc, mark, slug in references(record.entity):
                target = hub.get(mark.folder, slug)
                derived.targets.setdefault((record.kind, record.slug), {})[loc] = target
                (derived.referrers.setdefault((mark.folder, slug), {})
                 .setdefault(record.kind, []).append((record, loc)))


def _group(hub: Hub, derived: Derived, today: date) -> None:
    """The groupings of the network, training and case pages."""
    by_scope: dict[str, list[Record]] = defaultdict(list)
    for record in sorted(hub.of(case.TYPE), key=lambda r: r.entity.start):
        by_scope[record.entity.scope].append(record)
    derived.cases_by_scope = dict(by_scope)
    chapters = hub.of(chapter.TYPE)
    derived.network = network.tree(chapters, region)
    derived.helpers = network.helpers(chapters)
    for skill in VOCABULARIES["skill"]:
        needing = [r for r in chapters if skill in r.entity.needs]
        offering = [r for r in chapters if skill in r.entity.offers]
        if needing or offering:
            derived.needs_offers[skill] = (needing, offering)
    modules = hub.of(training.TYPE)
    ordered = prerequisite_order(modules)
    for audience in VOCABULARIES["audience"]:
        derived.learning_paths[audience] = [r for r in ordered if audience in r.entity.audience]
    upcoming = [(session, r) for r in modules for session in r.entity.sessions
                if session.start >= today]
    derived.upcoming_sessions = sorted(upcoming, key=lambda pair: pair[0].start)
    for record in hub.of(recommendations.TYPE):
        derived.follow_ups[record.slug] = record.entity.follow_up(today)
        derived.tallies[record.slug] = tally(record.entity)


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
