"""Rules that look at more than one field, or at more than one file.

Each rule yields ``(record, location, message)``; the checker turns locations into positions.
The rules of one content type are its model's (``checks``, ``checks_across``); the rules here
hold for every type: dates of change, references between files, and cycles of references.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from partdem.content.hub import Hub, Record
from partdem.content.models import TYPES
from partdem.content.models.common import Reference, references, suggest

Finding = tuple[Record, tuple[Any, ...], str]


def build_date() -> date:
    """The day the check compares ``updated`` with and the build (``site.context``) publishes
    for, which says what is late: the day of SOURCE_DATE_EPOCH when it is set (the scheduled
    rebuild sets it to the day it runs); else, in a clean checkout, the day of its last commit,
    so that two builds of a commit are identical; else (changes not yet committed, or no git)
    today, as the changes are of no commit yet. Days are UTC days."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.fromtimestamp(int(epoch), UTC).date()
    return _commit_day(Path.cwd()) or datetime.now(UTC).date()


@cache  # asked once per entity by the check: git answers once per folder
def _commit_day(root: Path) -> date | None:
    """The UTC day of the last commit of a clean checkout at ``root``, or None."""
    def git(*args: str) -> str | None:
        try:
            done = subprocess.run(["git", "-C", str(root), *args], capture_output=True,
                                  text=True, check=False, timeout=30)
        except OSError:  # no git on this machine
            return None
        return done.stdout.strip() if done.returncode == 0 else None

    changed = git("status", "--porcelain", "--untracked-files=normal")
    stamp = git("log", "-1", "--format=%ct") if changed == "" else None
    return datetime.fromtimestamp(int(stamp), UTC).date() if stamp else None


def entity_rules(record: Record) -> Iterator[Finding]:
    """Rules within one entity: its date of change, and its type's own rules."""
    entity = record.entity
    if entity.updated is not None and entity.updated > (today := build_date()):
        yield (record, ("updated",), f"'updated' is {entity.updated}, after the day of the "
                                     f"build ({today}): it is the date of the last change, "
                                     "never a day to come")
    for loc, message in entity.checks():
        yield record, loc, message


def hub_rules(hub: Hub) -> Iterator[Finding]:
    """Rules across files: every reference names an entity that exists, references of a type
    to itself form no cycle, and each type's own rules across files."""
    for kind in TYPES:
        # A type's references to itself, gathered on the one walk through its references.
        graph: dict[str, list[str]] = {}
        fields: dict[str, tuple[str, str]] = {}
        for record in hub.of(kind.folder):
            for loc, mark, slug in references(record.entity):
                yield from _missing(hub, record, loc, mark, slug)
                if mark.folder == kind.folder:
                    graph.setdefault(record.slug, []).append(slug)
                    fields[record.slug] = (loc[0], mark.noun)
            for loc, message in record.entity.checks_across(hub):
                yield record, loc, message
        yield from _cycles(hub, kind.folder, graph, fields)


def _missing(hub: Hub, record: Record, loc: tuple[Any, ...], mark: Reference,
             slug: str) -> Iterator[Finding]:
    known = hub.records.get(mark.folder, {})
    if slug not in known and slug not in hub.invalid.get(mark.folder, set()):
        yield (record, loc, f"there is no {mark.noun} '{slug}' (no file data/{mark.folder}/"
                            f"{slug}.yaml){suggest(slug, known)}")


def _cycles(hub: Hub, folder: str, graph: dict[str, list[str]],
            fields: dict[str, tuple[str, str]]) -> Iterator[Finding]:
    """Entities of one type that require themselves through their references to that type
    (training modules through their prerequisites), each cycle reported once; ``graph`` holds
    those references by slug, ``fields`` the field and noun of each."""
    reported: set[frozenset[str]] = set()
    for start in graph:
        for path in _loops(graph, start):
            if (cycle := frozenset(path)) not in reported:
                reported.add(cycle)
                field, noun = fields[start]
                loop = " -> ".join([*path, start])
                yield (hub.get(folder, start), (field,),
                       f"'{field}' forms a cycle ({loop}): a {noun} cannot lead back to "
                       "itself, directly or through others")


def _loops(graph: dict[str, list[str]], start: str) -> Iterator[list[str]]:
    """Every path from ``start`` that leads back to it, without visiting a node twice."""
    stack = [(start, [start])]
    while stack:
        node, path = stack.pop()
        for nxt in graph.get(node, []):
            if nxt == start:
                yield path
            elif nxt not in path and nxt in graph:
                stack.append((nxt, [*path, nxt]))
