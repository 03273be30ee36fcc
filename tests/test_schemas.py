"""The committed JSON Schemas are generated from the models and up to date."""

import json

from partdem.content.models import MODELS
from partdem.tools import schemas


def test_committed_schemas_are_current(root):
    expected = schemas.schema_files()
    committed = {p.name for p in (root / schemas.SCHEMA_DIR).glob("*.json")}
    assert committed == set(expected), "run `make schemas` and commit the result"
    for name, schema in expected.items():
        text = (root / schemas.SCHEMA_DIR / name).read_text(encoding="utf-8")
        assert text == schemas.schema_text(schema), f"{name} is out of date: run `make schemas`"


def test_schema_carries_vocabularies_and_required_fields():
    case = schemas.schema_files()["cases.schema.json"]
    assert "type" in case["required"] and "sources" in case["required"]
    assert "citizens_assembly" in case["properties"]["type"]["enum"]
    translation = schemas.schema_files()["cases.translation.schema.json"]
    assert "country" not in translation["properties"]
    assert translation["required"] == ["source_fingerprint"]
    assert set(MODELS) == {name.split(".")[0] for name in schemas.schema_files()}
    json.dumps(case)  # serialisable as is
