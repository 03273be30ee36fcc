"""The world map's list of countries and continents (pygal_maps_world's ``i18n`` module), read
without importing the map package: importing it loads pygal and lxml, a tenth of a second that
every ``partdem check`` would pay for two lists of codes."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType


def _world_lists() -> ModuleType:
    package = importlib.util.find_spec("pygal_maps_world")  # finds it, runs nothing
    assert package is not None and package.origin is not None, "pygal_maps_world is missing"
    path = Path(package.origin).with_name("i18n.py")
    spec = importlib.util.spec_from_file_location("partdem._world_lists", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # plain data: dicts and lists of codes
    return module


world = _world_lists()
