"""The codebook of the open data, read from the models' JSON Schemas: every field of every
type with its type, meaning, whether it is required and the vocabulary of its codes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from partdem.content.models import TYPES
from partdem.tools.schemas import schema_files


@dataclass(frozen=True)
class Field:
    name: str  # dotted for nested fields; [] marks list items, {} dictionary values
    type: str
    required: bool
    description: str
    vocabulary: str | None


@dataclass(frozen=True)
class Kind:
    kind: str
    title: str
    fields: tuple[Field, ...]


def _type_of(prop: dict[str, Any]) -> str:
    if "anyOf" in prop:
        return " | ".join(_type_of(p) for p in prop["anyOf"] if p.get("type") != "null")
    if "$ref" in prop:
        return "object"
    if prop.get("type") == "array":
        return f"list of {_type_of(prop.get('items', {}))}"
    if prop.get("format") == "date":
        return "date"
    if prop.get("format") == "uri":
        return "url"
    return str(prop.get("type", "any"))


def _fields(schema: dict[str, Any], defs: dict[str, Any], prefix: str) -> list[Field]:
    found = []
    required = set(schema.get("required", []))
    for name, prop in schema.get("properties", {}).items():
        options = [prop, *prop.get("anyOf", [])]
        vocabulary = next((o.get("x-vocabulary") or o.get("items", {}).get("x-vocabulary")
                           for o in options
                           if o.get("x-vocabulary") or o.get("items", {}).get("x-vocabulary")),
                          None)
        full = f"{prefix}{name}"
        found.append(Field(full, _type_of(prop), name in required,
                           prop.get("description", ""), vocabulary))
        for option in options:
            target, suffix = option, ""
            if option.get("type") == "array":
                target, suffix = option.get("items", {}), "[]"
            elif option.get("type") == "object" and "additionalProperties" in option:
                target, suffix = option["additionalProperties"], "{}"
            if "$ref" in target:
                nested = defs[target["$ref"].split("/")[-1]]
                found += _fields(nested, defs, f"{full}{suffix}.")
    return found


def codebook(gettext: Any) -> list[Kind]:
    schemas = schema_files()
    kinds = []
    for kind in TYPES:
        schema = schemas[f"{kind.folder}.schema.json"]
        kinds.append(Kind(kind.folder, gettext(kind.title),
                          tuple(_fields(schema, schema.get("$defs", {}), ""))))
    return kinds
