"""What the cases teach, computed from the data at every build, never typed by hand."""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass
from typing import Any

from partdem.content.hub import Hub, Record
from partdem.content.models import benchmark, case
from partdem.content.models.benchmark import RATING_MEANS_MET
from partdem.enrich.derive import Derived


@dataclass(frozen=True)
class ItemShare:
    item: Record
    met: int
    rated: int

    @property
    def share(self) -> float:
        return self.met / self.rated if self.rated else 0.0


@dataclass(frozen=True)
class Figures:
    cases: int  # how many case studies the figures rest on
    by_type: Counter
    by_scope: Counter
    by_format: Counter
    by_year: Counter
    median_participants: float | None
    median_sessions: float | None
    median_hours: float | None
    counted: dict[str, int]  # how many cases each median rests on
    items: list[ItemShare]
    # commitment -> (cases with that commitment, of which some implementation is reported)
    commitments: dict[str, tuple[int, int]]
    essentials_by_year: dict[int, float]  # mean share of rated essentials met, by start year
    notes_by_topic: dict[str, list[tuple[Record, str]]]  # topic -> (case, what_worked|...)
    # The recommendations followed up, pooled across assemblies: how many assemblies and
    # recommendations, by response and by implementation, and the authorities by follow-up.
    followed: int
    recommendations: int
    responses: dict[str, int]
    implementation: dict[str, int]
    follow_up: dict[str, int]


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def _followed_up(derived: Derived) -> dict[str, Any]:
    """The figures of the follow-up of recommendations, pooled across assemblies."""
    responses: Counter = Counter()
    done: Counter = Counter()
    for tally in derived.tallies.values():
        responses.update(tally.responses)
        done.update(tally.implementation)
    return {"followed": len(derived.tallies),
            "recommendations": sum(tally.total for tally in derived.tallies.values()),
            "responses": dict(responses), "implementation": dict(done),
            "follow_up": dict(Counter(f.state for f in derived.follow_ups.values()))}


def figures(hub: Hub, derived: Derived) -> Figures:
    records = hub.of(case.TYPE)
    cases = [r.entity for r in records]
    participants = [c.participants.number for c in cases if c.participants.number is not None]
    sessions = [c.sessions for c in cases if c.sessions is not None]
    hours = [c.hours for c in cases if c.hours is not None]
    items = []
    for item in sorted(hub.of(benchmark.TYPE), key=lambda r: (r.entity.set, r.entity.order)):
        ratings = [r.entity.benchmark.get(item.slug.upper()) for r in records]
        rated = [r for r in ratings if r is not None and r.is_rated]
        items.append(ItemShare(item, sum(r.rating in RATING_MEANS_MET for r in rated),
                               len(rated)))
    commitments: dict[str, tuple[int, int]] = {}
    for entity in cases:
        if entity.outcome.commitment:
            total, implemented = commitments.get(entity.outcome.commitment, (0, 0))
            commitments[entity.outcome.commitment] = (
                total + 1, implemented + bool(entity.outcome.implemented))
    shares: dict[int, list[float]] = {}
    for record in records:
        summary = derived.summaries[record.slug]
        if summary.set == "ca" and summary.essential_rated:
            shares.setdefault(record.entity.start.year, []).append(
                summary.essential_met / summary.essential_rated)
    notes: dict[str, list[tuple[Record, str]]] = {}
    for record in sorted(records, key=lambda r: r.slug):
        for topic in record.entity.topics:
            for kind in ("what_worked", "what_did_not"):
                if getattr(record.entity, kind):
                    notes.setdefault(topic, []).append((record, kind))
    return Figures(
        **_followed_up(derived),
        cases=len(records), by_type=Counter(c.type for c in cases),
        by_scope=Counter(c.scope for c in cases), by_format=Counter(c.format for c in cases),
        by_year=Counter(c.start.year for c in cases),
        median_participants=_median(participants), median_sessions=_median(sessions),
        median_hours=_median(hours),
        counted={"participants": len(participants), "sessions": len(sessions),
                 "hours": len(hours)},
        items=items, commitments=dict(sorted(commitments.items())),
        essentials_by_year={year: statistics.mean(v) for year, v in sorted(shares.items())},
        notes_by_topic=dict(sorted(notes.items())),
    )
