"""A newsletter issue."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from partdem.content.models.common import Day, Markdown, Strict, TitledEntity, reference, within
from partdem.content.models.types import ContentType, Feed, Nav
from partdem.content.models.vocab import N_


class Featured(Strict):
    cases: list[reference("cases", "case")] = Field(
        default_factory=list, description="Slugs of cases featured.")
    chapters: list[reference("chapters", "chapter")] = Field(
        default_factory=list, description="Slugs of chapters featured.")
    training: list[reference("training", "training")] = Field(
        default_factory=list, description="Slugs of training modules.")
    resources: list[reference("resources", "resource")] = Field(
        default_factory=list, description="Slugs of resources.")


class Newsletter(TitledEntity):
    TRANSLATABLE: ClassVar[tuple[str, ...]] = ("title", "summary", "body")

    LABELS: ClassVar[dict[str, str]] = {
        "body": N_("Text of the issue"),
    }

    number: within(1, 10_000, whole=True) = Field(description="Issue number.")
    date: Day = Field(description="Publication date; an issue dated in the future is not "
                                  "published until then.")
    body: Markdown = Field(description="The issue's text, in Markdown.")
    featured: Featured = Field(default_factory=Featured, description="Hub entries presented.")


TYPE = ContentType(
    folder="newsletter", model=Newsletter, title=N_("Newsletter issues"), order=40,
    list_template="newsletters.html.j2", entity_template="newsletter.html.j2",
    nav=Nav(N_("Newsletter"), 90), list_by="date", newest_first=True, group_by=("date.year",),
    date_field="date", waits_for_date=True, feed=Feed(N_("Newsletter"), 1), in_main_feed=True,
    emailed=True)
