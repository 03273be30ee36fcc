"""An assembly design the network can recommend."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from pydantic import Field

from partdem.content.models.common import Finding, Markdown, TitledEntity, code, within
from partdem.content.models.types import ContentType
from partdem.content.models.vocab import N_, checklist_of


class Design(TitledEntity):
    TRANSLATABLE: ClassVar[tuple[str, ...]] = ("title", "summary", "suits", "needs", "description")

    LABELS: ClassVar[dict[str, str]] = {
        "suits": N_("Suits"), "needs": N_("Needs"), "description": N_("Description"),
    }

    def checks(self) -> Iterator[Finding]:
        if None not in (self.size_min, self.size_max) and self.size_max < self.size_min:
            yield ("size_max",), "size_max is smaller than size_min"
        if None not in (self.days_min, self.days_max) and self.days_max < self.days_min:
            yield ("days_max",), "days_max is smaller than days_min"

    case_types: list[code("case_type")] = Field(min_length=1, description="Case types that "
                                                                          "follow this design.")
    selection: code("selection") = Field(description="How participants are chosen.")
    size_min: within(1, 100_000, whole=True) = Field(
        description="Typical smallest number of participants.")
    size_max: within(1, 100_000, whole=True) = Field(
        description="Typical largest number of participants, no smaller than size_min.")
    days_min: within(0, 1_000) = Field(description="Typical shortest duration, in meeting days.")
    days_max: within(0, 1_000) = Field(
        description="Typical longest duration, in meeting days, no shorter than days_min.")
    cost_band: code("cost_band") = Field(description="Typical cost.")
    suits: Markdown = Field(description="What situations it suits.")
    needs: Markdown = Field(description="What it needs to work.")
    description: Markdown | None = Field(None, description="How it works.")

    @property
    def checklist(self) -> str:
        """The benchmark checklist a group plans it with: that of its first case type."""
        return checklist_of(self.case_types[0])


TYPE = ContentType(
    folder="designs", model=Design, title=N_("Assembly designs"), order=70,
    entity_template="design.html.j2", section="guide", list_by="size_min")
