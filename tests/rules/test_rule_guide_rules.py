"""Rule: each rule of the chooser names one of its file's questions, and one of that question's
answers (the fixture guide asks 'people', answered 'few' or 'many')."""

from __future__ import annotations

from placed import GUIDE, placed
from support import hub_with, one


def test_known_question_and_answers_pass(tmp_path):
    text, _ = placed(GUIDE, ("rules", 1, "answer"), "few")
    assert hub_with(tmp_path, {GUIDE: text}) == []


def test_unknown_question(tmp_path):
    text, line = placed(GUIDE, ("rules", 0, "question"), "peeple")
    problem = one(hub_with(tmp_path, {GUIDE: text}))
    assert problem.message == "there is no question 'peeple' in this file (did you mean 'people'?)"
    assert (problem.path.name, problem.line, problem.col) == ("chooser.yaml", line, 13)


def test_unknown_question_without_a_close_match(tmp_path):
    text, line = placed(GUIDE, ("rules", 1, "question"), "budget")
    problem = one(hub_with(tmp_path, {GUIDE: text}))
    assert problem.message == "there is no question 'budget' in this file"
    assert problem.line == line


def test_unknown_answer(tmp_path):
    text, line = placed(GUIDE, ("rules", 1, "answer"), "lots")
    problem = one(hub_with(tmp_path, {GUIDE: text}))
    assert problem.message == "question 'people' has no answer 'lots'; its answers: few, many"
    assert (problem.line, problem.col) == (line, 11)


def test_answer_of_another_question(tmp_path):
    second = {"id": "time", "text": "How much time?",
              "options": [{"id": "weeks", "text": "Weeks"}, {"id": "months", "text": "Months"}]}
    text, line = placed(GUIDE, ("rules", 0, "answer"), "months",
                        also={("questions", 1): second})
    problem = one(hub_with(tmp_path, {GUIDE: text}))
    assert problem.message == "question 'people' has no answer 'months'; its answers: few, many"
    assert problem.line == line
