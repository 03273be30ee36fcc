"""The content types of the hub, by the data/ folder that holds them."""

from __future__ import annotations

from partdem.models.benchmark import BenchmarkItem
from partdem.models.case import Case
from partdem.models.chapter import Chapter
from partdem.models.common import Entity
from partdem.models.design import Design
from partdem.models.guide import Chooser
from partdem.models.initiative import Initiative
from partdem.models.newsletter import Newsletter
from partdem.models.resource import Resource
from partdem.models.tool import Tool
from partdem.models.training import Training

MODELS: dict[str, type[Entity]] = {
    model.KIND: model
    for model in (Case, Chapter, Training, Newsletter, Resource, Initiative, Design, Tool,
                  BenchmarkItem, Chooser)
}

__all__ = ["MODELS", "BenchmarkItem", "Case", "Chapter", "Chooser", "Design", "Entity",
           "Initiative", "Newsletter", "Resource", "Tool", "Training"]
