"""The codebook of the open data, read from the models' JSON Schemas: every field of every
type with its type, meaning, whether it is required and the vocabulary of its codes; and the
open data described as a schema.org Dataset, so that dataset search engines find it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from partdem.content.models import TYPES
from partdem.tools.schemas import schema_files

API_DIR = "api/v1"  # the open data's folder at the site's root
LICENSE = "CC-BY-SA-4.0"
LICENSE_URL = "https://creativecommons.org/licenses/by-sa/4.0/"
FORMATS = {"json": "application/json", "csv": "text/csv"}


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


def dataset(kinds: list[Kind], base: str, page: str, texts: dict[str, str],
            modified: date) -> dict[str, Any]:
    """The open data as a schema.org ``Dataset`` (JSON-LD): ``base`` is the site's address with
    a final slash, ``page`` the address of the page describing it, ``texts`` its ``name``,
    ``description``, ``publisher`` (the hub's name) and ``language`` (the page's)."""
    return {
        "@context": "https://schema.org", "@type": "Dataset",
        "name": texts["name"], "description": texts["description"],
        "inLanguage": texts["language"], "url": page,
        "publisher": {"@type": "Organization", "name": texts["publisher"], "url": base},
        "license": LICENSE_URL, "isAccessibleForFree": True,
        "dateModified": modified.isoformat(),
        "distribution": [
            {"@type": "DataDownload", "name": f"{kind.title} ({fmt.upper()})",
             "encodingFormat": media, "contentUrl": f"{base}{API_DIR}/{kind.kind}.{fmt}"}
            for kind in kinds for fmt, media in FORMATS.items()],
        "variableMeasured": [kind.title for kind in kinds],
    }
