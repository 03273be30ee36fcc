"""An assembly design the network can recommend."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from partdem.content.models.common import Markdown, TitledEntity, code, within


class Design(TitledEntity):
    KIND: ClassVar[str] = "designs"
    TRANSLATABLE: ClassVar[tuple[str, ...]] = ("title", "summary", "suits", "needs", "description")

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
