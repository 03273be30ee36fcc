"""Rule: text that could run code in readers' browsers is refused, in any text field."""

import pytest
from support import CASE, edited, hub_with, one

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
    "A relative link to [the benchmark](/benchmark/) is fine.",
    "Autolinks such as <https://example.org> are fine.",
    "The open data: every case as CSV and JSON.",
])
def test_ordinary_markdown_passes(tmp_path, text):
    assert hub_with(tmp_path, {CASE: edited(CASE, lessons=text)}) == []
