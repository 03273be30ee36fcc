"""Hostile contributions by the way they come in: a field of a data file, a translation, a
hand-written page, its front matter, a file's name, a file that is not Markdown. Each is refused
by ``partdem check`` at the exact place a contributor must fix (path and line written out here),
so that nothing of it reaches a page, feed, email or download.

What each rule says is tested beside the rule (tests/rules/); this file pins where every way in
is caught.
"""

from __future__ import annotations

import pytest
import yaml
from support import CASE, VALID, hub_with

TRANSLATION = "data/cases/riverside-climate-assembly.es.yaml"
PAGE = "docs/probe.md"


def appended(name: str, lines: str, *, without: str) -> tuple[str, int]:
    """The fixture file without its top-level key ``without``, with ``lines`` written at its end;
    and the number of the first line written."""
    data = yaml.safe_load((VALID / name).read_text(encoding="utf-8"))
    data.pop(without, None)
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    return text + lines, text.count("\n") + 1


def in_case(key: str, value: str) -> dict[str, object]:
    text, line = appended(CASE, f"{key}: {value}\n", without=key)
    return {"files": {CASE: text}, "where": (CASE, line)}


def in_translation(value: str) -> dict[str, object]:
    text, line = appended(TRANSLATION, f"summary: {value}\n", without="summary")
    return {"files": {TRANSLATION: text}, "where": (TRANSLATION, line)}


def in_page(body: str, line: int) -> dict[str, object]:
    """A new hand-written page: front matter on lines 1-3, a blank line, then ``body``."""
    return {"files": {PAGE: f"---\ntitle: Probe\n---\n\n{body}"}, "where": (PAGE, line)}


def in_front_matter(line: str) -> dict[str, object]:
    return {"files": {PAGE: f"---\ntitle: Probe\n{line}\n---\n\n# Probe\n"}, "where": (PAGE, 3)}


def named(name: str) -> dict[str, object]:
    return {"files": {name: (VALID / CASE).read_text(encoding="utf-8")} if name.endswith(
        ".yaml") else {name: "<p>hello</p>\n"}, "where": (name, 1)}


WAYS_IN = {
    # a field of a data file
    "data-script": in_case("lessons", "Read this <script>alert(1)</script>"),
    "data-handler": in_case("lessons", '<b onmouseover="alert(1)">hover</b>'),
    "data-js-link": in_case("lessons", "[x](javascript:alert(1))"),
    "data-protocol-relative": in_case("lessons", "[report](//evil.example/report)"),
    "data-backslash-host": in_case("lessons", "[report](/\\evil.example/report)"),
    "data-remote-image": in_case("lessons", "![pixel](https://evil.example/pixel.gif)"),
    "data-private-host": in_case("lessons", "[admin](http://192.168.1.1/)"),
    "data-credentials": in_case("lessons", "[x](https://user:secret@example.org/)"),
    "data-phone-national": in_case("lessons", "Call Jane on 07700\u202f900123 tonight."),
    "data-phone-in-link": in_case("lessons", "[WhatsApp](https://wa.me/447700900123)"),
    "data-email-role-word-inside": in_case("lessons", "Write to marinfo.perez@example.org."),
    "data-email-obfuscated": in_case("lessons", "Write to jane.doe [at] example [dot] org."),
    "data-email-fullwidth-at": in_case("lessons", "Write to jane.doe\uff20example.org."),
    "data-infinite": in_case("sessions", ".inf"),
    "data-huge": in_case("hours", "1e999"),
    "data-future-update": in_case("updated", "2999-01-01"),
    # a translation
    "translation-script": in_translation("Hola <script>alert(1)</script>"),
    "translation-phone": in_translation("Llamad a Jane al 612 34 56 78."),
    # a hand-written page
    "page-escaped-backtick": in_page(
        "\\` then <script src=\"/assets/hub/evil.js\"></script>\n", 5),
    "page-meta-refresh": in_page(
        "Text.\n\n<meta http-equiv=\"refresh\" content=\"0; url=https://evil.example/\">\n", 7),
    "page-phone": in_page("Call Jane on +44 7700 900123.\n", 5),
    "page-reserved-id": in_page("## Search {#__search}\n", 5),
    # front matter
    "front-template": in_front_matter("template: main.html"),
    "front-markup": in_front_matter('description: "\\u003cscript\\u003ealert(1)"'),
    "front-phone": in_front_matter("description: Call +44 7700 900123"),
    # a file's name
    "name-phone": named("data/cases/call-jane-07700-900123.yaml"),
    # a file that is not Markdown
    "file-html": named("docs/evil.html"),
    "file-svg": named("docs/images/evil.svg"),
    "file-markdown-extension": named("docs/evil.markdown"),
}


@pytest.mark.parametrize("way", WAYS_IN)
def test_refused_where_it_comes_in(tmp_path, way):
    files, (name, line) = WAYS_IN[way]["files"], WAYS_IN[way]["where"]
    root = tmp_path / "hub"
    problems = hub_with(tmp_path, files)
    assert problems, f"{way}: accepted"
    assert [(p.path, p.line) for p in problems] == [(root / name, line)], [
        p.format(root) for p in problems]
