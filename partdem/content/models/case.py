"""A case study: an assembly that happened, is running or is planned, with its benchmark ratings."""

from __future__ import annotations

from typing import Annotated, ClassVar

from pydantic import Field

from partdem.content.models.benchmark import Rating
from partdem.content.models.common import (
    Country,
    Currency,
    Day,
    LanguageTag,
    Link,
    Markdown,
    Slug,
    Strict,
    Text,
    TitledEntity,
    Url,
    code,
    within,
)

BenchmarkId = Annotated[str, Field(pattern=r"^[BP]\d{2}$")]


class Commissioner(Strict):
    """Who asked for the assembly and is expected to respond to it."""

    name: Text = Field(description="The commissioning body, by its official name.")
    type: code("commissioner_type") = Field(description="What kind of body it is.")


class Budget(Strict):
    # Up to 10^13: a national assembly's budget in the currencies with the smallest units.
    amount: within(0, 10**13) = Field(description="Total budget as published.")
    currency: Currency = Field(description="ISO 4217 currency code, such as EUR.")


class Participants(Strict):
    """Who took part and how they were selected and supported."""

    number: within(0, 100_000, whole=True) | None = Field(
        None, description="How many members took part.")
    recruitment: code("recruitment") | None = Field(None, description="How members were chosen.")
    strata: list[code("stratum")] = Field(default_factory=list,
                                          description="Criteria of the quotas.")
    remuneration: code("remuneration") | None = Field(None, description="What members were paid.")
    supports: list[code("support")] = Field(default_factory=list,
                                            description="Support that removed barriers.")


class ChapterRole(Strict):
    chapter: Slug = Field(description="Slug of a chapter in data/chapters/.")
    role: code("chapter_role") = Field(description="What the chapter did.")


class Outcome(Strict):
    """What the assembly produced and what became of it."""

    TRANSLATABLE: ClassVar[tuple[str, ...]] = ("response", "implemented")

    recommendations: within(0, 10_000, whole=True) | None = Field(
        None, description="Number of recommendations.")
    report: Url | None = Field(None, description="The assembly's final report.")
    minority_report: bool | None = Field(None, description="Whether minority views were "
                                                           "published.")
    commitment: code("commitment") | None = Field(None, description="What the authority "
                                                                     "committed to in advance.")
    response: Markdown | None = Field(None, description="The authority's response, in brief.")
    response_date: Day | None = Field(None, description="Date of the authority's response.")
    implemented: Markdown | None = Field(None, description="What was implemented, as far as "
                                                           "public sources tell.")


class Evaluation(Strict):
    kind: code("evaluation") = Field(description="Who evaluated the process.")
    report: Url | None = Field(None, description="The evaluation report.")


class Case(TitledEntity):
    """An assembly, with what happened and how it measured up against the benchmark."""

    KIND: ClassVar[str] = "cases"
    TRANSLATABLE: ClassVar[tuple[str, ...]] = (
        "title", "summary", "question", "outcome", "what_worked", "what_did_not", "lessons",
        "benchmark",
    )

    country: Country = Field(description="ISO 3166-1 alpha-2 country code (use the host "
                                         "country for multinational processes).")
    city: Text | None = Field(None, description="City or locality, for a local process.")
    type: code("case_type") = Field(description="The kind of process.")
    scope: code("scope") = Field(description="The area the process covered.")
    start: Day = Field(description="First meeting (YYYY-MM-DD).")
    end: Day | None = Field(None, description="Last meeting (YYYY-MM-DD), after start.")
    status: code("case_status") = Field(description="Where the process stands.")
    format: code("format") = Field(description="How members met.")
    question: Markdown | None = Field(None, description="The remit, as put to the members.")
    topics: list[code("topic")] = Field(min_length=1, description="What it was about.")
    commissioner: Commissioner | None = Field(None, description="Who commissioned it.")
    organiser: Text | None = Field(None, description="Who ran it.")
    facilitator: Text | None = Field(None, description="Who facilitated the sessions.")
    budget: Budget | None = Field(None, description="Published budget.")
    participants: Participants = Field(default_factory=Participants,
                                       description="Who took part.")
    sessions: within(0, 1_000, whole=True) | None = Field(
        None, description="Number of meetings (weekends count as one each).")
    hours: within(0, 10_000) | None = Field(None, description="Total hours of deliberation.")
    days: within(0, 1_000) | None = Field(None, description="Total days of meetings.")
    languages_used: list[LanguageTag] = Field(default_factory=list,
                                              description="Languages of the sessions.")
    design: Slug | None = Field(None, description="Slug of the assembly design in data/designs/.")
    tools: list[Slug] = Field(default_factory=list, description="Slugs of digital tools in "
                                                                "data/tools/.")
    chapters: list[ChapterRole] = Field(default_factory=list,
                                        description="Chapters of the network involved.")
    outcome: Outcome = Field(default_factory=Outcome, description="Results and follow-up.")
    evaluation: Evaluation | None = Field(None, description="Evaluation of the process.")
    what_worked: Markdown | None = Field(None, description="What worked well.")
    what_did_not: Markdown | None = Field(None, description="What did not work.")
    lessons: Markdown | None = Field(None, description="Lessons for other groups.")
    sources: list[Link] = Field(min_length=1, description="Public sources for the facts above.")
    benchmark: dict[BenchmarkId, Rating] = Field(
        default_factory=dict, description="Ratings by item id (B01-B16 or P01-P08); items left "
                                          "out count as unknown.")
