"""Script injection: a corpus of known XSS payloads in every kind of text field.

Two independent defences, each tested on its own: the validator refuses every payload with a
message, and rendering escapes every payload that got past it (entities built without
validation), so that none becomes an element or attribute that runs code: neither anywhere in
the pages as the site publishes them (their content, title, description, table of contents),
nor in the feeds, nor in a real browser.
"""

from __future__ import annotations

import math
import re
import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml
from babel.messages.pofile import read_po
from hostile import (
    PAYLOADS,
    ROOT,
    executable,
    text_slots,
    with_texts,
)
from lxml import etree
from support import CASE, CHAPTER, VALID, edited, one

from partdem.content import routes
from partdem.content.hub import Hub
from partdem.content.textrules import markup_problem
from partdem.content.validate import validate
from partdem.outputs import feeds
from partdem.site.language import site_language

TRANSLATION = "data/cases/riverside-climate-assembly.es.yaml"
LINK_URL = "https://example.org/riverside/report"
# Each kind of text field, by the file and the change that puts a payload there.
FIELDS = {
    "text": (CASE, lambda p: edited(CASE, title=p)),
    "markdown": (CASE, lambda p: edited(CASE, lessons=p)),
    "link-title": (CASE, lambda p: edited(CASE, sources=[{"title": p, "url": LINK_URL}])),
    "link-url": (CASE, lambda p: edited(CASE, sources=[{"title": "Report", "url": p}])),
    "translation": (TRANSLATION, lambda p: edited(TRANSLATION, summary=p)),
    "chapter-name": (CHAPTER, lambda p: renamed(CHAPTER, p)),
}
def renamed(file: str, name: str) -> str:
    """The fixture file with another name (edited() takes the file's name as ``name``)."""
    data = yaml.safe_load(edited(file))
    data["name"] = name
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


# The validator's reasons for refusing unsafe text and links.
REFUSAL = re.compile(r"is not allowed|are not allowed|is not a (complete )?web address")
# Each rule by the name xss-reasons.txt gives it, and what its message says ("{}": the tag).
REASONS = {
    "dangerous": "raw HTML <{}> is not allowed in content (it could run code or load outside "
                 "content in readers' browsers)",
    "markdown": "raw HTML <{}> is not allowed in content: write Markdown instead",
    "attributes": "attributes on <{}> are not allowed in content: remove them",
    "event-handler": "HTML event handler attributes (such as onerror= or onclick=) are not "
                     "allowed in content",
    "attribute-list": "Markdown attribute lists such as {{: .class }} or {{ key=value }} are not "
                      "allowed in content",
    "script-link": "javascript:, vbscript: and data: links are not allowed: links must start "
                   "with https:// or http://",
    "not-in-a-link": "' is not a web address as it stands: <, >, \" and ` are not allowed in "
                     "links",
    "not-a-web-address": "' is not a web address: links must start with https://",
}


def reasons() -> dict[str, tuple[tuple[str, str], tuple[str, str]]]:
    """Each payload's rules, (in a text field, in a link field), each as (rule, tag), from
    xss-reasons.txt."""
    found = {}
    lines = (ROOT / "tests" / "fixtures" / "xss-reasons.txt").read_text(encoding="utf-8")
    for line in lines.split("\n"):
        if line and not line.startswith("#"):
            text, link, payload = line.split(" | ", 2)
            found[payload.replace("\\n", "\n")] = tuple(
                (rule, tag.strip("<>")) for rule, _, tag in
                (reason.strip().partition(" ") for reason in (text, link)))
    return found


EXPECTED = reasons()
# All at once: a link, an image, raw HTML, a quote that would end an attribute, an attribute
# list; for links, a target that runs code.
WORST = dict.fromkeys(["line", "markdown"], (
    "[a](javascript:alert(1)) ![b](data:image/svg+xml,x) <img src=x onerror=alert(2)> "
    '" onmouseover="alert(3) c {: onclick=alert(4) }'))
WORST["url"] = "javascript:alert(1)"
LOCALES = ROOT / "locales"
TODAY = date(2100, 1, 1)  # every newsletter issue is out: all content is shown


def test_corpus_is_large_and_varied():
    assert len(PAYLOADS) >= 50
    assert len(set(PAYLOADS)) == len(PAYLOADS), "a payload is listed twice"
    for family in ("<script", "onerror=", "javascript:", "<svg", "<math", "](javascript:",
                   "![x](", "data:", "&#", "{:", "<a href="):
        assert any(family.lower() in p.lower() for p in PAYLOADS), family


# -- the validator ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def hub_root(tmp_path_factory) -> Path:
    """One copy of the valid fixture hub for all payloads: each test changes one file of it
    and puts the file back (a fresh copy for each of the hundreds of tests costs more than
    the check)."""
    root = tmp_path_factory.mktemp("xss") / "hub"
    shutil.copytree(VALID, root)
    return root


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("payload", PAYLOADS)
def test_validator_refuses(hub_root, payload, field):
    name, change = FIELDS[field]
    path = hub_root / name
    original = path.read_text(encoding="utf-8")
    path.write_text(change(payload), encoding="utf-8")
    try:
        problem = one(validate(hub_root)[1])
    finally:
        path.write_text(original, encoding="utf-8")
    assert problem.path == path
    assert REFUSAL.search(problem.message), problem.message
    # The rule that must refuse this payload does, whichever other rules would too.
    text_reason, link_reason = EXPECTED[payload]
    rule, tag = link_reason if field == "link-url" else text_reason
    assert REASONS[rule].format(tag) in problem.message


def test_every_payload_has_its_reasons():
    assert list(EXPECTED) == PAYLOADS
    # Every rule of the text and link checks is what refuses at least one payload.
    assert {rule for pair in EXPECTED.values() for rule, _ in pair} == set(REASONS)


@pytest.mark.parametrize("catalog", sorted(LOCALES.glob("*/LC_MESSAGES/messages.po")),
                         ids=lambda path: path.parts[-3])
def test_interface_strings_are_safe(catalog):
    """Translated interface strings reach pages unescaped (Jinja marks them safe), so they
    follow the rules of contributed text."""
    with catalog.open("rb") as file:
        messages = [m for m in read_po(file) if m.id]
    found = [f"{m.id!r}: {problem}" for m in messages
             for text in (m.string if isinstance(m.string, tuple) else (m.string,))
             if text and (problem := markup_problem(text))]
    assert len(messages) > 100
    assert found == []


# -- rendering, without the validator --------------------------------------------------------
KINDS = ["line", "markdown", "url"]


@pytest.fixture(scope="module")
def clean() -> Hub:
    hub, problems = validate(VALID)
    assert problems == []
    return hub


def payload_hubs(clean: Hub, kind: str) -> list[Hub]:
    """Hubs with a payload in every field of one kind (line, markdown or url), each payload in
    one field or more, moved on to other fields from one hub to the next (one render of the
    whole hub takes seconds, so payloads share hubs rather than get one each); and a last hub
    with the worst of them all at once in every field of the kind, so that no field is missed."""
    slots = [slot for slot in text_slots(clean) if slot[0] == kind]
    assert len(slots) >= 5, f"the fixture hub has too few {kind} fields"
    turns = [{slot: PAYLOADS[(turn * len(slots) + i) % len(PAYLOADS)]
              for i, slot in enumerate(slots)}
             for turn in range(math.ceil(len(PAYLOADS) / len(slots)) + 1)]
    return [with_texts(clean, texts) for texts in [*turns, dict.fromkeys(slots, WORST[kind])]]


@pytest.mark.parametrize("snippet", [
    '<a href=" JaVa&#x09;Script:alert(1)">x</a>', "<p onclick=alert(1)>x</p>",
    '<img src="data:image/svg+xml,x">', "<iframe></iframe>", "<script>alert(1)</script>",
    '<script type="application/json">{"a": 1}</script><svg></svg>',
])
def test_the_check_sees_code(snippet):
    assert executable(snippet) != []


@pytest.mark.parametrize("kind", ["line", "markdown"])
def test_feeds_escape(clean, kind):
    """Feed readers show an RSS description, and Atom text typed html, as HTML."""
    found = set()
    for hub in payload_hubs(clean, kind):
        for feed in routes.FEEDS:
            built = feeds.build(hub, feed, site_language("en"), "https://hub.example/", TODAY)
            for fmt, xml in built.items():
                root = etree.fromstring(xml)
                shown = root.xpath("//item/description | //*[local-name()='summary' or "
                                   "local-name()='content' or local-name()='title']"
                                   "[@type='html']")
                found |= {f"{feed.name}.{fmt}: {item}" for element in shown
                          for item in executable(element.text or "")}
    assert not found, f"{len(found)} leaks:\n" + "\n".join(sorted(found)[:60])
