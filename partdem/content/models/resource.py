"""A resource of the library: guide, toolkit, report, research, video..."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from partdem.content.models.common import LanguageTag, Markdown, Text, TitledEntity, Url, Year, code
from partdem.content.models.types import ContentType, Facet, Nav
from partdem.content.models.vocab import N_


class Resource(TitledEntity):
    TRANSLATABLE: ClassVar[tuple[str, ...]] = ("title", "summary", "description")

    LABELS: ClassVar[dict[str, str]] = {
        "description": N_("Description"),
    }

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


TYPE = ContentType(
    folder="resources", model=Resource, title=N_("Resources"), order=50,
    list_template="resources.html.j2", anchor="resource-", nav=Nav(N_("Resources"), 50),
    facets=(
        Facet("kind", N_("Kind"), "kind", "resource_kind"),
        Facet("topic", N_("Topic"), "topics", "topic"),
        Facet("lang", N_("Languages"), "languages", "language"),
        Facet("access", N_("Access"), "access", "access"),
        Facet("type", N_("Kind of assembly"), "assembly_types", "case_type"),
    ))
