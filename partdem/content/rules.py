"""Rules that look at more than one field, or at more than one file.

Each rule yields ``(record, location, message)``; the checker turns locations into positions.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from typing import Any

from partdem.content.hub import Hub, Record
from partdem.content.models import Case, Design, Initiative, Training
from partdem.content.models.benchmark import BenchmarkItem
from partdem.content.models.common import suggest
from partdem.content.models.vocab import OPEN_ASSEMBLY_TYPES

Finding = tuple[Record, tuple[Any, ...], str]


def _dates_in_order(record: Record, start: Any, end: Any, loc: tuple[Any, ...]) -> Iterator[
        Finding]:
    if start and end and end < start:
        yield record, loc, f"the end date {end} is before the start date {start}"


def build_date() -> date:
    """Today, or the day of SOURCE_DATE_EPOCH so that two builds of a commit are identical: the
    day the check compares ``updated`` with and the build (``generate``) publishes for."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    return date.fromtimestamp(int(epoch)) if epoch else date.today()


def entity_rules(record: Record) -> Iterator[Finding]:
    """Rules within one entity."""
    entity = record.entity
    if entity.updated is not None and entity.updated > (today := build_date()):
        yield (record, ("updated",), f"'updated' is {entity.updated}, after the day of the "
                                     f"build ({today}): it is the date of the last change, "
                                     "never a day to come")
    if isinstance(entity, Case | Initiative):
        yield from _dates_in_order(record, entity.start, entity.end, ("end",))
    if isinstance(entity, Initiative):
        for i, event in enumerate(entity.events or []):
            yield from _dates_in_order(record, event.start, event.end, ("events", i, "end"))
    if isinstance(entity, Design):
        if None not in (entity.size_min, entity.size_max) and entity.size_max < entity.size_min:
            yield record, ("size_max",), "size_max is smaller than size_min"
        if None not in (entity.days_min, entity.days_max) and entity.days_max < entity.days_min:
            yield record, ("days_max",), "days_max is smaller than days_min"
    if isinstance(entity, Training):
        for i, question in enumerate(entity.quiz or []):
            if question.answer > len(question.choices):
                yield (record, ("quiz", i, "answer"),
                       f"answer {question.answer} points past the {len(question.choices)} "
                       "choices: count the choices from 1")
    if isinstance(entity, Case):
        yield from _benchmark_rules(record, entity)


def _benchmark_rules(record: Record, case: Case) -> Iterator[Finding]:
    source_urls = [source.url for source in case.sources] if case.sources is not None else None
    for item_id, rating in (case.benchmark or {}).items():
        loc = ("benchmark", item_id)
        if rating.is_rated and rating.rating != "0":
            if not rating.evidence:
                yield (record, loc, f"{item_id} is rated {rating.rating}: a rating of 1 or more "
                                    "needs 'evidence', the URL of one of the case's sources")
            elif source_urls is not None and rating.evidence not in source_urls:
                yield (record, (*loc, "evidence"),
                       f"the evidence for {item_id} is not among the case's sources: add it to "
                       f"'sources' or cite one of them{suggest(rating.evidence, source_urls)}")
            if not rating.note:
                yield (record, loc, f"{item_id} is rated {rating.rating}: add a short 'note' "
                                    "saying why")


def hub_rules(hub: Hub) -> Iterator[Finding]:
    """Rules across files: references between entities, and benchmark items that exist."""
    slugs = {kind: set(by_slug) for kind, by_slug in hub.records.items()}

    def ref(record: Record, kind: str, slug: str, loc: tuple[Any, ...], what: str) -> Iterator[
            Finding]:
        known = slugs.get(kind, set())
        if slug not in known and slug not in hub.invalid.get(kind, set()):
            yield (record, loc, f"there is no {what} '{slug}' (no file data/{kind}/{slug}.yaml)"
                                f"{suggest(slug, known)}")

    items: dict[str, BenchmarkItem] = {r.slug.upper(): r.entity for r in hub.of("benchmark")}
    for record in hub.of("cases"):
        case: Case = record.entity
        for i, role in enumerate(case.chapters or []):
            yield from ref(record, "chapters", role.chapter, ("chapters", i, "chapter"),
                           "chapter")
        for i, tool in enumerate(case.tools or []):
            yield from ref(record, "tools", tool, ("tools", i), "digital tool")
        if case.design:
            yield from ref(record, "designs", case.design, ("design",), "assembly design")
        expected = "pa" if case.type in OPEN_ASSEMBLY_TYPES else "ca"
        for item_id in case.benchmark or {}:
            item = items.get(item_id)
            if item is None:
                yield (record, ("benchmark", item_id),
                       f"unknown benchmark item '{item_id}'{suggest(item_id, items)}; items are "
                       "B01-B16 (citizens' assemblies) and P01-P08 (People's Assemblies)")
            elif item.set != expected:
                which = ("a People's Assembly is rated against P items" if expected == "pa"
                         else "a sortition-based process is rated against B items")
                yield (record, ("benchmark", item_id),
                       f"{item_id} does not apply to a case of type '{case.type}': {which}")
    for record in hub.of("training"):
        for i, slug in enumerate(record.entity.prerequisites or []):
            yield from ref(record, "training", slug, ("prerequisites", i), "training module")
    yield from _prerequisite_cycles(hub)
    for record in hub.of("newsletter"):
        featured = record.entity.featured
        if featured is None:
            continue
        for kind in ("cases", "chapters", "training", "resources"):
            for i, slug in enumerate(getattr(featured, kind)):
                yield from ref(record, kind, slug, ("featured", kind, i), kind.rstrip("s"))
    for record in hub.of("guide"):
        # Answers in the file's order: the message lists them as the reader sees them.
        questions = {q.id: [o.id for o in q.options] for q in record.entity.questions or []}
        for i, rule in enumerate(record.entity.rules or []):
            if rule.question not in questions:
                yield (record, ("rules", i, "question"),
                       f"there is no question '{rule.question}' in this file"
                       f"{suggest(rule.question, questions)}")
            elif rule.answer not in questions[rule.question]:
                yield (record, ("rules", i, "answer"),
                       f"question '{rule.question}' has no answer '{rule.answer}'; its answers: "
                       f"{', '.join(questions[rule.question])}")
    for record in hub.of("initiatives"):
        for i, slug in enumerate(record.entity.chapters or []):
            yield from ref(record, "chapters", slug, ("chapters", i), "chapter")


def _prerequisite_cycles(hub: Hub) -> Iterator[Finding]:
    graph = {r.slug: r.entity.prerequisites or [] for r in hub.of("training")}
    reported: set[frozenset[str]] = set()
    for start in graph:
        stack = [(start, [start])]
        while stack:
            node, path = stack.pop()
            for nxt in graph.get(node, []):
                if nxt == start:
                    cycle = frozenset(path)
                    if cycle not in reported:
                        reported.add(cycle)
                        record = hub.get("training", start)
                        loop = " -> ".join([*path, start])
                        yield (record, ("prerequisites",),
                               f"prerequisites form a cycle ({loop}): a module cannot require "
                               "itself, directly or through others")
                elif nxt not in path and nxt in graph:
                    stack.append((nxt, [*path, nxt]))
