"""The network from local to global: the tree its chapters make through ``part_of``, by region
and country, and for each chapter's needs the chapters that offer help, nearest first."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from partdem.content.hub import Record
from partdem.content.models.vocab import VOCABULARIES

LEVELS = list(VOCABULARIES["chapter_level"])  # local first


@dataclass(frozen=True)
class Branch:
    """A chapter and the chapters that are part of it, highest level first."""

    record: Record
    children: tuple[Branch, ...]


def _rank(record: Record) -> tuple[int, str]:
    return -LEVELS.index(record.entity.level), record.entity.name.lower()


def tree(chapters: list[Record], region: Callable[[str], str | None]) -> dict[
        str, dict[str, list[Branch]]]:
    """By region and country (both by code), the chapters of the country that are part of no
    chapter in it, each with the chapters that are part of it. A chapter part of one in another
    country is shown in both: under the chapter it is part of, and in its own country."""
    by_slug = {r.slug: r for r in chapters}
    members: dict[str, list[Record]] = {}
    for record in chapters:
        if record.entity.part_of:
            members.setdefault(record.entity.part_of, []).append(record)

    def branch(record: Record) -> Branch:
        # Validated content has no cycle of part_of (rules.py refuses it).
        return Branch(record, tuple(branch(m) for m in sorted(members.get(record.slug, []),
                                                              key=_rank)))

    found: dict[str, dict[str, list[Branch]]] = {}
    for record in sorted(chapters, key=lambda r: (r.entity.country, _rank(r))):
        parent = by_slug.get(record.entity.part_of or "")
        if parent is None or parent.entity.country != record.entity.country:
            country = record.entity.country
            (found.setdefault(region(country) or "", {}).setdefault(country, [])
             .append(branch(record)))
    return dict(sorted((code, found[code]) for code in found))


def _line(record: Record, by_slug: dict[str, Record]) -> list[str]:
    """The slugs of a chapter and of every chapter it is part of, up to the top."""
    line = [record.slug]
    while (up := by_slug.get(by_slug[line[-1]].entity.part_of or "")) and up.slug not in line:
        line.append(up.slug)
    return line


def helpers(chapters: list[Record]) -> dict[str, dict[str, list[Record]]]:
    """For each chapter that names needs, by need, the other chapters that offer it, nearest
    first: those in its own line of the tree (one part of the other, at any depth), then those
    of its country, then the rest; among equals, the closest level, then by name."""
    by_slug = {r.slug: r for r in chapters}
    lines = {r.slug: set(_line(r, by_slug)) for r in chapters}
    found: dict[str, dict[str, list[Record]]] = {}
    for record in chapters:
        level = LEVELS.index(record.entity.level)

        def nearness(other: Record, record: Record = record, level: int = level) -> tuple[
                int, int, str]:
            related = record.slug in lines[other.slug] or other.slug in lines[record.slug]
            where = 0 if related else 1 if other.entity.country == record.entity.country else 2
            return where, abs(LEVELS.index(other.entity.level) - level), other.entity.name.lower()

        for need in record.entity.needs:
            offering = [r for r in chapters if r is not record and need in r.entity.offers]
            found.setdefault(record.slug, {})[need] = sorted(offering, key=nearness)
    return found
