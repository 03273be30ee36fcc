"""Rule: text that could run code in readers' browsers is refused, in any text field."""

import pytest
from support import CASE, edited, hub_with, one

from partdem.content.textrules import markup_problem

PAYLOADS = [
    ("<script>alert(1)</script>", "raw HTML <script>"),
    ("<SCRIPT SRC=//x.example/x.js></SCRIPT>", "raw HTML <script>"),
    ('<iframe src="https://x.example"></iframe>', "raw HTML <iframe>"),
    ("<object data=x></object>", "raw HTML <object>"),
    ("<embed src=x>", "raw HTML <embed>"),
    ("<style>body{display:none}</style>", "raw HTML <style>"),
    ("<img src=x onerror=alert(1)>", "raw HTML <img>"),
    ('<b onmouseover="alert(1)">hi</b>', "event handler attributes"),
    ("&lt;script&gt;alert(1)&lt;/script&gt;", "raw HTML <script>"),
    ("&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;", "raw HTML <script>"),
    ("[click](javascript:alert(1))", "javascript:, vbscript: and data: links are not allowed"),
    ("[click](JaVaScRiPt:alert(1))", "javascript:, vbscript: and data: links are not allowed"),
    ("[x](jav&#x61;script:alert(1))", "javascript:, vbscript: and data: links are not allowed"),
    ("[x](data:text/html;base64,PHNjcmlwdD4=)", "javascript:, vbscript: and data: links"),
    ("[x][r]\n\n[r]: data:text/html,x", "javascript:, vbscript: and data: links"),
    ("[x][r]\n\n[r]: javascript:alert(1)", "javascript:, vbscript: and data: links"),
    ("javascript :alert(1) as text", "javascript:, vbscript: and data: links"),
    ("<svg onload=alert(1)>", "raw HTML <svg>"),
    ("<div>hi</div>", "raw HTML <div> is not allowed in content: write Markdown instead"),
    ("bidi \u202etext", "bidirectional control character U+202E"),
    ("bell \x07", "control character U+0007"),
]


@pytest.mark.parametrize(("payload", "expected"), PAYLOADS)
@pytest.mark.parametrize("field", ["what_worked", "lessons", "summary"])
def test_payload_refused(tmp_path, payload, expected, field):
    problem = one(hub_with(tmp_path, {CASE: edited(CASE, **{field: f"Text {payload} end"})}))
    assert expected in problem.message


@pytest.mark.parametrize("text", [
    "Members met **six** times; see [the report](https://example.org/report).",
    "Emissions fell by less than <5%? No: write it as under 5%.".replace("<5", "under 5"),
    "Members H<sub>2</sub>O and <br> line breaks are harmless.",
    "Line breaks written <br/> or <br /> are harmless too.",
    "A relative link to [the benchmark](/benchmark/) is fine.",
    "Autolinks such as <https://example.org> are fine.",
    "The open data: every case as CSV and JSON.",
])
def test_ordinary_markdown_passes(tmp_path, text):
    assert hub_with(tmp_path, {CASE: edited(CASE, lessons=text)}) == []


# -- links in text that leave the site, and images of other sites (#29) -----------------------
OTHER_SITE = "leads to another site while it looks like a path on this one"
IMAGE = "images from other sites are not allowed"


@pytest.mark.parametrize(("text", "expected"), [
    # no colon anywhere: a protocol-relative link has none to look for
    ("See [the plan](//evil.example/plan) now.", OTHER_SITE),
    ("See [the plan](/\\evil.example/plan) now.", OTHER_SITE),
    ("See [the plan](\\\\evil.example/plan) now.", OTHER_SITE),
    ("See [the plan][p].\n\n[p]: //evil.example/plan", OTHER_SITE),
    ("See [the plan](<//evil.example/plan>) now.", OTHER_SITE),
    # a browser decodes the entity and removes the tab it makes: //evil.example
    ("See [the plan](/&#9;/evil.example/plan) now.", OTHER_SITE),
    ("See [the plan](&#x2F;/evil.example/plan) now.", OTHER_SITE),
    # decoded twice (as the tag search reads text), this is //evil.example too: refused
    ("See [the plan](&amp;#47;&amp;#47;evil.example) now.", OTHER_SITE),
    ("See [the plan](https://user:pw@example.org/) now.", "holds a user name or password"),
    ("See [the router](http://192.168.1.1/) now.", "leads to a private or local address"),
    # an autolink is a link too
    ("Open <http://127.0.0.1:8000/> now.", "leads to a private or local address"),
    ("Open <HTTPS://wiki/> now.", "names a host without a dot"),
])
def test_links_in_text_that_leave_the_site(text, expected):
    assert expected in markup_problem(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("![map](https://example.org/map.png)", IMAGE),
    ("See ![map](http://example.org/map.png) here.", IMAGE),
    ("See ![map]( <https://example.org/map.png> ) here.", IMAGE),
    ("See ![map](https&#58;//example.org/map.png) here.", IMAGE),
    ("See ![map](mailto:info@example.org) here.", IMAGE),
    ("See ![map](//example.org/map.png) here.", OTHER_SITE),
    # by reference: full, collapsed, shortcut, a space before the label, labels in any case
    ("See ![map][m] here.\n\n[m]: https://example.org/map.png", IMAGE),
    ("See ![m][] here.\n\n[m]: https://example.org/map.png", IMAGE),
    ("See ![m] here.\n\n[m]: https://example.org/map.png", IMAGE),
    ("See ![map] [m] here.\n\n[m]: https://example.org/map.png", IMAGE),
    ("See ![Map][The  M] here.\n\n[the m]: <https://example.org/map.png>", IMAGE),
    ("See ![map][m] here.\n\n[m]:\n  https://example.org/map.png", IMAGE),
    # inside a link, and with brackets in the description
    ("[![map](https://example.org/map.png)](https://example.org/)", IMAGE),
    ("See ![a [big] map](https://example.org/map.png) here.", IMAGE),
    ("See ![a \\] map](https://example.org/map.png) here.", IMAGE),
    ("] [ See ![map](https://example.org/map.png) here.", IMAGE),
])
def test_images_of_other_sites_are_refused(text, expected):
    assert expected in markup_problem(text)


@pytest.mark.parametrize("text", [
    "See ![map](/assets/map.png) here.",
    "See ![map](../assets/map.png \"The map\") here.",
    "See ![map]() here.",
    "See ![map][m] here.\n\n[m]: /assets/map.png",
    "See [the map](https://example.org/map.png): a link, not an image.",
    "See ![map][nowhere], which is no image without its definition.",
    "See ![map] and [m]\n\n[m]: https://example.org/map.png",  # the m of the link, not the image
    "Wow! [the map](https://example.org/map.png)",
    # a link at the very start: no ! before it (the text's last character is not before it)
    "[the map](https://example.org/map.png), a link; ![a photo](/assets/p.png), wow!",
    "A [![map](/assets/map.png)](https://example.org/) linked image of this site.",
    "See [the plan](/%5Cevil.example) on this site.",
    "Open <https://example.org/x> or <http://8.8.8.8/>.",
])
def test_images_and_links_of_this_site_pass(text):
    assert markup_problem(text) is None


@pytest.mark.parametrize("field", ["lessons", "summary"])
def test_image_refused_at_its_line(tmp_path, field):
    text = "First line.\n\nSee ![map](https://example.org/map.png) here.\n"
    problem = one(hub_with(tmp_path, {CASE: edited(CASE, **{field: text})}))
    lines = (tmp_path / "hub" / CASE).read_text(encoding="utf-8").splitlines()
    assert lines[problem.line - 1].startswith(f"{field}:")
    assert problem.message.startswith(f"'{field}': {IMAGE} ('https://example.org/map.png')")


def test_image_in_a_page_refused_at_its_line(tmp_path):
    page = "---\ntitle: About\n---\n\n# About\n\nWe are a network.\n\n![x](https://example.org/p.png)\n"
    problem = one(hub_with(tmp_path, {"docs/about.md": page}))
    assert (problem.path.name, problem.line) == ("about.md", 9)
    assert IMAGE in problem.message
