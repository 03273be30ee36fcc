"""Helpers of the security tests: the XSS corpus, a check for HTML that could run code, hubs
with payloads put straight into their entities (past the validator)."""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any, get_args

import lxml.html
from pydantic import BaseModel

from partdem.content.hub import Hub
from partdem.content.languages import CODES
from partdem.content.models import common
from partdem.enrich.derive import derive
from partdem.outputs.pages import framed_pages
from partdem.site.context import Context
from partdem.site.language import site_language
from partdem.site.shell import Site

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
# One payload a line; "\n" in a line stands for a line break (reference links, attribute lists).
PAYLOADS = [line.replace("\\n", "\n") for line in
            (FIXTURES / "xss-payloads.txt").read_text(encoding="utf-8").split("\n") if line]
# The Content-Security-Policy of every page, as the page shell writes it.
SHELL = ROOT / "partdem" / "site" / "templates" / "page.html.j2"
CSP = re.search(r'<meta http-equiv="Content-Security-Policy"[^>]*>',
                SHELL.read_text(encoding="utf-8"))[0]
SITE = Site("https://hub.example/", "https://github.com/partdem/hub",
            "Content under CC BY-SA 4.0 unless a page says otherwise")


@functools.cache
def build_date_epoch() -> str:
    """SOURCE_DATE_EPOCH as reproducible builds set it: the time of the last commit (read once,
    so that every build of a test session has the same)."""
    return subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout.strip()


def build(target: Path, **env: str) -> subprocess.CompletedProcess:
    """``partdem build`` of the real content into ``target``, with the build date fixed."""
    env = dict(os.environ, SOURCE_DATE_EPOCH=build_date_epoch(), **env)
    return subprocess.run([sys.executable, "-m", "partdem.cli", "build", "--site-dir",
                           str(target)], cwd=ROOT, env=env, capture_output=True, text=True,
                          check=False)


# -- HTML that could run code ---------------------------------------------------------------
# Elements that run, embed or restyle things, or move the page elsewhere (the page shell has
# meta, link and form elements of its own); svg and math (the build draws its own charts, map
# and icons) are counted against the same page built from clean content.
FORBIDDEN_TAGS = frozenset({"iframe", "object", "embed", "frame", "frameset", "applet", "base",
                            "meta", "link", "form", "style", "template", "noscript", "xmp"})
COUNTED_TAGS = ("svg", "math")
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "data", "poster", "background",
                            "xlink:href", "srcset", "lowsrc", "dynsrc", "ping", "to", "values",
                            "from", "by", "codebase", "cite", "longdesc", "manifest"})
BAD_SCHEMES = ("javascript:", "vbscript:", "data:", "livescript:")
# What a browser ignores in a URL before reading its scheme (the URL Standard's C0 controls
# and spaces around it, tab and newline anywhere).
_URL_IGNORED = re.compile(r"^[\x00-\x20]+|[\x00-\x20]+$|[\t\n\r]")


def site_pages(hub: Hub, today: Any) -> dict[str, str]:
    """Every page made from data in every language, framed as the site publishes it, by its
    site-relative address."""
    context = Context(hub=hub, derived=derive(hub, today), today=today, repo_url=SITE.repo_url,
                      site_url=SITE.url)
    return {framed.url: html for lang in CODES
            for _, framed, html in framed_pages(context, SITE, site_language(lang))}


def page_lang(url: str) -> str:
    """The language of a page from its address: es/cases/x/ is Spanish, cases/x/ English."""
    first = url.split("/", 1)[0]
    return first if first in CODES else "en"


def article(page: str) -> str:
    """The content of a page: what its article element holds."""
    element = lxml.html.document_fromstring(page).find(".//article")
    return "".join(lxml.html.tostring(child, encoding="unicode") for child in element)


def risks(html: str) -> list[tuple[str, str]]:
    """Everything in ``html`` (a page or a fragment) that could run code or load something in a
    reader's browser: (what it is, where it is). The page shell's own scripts, styles, form
    and icons are there too: callers compare with the same page built from clean content."""
    tree = lxml.html.fromstring(html)
    found = []
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue  # comments and processing instructions run nothing
        snippet = lxml.html.tostring(el, encoding="unicode", with_tail=False)[:160]
        if el.tag == "script" and not _json_data(el):
            found.append((f"script {el.get('src')}", snippet))
        if el.tag in FORBIDDEN_TAGS or el.tag in COUNTED_TAGS:
            found.append((f"<{el.tag}> element", snippet))
        for name, value in el.attrib.items():
            name = name.lower()
            url = _URL_IGNORED.sub("", value).lower()
            if name.startswith("on"):
                found.append((f"event handler {name}", snippet))
            elif name in URL_ATTRIBUTES and url.startswith(BAD_SCHEMES):
                found.append((f"{name}={value!r}", snippet))
            elif name in ("srcdoc", "style") and ("javascript:" in url or "expression(" in url
                                                  or "url(" in url or name == "srcdoc"):
                found.append((f"{name} attribute", snippet))
    return found


def shape(html: str) -> Counter:
    """How many of each kind of risk ``html`` has."""
    return Counter(kind for kind, _ in risks(html))


def executable(html: str, allowed: Counter | None = None) -> list[str]:
    """What in ``html`` could run code or load something, beyond the ``allowed`` counts of each
    kind (those of the same page built from clean content)."""
    counts: Counter = Counter()
    found = []
    for kind, snippet in risks(html):
        counts[kind] += 1
        if counts[kind] > (allowed or Counter())[kind]:
            found.append(f"{kind}: {snippet}")
    return found


def _json_data(script: Any) -> bool:
    """A data block (JSON, or schema.org JSON-LD, holding JSON), which a browser never runs."""
    if script.get("type") not in ("application/json", "application/ld+json") or script.get("src"):
        return False
    try:
        json.loads(script.text or "")
    except ValueError:
        return False
    return True


# -- payloads put past the validator ---------------------------------------------------------
_KINDS = {common._check_line: "line", common._check_text: "markdown", common._check_url: "url"}

# The kind of text, the content type, the slug, the translation language (None: the source
# file) and the place of the text in the entity.
Slot = tuple[str, str, str, str | None, tuple[Any, ...]]


def _kind(annotation: Any, metadata: list[Any]) -> str | None:
    """The kind of text a field type holds (line, markdown, url), from its validator."""
    for item in [*metadata, *getattr(annotation, "__metadata__", ())]:
        if getattr(item, "func", None) in _KINDS:
            return _KINDS[item.func]
    return next((kind for arg in get_args(annotation) if (kind := _kind(arg, []))), None)


def _text_paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple, str]]:
    """The path and kind of every text value of a model instance, recursively."""
    if isinstance(value, BaseModel):
        for name, info in type(value).model_fields.items():
            item = getattr(value, name)
            kind = _kind(info.annotation, info.metadata)
            if isinstance(item, str) and kind:
                yield (*path, name), kind
            else:
                yield from _text_paths(item, (*path, name))
    elif isinstance(value, list | dict):
        for key, item in (value.items() if isinstance(value, dict) else enumerate(value)):
            yield from _text_paths(item, (*path, key))


def text_slots(hub: Hub) -> list[Slot]:
    """Every text value of the hub: entities, and translations (whose fields have the kind of
    the source field at the same place)."""
    slots = []
    for kind, records in hub.records.items():
        for slug, record in records.items():
            kinds = dict(_text_paths(record.entity))
            slots += [(text_kind, kind, slug, None, path) for path, text_kind in kinds.items()]
            for lang, translation in record.translations.items():
                slots += [(kinds[path], kind, slug, lang, path)
                          for path, _ in _walk_strings(translation.text) if path in kinds]
    return slots


def _walk_strings(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple, str]]:
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _walk_strings(getattr(value, name), (*path, name))
    elif isinstance(value, list | dict):
        for key, item in (value.items() if isinstance(value, dict) else enumerate(value)):
            yield from _walk_strings(item, (*path, key))
    elif isinstance(value, str):
        yield path, value


def _replaced(value: Any, path: tuple[Any, ...], new: str) -> Any:
    """``value`` with the text at ``path`` replaced, built with model_construct: no validation."""
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, BaseModel):
        fields = {name: getattr(value, name) for name in type(value).model_fields}
        fields[head] = _replaced(fields[head], rest, new)
        return type(value).model_construct(**fields)
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[head] = _replaced(copy[head], rest, new)
    return copy


def with_texts(hub: Hub, texts: dict[Slot, str]) -> Hub:
    """A copy of ``hub`` with the given texts in place, none of them validated."""
    records = {kind: dict(by_slug) for kind, by_slug in hub.records.items()}
    for (_, kind, slug, lang, path), text in texts.items():
        record = records[kind][slug]
        if lang is None:
            record = dataclasses.replace(record, entity=_replaced(record.entity, path, text))
        else:
            translation = record.translations[lang]
            translations = {**record.translations, lang: dataclasses.replace(
                translation, text=_replaced(translation.text, path, text))}
            record = dataclasses.replace(record, translations=translations)
        records[kind][slug] = record
    return Hub(root=hub.root, records=records, invalid=hub.invalid)
