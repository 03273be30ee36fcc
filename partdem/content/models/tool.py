"""A digital tool for assemblies."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from partdem.content.models.common import LanguageTag, Markdown, Text, TitledEntity, Url, code
from partdem.content.models.types import ContentType
from partdem.content.models.vocab import N_


class Tool(TitledEntity):
    TRANSLATABLE: ClassVar[tuple[str, ...]] = ("title", "summary", "accessibility", "description")

    LABELS: ClassVar[dict[str, str]] = {
        "accessibility": N_("Accessibility"), "description": N_("Description"),
    }

    url: Url = Field(description="The tool's own page.")
    license: Text = Field(description="Licence (SPDX id where possible, or 'proprietary').")
    open_source: bool = Field(description="Whether the source code is openly licensed.")
    hosting: code("hosting") = Field(description="Hosted service, self-hosted, or both.")
    features: list[code("tool_feature")] = Field(min_length=1, description="What it does.")
    languages: list[LanguageTag] = Field(default_factory=list,
                                         description="Interface languages, if known.")
    cost_band: code("cost_band") = Field(description="Typical cost for a group.")
    low_bandwidth: bool | None = Field(None, description="Usable on slow connections.")
    offline: bool | None = Field(None, description="Has a part that works offline.")
    accessibility: Markdown | None = Field(None, description="What is known of its "
                                                            "accessibility.")
    description: Markdown | None = Field(None, description="What it is good for in assemblies.")


TYPE = ContentType(
    folder="tools", model=Tool, title=N_("Digital tools"), order=80,
    entity_template="tool.html.j2", section="guide")
