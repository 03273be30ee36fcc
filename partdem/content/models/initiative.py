"""An international initiative the network takes part in."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from partdem.content.models.common import Day, Markdown, Slug, Strict, Text, TitledEntity, Url, code


class Event(Strict):
    TRANSLATABLE: ClassVar[tuple[str, ...]] = ("title",)

    title: Text = Field(description="What happens.")
    start: Day = Field(description="Date (YYYY-MM-DD).")
    end: Day | None = Field(None, description="Last day, for events of several days.")
    url: Url | None = Field(None, description="Page of the event.")


class Initiative(TitledEntity):
    KIND: ClassVar[str] = "initiatives"
    TRANSLATABLE: ClassVar[tuple[str, ...]] = ("title", "summary", "description", "events")

    url: Url = Field(description="The initiative's own page.")
    kind: code("initiative_kind") = Field(description="What kind of initiative.")
    scope: code("scope") = Field(description="How far it reaches.")
    status: code("initiative_status") = Field(description="Whether it is running.")
    start: Day | None = Field(None, description="Start date, if known.")
    end: Day | None = Field(None, description="End date, if ended.")
    partners: list[Text] = Field(default_factory=list, description="Partner organisations.")
    chapters: list[Slug] = Field(default_factory=list, description="Chapters taking part.")
    description: Markdown | None = Field(None, description="What it does and why it matters.")
    events: list[Event] = Field(default_factory=list, description="Dated events.")
