"""What the translate form reads, one file per public entity at
``api/v1/translate/<folder>/<slug>.json``: the source text to translate, field by field in the
order of the page, the fingerprint a new translation records, and each language's translation
with its status; for an outdated one, what changed in the source since it was made, word by
word."""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path
from typing import Any

from partdem.content import fields, history, translations
from partdem.content.hub import Record
from partdem.content.models import TYPES
from partdem.outputs.job import Job
from partdem.outputs.opendata import API_DIR

FOLDER = f"{API_DIR}/translate"
_WORDS = re.compile(r"\s+|[^\s]+")


def changes(before: str, now: str) -> list[list[str]]:
    """The words of ``now`` against ``before``: [["=" | "+" | "-", text], ...]."""
    old, new = _WORDS.findall(before), _WORDS.findall(now)
    out: list[list[str]] = []
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(["=", "".join(new[b1:b2])])
            continue
        if a2 > a1:
            out.append(["-", "".join(old[a1:a2])])
        if b2 > b1:
            out.append(["+", "".join(new[b1:b2])])
    return out


def packet(record: Record, root: Path) -> dict[str, Any]:
    """The data of one entity's translate form (``root``: the hub's, whose git history holds
    the earlier texts)."""
    source = translations.translatable_text(record.entity)
    texts = translations.flat_text(source)
    fingerprint = translations.fingerprint(record.entity)
    languages: dict[str, Any] = {}
    for lang, translation in record.translations.items():
        state = record.status(lang)
        entry: dict[str, Any] = {"status": state.value, "reviewed": translation.text.reviewed,
                                 "text": dict(translations.flat_text(
                                     translations.translation_data(translation.text)))}
        if state is translations.Status.OUTDATED:
            before = history.earlier_text(root, record.path,
                                          translation.text.source_fingerprint,
                                          type(record.entity))
            if before is not None:
                earlier = dict(translations.flat_text(before))
                entry["changed"] = {path: changes(earlier.get(path, ""), text)
                                    for path, text in texts if earlier.get(path) != text}
        languages[lang] = entry
    return {"type": record.kind, "slug": record.slug, "source_lang": record.entity.source_lang,
            "fingerprint": fingerprint,
            # each text: its path in the file, the field it belongs to (for its label), the text
            "fields": [[path, fields.label_key(type(record.entity), path), text]
                       for path, text in texts],
            "translations": languages}


def write(job: Job) -> list[str]:
    """The packets of every public entity that has text to translate."""
    written = []
    for kind in TYPES:
        for record in job.hub.of(kind):
            if record.is_published(job.today):
                written.append(job.write(
                    f"{FOLDER}/{kind.folder}/{record.slug}.json",
                    json.dumps(packet(record, job.hub.root), ensure_ascii=False,
                               separators=(",", ":")) + "\n"))
    return written
