"""Field types shared by every content type, and the base classes of entities.

Each type carries its own rule and message, so a rule is written once and holds in every model,
in source files and translations alike, and in the generated JSON Schema.
"""

from __future__ import annotations

import difflib
import re
from datetime import date
from typing import Annotated, Any, ClassVar

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

from partdem import textrules
from partdem.countries import world
from partdem.languages import CODES, DEFAULT_LANGUAGE
from partdem.models.vocab import VOCABULARIES

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
# pygal's list is the 249 assigned ISO 3166-1 codes plus Kosovo's user-assigned XK.
COUNTRY_CODES = frozenset(code.upper() for code in world.COUNTRIES if code != "xk")
CURRENCY_CODES = frozenset(list_currencies())


def suggest(value: str, choices: Any) -> str:
    """' (did you mean X?)' when a close match exists, else ''."""
    close = difflib.get_close_matches(str(value), [str(c) for c in choices], n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _fail(kind: str, message: str) -> PydanticCustomError:
    return PydanticCustomError(kind, message)


def _check_text(value: str) -> str:
    if not value.strip():
        raise _fail("empty_text", "this text is empty: write the text, or remove the key")
    problem = textrules.text_problem(value)
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
    problem = textrules.link_problem(value)
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


Text = Annotated[str, AfterValidator(_check_line),
                 WithJsonSchema({"type": "string", "minLength": 1, "x-text": "line"})]
Markdown = Annotated[str, AfterValidator(_check_text),
                     WithJsonSchema({"type": "string", "minLength": 1, "x-text": "markdown"})]
Url = Annotated[str, AfterValidator(_check_url),
                WithJsonSchema({"type": "string", "format": "uri", "pattern": "^https?://"})]
RoleEmail = Annotated[str, AfterValidator(_check_email),
                      WithJsonSchema({"type": "string", "format": "email"})]
Country = Annotated[str, AfterValidator(_check_country),
                    WithJsonSchema({"type": "string", "enum": sorted(COUNTRY_CODES)})]
SiteLanguage = Annotated[str, AfterValidator(_check_site_language),
                         WithJsonSchema({"type": "string", "enum": list(CODES)})]
LANGUAGE_TAG_PATTERN = "^[a-z]{2,3}(-[A-Za-z0-9]+)*$"
LanguageTag = Annotated[str, AfterValidator(_check_language_tag),
                        WithJsonSchema({"type": "string", "pattern": LANGUAGE_TAG_PATTERN})]
Currency = Annotated[str, AfterValidator(_check_currency),
                     WithJsonSchema({"type": "string", "pattern": "^[A-Z]{3}$"})]
Slug = Annotated[str, AfterValidator(_check_slug),
                 WithJsonSchema({"type": "string", "pattern": SLUG_PATTERN})]
Count = Annotated[int, Field(ge=0)]
Year = Annotated[int, Field(ge=1900, le=2100)]
ShortText = Annotated[str, StringConstraints(max_length=200), AfterValidator(_check_line)]


class Strict(BaseModel):
    """A part of an entity: unknown keys are refused, so typos never pass silently."""

    model_config = ConfigDict(extra="forbid", strict=False, frozen=True)
    # Names of the fields that a translation may carry (text, never facts).
    TRANSLATABLE: ClassVar[tuple[str, ...]] = ()


class Link(Strict):
    """A titled link to a public page."""

    title: ShortText = Field(description="What the link leads to, as a reader would name it.")
    url: Url = Field(description="Full address starting with https://.")


class Entity(Strict):
    """What every content file has in common."""

    KIND: ClassVar[str] = ""  # the data/ folder, also the URL section
    TRANSLATABLE: ClassVar[tuple[str, ...]] = ("summary",)

    summary: Markdown = Field(description="One paragraph a reader sees in lists and feeds.")
    source_lang: SiteLanguage = Field(
        DEFAULT_LANGUAGE, description="The language this file is written in; every other "
                                      "language is a translation.")
    updated: date = Field(description="Date of the last change of substance (YYYY-MM-DD).")
    links: list[Link] = Field(default_factory=list, description="Further public pages.")

    @property
    def display_title(self) -> str:
        raise NotImplementedError


class TitledEntity(Entity):
    """An entity named by a translatable title (all but chapters, which have a proper name)."""

    TRANSLATABLE: ClassVar[tuple[str, ...]] = ("title", "summary")

    title: Text = Field(description="Title, in the language of the file.")

    @property
    def display_title(self) -> str:
        return self.title
