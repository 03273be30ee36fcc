"""Field types shared by every content type, and the base classes of entities.

Each type carries its own rule and message, so a rule is written once and holds in every model,
in source files and translations alike, and in the generated JSON Schema.
"""

from __future__ import annotations

import difflib
import math
import re
import zoneinfo
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from types import UnionType
from typing import Annotated, Any, ClassVar, Union, get_args, get_origin

from babel import Locale, UnknownLocaleError
from babel.numbers import list_currencies
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

from partdem.content import reserved, textrules
from partdem.content.countries import world
from partdem.content.languages import CODES, DEFAULT_LANGUAGE
from partdem.content.models.vocab import N_, VOCABULARIES

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
# pygal's list is the 249 assigned ISO 3166-1 codes plus Kosovo's user-assigned XK.
COUNTRY_CODES = frozenset(code.upper() for code in world.COUNTRIES if code != "xk")
CURRENCY_CODES = frozenset(list_currencies())


@dataclass(frozen=True)
class Occasion:
    """A dated occasion of an entity for the calendar: ``key`` tells occasions of one entity
    apart in their ids, ``end`` is the last day (None: one day), ``url`` where to learn more
    (None: the entity's page)."""

    key: str
    start: date
    end: date | None
    title: str
    url: str | None = None
    what: str | None = None  # msgid with %(title)s, when the title alone would not say it
    location: str | None = None
    at: str | None = None  # the start time, HH:MM in ``timezone``; None: all day
    timezone: str | None = None  # IANA name, such as Europe/Paris
    minutes: int | None = None  # how long it lasts, with ``at``


@dataclass(frozen=True)
class Change:
    """A dated change of an entity, for a feed of changes: ``key`` tells changes of one entity
    apart in their ids, ``title`` is a msgid whose %(name)s placeholders take ``values`` (a
    ``(vocabulary, code)`` pair is shown by its label), ``anchor`` the id on the entity's page,
    ``text`` Markdown that says more."""

    key: str
    day: date
    title: str
    values: dict[str, Any]
    anchor: str = ""
    text: str = ""


# A problem a model's own rules find: where it stands in the file, and the message.
Finding = tuple[tuple[Any, ...], str]


def dates_in_order(start: date | None, end: date | None, loc: tuple[Any, ...]) -> Iterator[
        Finding]:
    """An end date before its start date, at ``loc``."""
    if start and end and end < start:
        yield loc, f"the end date {end} is before the start date {start}"


def suggest(value: str, choices: Any) -> str:
    """' (did you mean X?)' when a close match exists, else ''."""
    close = difflib.get_close_matches(str(value), [str(c) for c in choices], n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _fail(kind: str, message: str) -> PydanticCustomError:
    return PydanticCustomError(kind, message)


def _check_text(value: str) -> str:
    if not value.strip():
        raise _fail("empty_text", "this text is empty: write the text, or remove the key")
    problem = textrules.text_problem(value) or reserved.heading_problem(value)
    if problem:
        raise _fail("unsafe_text", problem)
    return value


def _check_line(value: str) -> str:
    value = _check_text(value)
    if "\n" in value.strip():
        raise _fail("multiline", "expected a single line of text; move long text to a Markdown "
                                 "field")
    return value


def _check_url(value: str) -> str:
    problem = textrules.link_problem(value) or textrules.personal_data_problem(value)
    if problem:
        raise _fail("bad_url", problem)
    return value


def _check_email(value: str) -> str:
    if not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", value):
        raise _fail("bad_email", f"'{value}' is not an email address")
    problem = textrules.email_problem(value)
    if problem:
        raise _fail("personal_email", problem)
    return value


def _check_country(value: str) -> str:
    if value not in COUNTRY_CODES:
        upper = value.upper()
        hint = f" (did you mean '{upper}'?)" if upper in COUNTRY_CODES else ""
        raise _fail("country", f"'{value}' is not an ISO 3166-1 alpha-2 country code "
                               f"(two capital letters, such as IE, BR or KE){hint}")
    return value


def _check_site_language(value: str) -> str:
    if value not in CODES:
        raise _fail("site_language", f"'{value}' is not a language of this site; expected one of: "
                                     f"{', '.join(CODES)}{suggest(value, CODES)}")
    return value


def _check_language_tag(value: str) -> str:
    try:
        Locale.parse(value.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        raise _fail("language_tag", f"'{value}' is not a known language code: expected a BCP 47 "
                                    "code such as en, es, pt-BR or ga") from None
    return value


def _check_currency(value: str) -> str:
    if value not in CURRENCY_CODES:
        raise _fail("currency", f"'{value}' is not an ISO 4217 currency code (such as EUR, USD "
                                f"or GBP){suggest(value.upper(), CURRENCY_CODES)}")
    return value


def _check_slug(value: str) -> str:
    if not re.fullmatch(SLUG_PATTERN, value):
        raise _fail("slug", f"'{value}' is not a valid slug: use lowercase letters, digits and "
                            "single hyphens, such as climate-assembly-uk")
    return value


def code(vocabulary: str) -> Any:
    """A field type that accepts the codes of one vocabulary, with a did-you-mean message."""
    allowed = VOCABULARIES[vocabulary]

    def check(value: Any) -> str:
        value = str(value)
        if value not in allowed:
            raise _fail("vocabulary", f"'{value}' is not an allowed value; allowed: "
                                      f"{', '.join(allowed)}{suggest(value, allowed)}")
        return value

    return Annotated[
        str,
        BeforeValidator(lambda v: str(v) if isinstance(v, int) and not isinstance(v, bool) else v),
        AfterValidator(check),
        WithJsonSchema({"type": "string", "enum": list(allowed), "x-vocabulary": vocabulary}),
    ]


@dataclass(frozen=True)
class Reference:
    """The mark of a field that names an entity of another type by its slug: ``folder`` is that
    type's, ``noun`` names it in messages ("there is no digital tool 'x'")."""

    folder: str
    noun: str


def reference(folder: str, noun: str) -> Any:
    """A field type for the slug of an entity of the type in data/``folder``/ (checked across
    files by ``rules.py``, reversed by the enrich stage)."""
    return Annotated[str, AfterValidator(_check_slug), Reference(folder, noun),
                     WithJsonSchema({"type": "string", "pattern": SLUG_PATTERN,
                                     "x-reference": folder})]


def references(model: BaseModel, loc: tuple[Any, ...] = ()) -> Iterator[
        tuple[tuple[Any, ...], Reference, str]]:
    """Every reference an entity makes, in field order: (where it stands, to what, the slug)."""
    for name, mark, _, many in _reaching(type(model)):
        value = getattr(model, name)
        if value is None:
            continue
        places = [((*loc, name, i), item) for i, item in enumerate(value)] if many else [
            ((*loc, name), value)]
        for where, item in places:
            if mark is not None:
                yield where, mark, item
            else:
                yield from references(item, where)


@cache
def _reaching(model: type[BaseModel]) -> tuple[
        tuple[str, Reference | None, type[BaseModel] | None, bool], ...]:
    """The fields of a model that hold references, read once per model from its types (the
    check walks every entity): (name, its Reference, or the model of its parts that hold
    some, and whether it is a list)."""
    found = []
    for name, info in model.model_fields.items():
        annotation, many = _optional(info.annotation), False
        if get_origin(annotation) is list:
            annotation, many = _optional(get_args(annotation)[0]), True
        mark = _mark(annotation, [] if many else info.metadata)
        part = (annotation if mark is None and isinstance(annotation, type)
                and issubclass(annotation, BaseModel) and _reaching(annotation) else None)
        if mark is not None or part is not None:
            found.append((name, mark, part, many))
    return tuple(found)


def _optional(annotation: Any) -> Any:
    """The type of an optional field without its None (``X | None`` is X); an Annotated type
    and any other type as they are."""
    if get_origin(annotation) in (Union, UnionType):
        members = [a for a in get_args(annotation) if a is not type(None)]
        if len(members) == 1:
            return members[0]
    return annotation


def reference_at(model: type[BaseModel], path: str) -> Reference:
    """The Reference of the field at a dotted path of a model (through nested parts and
    lists): ``reference_at(Case, "chapters.chapter")`` is the one to chapters."""
    head, _, rest = path.partition(".")
    for name, mark, part, _ in _reaching(model):
        if name == head and rest and part is not None:
            return reference_at(part, rest)
        if name == head and not rest and mark is not None:
            return mark
    raise LookupError(f"{model.__name__}.{path} is no reference")


def _mark(annotation: Any, metadata: list[Any]) -> Reference | None:
    """The Reference of a field's type: in its metadata, or in its Annotated type."""
    if get_origin(annotation) is Annotated:
        metadata = [*metadata, *get_args(annotation)[1:]]
    return next((m for m in metadata if isinstance(m, Reference)), None)


Text = Annotated[str, AfterValidator(_check_line),
                 WithJsonSchema({"type": "string", "minLength": 1, "x-text": "line"})]
Markdown = Annotated[str, AfterValidator(_check_text),
                     WithJsonSchema({"type": "string", "minLength": 1, "x-text": "markdown"})]
Url = Annotated[str, AfterValidator(_check_url),
                WithJsonSchema({"type": "string", "format": "uri", "pattern": "^https?://"})]
RoleEmail = Annotated[str, AfterValidator(_check_email),
                      WithJsonSchema({"type": "string", "format": "email"})]
Country = Annotated[str, AfterValidator(_check_country),
                    WithJsonSchema({"type": "string", "enum": sorted(COUNTRY_CODES),
                                    "x-country": True})]
SiteLanguage = Annotated[str, AfterValidator(_check_site_language),
                         WithJsonSchema({"type": "string", "enum": list(CODES)})]
LANGUAGE_TAG_PATTERN = "^[a-z]{2,3}(-[A-Za-z0-9]+)*$"
LanguageTag = Annotated[str, AfterValidator(_check_language_tag),
                        WithJsonSchema({"type": "string", "pattern": LANGUAGE_TAG_PATTERN})]
Currency = Annotated[str, AfterValidator(_check_currency),
                     WithJsonSchema({"type": "string", "pattern": "^[A-Z]{3}$"})]
Slug = Annotated[str, AfterValidator(_check_slug),
                 WithJsonSchema({"type": "string", "pattern": SLUG_PATTERN})]
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2100, 12, 31)


def figure(value: float) -> str:
    """A number as a reader writes it: 100,000 rather than 1e+05 or 100000; a whole number too
    long to read by its length."""
    if isinstance(value, int):
        if value.bit_length() > 64:  # also past the 4,300 digits str() will write
            return f"a number of about {int(value.bit_length() * math.log10(2)) + 1} digits"
        return f"{value:,}"
    return f"{int(value):,}" if value.is_integer() and abs(value) < 1e16 else repr(value)


def _not_a_number(value: Any) -> PydanticCustomError | None:
    """Why a value read from YAML is no number the hub can publish, or None: true and false are
    not numbers (pydantic would read them as 1 and 0), and .inf, .nan, 1e999 are not finite (the
    open data JSON could not hold them)."""
    if isinstance(value, bool):
        return _fail("number_type", f"expected a number, got {str(value).lower()}")
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            return None  # not a number at all: the type's own message says so
    if isinstance(value, float) and not math.isfinite(value):
        return _fail("finite_number", f"expected a finite number, got {value} (.inf, .nan and "
                                      "numbers too large to store are not allowed)")
    return None


def within(low: float, high: float, *, whole: bool = False) -> Any:
    """A field type for a number from ``low`` to ``high`` inclusive (a whole number when
    ``whole``): finite, never true or false, and bounded in the JSON Schema by the same figures.

    Every number field has bounds that make sense for what it counts, so that no value can
    overflow a page, a chart or the open data (#29)."""

    def in_range(value: Any) -> Any:
        if (problem := _not_a_number(value)) is not None:
            raise problem
        if isinstance(value, int | float):  # before pydantic's type: 1e30 is no whole number
            if value < low:
                raise _fail("too_small", f"must be at least {figure(low)}, got {figure(value)}")
            if value > high:
                raise _fail("too_large", f"must be at most {figure(high)}, got {figure(value)}")
        return value

    kind = "integer" if whole else "number"
    return Annotated[int if whole else float, BeforeValidator(in_range), AfterValidator(in_range),
                     WithJsonSchema({"type": kind, "minimum": low, "maximum": high})]


def _check_day(value: date) -> date:
    if not FIRST_DAY <= value <= LAST_DAY:
        raise _fail("date_range", f"expected a date from {FIRST_DAY} to {LAST_DAY}, got {value}")
    return value


def _not_a_timestamp(value: Any) -> Any:
    # pydantic reads a number as seconds since 1970: 0 would be 1970-01-01.
    if isinstance(value, int | float):
        huge = type(value) is int and value.bit_length() > 64
        shown = figure(value) if huge else str(value).lower()  # true, 0, 2021.5
        raise _fail("date_number", f"expected a date written as YYYY-MM-DD, got {shown}")
    return value


# A calendar date within the years the hub can mean (the build adds days to dates: the last
# representable day would overflow).
Day = Annotated[date, BeforeValidator(_not_a_timestamp), AfterValidator(_check_day),
                WithJsonSchema({"type": "string", "format": "date",
                                "pattern": r"^(19[0-9]{2}|20[0-9]{2}|2100)-[0-9]{2}-[0-9]{2}$"})]
Year = within(1900, 2100, whole=True)


def _check_time(value: Any) -> Any:
    # YAML reads 18:30 unquoted as the number 1110 (minutes in base 60).
    if not isinstance(value, str) or not re.fullmatch(r"([01][0-9]|2[0-3]):[0-5][0-9]", value):
        raise _fail("time", f"expected a time written as \"HH:MM\" in quotes, such as "
                            f"\"18:30\", got {value!r}")
    return value


def _check_timezone(value: str) -> str:
    if value not in TIME_ZONES:
        raise _fail("timezone", f"'{value}' is not a time zone name such as Europe/Paris or "
                                f"Africa/Nairobi{suggest(value, TIME_ZONES)}")
    return value


TIME_ZONES = frozenset(zoneinfo.available_timezones())
TimeOfDay = Annotated[str, BeforeValidator(_check_time),
                      WithJsonSchema({"type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]$",
                                      "x-text": "time"})]
TimeZone = Annotated[str, AfterValidator(_check_timezone),
                     WithJsonSchema({"type": "string", "x-text": "time zone"})]

ShortText = Annotated[str, StringConstraints(max_length=200), AfterValidator(_check_line)]


class Strict(BaseModel):
    """A part of an entity: unknown keys are refused, so typos never pass silently."""

    model_config = ConfigDict(extra="forbid", strict=False, frozen=True)
    # Names of the fields that a translation may carry (text, never facts).
    TRANSLATABLE: ClassVar[tuple[str, ...]] = ()
    # What a person calls each field (msgids), in the forms and wherever a field is named to
    # a reader; its description is the hint beside it (extracted by tools/extract.py).
    LABELS: ClassVar[dict[str, str]] = {}

    @classmethod
    def label(cls, name: str) -> str:
        """The msgid of a field's label, from the nearest class that names it."""
        for klass in cls.__mro__:
            found = vars(klass).get("LABELS", {}).get(name)
            if found:
                return found
        raise LookupError(f"{cls.__name__}.{name} has no label: name it in "
                          f"{cls.__name__}.LABELS")


class Link(Strict):
    """A titled link to a public page."""

    LABELS: ClassVar[dict[str, str]] = {
        "title": N_("Title of the link"), "url": N_("Address (URL)"),
    }

    title: ShortText = Field(description="What the link leads to, as a reader would name it.")
    url: Url = Field(description="Full address starting with https://.")


class Entity(Strict):
    """What every content file has in common."""

    TRANSLATABLE: ClassVar[tuple[str, ...]] = ("summary",)

    LABELS: ClassVar[dict[str, str]] = {
        "summary": N_("Summary"), "source_lang": N_("Language of the text"),
        "updated": N_("Last updated"), "links": N_("Further reading"),
    }

    summary: Markdown = Field(description="One paragraph a reader sees in lists and feeds.")
    source_lang: SiteLanguage = Field(
        DEFAULT_LANGUAGE, description="The language this file is written in; every other "
                                      "language is a translation.")
    updated: Day = Field(description="The day of the last change of substance.")
    links: list[Link] = Field(default_factory=list, description="Further public pages.")

    @property
    def display_title(self) -> str:
        raise NotImplementedError

    def checks(self) -> Iterator[Finding]:
        """The rules of this type that look at more than one field: (where, message)."""
        return iter(())

    def occasions(self, today: date) -> Iterator[Occasion]:
        """The entity's dated occasions, for types that join the calendar, as the calendar
        made on ``today`` shows them (titles in the language of the entity as given: call it
        on the localized entity)."""
        return iter(())

    def facts(self, today: date) -> dict[str, Any]:
        """What the open data adds, worked out from the fields as of ``today``: new keys, and
        for a list of parts, a dict of new keys per part (never a field's own name)."""
        return {}

    def changes(self, today: date) -> Iterator[Change]:
        """The entity's dated changes up to ``today``, for types whose feed lists changes
        rather than entities (in the language of the entity as given)."""
        return iter(())

    def checks_across(self, hub: Any) -> Iterator[Finding]:
        """The rules of this type that look at other files of ``hub`` (``content.hub.Hub``)."""
        return iter(())


class TitledEntity(Entity):
    """An entity named by a translatable title (all but chapters, which have a proper name)."""

    TRANSLATABLE: ClassVar[tuple[str, ...]] = ("title", "summary")

    LABELS: ClassVar[dict[str, str]] = {
        "title": N_("Title"),
    }

    title: Text = Field(description="Title, in the language of the file.")

    @property
    def display_title(self) -> str:
        return self.title
