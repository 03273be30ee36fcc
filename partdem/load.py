"""Safe YAML loading that remembers where every key and value stands in the file.

File-level guards come first (size, encoding, line length, names, symbolic links), then a
composer that refuses anchors, aliases, custom tags, duplicate keys and deep nesting, so that no
file can blow up memory or hide a value behind a reference. Booleans are YAML 1.2 style
(true/false only): ``NO`` is Norway, not false.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from partdem.errors import Problem

MAX_FILE_BYTES = 256 * 1024
MAX_LINE_CHARS = 5000
MAX_DEPTH = 12
MAX_NODES = 20000

Path_ = tuple[Any, ...]  # a location inside a document: keys and list indexes


@dataclass(frozen=True)
class Position:
    line: int  # 1-based
    col: int  # 1-based


@dataclass
class Document:
    """The plain data of a YAML file with the position of every key and value."""

    path: Path
    data: Any
    values: dict[Path_, Position] = field(default_factory=dict)
    keys: dict[Path_, Position] = field(default_factory=dict)

    def position(self, loc: Path_, *, key: bool = False) -> Position:
        """The closest known position of a location (its key when ``key``), walking up."""
        loc = tuple(loc)
        while True:
            table = self.keys if key and loc in self.keys else self.values
            if loc in table:
                return table[loc]
            if not loc:
                return Position(1, 1)
            loc = loc[:-1]
            key = False


class LoadError(Exception):
    def __init__(self, position: Position, message: str) -> None:
        super().__init__(message)
        self.position = position
        self.message = message


def _pos(mark: Any) -> Position:
    return Position(mark.line + 1, mark.column + 1)


class _Loader(yaml.SafeLoader):
    """SafeLoader without aliases, tags, YAML 1.1 booleans, and with bounded depth and size."""

    yaml_implicit_resolvers = {  # noqa: RUF012 - the shape PyYAML expects
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0
        self._nodes = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node:
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise LoadError(_pos(event.start_mark), "YAML anchors and aliases (&name, *name) are "
                                                    "not allowed: write each value out in full")
        tag = getattr(event, "tag", None)
        if tag not in (None, "!", "tag:yaml.org,2002:str"):
            raise LoadError(_pos(event.start_mark), f"YAML tags such as {tag} are not allowed: "
                                                    "remove the tag")
        self._nodes += 1
        if self._nodes > MAX_NODES:
            raise LoadError(_pos(event.start_mark), f"the file has more than {MAX_NODES} values: "
                                                    "split it into smaller files")
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise LoadError(_pos(event.start_mark), f"the data is nested more than "
                                                        f"{MAX_DEPTH} levels deep: flatten it")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false"
                                                                   r"|False|FALSE)$"),
                              list("tTfF"))


def _plain(loader: _Loader, node: Node, loc: Path_, doc: Document) -> Any:
    doc.values[loc] = _pos(node.start_mark)
    if isinstance(node, ScalarNode):
        return loader.construct_object(node)
    if isinstance(node, SequenceNode):
        return [_plain(loader, item, (*loc, i), doc) for i, item in enumerate(node.value)]
    if isinstance(node, MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node)
            if not isinstance(key, str | int):
                raise LoadError(_pos(key_node.start_mark), "keys must be plain words")
            key = str(key)
            if key in result:
                first = doc.keys[(*loc, key)]
                raise LoadError(_pos(key_node.start_mark), f"duplicate key '{key}' (first given "
                                                           f"on line {first.line}): keep one")
            doc.keys[(*loc, key)] = _pos(key_node.start_mark)
            result[key] = _plain(loader, value_node, (*loc, key), doc)
        return result
    raise LoadError(_pos(node.start_mark), "unsupported YAML node")


def read_text(path: Path) -> str:
    """The file's text after the file-level guards; raises LoadError with a position."""
    if path.is_symlink():
        raise LoadError(Position(1, 1), "symbolic links are not allowed in content folders: "
                                        "commit the file itself")
    raw = path.read_bytes()
    if len(raw) > MAX_FILE_BYTES:
        raise LoadError(Position(1, 1), f"the file is {len(raw)} bytes, over the limit of "
                                        f"{MAX_FILE_BYTES}: split it or shorten it")
    if raw.startswith(b"\xef\xbb\xbf"):
        raise LoadError(Position(1, 1), "the file starts with a byte-order mark: save it as "
                                        "UTF-8 without BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        col = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise LoadError(Position(line, col), "the file is not valid UTF-8: save it with UTF-8 "
                                             "encoding") from None
    if not text.strip():
        raise LoadError(Position(1, 1), "the file is empty: write the content, or delete the "
                                        "file")
    if "\r" in text:
        line = text[: text.index("\r")].count("\n") + 1
        raise LoadError(Position(line, 1), "Windows or old Mac line endings (CR): save the file "
                                           "with Unix line endings (LF)")
    for number, line_text in enumerate(text.split("\n"), start=1):
        if len(line_text) > MAX_LINE_CHARS:
            raise LoadError(Position(number, MAX_LINE_CHARS), f"line is longer than "
                                                              f"{MAX_LINE_CHARS} characters: "
                                                              "break it with a YAML block (|)")
    return text


def load_yaml(path: Path) -> Document:
    """Load one YAML file into a Document, or raise LoadError at the place of the problem."""
    text = read_text(path)
    doc = Document(path=path, data=None)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise LoadError(Position(1, 1), "the file has no content")
        doc.data = _plain(loader, node, (), doc)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = _pos(mark) if mark else Position(1, 1)
        what = error.problem or "invalid YAML"
        raise LoadError(where, f"this is not valid YAML: {what}"
                               f"{' ' + error.context if error.context else ''}") from None
    except yaml.YAMLError as error:
        raise LoadError(Position(1, 1), f"this is not valid YAML: {error}") from None
    except RecursionError:
        raise LoadError(Position(1, 1), "the data is nested too deeply: flatten it") from None
    finally:
        loader.dispose()
    if not isinstance(doc.data, dict):
        raise LoadError(Position(1, 1), "expected a mapping of keys to values (key: value) at "
                                        "the top of the file")
    return doc


def load_problem(path: Path, error: LoadError) -> Problem:
    return Problem(path, error.position.line, error.position.col, error.message)
