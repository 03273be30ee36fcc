"""Safe YAML loading that remembers where every key and value stands in the file.

File-level guards come first (size, encoding, line length, names, symbolic links), then a
composer that refuses anchors, aliases, custom tags, duplicate keys and deep nesting, so that no
file can blow up memory or hide a value behind a reference. Booleans are YAML 1.2 style
(true/false only): ``NO`` is Norway, not false.
"""

from __future__ import annotations

import re
import stat
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import yaml
from yaml._yaml import CParser
from yaml.nodes import ScalarNode

from partdem.content.problems import Problem

MAX_FILE_BYTES = 256 * 1024
MAX_LINE_CHARS = 5000
MAX_DEPTH = 12
MAX_NODES = 20000

Path_ = tuple[Any, ...]  # a location inside a document: keys and list indexes


class Position(NamedTuple):
    line: int  # 1-based
    col: int  # 1-based


@dataclass
class Document:
    """The plain data of a YAML file with the position of every key and value."""

    path: Path
    data: Any
    # libyaml's marks, turned into positions only when a problem needs one: most files have
    # none, and a file has thousands of values.
    values: dict[Path_, Any] = field(default_factory=dict)
    keys: dict[Path_, Any] = field(default_factory=dict)

    def position(self, loc: Path_, *, key: bool = False) -> Position:
        """The closest known position of a location (its key when ``key``), walking up."""
        loc = tuple(loc)
        while True:
            table = self.keys if key and loc in self.keys else self.values
            if loc in table:
                return _pos(table[loc])
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


class _Resolver(yaml.resolver.Resolver):
    """Implicit types of YAML 1.2's core schema for booleans: true/false only."""

    yaml_implicit_resolvers = {  # noqa: RUF012 - the shape PyYAML expects
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
        for first, resolvers in yaml.resolver.Resolver.yaml_implicit_resolvers.items()
    }


_Resolver.add_implicit_resolver("tag:yaml.org,2002:bool",
                                re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                                list("tTfF"))
_RESOLVER = _Resolver()
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_STR = "tag:yaml.org,2002:str"
_IMPLICIT = frozenset(first for first in _Resolver.yaml_implicit_resolvers if first)
_PLAIN_TAGS = frozenset({None, "!", _STR})
_ANCHORS = "YAML anchors and aliases (&name, *name) are not allowed: write each value out in full"
_SECOND_DOCUMENT = ("the file holds more than one YAML document (a line with --- or ... after the "
                    "content): a content file is one document; keep one")
_DIRECTIVE = ("YAML directives (lines starting with %, such as %YAML 1.2) are not allowed: remove "
              "the line")
# Characters YAML 1.1 (the loader's) reads as line breaks or skips, while YAML 1.2 tools, editors
# and diffs do not: a key after one would be hidden on the line before it, and a byte-order mark
# that starts a line (which libyaml skips there) starts a new document for some readers. A
# byte-order mark inside a value is the text rules' to refuse.
_AMBIGUOUS = re.compile("[\x85\u2028\u2029]|^\ufeff", re.MULTILINE)


class _Composer:
    """Builds plain data from libyaml's events (fast, in C), refusing what the hub forbids.

    Anchors, aliases and tags are refused before anything is expanded, and depth and size are
    bounded, so no file can make the loader use unbounded memory or time. One loop with its own
    stack rather than a call per value: a file has thousands of values.
    """

    def __init__(self, text: str, doc: Document) -> None:
        self.parser = CParser(text)
        self.values, self.keys = doc.values, doc.keys

    def document(self) -> Any:
        get_event = self.parser.get_event
        try:
            get_event()  # stream start
            start = get_event()
            if type(start) is yaml.StreamEndEvent:
                raise LoadError(Position(1, 1), "the file has no content")
            if start.version or start.tags:  # %YAML 1.2 would promise rules the hub does not
                raise LoadError(_pos(start.start_mark), _DIRECTIVE)  # follow; %TAG, tags
            data = self.compose(get_event)
            get_event()  # document end
            after = get_event()
            if type(after) is not yaml.StreamEndEvent:  # the next document's start, at its line
                raise LoadError(_pos(after.start_mark), _SECOND_DOCUMENT)
            return data
        finally:
            self.parser.dispose()

    def compose(self, get_event: Any) -> Any:
        """The document's root value; the events of one value, from its first to its end."""
        values = self.values
        # The open collections, innermost last: (collection, its location, its parent's key).
        stack: list[tuple[Any, Path_, Any]] = []
        container: Any = None  # the innermost open collection, None before the root
        loc: Path_ = ()
        key: Any = None  # in a mapping: the key whose value comes next, None when a key does
        nodes = 0
        while True:
            event = get_event()
            kind = type(event)
            if kind is yaml.SequenceEndEvent or kind is yaml.MappingEndEvent:
                value = container
                container, loc, key = stack.pop()
            else:
                # The guards are tested here and the helpers (which raise) called only when
                # one fails: a call per value cost a tenth of the loader's time.
                if kind is yaml.AliasEvent or event.anchor or event.tag not in _PLAIN_TAGS:
                    _refuse_references_and_tags(event, kind)
                if type(container) is dict and key is None:
                    key = self.key(event, kind, container, loc)
                    continue
                nodes += 1
                if nodes > MAX_NODES or len(stack) >= MAX_DEPTH:
                    _refuse_too_big(event, nodes, len(stack))
                here = () if container is None else (*loc, len(container) if key is None else key)
                values[here] = event.start_mark
                if kind is not yaml.ScalarEvent:
                    stack.append((container, loc, key))
                    container, loc, key = ({} if kind is yaml.MappingStartEvent else []), here, None
                    continue
                value = _read_scalar(event)
            # A finished value, a word or a whole collection, goes into the one around it.
            if container is None:
                return value
            if key is None:
                container.append(value)
            else:
                container[key] = value
                key = None

    def key(self, event: Any, kind: type, mapping: dict, loc: Path_) -> str:
        """The key that ``event`` gives in ``mapping`` at ``loc``, recorded where it stands;
        refuses a key that is not a plain word or that the mapping already has."""
        if kind is not yaml.ScalarEvent:
            raise LoadError(_pos(event.start_mark), "keys must be plain words")
        key = event.value  # keys are names: no type resolution
        if key in mapping:
            first = _pos(self.keys[(*loc, key)])
            raise LoadError(_pos(event.start_mark), f"duplicate key '{key}' (first given on "
                                                    f"line {first.line}): keep one")
        self.keys[(*loc, key)] = event.start_mark
        return key


def _refuse_references_and_tags(event: Any, kind: type) -> None:
    """Refuse an anchor, an alias or a tag before anything is expanded."""
    if kind is yaml.AliasEvent or event.anchor:
        raise LoadError(_pos(event.start_mark), _ANCHORS)
    if event.tag not in _PLAIN_TAGS:
        raise LoadError(_pos(event.start_mark), f"YAML tags such as {event.tag} are not "
                                                "allowed: remove the tag")


def _refuse_too_big(event: Any, nodes: int, depth: int) -> None:
    """Refuse the value that takes a file over MAX_NODES values or MAX_DEPTH levels."""
    if nodes > MAX_NODES:
        raise LoadError(_pos(event.start_mark), f"the file has more than {MAX_NODES} values: "
                                                "split it into smaller files")
    if depth >= MAX_DEPTH:
        raise LoadError(_pos(event.start_mark), f"the data is nested more than {MAX_DEPTH} "
                                                "levels deep: flatten it")


def _read_scalar(event: yaml.ScalarEvent) -> Any:
    """The value of a word, or a LoadError where it looks like a date or number it is not."""
    try:
        return _scalar(event)
    except (ValueError, OverflowError) as error:  # 2021-02-30, 5,000 digits...
        raise LoadError(_pos(event.start_mark), _unreadable(event.value, error)) from None


def _unreadable(value: str, error: Exception) -> str:
    """Why a plain word that looks like a date or a number cannot be read as one."""
    shown = value if len(value) <= 40 else f"{value[:40]}..."
    if _RESOLVER.resolve(ScalarNode, value, (True, False)) == "tag:yaml.org,2002:timestamp":
        return (f"'{shown}' is not a real date ({error}): write a date as YYYY-MM-DD, or put "
                "the value in quotes if it is text")
    return (f"'{shown}' is a number too long to read ({len(value)} characters): write a "
            "shorter number, or put the value in quotes if it is text")


def _scalar(event: yaml.ScalarEvent) -> Any:
    value = event.value
    if event.style or event.tag is not None or value[:1] not in _IMPLICIT:
        return value  # quoted or block text, text tagged ! or !!str, or a word no type starts with
    return _plain(value)


@lru_cache(maxsize=65536)
def _plain(value: str) -> Any:
    """A plain word by YAML's implicit types: a number, date or boolean, else the word. The same
    word always means the same value, and the values are immutable: each is worked out once, as
    the same ratings, years and dates recur in thousands of files."""
    tag = _RESOLVER.resolve(ScalarNode, value, (True, False))
    construct = _CONSTRUCTOR.yaml_constructors.get(tag)
    if tag == _STR or construct is None:  # also "=" and "<<" (YAML 1.1 value, merge): text
        return value
    return construct(_CONSTRUCTOR, ScalarNode(tag, value))


def read_text(path: Path) -> str:
    """The file's text after the file-level guards; raises LoadError with a position."""
    status = path.lstat()
    if stat.S_ISLNK(status.st_mode):
        raise LoadError(Position(1, 1), "symbolic links are not allowed in content folders: "
                                        "commit the file itself")
    size = status.st_size  # before reading: a huge file must not fill the memory
    if size > MAX_FILE_BYTES:
        raise LoadError(Position(1, 1), f"the file is {size} bytes, over the limit of "
                                        f"{MAX_FILE_BYTES}: split it or shorten it")
    raw = path.read_bytes()
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
    ambiguous = _AMBIGUOUS.search(text)
    if ambiguous:
        at = ambiguous.start()
        line = text.count("\n", 0, at) + 1
        raise LoadError(Position(line, at - text.rfind("\n", 0, at)),
                        f"the invisible character U+{ord(ambiguous.group()):04X} is not allowed "
                        "in a content file (YAML tools disagree on whether it breaks the line or "
                        "starts a document, so a value after it could be hidden): delete it")
    lines = text.split("\n") if len(text) > MAX_LINE_CHARS else ()
    for number, line_text in enumerate(lines, start=1):
        if len(line_text) > MAX_LINE_CHARS:
            raise LoadError(Position(number, MAX_LINE_CHARS + 1),  # the first one too many
                            f"line is longer than {MAX_LINE_CHARS} characters: break it with a "
                            "YAML block (|)")
    return text


def load_yaml(path: Path) -> Document:
    """Load one YAML file into a Document, or raise LoadError at the place of the problem."""
    text = read_text(path)
    doc = Document(path=path, data=None)
    try:
        doc.data = _Composer(text, doc).document()
    except yaml.reader.ReaderError as error:
        line = text.count("\n", 0, error.position) + 1
        col = error.position - text.rfind("\n", 0, error.position)
        raise LoadError(Position(line, col), f"the character U+{error.character:04X} is not "
                                             "allowed in a content file (a control character "
                                             "or a non-character): delete it") from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = _pos(mark) if mark else Position(1, 1)
        what = error.problem or "invalid YAML"
        if what == "did not find expected <document start>":  # content after a line with ...
            raise LoadError(where, _SECOND_DOCUMENT) from None
        raise LoadError(where, f"this is not valid YAML: {what}"
                               f"{' ' + error.context if error.context else ''}") from None
    except (yaml.YAMLError, ValueError) as error:
        raise LoadError(Position(1, 1), f"this is not valid YAML: {error}") from None
    if not isinstance(doc.data, dict):
        raise LoadError(Position(1, 1), "expected a mapping of keys to values (key: value) at "
                                        "the top of the file")
    return doc


def load_problem(path: Path, error: LoadError) -> Problem:
    return Problem(path, error.position.line, error.position.col, error.message)


class _Dumper(yaml.CSafeDumper):
    """libyaml's writer (fast, in C), with multi-line text as literal blocks (``key: |``),
    which contributors read and edit as the text they are."""


def _text(dumper: yaml.CSafeDumper, value: str) -> yaml.ScalarNode:
    return dumper.represent_scalar(_STR, value, style="|" if "\n" in value else None)


_Dumper.add_representer(str, _text)


def dump_yaml(data: Any) -> str:
    """YAML for a contributor to edit: keys in the order given, Unicode as written."""
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
