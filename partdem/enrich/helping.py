"""The help the hub holds for a set of skills: the training modules that build them, the
resources about them and the chapters that offer them, each newest first. The Start here page
and the planner both link it."""

from __future__ import annotations

from collections.abc import Callable

from partdem.content.hub import Record

Listed = Callable[[str], list[Record]]  # a type's public records, in list order


def newest(records: list[Record]) -> list[Record]:
    """Newest first: by the last change of substance (ties in the type's own order)."""
    return sorted(records, key=lambda r: r.entity.updated, reverse=True)


def helping(skills: list[str], listed: Listed) -> dict[str, list[Record]]:
    """By type folder, the training, resources and chapters of any of ``skills``."""
    wanted = set(skills)
    return {
        "training": newest([r for r in listed("training") if wanted & set(r.entity.topics)]),
        "resources": newest([r for r in listed("resources") if wanted & set(r.entity.skills)]),
        "chapters": newest([r for r in listed("chapters") if wanted & set(r.entity.offers)]),
    }
