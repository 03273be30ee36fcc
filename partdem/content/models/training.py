"""A training module, its materials, self-check questions and dated sessions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import ClassVar

from pydantic import Field

from partdem.content.models.common import (
    Day,
    Finding,
    LanguageTag,
    Markdown,
    Occasion,
    ShortText,
    Strict,
    Text,
    TimeOfDay,
    TimeZone,
    TitledEntity,
    Url,
    code,
    reference,
    within,
)
from partdem.content.models.types import ContentType, Facet, Feed, Nav
from partdem.content.models.vocab import N_


class Material(Strict):
    LABELS: ClassVar[dict[str, str]] = {
        "title": N_("Title"), "url": N_("Address (URL)"), "lang": N_("Language"),
        "format": N_("Format"),
    }

    title: ShortText = Field(description="Title of the material, in its own language.")
    url: Url = Field(description="Where to get it.")
    lang: LanguageTag = Field(description="Language of the material.")
    format: code("material_format") = Field(description="What kind of material.")


class Question(Strict):
    """A self-check question; the answer is the position of the right choice, from 1."""

    TRANSLATABLE: ClassVar[tuple[str, ...]] = ("question", "choices", "explanation")

    LABELS: ClassVar[dict[str, str]] = {
        "question": N_("Question"), "choices": N_("Choices"),
        "answer": N_("Number of the right choice"), "explanation": N_("Explanation"),
    }

    question: Text = Field(description="The question.")
    choices: list[Text] = Field(min_length=2, max_length=6, description="Possible answers.")
    answer: within(1, 6, whole=True) = Field(
        description="Which choice is right, counted from 1 (at most the number of choices).")
    explanation: Markdown = Field(description="Why that answer is right.")


class Session(Strict):
    """A dated offering of the module."""

    TRANSLATABLE: ClassVar[tuple[str, ...]] = ("location",)

    LABELS: ClassVar[dict[str, str]] = {
        "start": N_("Date"), "delivery": N_("Delivery"), "location": N_("Location"),
        "url": N_("Registration page"), "lang": N_("Language"), "start_time": N_("Start time"),
        "timezone": N_("Time zone"), "minutes": N_("Length in minutes"),
    }

    start: Day = Field(description="The day of the session.")
    delivery: code("format") = Field(description="In person, online or hybrid.")
    location: Text | None = Field(None, description="Where it takes place.")
    url: Url | None = Field(None, description="Registration page.")
    lang: LanguageTag = Field(description="Language of the session.")
    start_time: TimeOfDay | None = Field(None, description="When it starts, in its time zone.")
    timezone: TimeZone | None = Field(None, description="The time zone of the start time, such "
                                                        "as Africa/Nairobi.")
    minutes: within(1, 1440, whole=True) | None = Field(None, description="How long it lasts, "
                                                                          "with a start time.")


class Training(TitledEntity):
    TRANSLATABLE: ClassVar[tuple[str, ...]] = ("title", "summary", "objectives", "body", "quiz",
                                               "sessions")

    LABELS: ClassVar[dict[str, str]] = {
        "audience": N_("Audience"), "level": N_("Level"), "format": N_("Format"),
        "delivery": N_("Delivery"), "duration_minutes": N_("Length in minutes"),
        "topics": N_("Skills"), "objectives": N_("Objectives"), "prerequisites": N_("Take first"),
        "materials": N_("Materials"), "body": N_("Content of the module"),
        "quiz": N_("Self-check questions"), "sessions": N_("Sessions"),
    }

    def occasions(self, today: date) -> Iterator[Occasion]:
        for i, session in enumerate(self.sessions):
            yield Occasion(f"/{i}", session.start, None, self.title, session.url,
                           location=session.location, at=session.start_time,
                           timezone=session.timezone, minutes=session.minutes)

    def checks(self) -> Iterator[Finding]:
        for i, session in enumerate(self.sessions or []):
            if (session.start_time is None) != (session.timezone is None):
                yield (("sessions", i), "a start time and its time zone go together: give "
                       "both 'start_time' and 'timezone', or neither")
            if session.minutes and not session.start_time:
                yield (("sessions", i, "minutes"), "a length in minutes needs a 'start_time'")
        for i, question in enumerate(self.quiz or []):
            if question.answer > len(question.choices):
                yield (("quiz", i, "answer"), f"answer {question.answer} points past the "
                       f"{len(question.choices)} choices: count the choices from 1")

    audience: list[code("audience")] = Field(min_length=1, description="Who it is for.")
    level: code("training_level") = Field(description="How much it assumes.")
    format: code("training_format") = Field(description="How it is delivered.")
    delivery: code("format") = Field(description="In person, online or hybrid.")
    # A week of full days is 2,400 minutes; a course over months, a few thousand more.
    duration_minutes: within(1, 10_000, whole=True) = Field(description="Length in minutes.")
    topics: list[code("skill")] = Field(min_length=1, description="Skills it builds.")
    objectives: list[Text] = Field(min_length=1, description="What a participant can do after.")
    prerequisites: list[reference("training", "training module")] = Field(default_factory=list,
                                      description="Modules to take first.")
    materials: list[Material] = Field(default_factory=list, description="Slides, guides, videos.")
    body: Markdown = Field(description="The module's content.")
    quiz: list[Question] = Field(default_factory=list, description="Self-check questions.")
    sessions: list[Session] = Field(default_factory=list, description="Dated offerings.")


TYPE = ContentType(
    folder="training", model=Training, title=N_("Training modules"), order=30,
    list_template="trainings.html.j2", entity_template="training.html.j2",
    nav=Nav(N_("Training"), 40), feed=Feed(N_("Training modules"), 3), in_main_feed=True,
    calendar=True, proposable=True, form=(
        ("what", ("title", "summary", "audience", "level", "topics", "objectives",
                  "prerequisites")),
        ("how", ("format", "delivery", "duration_minutes", "body", "materials", "quiz")),
        ("when", ("sessions",)),
        ("sources", ("links",)),
    ), facets=(
        Facet("audience", N_("For"), "audience", "audience"),
        Facet("level", N_("Level"), "level", "training_level"),
        Facet("format", N_("Format"), "format", "training_format"),
        Facet("delivery", N_("Delivery"), "delivery", "format"),
        Facet("topic", N_("Skills"), "topics", "skill"),
        Facet("lang", N_("Materials in"), "materials.lang", "language"),
    ))
