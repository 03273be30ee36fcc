"""Open data: every content type as JSON and CSV, with labels, translations and ratings.

The same validated models the pages show, dumped field by field: nothing private can appear
because the models hold nothing private. Codes come with their English label (labels in every
language are in the codebook); translatable text comes keyed by language. What the export adds
(id, content_type, content_license, labels...) never takes the name of a model's field: a case's
``type``, a resource's ``kind`` and a tool's ``license`` are the content's own.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from functools import cache
from typing import Any

from partdem.content import translations
from partdem.content.hub import Record
from partdem.content.languages import CODES
from partdem.content.models import BY_FOLDER, MODELS
from partdem.content.models.vocab import VOCABULARIES
from partdem.enrich.derive import Derived, region
from partdem.outputs.job import Job
from partdem.tools import scaffold
from partdem.tools.codebook import API_DIR, LICENSE, LICENSE_URL
from partdem.tools.schemas import schema_files, schema_text


@cache  # making a model's schema is slow: once per model
def _schema(model: type) -> dict[str, Any]:
    return model.model_json_schema()


@cache  # every field of every record asks
def vocabulary_of(model: type, name: str) -> str | None:
    """The vocabulary a field's codes come from, read from the generated JSON Schema."""
    prop = _schema(model).get("properties", {}).get(name, {})
    for candidate in (prop, prop.get("items", {}), *prop.get("anyOf", [])):
        if "x-vocabulary" in candidate:
            return candidate["x-vocabulary"]
        if "x-vocabulary" in candidate.get("items", {}):
            return candidate["items"]["x-vocabulary"]
    return None


def record_data(record: Record, derived: Derived, today: date) -> dict[str, Any]:
    """One entity as open data: public fields, labels of codes, translations by language."""
    entity = record.entity
    model = type(entity)
    data: dict[str, Any] = {"id": record.slug, "content_type": record.kind}
    data.update(entity.model_dump(mode="json"))
    for name in model.model_fields:
        vocabulary = vocabulary_of(model, name)
        value = data.get(name)
        if vocabulary and value is not None:
            labels = VOCABULARIES[vocabulary]
            data[f"{name}_label"] = ([labels[v] for v in value] if isinstance(value, list)
                                     else labels[value])
    data.update(entity.facts(today))
    if "country" in data:
        data["region"] = region(data["country"])
    data["translations"] = {
        lang: {"status": record.status(lang).value,
               **({} if record.status(lang) is translations.Status.MISSING
                  else translations.translatable_text(record.localized(lang)))}
        for lang in CODES if lang != entity.source_lang
    }
    if record.type.rated:
        summary = derived.summaries[record.slug]
        data["benchmark_summary"] = {
            "checklist": summary.set, "essential_met": summary.essential_met,
            "essential_rated": summary.essential_rated,
            "essential_unknown": summary.essential_unknown, "met": summary.met,
            "rated": summary.rated, "unknown": summary.unknown,
            "not_full_citizens_assembly": summary.not_full_ca,
            "ratings": {line.id: line.rating for line in summary.lines},
        }
    data["content_license"] = LICENSE
    return data


def flatten(value: Any, prefix: str = "") -> dict[str, str]:
    """A nested record as flat CSV columns: dotted names, lists joined with '; '."""
    if isinstance(value, dict):
        out: dict[str, str] = {}
        for key, item in value.items():
            out.update(flatten(item, f"{prefix}.{key}" if prefix else str(key)))
        return out
    if isinstance(value, list):
        if all(not isinstance(item, dict | list) for item in value):
            return {prefix: "; ".join(str(item) for item in value)}
        out = {}
        for i, item in enumerate(value, start=1):
            out.update(flatten(item, f"{prefix}.{i}"))
        return out
    if value is None:
        return {prefix: ""}
    if isinstance(value, bool):
        return {prefix: "true" if value else "false"}
    return {prefix: str(value)}


# A cell a spreadsheet would run as a formula (OWASP, "CSV Injection"): one whose first
# character, after any spaces, is =, +, - or @ (or their full-width forms, which some
# spreadsheets also read as formula signs), or that starts with a tab or a carriage return.
# Such a cell gets a leading apostrophe: spreadsheets then show the text as it is (and hide the
# apostrophe); programs reading the CSV see it, and the JSON has the text unchanged. Every number
# the hub publishes is 0 or more (the models' bounds), so a cell starting with "-" is always text,
# never a negative number to keep. The "download this view" CSV of the list pages
# (docs/assets/hub/filters.js, csvCell) applies the same rule: change both together, and
# tests/security/test_csv_injection.py tests both on the same cells.
_FORMULA = re.compile(r"[\t\r]|\s*[=+\-@\uff1d\uff0b\uff0d\uff20]")


def safe_cell(text: str) -> str:
    """The cell as written in a CSV file: text a spreadsheet would run, neutralised."""
    return f"'{text}" if _FORMULA.match(text) else text


def to_csv(rows: list[dict[str, Any]]) -> str:
    flat = [{column: safe_cell(cell) for column, cell in flatten(row).items()} for row in rows]
    columns: list[str] = []
    for row in flat:
        columns.extend(c for c in row if c not in columns)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(flat)
    return buffer.getvalue()


def part_rows(rows: list[dict[str, Any]], parts: str) -> list[dict[str, Any]]:
    """A row per part (per recommendation of a follow-up): its entity's plain values, the
    part, and what the entity's facts say of it (``<parts>_status``, in the same order), as
    researchers count recommendations, not files."""
    out = []
    for row in rows:
        shared = {key: value for key, value in row.items() if not isinstance(value, list | dict)}
        status = row.get(f"{parts}_status") or [{}] * len(row[parts])
        out.extend({**shared, **part, **now}
                   for part, now in zip(row[parts], status, strict=True))
    return out


def write(job: Job) -> list[str]:
    """Write the JSON and CSV of every type's public entities, the schemas and an index, once
    for the whole site; returns the paths written."""
    written = []
    index: dict[str, Any] = {"license": LICENSE, "license_url": LICENSE_URL, "types": {}}
    for kind in MODELS:
        rows = [record_data(r, job.context.derived, job.today) for r in job.hub.of(kind)
                if r.is_published(job.today)]
        # allow_nan=False: never Infinity or NaN, which no JSON parser reads (the models refuse
        # them already; this refuses to write a file that would break every reader)
        written.append(job.write(f"{API_DIR}/{kind}.json", _json(
            {"license": LICENSE, "license_url": LICENSE_URL, "count": len(rows), "items": rows},
            ensure_ascii=False)))
        parts = BY_FOLDER[kind].rows
        written.append(job.write(f"{API_DIR}/{kind}.csv",
                                 to_csv(part_rows(rows, parts) if parts else rows)))
        index["types"][kind] = {"count": len(rows), "json": f"{kind}.json",
                                "csv": f"{kind}.csv", "schema": f"schemas/{kind}.schema.json"}
    written += [job.write(f"{API_DIR}/schemas/{name}", schema_text(schema))
                for name, schema in schema_files().items()]
    # The commented template of each type people propose, to paste where GitHub's address
    # cannot carry it.
    written += [job.write(f"{API_DIR}/templates/{kind}.yaml", scaffold.template(kind, "new-slug"))
                for kind in MODELS if BY_FOLDER[kind].proposable]
    written.append(job.write(f"{API_DIR}/index.json", _json(index)))
    return written


def _json(data: Any, *, ensure_ascii: bool = True) -> str:
    return json.dumps(data, ensure_ascii=ensure_ascii, indent=1, sort_keys=True,
                      allow_nan=False) + "\n"
