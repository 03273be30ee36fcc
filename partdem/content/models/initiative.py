"""An international initiative the network takes part in."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import ClassVar

from pydantic import Field

from partdem.content.models.common import (
    Day,
    Finding,
    Markdown,
    Occasion,
    Strict,
    Text,
    TitledEntity,
    Url,
    code,
    dates_in_order,
    reference,
)
from partdem.content.models.types import ContentType, Nav
from partdem.content.models.vocab import N_


class Event(Strict):
    TRANSLATABLE: ClassVar[tuple[str, ...]] = ("title",)

    LABELS: ClassVar[dict[str, str]] = {
        "title": N_("Title"),
    }

    title: Text = Field(description="What happens.")
    start: Day = Field(description="Date (YYYY-MM-DD).")
    end: Day | None = Field(None, description="Last day, for events of several days.")
    url: Url | None = Field(None, description="Page of the event.")


class Initiative(TitledEntity):
    TRANSLATABLE: ClassVar[tuple[str, ...]] = ("title", "summary", "description", "events")

    LABELS: ClassVar[dict[str, str]] = {
        "description": N_("Description"), "events": N_("Events"),
    }

    def occasions(self, today: date) -> Iterator[Occasion]:
        for i, event in enumerate(self.events):
            yield Occasion(f"/{i}", event.start, event.end, f"{event.title} ({self.title})",
                           event.url)

    def checks(self) -> Iterator[Finding]:
        yield from dates_in_order(self.start, self.end, ("end",))
        for i, event in enumerate(self.events or []):
            yield from dates_in_order(event.start, event.end, ("events", i, "end"))

    url: Url = Field(description="The initiative's own page.")
    kind: code("initiative_kind") = Field(description="What kind of initiative.")
    scope: code("scope") = Field(description="How far it reaches.")
    status: code("initiative_status") = Field(description="Whether it is running.")
    start: Day | None = Field(None, description="Start date, if known.")
    end: Day | None = Field(None, description="End date, if ended.")
    partners: list[Text] = Field(default_factory=list, description="Partner organisations.")
    chapters: list[reference("chapters", "chapter")] = Field(
        default_factory=list, description="Chapters taking part.")
    description: Markdown | None = Field(None, description="What it does and why it matters.")
    events: list[Event] = Field(default_factory=list, description="Dated events.")


TYPE = ContentType(
    folder="initiatives", model=Initiative, title=N_("International initiatives"), order=60,
    list_template="initiatives.html.j2", group_by=("status",), entity_template="initiative.html.j2",
    nav=Nav(N_("Initiatives"), 60), in_main_feed=True, calendar=True)
