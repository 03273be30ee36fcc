"""Rule: a chapter is ``part_of`` a group at a higher level, never of one at its own level or
below, and ``part_of`` never leads back to the group (in the fixture, the local xr-riverside is
part of the national xr-riverland; xr-faraway is national too)."""

from __future__ import annotations

from placed import placed
from support import CHAPTER, edited, hub_with, messages, one

RIVERLAND = "data/chapters/xr-riverland.yaml"
ALONE = edited(CHAPTER, part_of=...)  # xr-riverside, part of no group


def test_local_group_part_of_a_national_one_passes(tmp_path):
    assert hub_with(tmp_path, {}) == []


def test_part_of_a_group_at_a_lower_level(tmp_path):
    text, line = placed(RIVERLAND, ("part_of",), "xr-riverside")
    problem = one(hub_with(tmp_path, {RIVERLAND: text, CHAPTER: ALONE}))
    assert problem.message == ("'xr-riverside' is a group at local level, but a group at "
                               "national level is part of a group at a higher level "
                               "(international)")
    assert (problem.path.name, problem.line, problem.col) == ("xr-riverland.yaml", line, 10)


def test_part_of_a_group_at_the_same_level(tmp_path):
    text, line = placed(RIVERLAND, ("part_of",), "xr-faraway")
    problem = one(hub_with(tmp_path, {RIVERLAND: text}))
    assert problem.message == ("'xr-faraway' is a group at national level, but a group at "
                               "national level is part of a group at a higher level "
                               "(international)")
    assert (problem.path.name, problem.line) == ("xr-riverland.yaml", line)


def test_an_international_group_is_part_of_none(tmp_path):
    text, _ = placed(RIVERLAND, ("part_of",), "xr-faraway", also={("level",): "international"})
    problem = one(hub_with(tmp_path, {RIVERLAND: text}))
    assert problem.message == ("'xr-faraway' is a group at national level, but a group at "
                               "international level is part of a group at a higher level: an "
                               "international group is part of none")


def test_cycle_is_refused(tmp_path):
    text, _ = placed(RIVERLAND, ("part_of",), "xr-riverside")
    found = messages(hub_with(tmp_path, {RIVERLAND: text}))
    cycles = [m for m in found if "cycle" in m]
    assert cycles in (
        ["'part_of' forms a cycle (xr-riverside -> xr-riverland -> xr-riverside): a chapter "
         "cannot lead back to itself, directly or through others"],
        ["'part_of' forms a cycle (xr-riverland -> xr-riverside -> xr-riverland): a chapter "
         "cannot lead back to itself, directly or through others"])


def test_a_group_part_of_itself(tmp_path):
    text, line = placed(CHAPTER, ("part_of",), "xr-riverside")
    found = hub_with(tmp_path, {CHAPTER: text})
    assert sorted(messages(found)) == [
        "'part_of' forms a cycle (xr-riverside -> xr-riverside): a chapter cannot lead back to "
        "itself, directly or through others",
        "'xr-riverside' is a group at local level, but a group at local level is part of a "
        "group at a higher level (regional, national, international)"]
    assert {p.line for p in found} == {line}


def test_unknown_group(tmp_path):
    text, _ = placed(CHAPTER, ("part_of",), "xr-nowhere")
    problem = one(hub_with(tmp_path, {CHAPTER: text}))
    assert problem.message == ("there is no chapter 'xr-nowhere' (no file "
                               "data/chapters/xr-nowhere.yaml)")


def test_a_group_part_of_one_whose_level_is_unreadable(tmp_path):
    """The invalid level is reported once, at its own line; the rule of levels stays silent."""
    text, line = placed(RIVERLAND, ("level",), "global")
    problem = one(hub_with(tmp_path, {RIVERLAND: text}))
    assert problem.message.startswith("'level': 'global' is not an allowed value")
    assert (problem.path.name, problem.line) == ("xr-riverland.yaml", line)


def test_a_group_part_of_one_without_a_level(tmp_path):
    problem = one(hub_with(tmp_path, {RIVERLAND: edited(RIVERLAND, level=...)}))
    assert problem.message.startswith("missing required key 'level'")
