"""A campaign: a group's campaign for an assembly, the authority it presses and the stages it
reached, each dated and sourced."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from itertools import pairwise
from typing import Any, ClassVar

from pydantic import Field

from partdem.content.models.common import (
    Change,
    Country,
    Day,
    Finding,
    Link,
    Markdown,
    Strict,
    Text,
    TitledEntity,
    code,
    reference,
)
from partdem.content.models.types import BY_PLACE, ContentType, Facet, Feed, Nav
from partdem.content.models.vocab import N_, VOCABULARIES

# The stages that end a campaign without an assembly (shown apart from the path to one).
HALTED = ("stalled", "refused")


class Authority(Strict):
    """The body the campaign asks to hold the assembly."""

    LABELS: ClassVar[dict[str, str]] = {
        "name": N_("Name"), "type": N_("Kind of body"),
    }

    name: Text = Field(description="The body, by its official name (a council, a region's "
                                   "government, a parliament).")
    type: code("commissioner_type") = Field(description="What kind of body it is.")


class Step(Strict):
    """A stage the campaign reached, on a day, as a public source reports it."""

    TRANSLATABLE: ClassVar[tuple[str, ...]] = ("note",)

    LABELS: ClassVar[dict[str, str]] = {
        "date": N_("Date"), "stage": N_("Stage"), "note": N_("What happened"),
        "source": N_("Source"),
    }

    date: Day = Field(description="The day it happened.")
    stage: code("campaign_stage") = Field(description="The stage reached that day.")
    note: Markdown = Field(description="What happened, in a sentence or two.")
    source: Link = Field(description="The public page that reports it.")


class Campaign(TitledEntity):
    """A campaign by climate groups for an assembly, by the stages it reached."""

    TRANSLATABLE: ClassVar[tuple[str, ...]] = ("title", "summary", "history", "description")

    LABELS: ClassVar[dict[str, str]] = {
        "country": N_("Country"), "city": N_("City or area"), "scope": N_("Scope"),
        "authority": N_("Authority asked"), "groups": N_("Campaigning groups"),
        "chapters": N_("Chapters involved"), "case": N_("The resulting assembly"),
        "history": N_("Stages reached"), "description": N_("The campaign's story"),
    }

    country: Country = Field(description="The country of the authority.")
    city: Text | None = Field(None, description="City or area, for a local campaign.")
    scope: code("scope") = Field(description="How far the assembly asked for would reach.")
    authority: Authority = Field(description="The body the campaign presses for an assembly.")
    groups: list[Text] = Field(min_length=1, description="The groups that campaign, by their "
                                                         "public names (never a person).")
    chapters: list[reference("chapters", "chapter")] = Field(
        default_factory=list, description="Chapters of the network that take part.")
    case: reference("cases", "case") | None = Field(
        None, description="The assembly that came of it, when it is in the hub.")
    history: list[Step] = Field(min_length=1, description="The stages reached, oldest first.")
    description: Markdown | None = Field(None, description="The campaign's story, in a few "
                                                           "paragraphs.")

    @property
    def stage(self) -> str:
        """The stage reached last."""
        return self.history[-1].stage

    @property
    def started(self) -> date:
        return self.history[0].date

    @property
    def latest(self) -> date:
        """The day of the stage reached last (lists show the latest news first)."""
        return self.history[-1].date

    @property
    def halted(self) -> bool:
        return self.stage in HALTED

    def path(self) -> list[tuple[str, date | None]]:
        """The stages on the way to an assembly and its response, each with the day the
        campaign first reached it (None: not reached)."""
        reached: dict[str, date] = {}
        for step in self.history:
            reached.setdefault(step.stage, step.date)
        return [(stage, reached.get(stage)) for stage in VOCABULARIES["campaign_stage"]
                if stage not in HALTED]

    def checks(self) -> Iterator[Finding]:
        history = self.history or []  # None when the list itself is invalid
        for i, (before, step) in enumerate(pairwise(history)):
            if step.date < before.date:
                yield (("history", i + 1, "date"),
                       f"the stages go oldest first, but {step.date} is listed after "
                       f"{before.date}")

    def changes(self, today: date) -> Iterator[Change]:
        """Every stage reached by ``today``, for the campaigns' feed."""
        for i, step in enumerate(self.history):
            if step.date <= today:
                yield Change(f"/{i}", step.date, N_("%(title)s: %(stage)s"),
                             {"title": self.title, "stage": ("campaign_stage", step.stage)},
                             anchor=f"stage-{i}", text=step.note)

    def facts(self, today: date) -> dict[str, Any]:
        return {"stage": self.stage, "started": self.started.isoformat()}


TYPE = ContentType(
    folder="campaigns", model=Campaign, title=N_("Campaigns for assemblies"), order=12,
    list_template="campaigns.html.j2", entity_template="campaign.html.j2",
    nav=Nav(N_("Campaigns"), 12), list_by="latest", newest_first=True, group_by=("stage",),
    feed=Feed(N_("Campaigns for assemblies: stages reached"), 4, changes=True), in_main_feed=True,
    proposable=True, form=(
        ("what", ("title", "summary", "description")),
        ("where", ("scope", "country", "city")),
        ("who", ("authority", "groups", "chapters")),
        ("when", ("history",)),
        ("results", ("case",)),
        ("sources", ("links",)),
    ), facets=(
        *BY_PLACE,
        Facet("stage", N_("Stage reached"), "stage", "campaign_stage"),
        Facet("scope", N_("Scope"), "scope", "scope"),
        Facet("authority", N_("Authority"), "authority.type", "commissioner_type"),
        Facet("chapter", N_("Chapter"), "chapters", "reference"),
    ))
