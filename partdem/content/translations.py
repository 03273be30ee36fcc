"""Translations of content: their shape, the fingerprint of the source text, merging, status.

A translation file holds only the translatable fields of its source (derived from the model's
TRANSLATABLE names, recursively), the fingerprint of the source text it was made from, and whether
a native speaker reviewed it. Facts are never repeated, so they cannot drift apart.
"""

from __future__ import annotations

import copyreg
import hashlib
import json
import types
import typing
from enum import StrEnum
from functools import cache
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, create_model

from partdem.content.models.common import Entity, Strict


class Status(StrEnum):
    SOURCE = "source"  # the page's language is the entity's own language
    CURRENT = "current"
    UNREVIEWED = "unreviewed"  # current, but not yet reviewed by a native speaker
    OUTDATED = "outdated"  # the source text changed after the translation was made
    MISSING = "missing"


def _translated_type(annotation: Any) -> Any:
    """The type a translatable field has inside a translation file."""
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        return typing.Optional[_translated_type(next(a for a in get_args(annotation)  # noqa: UP045
                                                     if a is not type(None)))]
    if origin is list:
        return list[_translated_type(get_args(annotation)[0])]
    if origin is dict:
        key, value = get_args(annotation)
        return dict[key, _translated_type(value)]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return translation_model(annotation)
    return annotation


@cache
def translation_model(model: type[Strict]) -> type[BaseModel]:
    """The model of a translation of ``model``: its translatable fields only, all optional."""
    fields: dict[str, Any] = {}
    for name in model.TRANSLATABLE:
        info = model.model_fields[name]
        # The checks of Text, Markdown, Url... live in the metadata: translations keep them.
        annotation = _translated_type(info.annotation)
        if info.metadata:
            annotation = Annotated[annotation, *info.metadata]
        fields[name] = (typing.Optional[annotation],  # noqa: UP045
                        Field(None, description=info.description))
    if issubclass(model, Entity):
        fields["source_fingerprint"] = (str, Field(
            pattern=r"^[0-9a-f]{12}$", description="Fingerprint of the source text this "
            "translation was made from (partdem translations shows the current one)."))
        fields["reviewed"] = (bool, Field(False, description="true once a native speaker has "
                                                             "reviewed the translation."))
    translation = create_model(f"{model.__name__}Translation",
                               __config__=ConfigDict(extra="forbid", frozen=True),
                               __doc__=f"Translation of a {model.__name__}: text only.",
                               **fields)
    # Made at run time, the class cannot be found by name: pickle (which carries texts back
    # from the processes that validate files in parallel) rebuilds it from its source model.
    copyreg.pickle(translation, lambda text: (_empty_translation, (model,), text.__getstate__()))
    return translation


def _empty_translation(model: type[Strict]) -> BaseModel:
    translation = translation_model(model)
    return translation.__new__(translation)


def translatable_text(entity: Strict) -> Any:
    """The translatable part of an entity as plain data, recursively."""

    def project(value: Any) -> Any:
        if isinstance(value, Strict):
            return {name: project(getattr(value, name)) for name in type(value).TRANSLATABLE
                    if getattr(value, name) not in (None, [], {})}
        if isinstance(value, list):
            return [project(item) for item in value]
        if isinstance(value, dict):
            return {key: project(item) for key, item in value.items()}
        return value

    return project(entity)


def fingerprint(entity: Strict) -> str:
    """A short, stable hash of the entity's translatable text."""
    canonical = json.dumps(translatable_text(entity), sort_keys=True, ensure_ascii=False,
                           default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12]


def merge(source: Strict, translation: BaseModel | None) -> Strict:
    """The entity with the translation's text laid over the source's (facts stay the source's)."""
    if translation is None:
        return source
    return _overlay(source, translation)


def _overlay(source: Any, text: Any) -> Any:
    if text is None:
        return source
    if isinstance(source, Strict):
        updates = {}
        for name in type(source).TRANSLATABLE:
            value = getattr(text, name, None)
            if value is not None:
                updates[name] = _overlay(getattr(source, name), value)
        return source.model_copy(update=updates)
    if isinstance(source, list):
        # Items match by position; extra source items stay untranslated.
        return [_overlay(item, text[i] if i < len(text) else None)
                for i, item in enumerate(source)]
    if isinstance(source, dict):
        return {key: _overlay(item, text.get(key)) for key, item in source.items()}
    return text


def untranslated(source: Strict, translation: BaseModel) -> list[str]:
    """Translatable fields the source has but the translation leaves out."""
    present = translatable_text(source)
    return [name for name in type(source).TRANSLATABLE
            if name in present and getattr(translation, name, None) is None]


def status(source: Strict, lang: str, translation: BaseModel | None) -> Status:
    """How a page in ``lang`` stands against the source."""
    if lang == source.source_lang:
        return Status.SOURCE
    if translation is None:
        return Status.MISSING
    if translation.source_fingerprint != fingerprint(source):
        return Status.OUTDATED
    return Status.CURRENT if translation.reviewed else Status.UNREVIEWED


def flat_text(value: Any, prefix: str = "") -> list[tuple[str, str]]:
    """Translatable text (as ``translatable_text`` or a translation's data gives it) as
    (dotted path, text) pairs in order: ``quiz.0.choices.1``, ``benchmark.B01.note``."""
    if isinstance(value, dict):
        return [pair for key, item in value.items() for pair in flat_text(item, f"{prefix}{key}.")]
    if isinstance(value, list):
        return [pair for i, item in enumerate(value) for pair in flat_text(item, f"{prefix}{i}.")]
    return [(prefix.rstrip("."), value)] if isinstance(value, str) else []


def translation_data(translation: BaseModel) -> dict[str, Any]:
    """A translation's text as plain data, without its fingerprint and review mark."""
    return translation.model_dump(mode="json", exclude_none=True,
                                  exclude={"source_fingerprint", "reviewed"})
