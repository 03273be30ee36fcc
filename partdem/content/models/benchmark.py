"""A benchmark item (one good-practice standard) and a case's rating against it.

The items themselves are data (``data/benchmark/``), so the network can revise them; this module
holds only their shape and the rating rules.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import Field

from partdem.content.models.common import (
    Finding,
    Markdown,
    Strict,
    Text,
    TitledEntity,
    Url,
    code,
    within,
)
from partdem.content.models.types import ContentType, Nav
from partdem.content.models.vocab import N_

RATING_MEANS_MET = ("2", "3")


class BenchmarkItem(TitledEntity):
    """One standard of the CA or People's Assembly checklist; its id is its file name, B01..."""

    TRANSLATABLE: ClassVar[tuple[str, ...]] = ("title", "summary", "exemplary")

    LABELS: ClassVar[dict[str, str]] = {
        "exemplary": N_("What exemplary means"),
    }

    set: code("benchmark_set") = Field(description="Which checklist: ca (sortition-based) or pa "
                                                   "(People's Assemblies).")
    essential: bool = Field(False, description="An essential standard: if rated 0, the case is "
                                               "not a full citizens' assembly by recognised "
                                               "standards.")
    # Items are named B01-B99 and P01-P99: a checklist holds at most 99.
    order: within(1, 99, whole=True) = Field(description="Position of the item in its "
                                                         "checklist.")
    grounding: Text = Field(description="The recognised standards this item rests on.")
    exemplary: Markdown | None = Field(None, description="What 'exemplary' (rating 3) means.")
    # How the planner uses the item before an assembly: when, and with what help.
    when: code("plan_when") = Field(description="When a group planning an assembly works on "
                                                "it.")
    weeks_before: within(0, 104, whole=True) | None = Field(
        None, description="For work before the assembly: the weeks before the first meeting by "
                          "which it should be settled (the network's suggestion, to adapt).")
    skills: list[code("skill")] = Field(
        default_factory=list, description="The skills it takes: the planner links the training "
                                          "modules and resources that build them and the "
                                          "chapters that offer them.")

    def checks(self) -> Iterator[Finding]:
        if self.when is None:
            return  # not a known value: its own problem is reported
        if self.when == "before" and self.weeks_before is None:
            yield (("weeks_before",), "work before the assembly needs 'weeks_before': the "
                                      "weeks before the first meeting by which it is settled")
        elif self.when != "before" and self.weeks_before is not None:
            yield (("weeks_before",), f"'weeks_before' is only for work before the assembly, "
                                      f"not {self.when}")


class Rating(Strict):
    """How well a case met one benchmark item, and the evidence for it."""

    TRANSLATABLE: ClassVar[tuple[str, ...]] = ("note",)

    LABELS: ClassVar[dict[str, str]] = {
        "rating": N_("Rating"), "evidence": N_("Evidence"), "note": N_("Why this rating"),
    }

    rating: code("rating") = Field(description="How well the case met this standard, as "
                                               "public sources show it.")
    # Chosen among the case's sources in the form (x-among), as the case's rule requires.
    evidence: Url | None = Field(None, description="The case's source that shows it (needed "
                                                   "for a rating of 1 or more).",
                                 json_schema_extra={"x-among": "sources"})
    note: Text | None = Field(None, description="Why this rating, in a sentence (required for "
                                                "1 or more).")

    @property
    def is_rated(self) -> bool:
        return self.rating in ("0", "1", "2", "3")


TYPE = ContentType(
    folder="benchmark", model=BenchmarkItem, title=N_("Benchmark items"), order=90,
    list_template="benchmark.html.j2", list_by="order", group_by=("set",),
    nav=Nav(N_("Benchmark"), 20))
