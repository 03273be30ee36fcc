"""The content types of the hub, by the data/ folder that holds them."""

from __future__ import annotations

from partdem.content.models.benchmark import BenchmarkItem
from partdem.content.models.case import Case
from partdem.content.models.chapter import Chapter
from partdem.content.models.common import Entity
from partdem.content.models.design import Design
from partdem.content.models.guide import Chooser
from partdem.content.models.initiative import Initiative
from partdem.content.models.newsletter import Newsletter
from partdem.content.models.resource import Resource
from partdem.content.models.tool import Tool
from partdem.content.models.training import Training

MODELS: dict[str, type[Entity]] = {
    model.KIND: model
    for model in (Case, Chapter, Training, Newsletter, Resource, Initiative, Design, Tool,
                  BenchmarkItem, Chooser)
}

__all__ = ["MODELS", "BenchmarkItem", "Case", "Chapter", "Chooser", "Design", "Entity",
           "Initiative", "Newsletter", "Resource", "Tool", "Training"]
