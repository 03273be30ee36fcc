"""Rule: training prerequisites never form a cycle."""

import pytest
from support import TRAINING, edited, hub_with, messages, one

# A search that loops (its visited test broken) fails its test in seconds, instead of stalling
# the suite until the global time limit.
pytestmark = pytest.mark.timeout(10)


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


THIRD = "data/training/third-module.yaml"


def third(*prerequisites: str) -> str:
    """A third module, a copy of the fixture module with other prerequisites."""
    return edited(TRAINING, title="A third module", prerequisites=list(prerequisites))


def test_cycle_that_does_not_pass_through_the_start(tmp_path):
    """what-is-deliberation -> facilitation <-> third-module: the search from
    what-is-deliberation walks into a loop it did not start from, and must leave it (without its
    visited test, the search never ends: the time limit fails the test instead of the suite
    hanging)."""
    problems = hub_with(tmp_path, {
        TRAINING: edited(TRAINING, prerequisites=["facilitation"]),
        "data/training/facilitation.yaml": edited("data/training/facilitation.yaml",
                                                  prerequisites=["third-module"]),
        THIRD: third("facilitation"),
    })
    problem = one(problems)
    assert problem.message == ("'prerequisites' forms a cycle (facilitation -> third-module -> "
                               "facilitation): a training module cannot lead back to itself, "
                               "directly or through others")
    assert problem.path.name == "facilitation.yaml"


def test_three_module_cycle_reported_once(tmp_path):
    problems = hub_with(tmp_path, {
        TRAINING: edited(TRAINING, prerequisites=["third-module"]),
        THIRD: third("facilitation"),
    })
    problem = one(problems)
    assert problem.message.startswith("'prerequisites' forms a cycle (facilitation -> "
                                      "what-is-deliberation -> third-module -> facilitation)")
    assert problem.path.name == "facilitation.yaml"
    assert problem.line == 10  # the prerequisites of facilitation.yaml


def test_diamond_without_cycle(tmp_path):
    """Two paths to the same module are no cycle."""
    assert hub_with(tmp_path, {THIRD: third("facilitation", "what-is-deliberation")}) == []


def test_unknown_prerequisite_is_no_cycle(tmp_path):
    problem = one(hub_with(tmp_path, {THIRD: third("facilitation", "nowhere")}))
    assert problem.message.startswith("there is no training module 'nowhere'")


def test_two_separate_cycles_are_both_reported(tmp_path):
    problems = hub_with(tmp_path, {
        TRAINING: edited(TRAINING, prerequisites=["what-is-deliberation"]),
        "data/training/facilitation.yaml": edited("data/training/facilitation.yaml",
                                                  prerequisites=["third-module"]),
        THIRD: third("facilitation"),
    })
    assert sorted(m.split(":")[0] for m in messages(problems)) == [
        "'prerequisites' forms a cycle (facilitation -> third-module -> facilitation)",
        "'prerequisites' forms a cycle (what-is-deliberation -> what-is-deliberation)",
    ]
