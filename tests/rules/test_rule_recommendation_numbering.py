"""Rule: the recommendations of a follow-up are numbered as the assembly published them: no
number twice and, within a prefix (3.1, 3.2...), 1, 2, 3 without a gap, unless
'numbering_gaps' says why the published numbering differs. The fixture numbers 1 to 4."""

from __future__ import annotations

from placed import FOLLOW_UP, placed
from support import hub_with, one


def test_the_fixture_numbering_passes(tmp_path):
    assert hub_with(tmp_path, {}) == []


def test_a_number_used_twice_is_refused_at_its_line(tmp_path):
    text, line = placed(FOLLOW_UP, ("recommendations", 3, "number"), '"2"')
    problem = one(hub_with(tmp_path, {FOLLOW_UP: text}))
    assert problem.message == ("number 2 is already used by the recommendation at position 2; "
                               "if the assembly published it twice, say why in "
                               "'numbering_gaps'")
    assert problem.line == line


def test_a_gap_is_refused_at_the_number_after_it(tmp_path):
    text, line = placed(FOLLOW_UP, ("recommendations", 3, "number"), '"5"')
    problem = one(hub_with(tmp_path, {FOLLOW_UP: text}))
    assert problem.message == ("number 5 is out of sequence: expected 4; if the assembly's "
                               "numbering has gaps, say why in 'numbering_gaps'")
    assert problem.line == line


def test_numbers_with_a_prefix_run_within_it(tmp_path):
    text, _ = placed(FOLLOW_UP, ("recommendations", 0, "number"), '"A1"',
                     {("recommendations", 1, "number"): "A2",
                      ("recommendations", 2, "number"): "B1",
                      ("recommendations", 3, "number"): "B2"})
    assert hub_with(tmp_path, {FOLLOW_UP: text}) == []
    text, line = placed(FOLLOW_UP, ("recommendations", 3, "number"), '"B3"',
                        {("recommendations", 0, "number"): "A1",
                         ("recommendations", 1, "number"): "A2",
                         ("recommendations", 2, "number"): "B1"})
    problem = one(hub_with(tmp_path, {FOLLOW_UP: text}))
    assert problem.message.startswith("number B3 is out of sequence: expected B2;")
    assert problem.line == line


def test_a_gap_explained_in_numbering_gaps_passes(tmp_path):
    text, _ = placed(FOLLOW_UP, ("recommendations", 3, "number"), '"5"',
                     {("numbering_gaps",): "The assembly withdrew number 4 before its vote."})
    assert hub_with(tmp_path, {FOLLOW_UP: text}) == []
