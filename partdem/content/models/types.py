"""What the hub knows of a content type besides its fields: one description per type, declared
next to its model as ``TYPE`` and read by every stage (routes, navigation, feeds, calendars,
publishing, open data, scaffold, translation report), so that no module outside the models names
a content type.

References between types are typed fields (``reference()`` in ``common.py``): the validator
checks them, the enrich stage reverses them and the templates link them, all from the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from partdem.content.models.vocab import N_

if TYPE_CHECKING:
    from partdem.content.models.common import Entity


@dataclass(frozen=True)
class Nav:
    """A type's entry in the site's navigation: its title (msgid) and its place among all
    entries (``routes.NAV`` merges them with the hand-written pages by ``order``)."""

    title: str
    order: int


@dataclass(frozen=True)
class Feed:
    """A feed of one type's entries at ``<folder>.rss.xml``: its title (msgid) and its place
    among the feeds (the feed of everything comes first)."""

    title: str
    order: int
    changes: bool = False  # entries are the entities' dated changes (``Entity.changes``)


@dataclass(frozen=True)
class Facet:
    """A filter of a type's list page: ``name`` is the list item's data attribute and the key
    filters.js reads, ``label`` its title (msgid), ``field`` the entity's field (dotted through
    nested parts and lists: ``materials.lang``, ``start.year``; "" for none), and ``names``
    says how its values are shown: a vocabulary's name, or ``country``, ``language``, ``text``
    (as they are), ``region`` (of a country; international for none), ``reference`` (the
    referenced entity's name) or
    ``level`` (the benchmark level of a rated entity)."""

    name: str
    label: str
    field: str
    names: str


# The steps of the contribution forms, in the order a person thinks of an entity: each type's
# ``form`` puts its fields in some of them (msgids of the steps' titles).
STEPS = {"what": N_("What"), "where": N_("Where"), "when": N_("When"), "who": N_("Who"),
         "how": N_("How"), "results": N_("Results"), "sources": N_("Sources"),
         "benchmark": N_("Benchmark")}
# Fields no form asks: the language is the form's own, the day the one it is saved.
AUTOMATIC = ("source_lang", "updated")

# The facets of the types whose entities stand in a country: its region, then the country.
BY_PLACE = (Facet("region", N_("Region"), "country", "region"),
            Facet("country", N_("Country"), "country", "country"))


@dataclass(frozen=True)
class ContentType:
    """One content type: where its files are, how its pages are made and where it is shown."""

    folder: str  # data/<folder>/, also the address of its pages
    model: type[Entity]
    title: str  # msgid of the type's name in lists of types ("Case studies")
    order: int  # its place in every list of types (open data, codebook, schemas, propose form)
    list_template: str | None = None  # the section page <folder>/index
    entity_template: str | None = None  # a page per entity at <folder>/<slug>
    section: str | None = None  # the folder whose list holds its entities, if not its own
    anchor: str | None = None  # entities shown on the list page only: their id prefix there
    nav: Nav | None = None
    list_by: str = "title"  # the field its lists are sorted by (text without regard to case)
    newest_first: bool = False  # lists in reverse order of list_by (dates: newest first)
    group_by: tuple[str, ...] = ()  # fields (dotted: date.year) its list page groups by
    date_field: str = "updated"  # the date feeds and sitemaps stamp its entries with
    waits_for_date: bool = False  # public only from its date on (newsletter issues)
    feed: Feed | None = None  # a feed of its own
    in_main_feed: bool = False  # in the feed of everything new
    calendar: bool = False  # its entities' dated occasions join the calendar
    emailed: bool = False  # each public entity also goes out as an email (email.html.j2)
    proposable: bool = False  # offered by the form of the propose page
    # The form's steps: (a key of STEPS, the fields it asks, in order); every field but the
    # AUTOMATIC ones in one step (tests/test_forms.py).
    form: tuple[tuple[str, tuple[str, ...]], ...] = ()
    rated: bool = False  # rated against the benchmark checklist
    facets: tuple[Facet, ...] = ()  # the filters of its list page
    # A list field whose items are the rows of its open data CSV, each with the entity's plain
    # values and the item of the same place in the facts' list "<rows>_status" (Entity.facts).
    rows: str | None = None

    @property
    def list_stem(self) -> str:
        """The page that lists the type's entities (its own section, or the one holding it)."""
        return f"{self.section or self.folder}/index"

    def entity_stem(self, slug: str) -> str:
        """The page of an entity; for types shown only in their list, that list."""
        return f"{self.folder}/{slug}" if self.entity_template else self.list_stem

    def entity_anchor(self, slug: str) -> str:
        """The id of an entity on the page of ``entity_stem`` ("" for a page of its own)."""
        return "" if self.entity_template or not self.anchor else f"{self.anchor}{slug}"

    def list_key(self, entity: Entity) -> Any:
        """The sort key of an entity in its lists."""
        value = getattr(entity, self.list_by)
        return value.lower() if isinstance(value, str) else value

    def date_of(self, entity: Entity) -> date:
        return getattr(entity, self.date_field)

    def is_published(self, entity: Entity, today: date) -> bool:
        """Whether an entity is public on ``today``: those that wait for their date wait."""
        return not self.waits_for_date or self.date_of(entity) <= today
