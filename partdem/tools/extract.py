"""The babel extractor of the models: their interface strings (``N_``) as for any Python file,
and the description of every field, which the contribution forms show as the field's hint in
the reader's language."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from typing import IO, Any

from babel.messages.extract import extract_python


def field_descriptions(fileobj: IO[bytes], keywords: Any, comment_tags: Any,
                       options: dict[str, Any]) -> Iterator[tuple[int, str, str, list[str]]]:
    """Babel's Python extraction, plus each ``Field(description=...)`` text."""
    yield from extract_python(fileobj, keywords, comment_tags, options)
    fileobj.seek(0)
    tree = ast.parse(fileobj.read())
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Field":
            for keyword in node.keywords:
                if keyword.arg == "description" and isinstance(keyword.value, ast.Constant):
                    yield keyword.value.lineno, "", keyword.value.value, []
