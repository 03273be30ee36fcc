"""The forms are made from the models: every field a person fills in stands in exactly one step,
has a label and a hint in the catalogue, and takes the kind of input its type calls for."""

from __future__ import annotations

import pytest
from babel.messages.pofile import read_po
from support import ROOT

from partdem.content import fields
from partdem.content.models import TYPES
from partdem.content.models.case import Case
from partdem.content.models.training import Training
from partdem.content.models.types import AUTOMATIC

PROPOSABLE = [kind for kind in TYPES if kind.proposable]


def every(specs):
    for spec in specs:
        yield spec
        yield from every(spec.parts)


@pytest.mark.parametrize("kind", PROPOSABLE, ids=lambda k: k.folder)
def test_every_field_is_asked_once(kind):
    asked = [spec.key for step in fields.steps(kind) for spec in step.fields]
    assert sorted(asked) == sorted(set(kind.model.model_fields) - set(AUTOMATIC))


def catalogue() -> set[str]:
    with (ROOT / "locales" / "messages.pot").open("rb") as f:
        return {m.id for m in read_po(f) if m.id}


@pytest.mark.parametrize("kind", PROPOSABLE, ids=lambda k: k.folder)
def test_every_label_and_hint_is_a_message(kind):
    messages = catalogue()
    specs = [s for step in fields.steps(kind) for s in every(step.fields)]
    assert [s.label for s in specs if s.label not in messages] == []
    assert [s.key for s in specs if s.key and not s.hint] == []
    assert [s.hint for s in specs if s.hint and s.hint not in messages] == []
    assert [step.title for step in fields.steps(kind) if step.title not in messages] == []


@pytest.mark.parametrize("kind", TYPES, ids=lambda k: k.folder)
def test_every_translatable_field_has_a_label(kind):
    messages = catalogue()
    labels = fields.translatable(kind.model)
    assert labels and all(spec.label in messages for spec in labels.values())


def by_key(model):
    return {spec.key: spec for spec in fields.describe(model)}


def test_inputs_follow_the_types():
    case = by_key(Case)
    assert (case["country"].kind, case["country"].source) == ("choice", "country")
    assert (case["countries"].kind, case["countries"].source) == ("choices", "country")
    assert (case["design"].kind, case["design"].source) == ("choice", "reference:designs")
    assert (case["type"].kind, case["type"].source) == ("choice", "vocab:case_type")
    assert case["start"].kind == "date" and case["question"].kind == "markdown"
    assert case["sessions"].kind == "number" and case["sessions"].whole
    assert dict(case["hours"].rules) == {"minimum": 0, "maximum": 10_000}
    assert case["sources"].kind == "list" and case["sources"].min_items == 1
    assert [p.key for p in case["sources"].parts[0].parts] == ["title", "url"]
    assert case["benchmark"].kind == "ratings"
    evidence = {p.key: p for p in case["benchmark"].parts}["evidence"]
    assert (evidence.kind, evidence.source) == ("choice", "among:sources")
    outcome = {p.key: p for p in case["outcome"].parts}
    assert outcome["minority_report"].source == "boolean"
    training = by_key(Training)
    assert training["objectives"].kind == "list" and training["objectives"].parts[0].kind == "text"
    quiz = {p.key: p for p in training["quiz"].parts[0].parts}
    assert (quiz["choices"].min_items, quiz["choices"].max_items) == (2, 6)
    session = {p.key: p for p in training["sessions"].parts[0].parts}
    assert session["start_time"].kind == "time"


def test_label_keys_leave_out_positions_and_ids():
    assert fields.label_key(Training, "quiz.0.choices.1") == "quiz.choices"
    assert fields.label_key(Case, "benchmark.B01.note") == "benchmark.note"
    assert fields.label_key(Case, "outcome.response") == "outcome.response"
    assert fields.label_key(Training, "objectives.3") == "objectives"
