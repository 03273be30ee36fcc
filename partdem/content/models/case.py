"""A case study: an assembly that happened, is running or is planned, with its benchmark ratings."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Annotated, Any, ClassVar

from pydantic import Field

from partdem.content.models import benchmark
from partdem.content.models.benchmark import Rating
from partdem.content.models.common import (
    Country,
    Currency,
    Day,
    Finding,
    LanguageTag,
    Link,
    Markdown,
    Occasion,
    Strict,
    Text,
    TitledEntity,
    Url,
    code,
    dates_in_order,
    reference,
    suggest,
    within,
)
from partdem.content.models.types import BY_PLACE, ContentType, Facet, Feed, Nav
from partdem.content.models.vocab import N_, checklist_of

BenchmarkId = Annotated[str, Field(pattern=r"^[BP]\d{2}$")]
# Scopes of processes that may have met in no one country.
INTERNATIONAL_SCOPES = ("multinational", "global")


class Commissioner(Strict):
    """Who asked for the assembly and is expected to respond to it."""

    LABELS: ClassVar[dict[str, str]] = {
        "name": N_("Name"), "type": N_("Kind of body"),
    }

    name: Text = Field(description="The commissioning body, by its official name.")
    type: code("commissioner_type") = Field(description="What kind of body it is.")


class Budget(Strict):
    LABELS: ClassVar[dict[str, str]] = {
        "amount": N_("Amount"), "currency": N_("Currency"),
    }

    # Up to 10^13: a national assembly's budget in the currencies with the smallest units.
    amount: within(0, 10**13) = Field(description="Total budget as published.")
    currency: Currency = Field(description="Its three-letter code, such as EUR or KES.")


class Participants(Strict):
    """Who took part and how they were selected and supported."""

    LABELS: ClassVar[dict[str, str]] = {
        "number": N_("Number of members"), "recruitment": N_("Recruitment"),
        "strata": N_("Quotas by"), "remuneration": N_("Remuneration"),
        "supports": N_("Support for members"),
    }

    number: within(0, 100_000, whole=True) | None = Field(
        None, description="How many members took part.")
    recruitment: code("recruitment") | None = Field(None, description="How members were chosen.")
    strata: list[code("stratum")] = Field(default_factory=list,
                                          description="Criteria of the quotas.")
    remuneration: code("remuneration") | None = Field(None, description="What members were paid.")
    supports: list[code("support")] = Field(default_factory=list,
                                            description="Support that removed barriers.")


class ChapterRole(Strict):
    LABELS: ClassVar[dict[str, str]] = {
        "chapter": N_("Chapter"), "role": N_("Role"),
    }

    chapter: reference("chapters", "chapter") = Field(
        description="A group of the network that took part.")
    role: code("chapter_role") = Field(description="What the chapter did.")


class Outcome(Strict):
    """What the assembly produced and what became of it."""

    TRANSLATABLE: ClassVar[tuple[str, ...]] = ("response", "implemented")

    LABELS: ClassVar[dict[str, str]] = {
        "recommendations": N_("Number of recommendations"), "report": N_("Final report"),
        "minority_report": N_("Minority report published"),
        "commitment": N_("Commitment in advance"), "response": N_("Response"),
        "response_date": N_("Date of the response"), "implemented": N_("Implemented"),
    }

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
    LABELS: ClassVar[dict[str, str]] = {
        "kind": N_("Evaluated by"), "report": N_("Evaluation report"),
    }

    kind: code("evaluation") = Field(description="Who evaluated the process.")
    report: Url | None = Field(None, description="The evaluation report.")


def _rating_checks(item_id: str, rating: Rating, source_urls: list[str] | None) -> Iterator[
        Finding]:
    """A rating of 1 or more cites one of the case's sources as evidence, and says why."""
    loc = ("benchmark", item_id)
    if not rating.is_rated or rating.rating == "0":
        return
    if not rating.evidence:
        yield (loc, f"{item_id} is rated {rating.rating}: a rating of 1 or more needs "
                    "'evidence', the URL of one of the case's sources")
    elif source_urls is not None and rating.evidence not in source_urls:
        yield ((*loc, "evidence"), f"the evidence for {item_id} is not among the case's "
               f"sources: add it to 'sources' or cite one of them"
               f"{suggest(rating.evidence, source_urls)}")
    if not rating.note:
        yield loc, f"{item_id} is rated {rating.rating}: add a short 'note' saying why"


class Case(TitledEntity):
    """An assembly, with what happened and how it measured up against the benchmark."""

    TRANSLATABLE: ClassVar[tuple[str, ...]] = (
        "title", "summary", "question", "outcome", "what_worked", "what_did_not", "lessons",
        "benchmark",
    )

    LABELS: ClassVar[dict[str, str]] = {
        "country": N_("Country"), "countries": N_("Countries of the members"),
        "city": N_("City or locality"), "type": N_("Type"), "scope": N_("Scope"),
        "start": N_("First meeting"), "end": N_("Last meeting"), "status": N_("Status"),
        "format": N_("Format"), "question": N_("Question"), "topics": N_("Topics"),
        "commissioner": N_("Commissioned by"), "organiser": N_("Organised by"),
        "facilitator": N_("Facilitated by"), "budget": N_("Budget"), "participants": N_("Members"),
        "sessions": N_("Sessions"), "hours": N_("Hours of deliberation"),
        "days": N_("Days of meetings"), "languages_used": N_("Languages of the sessions"),
        "design": N_("Assembly design"), "tools": N_("Digital tools"),
        "chapters": N_("Chapters involved"), "outcome": N_("Outcome"),
        "evaluation": N_("Evaluation"), "what_worked": N_("What worked"),
        "what_did_not": N_("What did not work"), "lessons": N_("Lessons"),
        "sources": N_("Sources"), "benchmark": N_("Benchmark ratings"),
    }

    @property
    def checklist(self) -> str:
        """The benchmark checklist that applies: pa for open assemblies, ca for sortition."""
        return checklist_of(self.type)

    def occasions(self, today: date) -> Iterator[Occasion]:
        """An assembly that is planned or running, from its first to its last meeting."""
        if self.status in ("planned", "running"):
            yield Occasion("", self.start, self.end, self.title)

    def checks(self) -> Iterator[Finding]:
        yield from dates_in_order(self.start, self.end, ("end",))
        if ("country" not in self.model_fields_set
                and self.scope not in (*INTERNATIONAL_SCOPES, None)):
            yield (("scope",), f"a case of scope '{self.scope}' needs its 'country'; only a "
                       "multinational or global process that met in no one country leaves it out")
        source_urls = [source.url for source in self.sources] if self.sources is not None else None
        for item_id, rating in (self.benchmark or {}).items():
            yield from _rating_checks(item_id, rating, source_urls)

    def checks_across(self, hub: Any) -> Iterator[Finding]:
        """Every rated item exists, in the checklist of the case's type."""
        items = {r.slug.upper(): r.entity for r in hub.of(benchmark.TYPE)}
        for item_id in self.benchmark or {}:
            item = items.get(item_id)
            if item is None:
                yield (("benchmark", item_id), f"unknown benchmark item '{item_id}'"
                       f"{suggest(item_id, items)}; items are B01-B16 (citizens' assemblies) "
                       "and P01-P08 (People's Assemblies)")
            elif item.set != self.checklist:
                which = ("a People's Assembly is rated against P items"
                         if self.checklist == "pa"
                         else "a sortition-based process is rated against B items")
                yield (("benchmark", item_id),
                       f"{item_id} does not apply to a case of type '{self.type}': {which}")

    country: Country | None = Field(
        None, description="Where it met; a multinational or global process that met in no one "
                          "country leaves it out.")
    countries: list[Country] = Field(
        default_factory=list, description="For a multinational process: the countries its "
                                          "members came from, where sources list them.")
    city: Text | None = Field(None, description="City or locality, for a local process.")
    type: code("case_type") = Field(description="The kind of process.")
    scope: code("scope") = Field(description="The area the process covered.")
    start: Day = Field(description="The day of the first meeting.")
    end: Day | None = Field(None, description="The day of the last meeting, after the first.")
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
    design: reference("designs", "assembly design") | None = Field(
        None, description="The assembly design it followed, if the hub describes it.")
    tools: list[reference("tools", "digital tool")] = Field(
        default_factory=list, description="Digital tools it used, among those the hub describes.")
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


TYPE = ContentType(
    folder="cases", model=Case, title=N_("Case studies"), order=10,
    list_template="cases.html.j2", entity_template="case.html.j2", nav=Nav(N_("Cases"), 10),
    list_by="start", newest_first=True, feed=Feed(N_("New and updated case studies"), 2),
    in_main_feed=True, calendar=True, form=(
        ("what", ("title", "type", "summary", "question", "topics")),
        ("where", ("scope", "country", "countries", "city")),
        ("when", ("status", "start", "end", "format", "sessions", "days", "hours",
                  "languages_used")),
        ("who", ("commissioner", "organiser", "facilitator", "participants", "chapters")),
        ("how", ("design", "tools", "budget")),
        ("results", ("outcome", "evaluation", "what_worked", "what_did_not", "lessons")),
        ("sources", ("sources", "links")),
        ("benchmark", ("benchmark",)),
    ), proposable=True, rated=True, facets=(
        *BY_PLACE,
        Facet("type", N_("Type"), "type", "case_type"),
        Facet("scope", N_("Scope"), "scope", "scope"),
        Facet("status", N_("Status"), "status", "case_status"),
        Facet("format", N_("Format"), "format", "format"),
        Facet("year", N_("Year"), "start.year", "text"),
        Facet("topic", N_("Topic"), "topics", "topic"),
        Facet("level", N_("Benchmark"), "", "level"),
        Facet("chapter", N_("Chapter"), "chapters.chapter", "reference"),
    ))
