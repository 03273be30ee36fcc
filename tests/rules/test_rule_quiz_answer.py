"""Rule: a quiz answer points at one of its question's choices, counted from 1 (the fixture
question has 3 choices)."""

from __future__ import annotations

from placed import placed
from support import TRAINING, hub_with, one

SECOND = {"question": "Who commissions an assembly?", "choices": ["A public body", "Nobody"],
          "answer": 1, "explanation": "A public body that commits to respond."}


def test_the_last_choice(tmp_path):
    text, _ = placed(TRAINING, ("quiz", 0, "answer"), "3")
    assert hub_with(tmp_path, {TRAINING: text}) == []


def test_the_first_choice(tmp_path):
    text, _ = placed(TRAINING, ("quiz", 0, "answer"), "1")
    assert hub_with(tmp_path, {TRAINING: text}) == []


def test_one_past_the_choices(tmp_path):
    text, line = placed(TRAINING, ("quiz", 0, "answer"), "4")
    problem = one(hub_with(tmp_path, {TRAINING: text}))
    assert problem.message == "answer 4 points past the 3 choices: count the choices from 1"
    assert (problem.path.name, problem.line) == ("what-is-deliberation.yaml", line)


def test_a_later_question(tmp_path):
    text, line = placed(TRAINING, ("quiz", 1, "answer"), "3",
                        also={("quiz",): [{"question": "How are members chosen?",
                                           "choices": ["By vote", "By lot"], "answer": 2,
                                           "explanation": "By lot."}, SECOND]})
    problem = one(hub_with(tmp_path, {TRAINING: text}))
    assert problem.message == "answer 3 points past the 2 choices: count the choices from 1"
    assert problem.line == line
