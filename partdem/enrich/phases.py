"""What each phase of the "Start here" page draws from the hub: the help for its skills, the
cases of its types and scopes, and, where it says so, the designs, tools, campaigns and
followed-up cases; each list newest first."""

from __future__ import annotations

from collections.abc import Callable

from partdem.content.hub import Record
from partdem.content.models.phase import Phase
from partdem.enrich.helping import Listed, helping, newest


def draw(phase: Phase, listed: Listed, followed_up: Callable[[Record], bool]) -> dict[
        str, list[Record]]:
    """The content ``phase`` links by type folder, from ``listed`` and ``followed_up`` (whether
    a case's recommendations are followed up)."""
    lists = helping(phase.skills, listed)
    if phase.case_types or phase.case_scopes or phase.followed_up:
        # Cases in their own order, newest assembly first.
        lists["cases"] = [r for r in listed("cases")
                          if (not phase.case_types or r.entity.type in phase.case_types)
                          and (not phase.case_scopes or r.entity.scope in phase.case_scopes)
                          and (not phase.followed_up or followed_up(r))]
    if phase.designs:
        lists["designs"] = newest(listed("designs"))
        lists["tools"] = newest(listed("tools"))
    if phase.campaigns:
        lists["campaigns"] = listed("campaigns")  # latest news first, their own order
    return lists
