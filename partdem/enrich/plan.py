"""The planner: the benchmark used before an assembly. For each checklist (of assemblies drawn
by lot, and of those open to all), its items as planning items in the order a group meets
them: work before the first meeting, earliest first, then during and after the assembly; each
with the cases that met it and the help for its skills. The dates themselves are the reader's:
plan.js counts them from the dates the reader gives, with the lead times given here."""

from __future__ import annotations

from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from partdem.content.hub import Record
from partdem.content.models import benchmark, recommendations
from partdem.content.models.vocab import VOCABULARIES
from partdem.enrich.helping import Listed, helping

# The groundwork of the implementation phase comes first: local partners are approached about
# six months before the first meeting (the network's suggestion, like the items' lead times).
PARTNERS_WEEKS_BEFORE = 26
# How many progress reports the plan dates after the assembly's report (#12's schedule).
PROGRESS_REPORTS = 3


@dataclass(frozen=True)
class Item:
    """A benchmark item as a planning item."""

    record: Record
    met_by: list[Record]  # cases rated met or exemplary on it, newest assembly first
    help: dict[str, list[Record]]  # training, resources and chapters, newest first


def items(listed: Listed) -> dict[str, list[Item]]:
    """By checklist (``ca``, ``pa``), its items in the order a group meets them."""
    when = list(VOCABULARIES["plan_when"])
    cases = listed("cases")
    found: dict[str, list[Item]] = {}
    ordered = sorted(listed(benchmark.TYPE.folder), key=lambda r: (
        when.index(r.entity.when), -(r.entity.weeks_before or 0), r.entity.order))
    for record in ordered:
        item_id = record.slug.upper()
        met = [c for c in cases if (rating := (c.entity.benchmark or {}).get(item_id))
               and rating.rating in benchmark.RATING_MEANS_MET]
        found.setdefault(record.entity.set, []).append(
            Item(record, met, helping(record.entity.skills, listed)))
    return found


def follow_up_months() -> list[int]:
    """When progress reports fall due, in months after the assembly's report: the schedule of
    the follow-up of recommendations (``recommendations.FIRST_REPORT``, ``REPORT_EVERY``)."""
    first = _months(recommendations.FIRST_REPORT)
    return [first + i * _months(recommendations.REPORT_EVERY) for i in range(PROGRESS_REPORTS)]


def _months(step: relativedelta) -> int:
    return step.years * 12 + step.months
