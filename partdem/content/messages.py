"""Turning the model's validation errors into messages a newcomer can act on, at file:line:col."""

from __future__ import annotations

import types
from collections.abc import Callable
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from partdem.content.load import Document
from partdem.content.models.common import suggest
from partdem.content.problems import Problem

_PLAIN = {
    "int_type": "expected a whole number",
    "int_parsing": "expected a whole number",
    "int_from_float": "expected a whole number",
    "float_type": "expected a number",
    "float_parsing": "expected a number",
    "bool_type": "expected true or false",
    "bool_parsing": "expected true or false",
    "date_type": "expected a date written as YYYY-MM-DD",
    "date_parsing": "expected a date written as YYYY-MM-DD",
    "date_from_datetime_parsing": "expected a date written as YYYY-MM-DD",
    "date_from_datetime_inexact": "expected a date written as YYYY-MM-DD, without a time",
    "string_type": "expected text",
    "list_type": "expected a list (one '- ' line per item)",
    "dict_type": "expected a mapping of keys to values (key: value)",
    "model_type": "expected a mapping of keys to values (key: value)",
    "model_attributes_type": "expected a mapping of keys to values (key: value)",
}


def _model_at(model: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The model class that holds the last key of ``loc``."""
    current: Any = model
    for part in loc[:-1]:
        if isinstance(current, type) and issubclass(current, BaseModel):
            info = current.model_fields.get(str(part))
            if info is None:
                return None
            current = info.annotation
        current = _unwrap(current, part)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _unwrap(annotation: Any, part: Any) -> Any:
    """Step through Optional, list and dict wrappers to the type of the next location part."""
    while True:
        origin = get_origin(annotation)
        if origin in (Union, types.UnionType):
            annotation = next(a for a in get_args(annotation) if a is not type(None))
        elif origin is list and isinstance(part, int):
            return get_args(annotation)[0]
        elif origin is dict and not isinstance(part, int):
            return get_args(annotation)[1]
        else:
            return annotation


def _clean(loc: tuple[Any, ...]) -> tuple[tuple[Any, ...], bool]:
    """The location without pydantic's internal tags; whether it points at a dict key."""
    parts = [p for p in loc if isinstance(p, int) or (isinstance(p, str) and not (
        p.startswith("function-") or p in ("str", "int", "nullable")))]
    is_key = bool(parts) and parts[-1] == "[key]"
    return tuple(p for p in parts if p != "[key]"), is_key


def problems_from(error: ValidationError, doc: Document, model: type[BaseModel],
                  source_model: type[BaseModel] | None = None) -> list[Problem]:
    """One Problem per validation error, placed at the key or value it is about.

    ``source_model`` is given for translations: a key that is a field of the source but not
    translatable is reported as a repeated fact.
    """
    found = []
    for item in error.errors():
        loc, is_key = _clean(item["loc"])
        kind = item["type"]
        name = str(loc[-1]) if loc else ""
        holder = _model_at(model, loc) if loc else model
        if kind == "missing":
            pos = doc.position(loc[:-1])
            info = holder.model_fields.get(name) if holder else None
            what = f": {info.description}" if info and info.description else ""
            message = f"missing required key '{name}'{what}"
        elif kind == "extra_forbidden":
            pos = doc.position(loc, key=True)
            allowed = list(holder.model_fields) if holder else []
            source_holder = _model_at(source_model, loc) if source_model else None
            if source_holder and name in source_holder.model_fields:
                message = (f"'{name}' is a fact, not text: a translation carries only text, "
                           f"facts come from the source file; remove '{name}' here "
                           f"(translatable keys: {', '.join(allowed)})")
            else:
                hint = suggest(name, allowed)
                message = (f"unknown key '{name}'{hint}; allowed keys here: "
                           f"{', '.join(allowed)}")
        else:
            pos = doc.position(loc, key=is_key)
            message = _value_message(kind, item, name)
        found.append(Problem(doc.path, pos.line, pos.col, message))
    return found


def _value_message(kind: str, item: dict[str, Any], name: str) -> str:
    """The message for a value the model refused: what is wrong, after the key's name."""
    where = f"'{name}': " if name and not name.isdigit() else ""
    ctx = item.get("ctx") or {}
    got = item.get("input")
    if kind in _PLAIN:
        shown = "nothing" if got is None else repr(got)
        return f"{where}{_PLAIN[kind]}, got {shown}"
    if kind in _FROM_CONTEXT:
        return where + _FROM_CONTEXT[kind](ctx, got)
    return where + item["msg"].removeprefix("Value error, ")


def _at_least(ctx: dict[str, Any], got: Any) -> str:
    bound = ctx.get("ge", ctx.get("gt"))
    return f"must be at least {bound:g}, got {got!r}"


def _at_most(ctx: dict[str, Any], got: Any) -> str:
    return f"must be at most {ctx.get('le', ctx.get('lt')):g}, got {got!r}"


# Kinds of error whose message tells the limit or pattern (the error's context) the value
# missed, given the context and the value.
_FROM_CONTEXT: dict[str, Callable[[dict[str, Any], Any], str]] = {
    "greater_than_equal": _at_least, "greater_than": _at_least,
    "less_than_equal": _at_most, "less_than": _at_most,
    "too_short": lambda ctx, got: f"expected at least {ctx.get('min_length')} item(s)",
    "too_long": lambda ctx, got: (f"expected at most {ctx.get('max_length')} item(s) or "
                                  "characters"),
    "string_too_long": lambda ctx, got: (f"text is too long: at most {ctx.get('max_length')} "
                                         "characters"),
    "string_pattern_mismatch": lambda ctx, got: (f"'{got}' does not have the expected form "
                                                 f"({ctx.get('pattern')})"),
}
