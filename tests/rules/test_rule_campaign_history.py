"""Rule: a campaign's stages go oldest first, each with a known stage, a note and a source (the
fixture campaign reached its first stage on 2020-06-15, its second on 2020-09-10)."""

from __future__ import annotations

from placed import placed
from support import hub_with, one

CAMPAIGN = "data/campaigns/riverside-assembly-campaign.yaml"


def test_stages_in_order_pass(tmp_path):
    assert hub_with(tmp_path, {}) == []


def test_a_stage_before_the_one_listed_above_it(tmp_path):
    text, line = placed(CAMPAIGN, ("history", 1, "date"), "2020-06-01")
    problem = one(hub_with(tmp_path, {CAMPAIGN: text}))
    assert problem.message == ("the stages go oldest first, but 2020-06-01 is listed after "
                               "2020-06-15")
    assert (problem.path.name, problem.line) == ("riverside-assembly-campaign.yaml", line)


def test_two_stages_on_one_day_pass(tmp_path):
    text, _ = placed(CAMPAIGN, ("history", 1, "date"), "2020-06-15")
    assert hub_with(tmp_path, {CAMPAIGN: text}) == []


def test_unknown_stage(tmp_path):
    text, line = placed(CAMPAIGN, ("history", 0, "stage"), "demanded")
    problem = one(hub_with(tmp_path, {CAMPAIGN: text}))
    assert problem.message == (
        "'stage': 'demanded' is not an allowed value; allowed: demand_made, motion_or_pledge, "
        "commissioned, running, reported, responded, stalled, refused (did you mean "
        "'demand_made'?)")
    assert problem.line == line


def test_a_stage_without_a_source(tmp_path):
    text, _ = placed(CAMPAIGN, ("history", 0, "note"), "A petition.",
                     also={("history", 0, "source"): ...})
    problem = one(hub_with(tmp_path, {CAMPAIGN: text}))
    assert problem.message == "missing required key 'source': The public page that reports it."


def test_no_stage_at_all(tmp_path):
    text, _ = placed(CAMPAIGN, ("history",), "[]")
    problem = one(hub_with(tmp_path, {CAMPAIGN: text}))
    assert "at least 1" in problem.message


def test_unknown_case(tmp_path):
    text, _ = placed(CAMPAIGN, ("case",), "riverside-nowhere")
    problem = one(hub_with(tmp_path, {CAMPAIGN: text}))
    assert problem.message.startswith("there is no case 'riverside-nowhere' (no file "
                                      "data/cases/riverside-nowhere.yaml)")
