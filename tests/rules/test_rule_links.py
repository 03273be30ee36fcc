"""Rule: URL fields are complete http(s) addresses."""

import pytest
from support import CASE, edited, hub_with, one


@pytest.mark.parametrize("url", ["https://example.org/", "http://example.org/a?b=c#d"])
def test_valid_urls(tmp_path, url):
    sources = [{"title": "Report", "url": "https://example.org/riverside/report"},
               {"title": "Evaluation", "url": "https://example.org/riverside/evaluation"},
               {"title": "More", "url": url}]
    assert hub_with(tmp_path, {CASE: edited(CASE, sources=sources)}) == []


@pytest.mark.parametrize(("url", "expected"), [
    ("javascript:alert(1)", "javascript:, vbscript: and data: links are not allowed"),
    ("ftp://example.org/x", "is not a web address: links must start with https://"),
    ("/relative/path", "is not a web address"),
    ("https://", "is not a complete web address"),
    ("https://exa mple.org", "is not a complete web address"),
])
def test_invalid_urls(tmp_path, url, expected):
    sources = [{"title": "Report", "url": "https://example.org/riverside/report"},
               {"title": "Evaluation", "url": "https://example.org/riverside/evaluation"},
               {"title": "Bad", "url": url}]
    problem = one(hub_with(tmp_path, {CASE: edited(CASE, sources=sources)}))
    assert expected in problem.message
