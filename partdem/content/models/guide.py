"""The chooser of the assembly design and tool guide: questions, and rules that rule designs or
tools out by their own data (size, time, cost, features...), each with the reason shown to the
reader. Rules are data so the network can revise them; adding a design needs no new rule."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar, Literal

from pydantic import Field

from partdem.content.models.common import (
    Finding,
    Markdown,
    Slug,
    Strict,
    Text,
    TitledEntity,
    suggest,
    within,
)
from partdem.content.models.types import ContentType, Nav
from partdem.content.models.vocab import N_

# Compared with the sizes and durations of designs (at most 100,000 and 1,000).
Number = within(0, 100_000)


class Option(Strict):
    TRANSLATABLE: ClassVar[tuple[str, ...]] = ("text",)

    LABELS: ClassVar[dict[str, str]] = {
        "text": N_("Answer"),
    }

    id: Slug = Field(description="Short id of the answer, used in the page address.")
    text: Text = Field(description="The answer as the reader sees it.")


class Question(Strict):
    TRANSLATABLE: ClassVar[tuple[str, ...]] = ("text", "options")

    LABELS: ClassVar[dict[str, str]] = {
        "text": N_("Question"), "options": N_("Answers"),
    }

    id: Slug = Field(description="Short id of the question, used in the page address.")
    text: Text = Field(description="The question.")
    options: list[Option] = Field(min_length=2, description="The possible answers.")


class Condition(Strict):
    """A test on one field of a design or tool; the item is ruled out when it holds."""

    field: Literal["size_min", "size_max", "days_min", "days_max", "cost_band", "selection",
                   "features", "low_bandwidth", "hosting", "open_source", "languages"] = Field(
        description="The field of the design or tool that is tested.")
    above: Number | None = Field(None, description="Holds when the number is above this.")
    below: Number | None = Field(None, description="Holds when the number is below this.")
    equals: str | bool | None = Field(None, description="Holds when the value equals this.")
    lacks: str | None = Field(None, description="Holds when a list (features) lacks this.")
    fewer_than: within(1, 200, whole=True) | None = Field(
        None, description="Holds when a list (languages) has fewer entries than this.")

    def holds(self, item: object) -> bool:
        """Whether the condition holds for a design or tool (unknown values never rule out)."""
        value = getattr(item, self.field, None)
        if value is None:
            return False
        return ((self.above is not None and value > self.above)
                or (self.below is not None and value < self.below)
                or (self.equals is not None and value == self.equals)
                or (self.lacks is not None and self.lacks not in value)
                or (self.fewer_than is not None and len(value) < self.fewer_than))


class Rule(Strict):
    TRANSLATABLE: ClassVar[tuple[str, ...]] = ("reason",)

    LABELS: ClassVar[dict[str, str]] = {
        "reason": N_("Reason"),
    }

    question: Slug = Field(description="Id of the question.")
    answer: Slug = Field(description="Id of the answer that triggers the rule.")
    target: Literal["designs", "tools"] = Field(description="What the rule can rule out.")
    when: Condition = Field(description="The items for which the condition holds are ruled "
                                        "out.")
    reason: Markdown = Field(description="Why they do not fit, as the reader sees it.")


class Chooser(TitledEntity):
    TRANSLATABLE: ClassVar[tuple[str, ...]] = ("title", "summary", "questions", "rules")

    LABELS: ClassVar[dict[str, str]] = {
        "questions": N_("Questions"), "rules": N_("Rules"),
    }

    # What chooser.js reads of the entities rules can rule out, by their type's folder.
    ITEM_FIELDS: ClassVar[dict[str, tuple[str, ...]]] = {
        "designs": ("size_min", "size_max", "days_min", "days_max", "cost_band", "selection"),
        "tools": ("features", "low_bandwidth", "hosting", "open_source", "languages",
                  "cost_band"),
    }

    questions: list[Question] = Field(min_length=1, description="The questions asked.")
    rules: list[Rule] = Field(min_length=1, description="The rules, in order.")

    def checks(self) -> Iterator[Finding]:
        # Answers in the file's order: the message lists them as the reader sees them.
        questions = {q.id: [o.id for o in q.options] for q in self.questions or []}
        for i, rule in enumerate(self.rules or []):
            if rule.question not in questions:
                yield (("rules", i, "question"), f"there is no question '{rule.question}' in "
                       f"this file{suggest(rule.question, questions)}")
            elif rule.answer not in questions[rule.question]:
                yield (("rules", i, "answer"), f"question '{rule.question}' has no answer "
                       f"'{rule.answer}'; its answers: {', '.join(questions[rule.question])}")


TYPE = ContentType(
    folder="guide", model=Chooser, title=N_("Design and tool chooser"), order=100,
    list_template="guide.html.j2", nav=Nav(N_("Guide"), 80))
