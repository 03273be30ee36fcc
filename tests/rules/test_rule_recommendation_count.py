"""Rule: when a case gives its number of recommendations, its follow-up lists as many, or says
with 'published' how many the assembly published while it lists only some (and then says in
'numbering_gaps' which are missing). The fixture's People's Assembly gives no number; its
follow-up lists 4."""

from __future__ import annotations

from placed import FOLLOW_UP, placed
from support import hub_with, one

PA_CASE = "data/cases/riverside-peoples-assembly.yaml"


def test_a_case_counting_what_is_listed_passes(tmp_path):
    text, _ = placed(PA_CASE, ("outcome", "recommendations"), "4")
    assert hub_with(tmp_path, {PA_CASE: text}) == []


def test_a_case_counting_otherwise_is_reported_in_the_follow_up(tmp_path):
    text, _ = placed(PA_CASE, ("outcome", "recommendations"), "5")
    problem = one(hub_with(tmp_path, {PA_CASE: text}))
    assert problem.path.name == "riverside-peoples-assembly.yaml"
    assert problem.path.parent.name == "recommendations"
    assert problem.message == ("the case 'riverside-peoples-assembly' counts 5 recommendations "
                               "but this file lists 4: correct one of them")


def test_a_partial_list_says_how_many_were_published(tmp_path):
    case, _ = placed(PA_CASE, ("outcome", "recommendations"), "10")
    follow_up, _ = placed(FOLLOW_UP, ("published",), "10",
                          {("numbering_gaps",): "Only the first four are recorded so far."})
    assert hub_with(tmp_path, {PA_CASE: case, FOLLOW_UP: follow_up}) == []


def test_a_partial_list_says_which_are_missing(tmp_path):
    text, line = placed(FOLLOW_UP, ("published",), "10")
    problem = one(hub_with(tmp_path, {FOLLOW_UP: text}))
    assert problem.message == ("a partial list needs 'numbering_gaps' saying which "
                               "recommendations are missing and why")
    assert problem.line == line


def test_published_below_what_is_listed_is_refused(tmp_path):
    text, line = placed(FOLLOW_UP, ("published",), "4",
                        {("numbering_gaps",): "Only the first four are recorded so far."})
    problem = one(hub_with(tmp_path, {FOLLOW_UP: text}))
    assert problem.message == ("'published' (4) is for a partial list, but all 4 are recorded: "
                               "remove it")
    assert problem.line == line
