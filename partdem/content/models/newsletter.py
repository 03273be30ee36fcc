"""A newsletter issue."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from partdem.content.models.common import Day, Markdown, Slug, Strict, TitledEntity, within


class Featured(Strict):
    cases: list[Slug] = Field(default_factory=list, description="Slugs of cases featured.")
    chapters: list[Slug] = Field(default_factory=list, description="Slugs of chapters featured.")
    training: list[Slug] = Field(default_factory=list, description="Slugs of training modules.")
    resources: list[Slug] = Field(default_factory=list, description="Slugs of resources.")


class Newsletter(TitledEntity):
    KIND: ClassVar[str] = "newsletter"
    TRANSLATABLE: ClassVar[tuple[str, ...]] = ("title", "summary", "body")

    number: within(1, 10_000, whole=True) = Field(description="Issue number.")
    date: Day = Field(description="Publication date; an issue dated in the future is not "
                                  "published until then.")
    body: Markdown = Field(description="The issue's text, in Markdown.")
    featured: Featured = Field(default_factory=Featured, description="Hub entries presented.")
