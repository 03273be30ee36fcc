"""JSON Schemas of every content type and its translations, generated from the models.

Editors (VS Code with the YAML extension, and others) read them to autocomplete and underline
mistakes as people type; the open data codebook is generated from the same models.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from partdem.content import translations
from partdem.content.models import MODELS

SCHEMA_DIR = "schemas"
BASE_ID = "https://partdem.org/schemas/"  # stable identifiers, not fetched by any tool


@cache  # the models do not change while the program runs; callers only read the result
def schema_files() -> dict[str, dict[str, Any]]:
    """File name -> JSON Schema, for every content type and its translation files."""
    files = {}
    for kind, model in MODELS.items():
        for name, schema_model in ((f"{kind}.schema.json", model),
                                   (f"{kind}.translation.schema.json",
                                    translations.translation_model(model))):
            schema = schema_model.model_json_schema()
            schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
            schema["$id"] = BASE_ID + name
            files[name] = schema
    return files


def schema_text(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def write(root: Path) -> list[Path]:
    """Write the schemas under ``root/schemas``; returns the files that changed."""
    target = root / SCHEMA_DIR
    target.mkdir(exist_ok=True)
    changed = []
    for name, schema in schema_files().items():
        path = target / name
        text = schema_text(schema)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(path)
    return changed
