"""Validation of all content: every problem of every file, before anything is built.

Stages: find the files (names, folders, links), load each (YAML with positions), validate each
against its model, then the rules within and across entities. Problems are collected, never
raised one by one, so a contributor sees everything to fix at once.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from pydantic import TypeAdapter, ValidationError

from partdem.content import docs, translations
from partdem.content.hub import Hub, Record, Translation
from partdem.content.languages import CODES
from partdem.content.load import LoadError, load_problem, load_yaml
from partdem.content.messages import problems_from
from partdem.content.models import MODELS, Entity
from partdem.content.models.common import suggest
from partdem.content.problems import ContentError, Problem
from partdem.content.rules import entity_rules, hub_rules
from partdem.content.textrules import personal_data_problem
from partdem.content.workers import jobs_wanted

DATA_DIR = "data"
_NAME = re.compile(r"^(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*)(?:\.(?P<lang>[A-Za-z_-]+))?\.yaml$")
MAX_FILES = 20000
T = TypeVar("T")
PARALLEL_FROM = 500  # files: below this, starting workers costs more than it saves
CHUNK = 32  # files a process takes at a time: small enough that all finish together


@dataclass(frozen=True)
class ContentFile:
    """A content file to check, as its place and name read: data/<kind>/<slug>.yaml, or
    <slug>.<lang>.yaml for a translation (``lang`` is None for a source)."""

    kind: str
    path: Path
    slug: str
    lang: str | None


def _name_problem(path: Path) -> str | None:
    name = path.name
    if _NAME.fullmatch(name):  # ASCII letters, digits, hyphens and dots: nothing invisible
        # The name is the page's address, in every language, and the open data's id; its
        # hyphens and dots are read as the spaces they stand for.
        private = personal_data_problem(name.replace("-", " ").replace(".", " "))
        return f"the file name is published as the page's address: {private}" if private else None
    if any(unicodedata.category(c) in ("Cf", "Cc") for c in name) or not name.isascii():
        return (f"the file name {name!r} contains invisible or non-ASCII characters: name files "
                "with lowercase letters, digits and hyphens only, such as my-group.yaml")
    if not name.endswith(".yaml"):
        return (f"'{name}' is not a YAML content file: content files end in .yaml "
                "(rename .yml to .yaml)")
    return (f"'{name}' is not a valid file name: use a slug of lowercase letters, digits "
            "and single hyphens, then .yaml, or .<language>.yaml for a translation "
            "(such as climate-assembly-uk.es.yaml)")


def discover(root: Path) -> tuple[list[tuple[str, Path]], list[Problem]]:
    """The content files under ``root/data`` as (kind, path), and problems with the tree."""
    data = root / DATA_DIR
    why = _data_folder_problem(data)
    if why:
        return [], [Problem(data, 1, 1, why)]
    files: list[tuple[str, Path]] = []
    problems: list[Problem] = []
    seen = 0  # entries of content folders, good or bad
    for entry in sorted(data.iterdir()):
        if entry.name.startswith(".") or entry.name == "README.md":
            continue
        why = _content_folder_problem(entry)
        if why:
            problems.append(Problem(entry, 1, 1, why))
            continue
        for item in _listing(entry):
            path = Path(item.path)
            seen += 1
            if seen > MAX_FILES:
                # Refused before reading any: checking thousands of files only to report
                # them all would take minutes and flood the output.
                return [], [Problem(path, 1, 1, f"more than {MAX_FILES} files in data/: "
                                                "the hub refuses to read them; remove the "
                                                "files that are not content")]
            why = _content_file_problem(item, path)
            if why is None:
                files.append((entry.name, path))
            else:
                problems.append(Problem(path, 1, 1, why))
    return files, problems


def _data_folder_problem(data: Path) -> str | None:
    """Why there is no data/ folder to read, or None."""
    if data.is_symlink():
        return ("data/ is a symbolic link: content must be committed in the repository, not "
                "linked from elsewhere")
    if not data.is_dir():
        return "there is no data/ folder here: run the command from the project root"
    return None


def _content_folder_problem(entry: Path) -> str | None:
    """Why an entry of data/ is not a content folder to read, or None."""
    if entry.is_symlink():
        return "symbolic links are not allowed in data/: commit real files and folders"
    if not entry.is_dir() or entry.name not in MODELS:
        return (f"'{entry.name}' is not a content folder{suggest(entry.name, MODELS)}; content "
                f"lives in data/<type>/ with type one of: {', '.join(MODELS)}")
    return None


def _listing(folder: Path) -> list[os.DirEntry[str]]:
    """The entries of a content folder, by name."""
    # scandir's entries know their type from the listing itself: no call per file.
    with os.scandir(folder) as listing:
        return sorted(listing, key=lambda item: item.name)


def _content_file_problem(item: os.DirEntry[str], path: Path) -> str | None:
    """Why an entry of a content folder is not a content file to read, or None."""
    if item.is_symlink():
        return "symbolic links are not allowed in data/: commit the file itself"
    if item.is_dir(follow_symlinks=False):
        return "folders inside a content folder are not read: move the files up"
    return _name_problem(path)


def linked_docs(root: Path) -> list[Problem]:
    """Symbolic links in docs/: the site publishes the files they point to, which could be any
    file of the machine that builds it, and page generation would write through them."""
    top = root / docs.DOCS_DIR
    links = [top] if top.is_symlink() else [
        Path(folder) / name for folder, dirs, names in os.walk(top)  # linked folders not entered
        for name in [*dirs, *names] if (Path(folder) / name).is_symlink()]
    return [Problem(link, 1, 1, "symbolic links are not allowed in docs/: they could publish "
                                "files from outside the repository; commit the file itself")
            for link in sorted(links)]


@contextmanager
def without_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector: loading makes hundreds of thousands of small objects that
    form no cycles, and the collector would walk all of them again and again (at 1,000 cases,
    about 40% of the time). Reference counting still frees everything as usual."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def validate(root: Path, jobs: int | None = None) -> tuple[Hub, list[Problem]]:
    """Load and validate all content under ``root``; the hub holds what passed."""
    with without_cycle_collection():
        return _validate(root, jobs)


def _validate(root: Path, jobs: int | None) -> tuple[Hub, list[Problem]]:
    hub = Hub(root=root)
    files, problems = discover(root)
    problems += linked_docs(root)
    named = [(kind, path, _NAME.match(path.name)) for kind, path in files]
    # Sources first: a translation is checked against its source's record.
    named.sort(key=lambda item: item[2]["lang"] is not None)
    wanted = [ContentFile(kind, path, match["slug"], match["lang"]) for kind, path, match in named
              if match["lang"] is None or match["lang"] in CODES]
    problems += [_unknown_language(path, match["lang"]) for _, path, match in named
                 if match["lang"] is not None and match["lang"] not in CODES]
    results, pages = check_all([(file.kind, file.path, file.lang) for file in wanted], jobs,
                               alongside=lambda: docs.problems(root))
    problems += pages
    for file, (result, found) in zip(wanted, results, strict=True):
        if file.lang is not None:
            problems.extend(_add_translation(hub, file, result, found))
            continue
        problems.extend(found)
        if result is None:
            hub.invalid.setdefault(file.kind, set()).add(file.slug)
        else:
            hub.records.setdefault(file.kind, {})[file.slug] = Record(file.kind, file.slug,
                                                                      file.path, result)
    for record, loc, message in [*(f for k in hub.records.values() for r in k.values()
                                   for f in entity_rules(r)), *hub_rules(hub)]:
        pos = record.doc.position(loc)
        problems.append(Problem(record.path, pos.line, pos.col, message))
    return hub, sorted(set(problems))


def check_file(kind: str, path: Path, lang: str | None) -> tuple[Any, list[Problem]]:
    """A file on its own: loaded and validated against its model (the translation model
    when ``lang`` is given). Returns the entity or text, or None when it could not be read or
    is not a usable translation, with the file's problems. An invalid source file still
    gives its valid fields, so that the rules across files run on them."""
    try:
        doc = load_yaml(path)
    except LoadError as error:
        return None, [load_problem(path, error)]
    source = MODELS[kind]
    model = source if lang is None else translations.translation_model(source)
    try:
        return model.model_validate(doc.data), []
    except ValidationError as error:
        if lang is None:
            return _partial(model, doc.data, error), problems_from(error, doc, model)
        return None, problems_from(error, doc, model, source_model=source)


def _check_files(items: list[tuple[str, Path, str | None]]) -> list[tuple[Any, list[Problem]]]:
    return [check_file(*item) for item in items]


# The work of one parallel check, set before the workers are forked so that they inherit it
# (nothing is pickled): its chunks of files, and the count of chunks taken so far.
_WORK: tuple[list[list[tuple[str, Path, str | None]]], Any] = ([], None)


def _take_chunks() -> list[tuple[int, list[tuple[Any, list[Problem]]]]]:
    """Check chunks until none is left: (the chunk's number, its results) of each taken."""
    chunks, taken = _WORK
    done = []
    while True:
        with taken.get_lock():
            n = taken.value
            taken.value += 1
        if n >= len(chunks):
            return done
        done.append((n, _check_files(chunks[n])))


def check_all(items: list[tuple[str, Path, str | None]], jobs: int | None = None,
              alongside: Callable[[], T] = lambda: None) -> tuple[
                  list[tuple[Any, list[Problem]]], T]:
    """``check_file`` of every (kind, path, lang), in order, and the result of ``alongside``
    (other work of the check, such as docs/), in ``jobs`` processes when there are many files
    (PARTDEM_JOBS, or one per core). Each file is independent of the others, and reading and
    validating them is nearly all of validation's time. Forked workers and this process take
    chunks of files in turn until none is left, this process once ``alongside`` is done: no
    core sits waiting, whatever each chunk costs, and only the workers' results cross a
    pipe."""
    global _WORK
    jobs = jobs or jobs_wanted(len(items))
    if jobs == 1 or len(items) < PARALLEL_FROM:
        return _check_files(items), alongside()
    context = multiprocessing.get_context("fork")
    _WORK = ([items[i:i + CHUNK] for i in range(0, len(items), CHUNK)], context.Value("i", 0))
    try:
        with context.Pool(jobs - 1) as pool:
            pending = [pool.apply_async(_take_chunks) for _ in range(1, jobs)]
            extra = alongside()
            taken = [*_take_chunks(), *(pair for job in pending for pair in job.get())]
    finally:
        _WORK = ([], None)
    return [result for _, results in sorted(taken, key=lambda pair: pair[0])
            for result in results], extra


def _partial(model: type[Entity], data: dict[str, Any], error: ValidationError) -> Entity:
    """The fields of an invalid file that are valid on their own, so that the rules across
    fields and files still run and every problem is reported at once. Never rendered: a file
    with problems stops the build."""
    bad = {item["loc"][0] for item in error.errors() if item["loc"]}
    values: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        if name in data and name not in bad:
            values[name] = _adapter(info.annotation).validate_python(data[name])
        elif name not in bad and not info.is_required():
            values[name] = info.get_default(call_default_factory=True)
        else:
            values[name] = None  # invalid or missing: rules that need it stay silent
    # The fields the file gives, valid or not, as for a valid file: a rule about a field left
    # out stays silent when the field is there but invalid (its own problem is reported).
    return model.model_construct(_fields_set={name for name in model.model_fields
                                              if name in data}, **values)


@cache
def _adapter(annotation: Any) -> TypeAdapter:
    return TypeAdapter(annotation)


def _unknown_language(path: Path, lang: str) -> Problem:
    return Problem(path, 1, 1, f"'{lang}' is not a language of this site; translations are "
                               f"named <slug>.<language>.yaml with language one of: "
                               f"{', '.join(c for c in CODES)}{suggest(lang, CODES)}")


def _add_translation(hub: Hub, file: ContentFile, text: Any,
                     found: list[Problem]) -> list[Problem]:
    """Add a checked translation (``text``, None when unusable) to its source's record; the
    file's problems, or why it translates nothing."""
    kind, slug, lang, path = file.kind, file.slug, file.lang, file.path
    source_path = path.with_name(f"{slug}.yaml")
    record = hub.get(kind, slug)
    if record is None:
        if source_path.exists():
            return []  # the source has problems of its own, reported there
        return [Problem(path, 1, 1, f"this is a translation of data/{kind}/{slug}.yaml, which "
                                    "does not exist: check the file name")]
    if record.entity.source_lang == lang:
        return [Problem(path, 1, 1, f"{source_path.name} is itself written in '{lang}' "
                                    "(its source_lang): this file would translate it into its "
                                    "own language; delete it or fix the language")]
    if text is not None:
        record.translations[lang] = Translation(lang, path, text)
    return found


def check(root: Path) -> Hub:
    """The validated hub, or ContentError with every problem: what the build calls first."""
    hub, problems = validate(root)
    if problems:
        raise ContentError(problems)
    return hub
