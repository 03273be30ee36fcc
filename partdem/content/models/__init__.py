"""The content types of the hub: every module of this package that declares a ``TYPE`` (its
description, ``types.ContentType``) is one, found here so that a new type is a new module and
nothing else lists it."""

from __future__ import annotations

import importlib
import pkgutil

from partdem.content.models.common import Entity
from partdem.content.models.types import ContentType


def _declared() -> tuple[ContentType, ...]:
    found = []
    for module in pkgutil.iter_modules(__path__):
        declared = getattr(importlib.import_module(f"{__name__}.{module.name}"), "TYPE", None)
        if isinstance(declared, ContentType):
            found.append(declared)
    return tuple(sorted(found, key=lambda kind: (kind.order, kind.folder)))


TYPES = _declared()
BY_FOLDER: dict[str, ContentType] = {kind.folder: kind for kind in TYPES}
MODELS: dict[str, type[Entity]] = {kind.folder: kind.model for kind in TYPES}

__all__ = ["BY_FOLDER", "MODELS", "TYPES", "ContentType", "Entity"]
