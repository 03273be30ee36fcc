"""Rule: training prerequisites never form a cycle."""

from support import TRAINING, edited, hub_with, messages


def test_two_module_cycle(tmp_path):
    problems = hub_with(tmp_path, {TRAINING: edited(TRAINING, prerequisites=["facilitation"])})
    found = [m for m in messages(problems) if "cycle" in m]
    assert len(found) == 1
    assert "what-is-deliberation -> facilitation -> what-is-deliberation" in found[0] or (
        "facilitation -> what-is-deliberation -> facilitation" in found[0])


def test_self_cycle(tmp_path):
    problems = hub_with(tmp_path, {TRAINING: edited(TRAINING,
                                                    prerequisites=["what-is-deliberation"])})
    assert any("(what-is-deliberation -> what-is-deliberation)" in m for m in messages(problems))


def test_chain_without_cycle(tmp_path):
    assert hub_with(tmp_path, {}) == []
