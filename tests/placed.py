"""A helper of the rule tests: a value written into a fixture file at any depth, as raw YAML,
with the line it lands on (so that a test can assert where the check reports it)."""

from __future__ import annotations

from typing import Any

import yaml
from support import VALID

BENCHMARK = "data/benchmark/b01.yaml"
DESIGN = "data/designs/citizens-assembly.yaml"
GUIDE = "data/guide/chooser.yaml"
INITIATIVE = "data/initiatives/sample-network.yaml"
NEWSLETTER = "data/newsletter/issue-1.yaml"
FOLLOW_UP = "data/recommendations/riverside-peoples-assembly.yaml"
RESOURCE = "data/resources/sample-guide.yaml"
_MARK = "__placed_value__"


def _set(data: Any, loc: tuple[Any, ...], value: Any) -> None:
    for part in loc[:-1]:
        data = data.setdefault(part, {}) if isinstance(data, dict) else data[part]
    if value is ...:
        del data[loc[-1]]
    elif isinstance(data, list) and loc[-1] == len(data):
        data.append(value)  # one more item
    else:
        data[loc[-1]] = value


def placed(name: str, loc: tuple[Any, ...], raw: str,
           also: dict[tuple[Any, ...], Any] | None = None) -> tuple[str, int]:
    """The YAML of fixture file ``name`` with ``raw`` (YAML text, such as ``.inf`` or
    ``2021-02-30``) as the value at ``loc`` (keys and list indexes, mappings made as needed), and
    the other values of ``also`` set (``...`` removes one); with the 1-based line of the value."""
    data = yaml.safe_load((VALID / name).read_text(encoding="utf-8"))
    for where, value in (also or {}).items():
        _set(data, where, value)
    _set(data, loc, _MARK)
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
    line = next(n for n, line in enumerate(text.split("\n"), start=1) if _MARK in line)
    return text.replace(_MARK, raw), line
