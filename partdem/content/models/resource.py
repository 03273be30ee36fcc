"""A resource of the library: guide, toolkit, report, research, video..."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from partdem.content.models.common import LanguageTag, Markdown, Text, TitledEntity, Url, Year, code


class Resource(TitledEntity):
    KIND: ClassVar[str] = "resources"
    TRANSLATABLE: ClassVar[tuple[str, ...]] = ("title", "summary", "description")

    url: Url = Field(description="Where to find it.")
    kind: code("resource_kind") = Field(description="What kind of resource.")
    publisher: Text = Field(description="Who published it.")
    year: Year | None = Field(None, description="Year of publication.")
    languages: list[LanguageTag] = Field(min_length=1, description="Languages it exists in.")
    access: code("access") = Field(description="Whether it is freely available.")
    topics: list[code("topic")] = Field(default_factory=list, description="Subjects.")
    skills: list[code("skill")] = Field(default_factory=list, description="Skills it helps with.")
    assembly_types: list[code("case_type")] = Field(default_factory=list,
                                                    description="Kinds of process it is about.")
    description: Markdown | None = Field(None, description="What it offers, in a few sentences.")
    license: Text | None = Field(None, description="Licence, if stated (SPDX id where possible).")
