"""The validated content of the hub, as later stages read it: entities with their translations."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path

from pydantic import BaseModel

from partdem.content import translations
from partdem.content.load import Document, load_yaml
from partdem.content.models import BY_FOLDER, ContentType, Entity


@dataclass
class Translation:
    lang: str
    path: Path
    text: BaseModel


@dataclass
class Record:
    """One entity: its source file and the translations beside it."""

    kind: str
    slug: str
    path: Path
    entity: Entity
    translations: dict[str, Translation] = field(default_factory=dict)

    @cached_property
    def doc(self) -> Document:
        """The source file with the position of every value, read again when a problem needs
        a place: the positions read during validation stay in the worker that read them, as
        sending them back would cost more than reading the few files that need them."""
        return load_yaml(self.path)

    @property
    def type(self) -> ContentType:
        """The description of the record's content type."""
        return BY_FOLDER[self.kind]

    @property
    def stem(self) -> str:
        """The page that shows the record (its own, or the list of its type)."""
        return self.type.entity_stem(self.slug)

    def is_published(self, today: date) -> bool:
        return self.type.is_published(self.entity, today)

    def localized(self, lang: str) -> Entity:
        """The entity as a reader of ``lang`` sees it: translated text where there is some."""
        translation = self.translations.get(lang)
        return translations.merge(self.entity, translation.text if translation else None)

    def status(self, lang: str) -> translations.Status:
        translation = self.translations.get(lang)
        return translations.status(self.entity, lang, translation.text if translation else None)

    def text_lang(self, lang: str, field: str) -> str:
        """The language a text field is actually shown in on the ``lang`` page."""
        translation = self.translations.get(lang)
        if translation is not None and getattr(translation.text, field, None) is not None:
            return lang
        return self.entity.source_lang


@dataclass
class Hub:
    """Every record by kind and slug, in a stable order."""

    root: Path
    records: dict[str, dict[str, Record]] = field(default_factory=dict)
    # Slugs of source files that exist but failed validation: references to them are not
    # reported again, their own problems are.
    invalid: dict[str, set[str]] = field(default_factory=dict)

    def of(self, kind: str | ContentType) -> list[Record]:
        """The records of a type (by its description or its folder), in file order."""
        return list(self.records.get(_folder(kind), {}).values())

    def get(self, kind: str | ContentType, slug: str) -> Record | None:
        return self.records.get(_folder(kind), {}).get(slug)

    def __len__(self) -> int:
        return sum(len(by_slug) for by_slug in self.records.values())


def _folder(kind: str | ContentType) -> str:
    return kind.folder if isinstance(kind, ContentType) else kind
