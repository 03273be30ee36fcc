"""New content files for contributors: ``partdem new <type> <slug>``.

The file lists every key of the content type, each with a comment saying what it means, which
values it takes and whether it is required. Required keys are left empty to fill in; optional
ones are commented out, so the file passes the validator once the required values are written.
Everything is generated from the type's JSON Schema (itself generated from the models), so a new
field or vocabulary value appears here without any change to this module.
"""

from __future__ import annotations

import json
import textwrap
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from partdem.content.models import MODELS, Entity
from partdem.content.models.common import LANGUAGE_TAG_PATTERN, SLUG_PATTERN, Slug, suggest
from partdem.content.models.vocab import VOCABULARIES
from partdem.content.validate import DATA_DIR
from partdem.tools.schemas import SCHEMA_DIR, schema_files

WIDTH = 100  # the project's line length
LONG_ENUM = 12  # longer code lists (countries) are left to the editor's autocompletion
# Reading order at the top of a file: what the entry is called and its summary come first, the
# bookkeeping every type shares (language, date, further links) last; the rest in model order.
FIRST = ("title", "name", "summary")
LAST = tuple(name for name in Entity.model_fields if name not in FIRST)
PATTERN_HINTS = {
    SLUG_PATTERN: "A slug: lowercase letters, digits and single hyphens.",
    LANGUAGE_TAG_PATTERN: "A language code such as en, es or pt-BR.",
}
DICT_KEY = "KEY"  # placeholder for a mapping's own keys (such as benchmark item ids)


class ScaffoldError(Exception):
    """The file cannot be written; the message says why and what to do instead."""


def new_file(root: Path, kind: str, slug: str) -> Path:
    """Write ``data/<kind>/<slug>.yaml`` under ``root`` and return its path."""
    if kind not in MODELS:
        raise ScaffoldError(f"'{kind}' is not a content type{suggest(kind, MODELS)}; types: "
                            f"{', '.join(MODELS)}")
    try:
        TypeAdapter(Slug).validate_python(slug)
    except ValidationError as error:
        raise ScaffoldError(error.errors()[0]["msg"]) from None
    path = root / DATA_DIR / kind / f"{slug}.yaml"
    if path.exists():
        raise ScaffoldError(f"{DATA_DIR}/{kind}/{slug}.yaml exists already: edit it, or choose "
                            "another slug")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(template(kind, slug), encoding="utf-8")
    return path


@cache  # the site's "propose" links embed it for every language
def template(kind: str, slug: str) -> str:
    """The text of a new file of ``kind``: a header, then every field with its comment."""
    schema = schema_files()[f"{kind}.schema.json"]
    defs = schema.get("$defs", {})
    required = set(schema.get("required", ()))
    names = list(schema["properties"])
    first = [n for n in FIRST if n in names]
    last = [n for n in LAST if n in names]
    ordered = first + [n for n in names if n not in first and n not in last] + last
    lines = _header(kind, slug, schema.get("description"))
    for name in ordered:
        lines += ["", *_field(_Key(name, schema["properties"][name], name in required), defs,
                              0, 0)]
    return "\n".join(lines) + "\n"


def _header(kind: str, slug: str, description: str | None) -> list[str]:
    # The first line tells YAML-aware editors (VS Code's YAML extension and others) where the
    # schema is, so they autocomplete keys and values and underline mistakes as people type.
    lines = [f"# yaml-language-server: $schema=../../{SCHEMA_DIR}/{kind}.schema.json"]
    intro = f"A new entry of {DATA_DIR}/{kind}/." + (f" {description}" if description else "")
    text = [
        intro,
        "How to fill it in: write a value after every key marked (REQUIRED). Optional keys "
        'start with "# ": to use one, delete the "# " in front of it and of the lines indented '
        "below it. Leave out what you do not know. (REQUIRED) inside an optional group means "
        "required once you use that group.",
        f"Then check the file: partdem check {DATA_DIR}/{kind}/{slug}.yaml",
    ]
    for paragraph in text:
        lines += textwrap.wrap(paragraph, WIDTH, initial_indent="# ", subsequent_indent="# ")
    return lines


def _resolve(node: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    """The node's own schema: references followed, and "or null" dropped (optional keys are
    told apart by the parent's list of required keys)."""
    if "anyOf" in node:
        options = [o for o in node["anyOf"] if o.get("type") != "null"]
        node = {k: v for k, v in node.items() if k != "anyOf"} | options[0]
    if "$ref" in node:
        target = defs[node["$ref"].rsplit("/", 1)[-1]]
        # The field's own description says more than the referenced model's docstring.
        node = target | {k: v for k, v in node.items() if k != "$ref"}
    return node


@dataclass(frozen=True)
class _Key:
    """A key of the content type: its name, its node of the schema, whether it is required."""

    name: str
    node: dict[str, Any]
    required: bool


def _field(key: _Key, defs: dict[str, Any], indent: int, muted: int) -> list[str]:
    """The comment and the YAML of one key; commented out as a whole when it is optional.

    ``muted`` counts the enclosing groups that are commented out: each adds "# " to the lines,
    so the text is wrapped that much narrower.
    """
    name, node, required = key.name, _resolve(key.node, defs), key.required
    pad = " " * indent
    doc = " ".join(part for part in (
        f"{name} ({'REQUIRED' if required else 'optional'}):", node.get("description", ""),
        _kind(node, defs), _default(node) if not required else "") if part)
    lines = textwrap.wrap(doc, WIDTH - 2 * muted, initial_indent=f"{pad}# ",
                          subsequent_indent=f"{pad}#   ", break_on_hyphens=False)
    body = _body(_Key(name, node, required), defs, indent, muted + (not required))
    if not required:
        body = [f"{line[:indent]}# {line[indent:]}" for line in body]
    return lines + body


def _body(key: _Key, defs: dict[str, Any], indent: int, muted: int) -> list[str]:
    """The key (its node resolved) and what goes under it, as the contributor fills it in."""
    name, node, required = key.name, key.node, key.required
    pad = " " * indent
    if node.get("type") == "object":
        return [f"{pad}{name}:", *_members(node, defs, indent + 2, muted)]
    if node.get("type") == "array":
        items = _resolve(node["items"], defs)
        if items.get("type") == "object":
            return [f"{pad}{name}:", *_list_item(items, defs, indent + 2, muted)]
        # An optional list, once uncommented, is valid as it stands; a required one waits.
        return [f"{pad}{name}:" if required else f"{pad}{name}: []"]
    if not required and node.get("default") is not None:
        return [f"{pad}{name}: {json.dumps(node['default'])}"]
    return [f"{pad}{name}:"]


def _members(node: dict[str, Any], defs: dict[str, Any], indent: int, muted: int) -> list[str]:
    """The keys of a nested group, required ones first."""
    if "patternProperties" in node:
        pattern, value = next(iter(node["patternProperties"].items()))
        value = {**value, "description": f"Replace {DICT_KEY} with a key of the form "
                                         f"{pattern}; add one such block per key."}
        return _field(_Key(DICT_KEY, value, True), defs, indent, muted)
    required = set(node.get("required", ()))
    names = sorted(node["properties"], key=lambda n: n not in required)
    lines: list[str] = []
    for name in names:
        lines += _field(_Key(name, node["properties"][name], name in required), defs, indent,
                        muted)
    return lines


def _list_item(items: dict[str, Any], defs: dict[str, Any], indent: int,
               muted: int) -> list[str]:
    """One item of a list of groups: its keys under a '- ', ready to copy for more items."""
    lines = _members(items, defs, indent + 2, muted)
    first = next((i for i, line in enumerate(lines) if not line.lstrip().startswith("#")), None)
    if first is None:  # no required key to hang the dash on
        return [" " * indent + "-", *lines]
    head = [line[2:] for line in lines[:first]]  # its comment sits at the dash
    return [*head, " " * indent + "- " + lines[first][indent + 2:], *lines[first + 1:]]


def _kind(node: dict[str, Any], defs: dict[str, Any]) -> str:
    """What values a key takes, in a sentence."""
    if "enum" in node:
        return _choices(node)
    kind = node.get("type")
    if kind == "array":
        return _list_kind(node, defs)
    if kind == "object":
        return "A group of the keys below."
    if kind in ("integer", "number"):
        what = "A whole number" if kind == "integer" else "A number"
        return f"{what}{_bounds(node, 'minimum', 'maximum', '')}."
    if kind == "boolean":
        return "true or false."
    return _text_kind(node)


def _list_kind(node: dict[str, Any], defs: dict[str, Any]) -> str:
    """What a list holds, in a sentence."""
    items = _resolve(node["items"], defs)
    count = _bounds(node, "minItems", "maxItems", "item(s)")
    if items.get("type") == "object":
        return f"A list{count}; each item has the keys below (copy the block for more)."
    return (f"A list{count}: write [a, b] or one '- ' line per item. Each item: "
            f"{_kind(items, defs)}")


def _text_kind(node: dict[str, Any]) -> str:
    # Each format's hint, unless the field's description already says it in these words.
    formats = {"date": ("YYYY-MM-DD", "A date written as YYYY-MM-DD."),
               "uri": ("https://", "A web address starting with https://."),
               "email": ("@", "An email address.")}
    if node.get("format") in formats:
        said, hint = formats[node["format"]]
        return "" if said in node.get("description", "") else hint
    if "x-reference" in node:
        return (f"The name of a file of data/{node['x-reference']}/ without .yaml (its slug), "
                "such as climate-assembly-uk.")
    if node.get("x-text") == "markdown":
        return ("Text, Markdown allowed; for several lines write | after the colon and indent "
                "the lines below it.")
    if node.get("x-text") == "line" or "maxLength" in node:
        limit = f", at most {node['maxLength']} characters" if "maxLength" in node else ""
        return f"One line of text{limit}."
    return PATTERN_HINTS.get(node.get("pattern", ""), "")


def _choices(node: dict[str, Any]) -> str:
    codes = node["enum"]
    if node.get("x-country"):  # the forms show names; a file holds the code
        return "A two-letter ISO 3166-1 country code, such as GB, BR or KE."
    if "x-vocabulary" in node:
        labels = VOCABULARIES[node["x-vocabulary"]]
        return "One of: " + ", ".join(f"{code} ({labels[code]})" for code in codes) + "."
    if len(codes) > LONG_ENUM:
        return f"One of {len(codes)} codes (editors with YAML support suggest them)."
    return f"One of: {', '.join(codes)}."


def _figure(value: float) -> str:
    """10,000,000,000,000 rather than 1e+13."""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:g}"


def _bounds(node: dict[str, Any], low: str, high: str, unit: str) -> str:
    parts = [f"at least {_figure(node[low])}" if low in node else "",
             f"at most {_figure(node[high])}" if high in node else ""]
    text = " and ".join(p for p in parts if p)
    return f", {text}{' ' + unit if unit else ''}" if text else ""


def _default(node: dict[str, Any]) -> str:
    default = node.get("default")
    return f"Default: {json.dumps(default)}." if default not in (None, [], {}) else ""
