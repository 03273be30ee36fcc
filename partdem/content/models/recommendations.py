"""What became of one assembly's recommendations: each with the authority's response and its
implementation as a dated, sourced history; the members' own verdict; and the follow-up due,
worked out from the report's date and the schedule, never typed.

The schedule: a response by the deadline a law or the commitment sets, if any; then, while an
accepted recommendation is still open, a progress report three months after the report and
every six months after that (DemocracyNext, Assembling an Assembly Guide, "After the
Assembly": https://assemblyguide.demnext.org/after-the-assembly).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, ClassVar

from dateutil.relativedelta import relativedelta
from pydantic import Field, StringConstraints

from partdem.content.models.common import (
    Change,
    Day,
    Finding,
    LanguageTag,
    Link,
    Markdown,
    Occasion,
    ShortText,
    Strict,
    Text,
    TitledEntity,
    Url,
    code,
    reference,
    within,
)
from partdem.content.models.types import ContentType, Feed, Nav
from partdem.content.models.vocab import N_

FIRST_REPORT = relativedelta(months=3)
REPORT_EVERY = relativedelta(months=6)
# Responses that commit the authority to act, so that progress on them is due.
COMMITTED = ("accepted", "accepted_in_part", "modified")
# Implementation that needs no more reports.
SETTLED = ("implemented", "abandoned")
# Shown, never typed: the hub says them when the data has no response to a recommendation.
UNTYPED_RESPONSES = ("unknown", "no_response", "not_addressed")

Number = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9.\-]{0,19}$")]


class Event(Strict):
    """A dated step in a recommendation's history: the authority's response or where its
    implementation stood, with the page that says so."""

    TRANSLATABLE: ClassVar[tuple[str, ...]] = ("note",)

    LABELS: ClassVar[dict[str, str]] = {
        "date": N_("Date"), "response": N_("Response"), "implementation": N_("Implementation"),
        "source": N_("Source"), "assessor": N_("Assessed by"), "note": N_("Why this status"),
    }

    date: Day = Field(description="When the response was given, or the implementation checked "
                                  "(YYYY-MM-DD).")
    response: code("response") | None = Field(None, description="The authority's response.")
    implementation: code("implementation") | None = Field(
        None, description="Where its implementation stood on that date.")
    source: Url | None = Field(None, description="The page that says so (needed for every "
                                                 "status but unknown).")
    assessor: Text | None = Field(None, description="Who made this assessment, if not the "
                                                    "authority itself.")
    note: Markdown | None = Field(None, description="Why this status, in your own words; say "
                                                    "so here when sources disagree.")


class Recommendation(Strict):
    """One recommendation as the assembly published it, and what became of it."""

    TRANSLATABLE: ClassVar[tuple[str, ...]] = ("title", "summary", "events")

    LABELS: ClassVar[dict[str, str]] = {
        "number": N_("Number"), "title": N_("Title"), "summary": N_("What it asks"),
        "topics": N_("Topics"), "support": N_("Support among members, in per cent"),
        "events": N_("Responses and progress"),
    }

    number: Number = Field(description="Its number as the assembly published it: 1, 3.2, R12.")
    title: ShortText = Field(description="A short title, in your own words.")
    summary: Markdown | None = Field(None, description="What it asks, in your own words.")
    topics: list[code("topic")] = Field(min_length=1, description="What it is about.")
    support: within(0, 100) | None = Field(
        None, description="Share of the members' votes in favour, in percent, where published.")
    events: list[Event] = Field(default_factory=list,
                                description="Its history, oldest first.")

    def latest(self, field: str) -> Event | None:
        """The newest event that gives ``field`` (response or implementation)."""
        return next((e for e in reversed(self.events) if getattr(e, field)), None)

    def response(self, addressed: bool, answered: bool) -> str:
        """Its current response, or what the hub says when none is recorded: unknown if the
        authority published its response (``answered``), no response yet if it did not."""
        if not addressed:
            return "not_addressed"
        event = self.latest("response")
        return event.response if event else "unknown" if answered else "no_response"

    def implementation(self) -> str:
        event = self.latest("implementation")
        return event.implementation if event else "unknown"


class Verdict(Strict):
    """The members' own verdict on the response, as they published it: quoted, never
    translated."""

    LABELS: ClassVar[dict[str, str]] = {
        "date": N_("Date"), "kind": N_("Kind of verdict"), "score": N_("Score"),
        "scale": N_("Out of"), "quote": N_("In the members' words"),
        "quote_lang": N_("Language of the quote"), "url": N_("Where it is published"),
    }

    date: Day | None = Field(None, description="When the members published it, if a source "
                                                "gives the day.")
    kind: code("verdict_kind") = Field(description="A statement or a score.")
    score: within(0, 1000) | None = Field(None, description="The score, with kind: score.")
    scale: within(1, 1000) | None = Field(None, description="What the score is out of.")
    quote: Text | None = Field(None, description="A short passage in the members' own words, "
                                                 "exactly as published.")
    quote_lang: LanguageTag | None = Field(None, description="The language of the quote.")
    url: Url = Field(description="Where the verdict is published.")


class Report(Link):
    """A document the authority published: its response, or a progress report."""

    LABELS: ClassVar[dict[str, str]] = {
        "date": N_("Date of publication"),
    }

    date: Day | None = Field(None, description="Its publication date, if a source gives it.")


@dataclass(frozen=True)
class FollowUp:
    """What is due from the authority as of a day, and whether it delivered.

    ``response``: on_time, late (came after the deadline), silent (none, deadline passed),
    pending (none, deadline ahead), no_deadline (no deadline set) or not_addressed.
    ``progress``: on_time, late (fewer reports than due), silent (none while some are due),
    not_due (none due yet, or nothing committed left open)."""

    response_due: date | None
    responded: date | None
    response: str
    reports_due: tuple[date, ...]  # the progress reports due by the day
    reports: int  # progress reports published by the day
    next_due: date | None
    progress: str

    @property
    def state(self) -> str:
        """One word for the whole: silent, late, on_time or not_due (follow_up vocabulary)."""
        if "silent" in (self.response, self.progress):
            return "silent"
        if "late" in (self.response, self.progress):
            return "late"
        if self.response == "on_time" or self.progress == "on_time" or self.responded:
            return "on_time"
        return "not_due"


class Recommendations(TitledEntity):
    """The follow-up of one assembly's recommendations."""

    TRANSLATABLE: ClassVar[tuple[str, ...]] = ("title", "summary", "numbering_gaps",
                                               "recommendations")

    LABELS: ClassVar[dict[str, str]] = {
        "case": N_("The assembly"), "report_date": N_("Report handed over on"),
        "authority": N_("Authority asked to respond"), "response": N_("Published response"),
        "response_within_months": N_("Response due within (months)"),
        "response_deadline_source": N_("Source of that deadline"),
        "numbering_gaps": N_("Gaps in the numbering"),
        "published": N_("Number of recommendations published"),
        "verdict": N_("The members' verdict"), "progress_reports": N_("Progress reports"),
        "sources": N_("Sources"), "recommendations": N_("Recommendations"),
    }

    case: reference("cases", "case") = Field(description="The assembly's case study in the hub.")
    report_date: Day = Field(description="When the assembly's report was handed over.")
    authority: Text | None = Field(None, description="Who was asked to respond; leave out when "
                                                     "the assembly addressed nobody in particular.")
    response: Report | None = Field(None, description="The authority's published response to "
                                                      "the assembly as a whole, with its date: "
                                                      "a recommendation it answered that has no "
                                                      "status here is shown as unknown.")
    response_within_months: within(1, 120, whole=True) | None = Field(
        None, description="The deadline for a response that a law or the commitment sets, in "
                          "months after the report.")
    response_deadline_source: Url | None = Field(None, description="The page that sets that "
                                                                   "deadline.")
    numbering_gaps: Markdown | None = Field(None, description="Why the published numbering has "
                                                              "gaps or repeats, if it has.")
    published: within(1, 10_000, whole=True) | None = Field(
        None, description="How many recommendations the assembly published, when this file "
                          "does not record them all yet: a partial list is never taken for "
                          "the whole (say which are missing in 'numbering_gaps').")
    verdict: Verdict | None = Field(None, description="The members' own verdict on the "
                                                      "response.")
    progress_reports: list[Report] = Field(default_factory=list, description="Progress reports "
                                           "the authority published, oldest first.")
    sources: list[Link] = Field(min_length=1, description="Public sources for the facts above.")
    recommendations: list[Recommendation] = Field(min_length=1, description="Every "
                                                  "recommendation, in the published order.")

    def response_to(self, recommendation: Recommendation) -> str:
        """A recommendation's current response, as shown (see ``Recommendation.response``)."""
        return recommendation.response(self.authority is not None, self.response is not None)

    def follow_up(self, today: date) -> FollowUp:
        """What was due from the authority by ``today`` and whether it delivered."""
        addressed = self.authority is not None
        due = (self.report_date + relativedelta(months=self.response_within_months)
               if self.response_within_months and addressed else None)
        answers = [e.date for r in self.recommendations for e in r.events
                   if e.response and not e.assessor and e.date <= today]
        if self.response and self.response.date and self.response.date <= today:
            answers.append(self.response.date)
        responded = min(answers) if answers else None
        schedule = self._schedule(today) if addressed else []
        reports_due = tuple(d for d in schedule if d <= today)
        # A report whose date no source gives counts as published: it exists today.
        reports = len([r for r in self.progress_reports if r.date is None or r.date <= today])
        return FollowUp(
            response_due=due, responded=responded,
            response=_response_state(addressed, due, responded, today),
            reports_due=reports_due, reports=reports,
            next_due=next((d for d in schedule if d > today), None),
            progress=("not_due" if not reports_due else "on_time" if reports >= len(reports_due)
                      else "late" if reports else "silent"))

    def _schedule(self, today: date) -> list[date]:
        """Progress reports due up to the first after ``today``, while a recommendation the
        authority committed to is not yet settled."""
        if not any(self.response_to(r) in COMMITTED and r.implementation() not in SETTLED
                   for r in self.recommendations):
            return []
        dates, step = [], self.report_date + FIRST_REPORT
        while True:
            dates.append(step)
            if step > today:
                return dates
            step += REPORT_EVERY

    def occasions(self, today: date) -> Iterator[Occasion]:
        """The response deadline and the progress reports due, for the calendar."""
        follow_up = self.follow_up(today)
        if follow_up.response_due:
            yield Occasion("/response", follow_up.response_due, None, self.title,
                           what=N_("%(title)s: response due"))
        for day in (*follow_up.reports_due, follow_up.next_due):
            if day:
                yield Occasion(f"/progress/{day:%Y-%m-%d}", day, None, self.title,
                               what=N_("%(title)s: progress report due"))

    def facts(self, today: date) -> dict[str, Any]:
        """The follow-up due, and each recommendation's current response and implementation."""
        follow_up = self.follow_up(today)
        return {
            "follow_up": {
                "state": follow_up.state, "response": follow_up.response,
                "response_due": _iso(follow_up.response_due),
                "responded": _iso(follow_up.responded),
                "reports_due": len(follow_up.reports_due), "reports": follow_up.reports,
                "next_report_due": _iso(follow_up.next_due), "progress": follow_up.progress,
                "as_of": today.isoformat()},
            "recommendations_status": [{"response_now": self.response_to(r),
                                        "implementation_now": r.implementation()}
                                       for r in self.recommendations],
        }

    def changes(self, today: date) -> Iterator[Change]:
        """Every recorded response and implementation step, and every follow-up that fell due
        by ``today``, for the follow-up feed."""
        for recommendation in self.recommendations:
            for i, event in enumerate(recommendation.events):
                if event.date > today:
                    continue
                field = "response" if event.response else "implementation"
                yield Change(
                    f"/{recommendation.number}/{i}", event.date,
                    N_("Recommendation %(number)s, %(title)s: %(status)s"),
                    {"number": recommendation.number, "title": recommendation.title,
                     "status": (field, getattr(event, field))},
                    anchor=f"r-{recommendation.number}",
                    text=event.note or recommendation.summary or "")
        follow_up = self.follow_up(today)
        if follow_up.response_due and follow_up.response_due <= today:
            yield Change("/due/response", follow_up.response_due,
                         N_("Response due from %(authority)s"),
                         {"authority": self.authority or ""},
                         anchor="follow-up", text=self.summary)
        for day in follow_up.reports_due:
            yield Change(f"/due/{day:%Y-%m-%d}", day,
                         N_("Progress report due from %(authority)s"),
                         {"authority": self.authority or ""},
                         anchor="follow-up", text=self.summary)

    def checks(self) -> Iterator[Finding]:
        recommendations = self.recommendations or []  # None when the list itself is invalid
        if self.numbering_gaps is None:
            yield from _numbering(recommendations)
        if self.published is not None and self.published <= len(recommendations):
            yield (("published",), f"'published' ({self.published}) is for a partial list, "
                   f"but all {len(recommendations)} are recorded: remove it")
        if self.published is not None and self.numbering_gaps is None:
            yield (("published",), "a partial list needs 'numbering_gaps' saying which "
                   "recommendations are missing and why")
        for i, recommendation in enumerate(recommendations):
            yield from _history(recommendation, ("recommendations", i))
        if (self.response_within_months is None) != (self.response_deadline_source is None):
            yield (("response_within_months",), "a response deadline and its source go "
                   "together: give both 'response_within_months' and "
                   "'response_deadline_source', or neither")
        if self.response_within_months and self.authority is None:
            yield (("response_within_months",), "a response deadline needs the 'authority' "
                   "that has to respond")
        yield from _verdict(self.verdict)
        days = [report.date for report in self.progress_reports or [] if report.date]
        if days != sorted(days):
            yield (("progress_reports",), "progress reports go oldest first")

    def checks_across(self, hub: Any) -> Iterator[Finding]:
        """The case exists once here, and its count of recommendations matches the list."""
        case = hub.get("cases", self.case)
        if case is None:
            return  # the reference rule reports it
        count = case.entity.outcome.recommendations
        listed = self.published or len(self.recommendations or [])
        if count is not None and self.recommendations and count != listed:
            where = "published" if self.published else "recommendations"
            yield ((where,), f"the case '{self.case}' counts {count} recommendations but this "
                   f"file {'says' if self.published else 'lists'} {listed}: correct one of "
                   f"them")
        others = [r.slug for r in hub.of(TYPE) if r.entity.case == self.case
                  and r.entity is not self]
        if others:
            yield (("case",), f"the follow-up of '{self.case}' is already in "
                   f"data/recommendations/{others[0]}.yaml: one file per assembly")


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _response_state(addressed: bool, due: date | None, responded: date | None,
                    today: date) -> str:
    if not addressed:
        return "not_addressed"
    if due is None:
        return "no_deadline"
    if responded:
        return "on_time" if responded <= due else "late"
    return "silent" if today > due else "pending"


def _parts(number: str) -> tuple[str, int] | None:
    """A number as (its prefix, its last whole part): "3.2" is ("3.", 2); None if it has none."""
    match = re.fullmatch(r"(.*?)(\d+)", number)
    return (match[1], int(match[2])) if match else None


def _numbering(recommendations: list[Recommendation]) -> Iterator[Finding]:
    """Numbers are unique and, within a prefix (3.1, 3.2...), run 1, 2, 3 without a gap."""
    seen: dict[str, int] = {}
    last: dict[str, int] = {}
    for i, recommendation in enumerate(recommendations):
        loc = ("recommendations", i, "number")
        number = recommendation.number
        if number in seen:
            yield (loc, f"number {number} is already used by the recommendation at position "
                        f"{seen[number] + 1}; if the assembly published it twice, say why in "
                        f"'numbering_gaps'")
            continue
        seen[number] = i
        parts = _parts(number)
        if parts is None:
            continue
        prefix, value = parts
        expected = last.get(prefix, 0) + 1
        if value != expected:
            yield (loc, f"number {number} is out of sequence: expected {prefix}{expected}; if "
                        "the assembly's numbering has gaps, say why in 'numbering_gaps'")
        last[prefix] = value


def _history(recommendation: Recommendation, loc: tuple[Any, ...]) -> Iterator[Finding]:
    """Each event says one thing, cites a source unless unknown, and comes in date order."""
    for i, event in enumerate(recommendation.events):
        at = (*loc, "events", i)
        if (event.response is None) == (event.implementation is None):
            yield (at, "an event gives either a 'response' or an 'implementation', one per "
                       "event")
        if event.response in UNTYPED_RESPONSES:
            yield ((*at, "response"), f"'{event.response}' is never typed: the hub shows it "
                   "when no response is recorded; leave the event out")
        if event.source is None and event.implementation != "unknown":
            yield (at, "every status but unknown needs its 'source', the page that says so")
        if i and event.date < recommendation.events[i - 1].date:
            yield ((*at, "date"), f"{event.date} comes before the event above it "
                   f"({recommendation.events[i - 1].date}): the history goes oldest first")


def _verdict(verdict: Verdict | None) -> Iterator[Finding]:
    if verdict is None:
        return
    if verdict.kind == "score" and (verdict.score is None or verdict.scale is None):
        yield (("verdict",), "a score needs its 'score' and its 'scale' (what it is out of)")
    if verdict.score is not None and verdict.scale is not None and verdict.score > verdict.scale:
        yield (("verdict", "score"), f"the score {verdict.score} is above its scale "
               f"{verdict.scale}")
    if verdict.quote and not verdict.quote_lang:
        yield (("verdict", "quote_lang"), "a quote needs its language ('quote_lang'): it is "
               "shown as the members wrote it, never translated")


TYPE = ContentType(
    folder="recommendations", model=Recommendations, title=N_("Recommendations followed up"),
    order=15, list_template="tracker.html.j2", entity_template="recommendations.html.j2",
    nav=Nav(N_("Follow-up"), 15), list_by="title",
    feed=Feed(N_("Follow-up of recommendations"), 3, changes=True), calendar=True,
    proposable=True, rows="recommendations", form=(
        ("what", ("case", "title", "summary", "report_date", "published", "numbering_gaps")),
        ("who", ("authority", "response_within_months", "response_deadline_source")),
        ("results", ("recommendations", "response", "progress_reports", "verdict")),
        ("sources", ("sources", "links")),
    ),
)
