"""A phase of the network's strategy (organise, implement, expand, record), as a step of the
"Start here" page: what a group does in it, and which of the hub's content helps, chosen by that
content's own data (skills, scopes, types), never listed by hand."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from partdem.content.models.common import Text, TitledEntity, code, within
from partdem.content.models.types import ContentType, Nav
from partdem.content.models.vocab import N_


class Phase(TitledEntity):
    """One phase, and the content it draws on."""

    TRANSLATABLE: ClassVar[tuple[str, ...]] = ("title", "summary", "steps")

    LABELS: ClassVar[dict[str, str]] = {
        "steps": N_("Steps"),
    }

    number: within(1, 9, whole=True) = Field(description="Its place among the phases.")
    steps: list[Text] = Field(min_length=1, description="What a group does in this phase, one "
                                                        "action per line.")
    skills: list[code("skill")] = Field(
        default_factory=list, description="The skills it takes: the training modules and "
                                          "resources that build them, and the chapters that "
                                          "offer them, are shown.")
    case_types: list[code("case_type")] = Field(
        default_factory=list, description="Cases of these types are shown to learn from.")
    case_scopes: list[code("scope")] = Field(
        default_factory=list, description="Cases of these scopes are shown to learn from.")
    followed_up: bool = Field(False, description="Show the cases whose recommendations the hub "
                                                 "follows up.")
    designs: bool = Field(False, description="Show the assembly designs and digital tools, and "
                                             "the planner.")
    campaigns: bool = Field(False, description="Show the campaigns for assemblies.")


TYPE = ContentType(
    folder="start", model=Phase, title=N_("Start here: the four phases"), order=95,
    list_template="start.html.j2", anchor="phase-", nav=Nav(N_("Start here"), 5),
    list_by="number")
