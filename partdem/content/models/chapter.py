"""A chapter: a local, regional, national or international group of the network."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from pydantic import Field

from partdem.content.models.common import (
    Country,
    Entity,
    Finding,
    LanguageTag,
    Markdown,
    RoleEmail,
    Strict,
    Text,
    Url,
    Year,
    code,
    reference,
)
from partdem.content.models.types import ContentType, Nav
from partdem.content.models.vocab import N_, VOCABULARIES


class Channel(Strict):
    """A public channel of a group (never a person's account)."""

    LABELS: ClassVar[dict[str, str]] = {
        "kind": N_("Kind of channel"), "url": N_("Address (URL)"),
    }

    kind: code("channel") = Field(description="The kind of channel.")
    url: Url = Field(description="Public address of the channel or invitation link.")


class Contact(Strict):
    """How to reach the group: role addresses and public channels only."""

    LABELS: ClassVar[dict[str, str]] = {
        "email": N_("Role email address"), "website": N_("Website"),
        "channels": N_("Public channels"),
    }

    email: RoleEmail | None = Field(None, description="A role address of the group (info@, "
                                                      "contact@...), never a person's.")
    website: Url | None = Field(None, description="The group's public website.")
    channels: list[Channel] = Field(default_factory=list, description="Public channels.")


class Chapter(Entity):
    """A group of the network, by its own name."""

    TRANSLATABLE: ClassVar[tuple[str, ...]] = ("summary", "description")

    LABELS: ClassVar[dict[str, str]] = {
        "name": N_("Name of the group"), "country": N_("Country"), "city": N_("City or area"),
        "level": N_("Level"), "part_of": N_("Part of"), "founded": N_("Year founded"),
        "languages": N_("Working languages"), "status": N_("Status"),
        "activities": N_("Activities"), "contact": N_("Contact"), "needs": N_("Needs"),
        "offers": N_("Offers"), "description": N_("Description"),
    }

    name: Text = Field(description="The group's own name, as it writes it (not translated).")
    country: Country = Field(description="The country where the group works.")
    city: Text | None = Field(None, description="City or area, for a local group.")
    level: code("chapter_level") = Field(description="How far the group's work reaches.")
    part_of: reference("chapters", "chapter") | None = Field(
        None, description="The group at the next level up that this group belongs to (a local "
                          "group's regional or national group), where there is one.")
    founded: Year | None = Field(None, description="Year the group started, if public.")
    languages: list[LanguageTag] = Field(min_length=1, description="Languages the group works "
                                                                   "in (BCP 47 codes).")
    status: code("chapter_status") | None = Field(None, description="Whether the group is "
                                                                    "active; leave out if not "
                                                                    "known.")
    activities: list[code("activity")] = Field(default_factory=list,
                                               description="What the group does.")
    contact: Contact = Field(description="Public contact: role address and public channels.")
    needs: list[code("skill")] = Field(default_factory=list,
                                       description="Topics the group needs help with.")
    offers: list[code("skill")] = Field(default_factory=list,
                                        description="Topics the group can help others with.")
    description: Markdown | None = Field(None, description="What the group does, in a few "
                                                           "paragraphs.")

    @property
    def display_title(self) -> str:
        return self.name

    def checks_across(self, hub: Any) -> Iterator[Finding]:
        """``part_of`` leads up the levels (a cycle is refused for every type, in rules.py)."""
        parent = hub.get(TYPE.folder, self.part_of) if self.part_of else None
        if parent is None or None in (self.level, parent.entity.level):
            return  # none, a missing one (the reference rule), or a level with its own problem
        levels = list(VOCABULARIES["chapter_level"])
        if levels.index(parent.entity.level) <= levels.index(self.level):
            higher = levels[levels.index(self.level) + 1:]
            yield (("part_of",),
                   f"'{self.part_of}' is a group at {parent.entity.level} level, but a group "
                   f"at {self.level} level is part of a group at a higher level"
                   + (f" ({', '.join(higher)})" if higher else ": an international group is "
                      "part of none"))


TYPE = ContentType(
    folder="chapters", model=Chapter, title=N_("Chapters"), order=20,
    list_template="chapters.html.j2", list_by="name", entity_template="chapter.html.j2",
    nav=Nav(N_("Network"), 30), proposable=True, form=(
        ("who", ("name", "summary", "level", "part_of", "founded", "status", "languages",
                 "activities")),
        ("where", ("country", "city")),
        ("how", ("contact", "needs", "offers", "description")),
        ("sources", ("links",)),
    ))
