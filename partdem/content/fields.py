"""The fields of a model as a person fills them in: each field's label and hint (msgids), the kind
of input it takes, its rules (from the model's JSON Schema, the public contract the validator
holds files to) and, for parts and lists, the fields inside. The propose form and the translate
form are made from it, so neither is written per type."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, get_args, get_origin

from pydantic import BaseModel

from partdem.content.models.common import Strict, _optional
from partdem.content.models.types import AUTOMATIC, STEPS, ContentType


@dataclass(frozen=True)
class Spec:
    """One field of a form.

    ``kind`` is one of: text, markdown, time, date, number, url, email (one value typed in);
    choice (one of ``source``'s values), choices (any of them); group (``parts`` are its
    fields), list (rows of ``parts[0]``, added and removed), ratings (a part per benchmark item,
    ``parts`` the fields of one). ``source`` names where choices come from: ``vocab:<name>``,
    ``country``, ``reference:<folder>``, ``boolean``, ``among:<field>`` (the urls the
    entity lists in that field). ``rules`` are the JSON Schema's
    constraints the browser can check (pattern, minimum, maximum, minLength, maxLength)."""

    key: str
    label: str
    hint: str
    kind: str
    required: bool
    whole: bool = False
    source: str = ""
    rules: tuple[tuple[str, Any], ...] = ()
    parts: tuple[Spec, ...] = ()
    min_items: int = 0
    max_items: int | None = None


def _plain(prop: dict[str, Any]) -> dict[str, Any]:
    """A property's schema without its "or null" alternative."""
    options = [p for p in prop.get("anyOf", ()) if p.get("type") != "null"]
    return {**prop, **options[0]} if len(options) == 1 else prop


def _part_model(annotation: Any) -> type[Strict] | None:
    """The model of a field's parts (of a part, a list's items, a mapping's values), if any."""
    annotation = _optional(annotation)
    if get_origin(annotation) in (list, dict):
        annotation = _optional(get_args(annotation)[-1])
    return annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) \
        else None


_RULES = ("pattern", "minimum", "maximum", "minLength", "maxLength")


def _choice_source(prop: dict[str, Any]) -> str:
    """Where the values of a choice come from (see ``Spec.source``); "" for no choice. Among
    the marks, ``x-among`` names another field of the entity whose values it takes."""
    for mark, source in (("x-vocabulary", "vocab"), ("x-among", "among"),
                         ("x-reference", "reference")):
        if mark in prop:
            return f"{source}:{prop[mark]}"
    if prop.get("x-country"):
        return "country"
    return "boolean" if prop.get("type") == "boolean" else ""


def _scalar(prop: dict[str, Any]) -> tuple[str, str]:
    """(kind, source) of a schema that holds one value."""
    source = _choice_source(prop)
    if source:
        return "choice", source
    if prop.get("type") in ("integer", "number"):
        return "number", ""
    kinds = {"date": "date", "uri": "url", "email": "email"}
    if prop.get("format") in kinds:
        return kinds[prop["format"]], ""
    return {"markdown": "markdown", "time": "time"}.get(prop.get("x-text", ""), "text"), ""


def _spec(model: type[Strict], name: str, prop: dict[str, Any], required: bool) -> Spec:
    info = model.model_fields[name]
    prop = _plain(prop)
    common = {"key": name, "label": model.label(name), "hint": info.description or "",
              "required": required}
    part = _part_model(info.annotation)
    if "patternProperties" in prop and part is not None:  # parts by id: benchmark ratings
        return Spec(kind="ratings", parts=describe(part), **common)
    if part is not None and prop.get("type") != "array":
        return Spec(kind="group", parts=describe(part), **common)
    if prop.get("type") == "array":
        items = _plain(prop.get("items", {}))
        bounds = {"min_items": prop.get("minItems", 0), "max_items": prop.get("maxItems")}
        if part is not None:
            row = Spec(key="", label=common["label"], hint="", kind="group", required=True,
                       parts=describe(part))
            return Spec(kind="list", parts=(row,), **bounds, **common)
        kind, source = _scalar(items)
        if kind == "choice":
            return Spec(kind="choices", source=source, **bounds, **common)
        row = Spec(key="", label=common["label"], hint="", kind=kind, required=True,
                   whole=items.get("type") == "integer",
                   rules=tuple((r, items[r]) for r in _RULES if r in items))
        return Spec(kind="list", parts=(row,), **bounds, **common)
    kind, source = _scalar(prop)
    return Spec(kind=kind, source=source, whole=prop.get("type") == "integer",
                rules=tuple((r, prop[r]) for r in _RULES if r in prop), **common)


@cache
def describe(model: type[Strict]) -> tuple[Spec, ...]:
    """The fields of a model, in the model's order, without the AUTOMATIC ones."""
    schema = model.model_json_schema()
    required = set(schema.get("required", ()))
    return tuple(_spec(model, name, schema["properties"][name], name in required)
                 for name in model.model_fields if name not in AUTOMATIC)


@dataclass(frozen=True)
class Step:
    """A step of a type's form: its key in STEPS, its title (msgid) and its fields."""

    key: str
    title: str
    fields: tuple[Spec, ...]


def steps(kind: ContentType) -> tuple[Step, ...]:
    """The steps of a type's form, each with its fields in the order the type gives."""
    by_name = {spec.key: spec for spec in describe(kind.model)}
    return tuple(Step(key, STEPS[key], tuple(by_name[name] for name in names))
                 for key, names in kind.form)


def translatable(model: type[Strict], prefix: str = "") -> dict[str, Spec]:
    """The translatable fields of a model, recursively, by their path without positions
    (``quiz.choices``, ``benchmark.note``): what the translate form labels."""
    schema = model.model_json_schema()
    found: dict[str, Spec] = {}
    for name in model.TRANSLATABLE:
        part = _part_model(model.model_fields[name].annotation)
        if part is None:
            found[prefix + name] = _spec(model, name, schema["properties"][name], False)
        else:
            found.update(translatable(part, f"{prefix}{name}."))
    return found


def label_key(model: type[Strict], path: str) -> str:
    """The path of ``translatable`` for a path to one text (``quiz.0.choices.1`` is
    ``quiz.choices``, ``benchmark.B01.note`` is ``benchmark.note``): the positions in lists
    and the keys of mappings left out."""
    names, parts, i = [], path.split("."), 0
    while i < len(parts):
        annotation = _optional(model.model_fields[parts[i]].annotation)
        names.append(parts[i])
        i += 1
        if get_origin(annotation) in (list, dict):
            i += 1  # the position or key that follows
        part = _part_model(annotation)
        if part is not None:
            model = part
    return ".".join(names)
