"""Newsletter emails and feeds make no reader's software contact another host by itself: a mail
client or a feed reader shows an image as soon as it shows the message (a tracking pixel tells
its host who read what, and when). Links that a reader follows may lead to public sites.

Payloads are put past the validator (hostile.with_texts); the oracle (outside.py) does not use
the partdem package."""

from __future__ import annotations

from datetime import date

import lxml.html
import pytest
from hostile import text_slots, with_texts
from lxml import etree
from outside import HUB, elsewhere, fetched, links_elsewhere, protocol_relative, unprotected
from support import VALID

from partdem.content import routes
from partdem.content.hub import Hub
from partdem.content.validate import validate
from partdem.outputs import emails, feeds
from partdem.site.language import site_language

TODAY = date(2100, 1, 1)
ISSUE = "issue-1"
ICON = "data:,"  # the email's empty icon, which keeps a browser from asking for /favicon.ico
TRACKERS = [
    "![pixel](https://evil.example/pixel.png)",
    "![pixel](http://evil.example/pixel.png)",
    "![pixel](//evil.example/pixel.png)",
    "![pixel](/\\evil.example/pixel.png)",
    "![pixel](\\\\evil.example/pixel.png)",
    "![pixel][p]\n\n[p]: https://evil.example/pixel.png",
    "<img src=https://evil.example/pixel.png>",
    '<iframe src="https://evil.example/"></iframe>',
    '<video poster="https://evil.example/p.png"></video>',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    '<p style="background:url(https://evil.example/p.png)">x</p>',
    "[a path](//evil.example/x)",
    "[a path](/\\evil.example/x)",
]
PUBLIC_LINK = "[a public site](https://example.org/report)"


def policy(html: str) -> dict[str, str]:
    """The directives of the page's Content-Security-Policy, as a browser reads them."""
    (meta,) = lxml.html.document_fromstring(html).xpath(
        "//meta[@http-equiv='Content-Security-Policy']")
    return {part.split()[0]: " ".join(part.split()[1:])
            for part in meta.get("content").split(";") if part.strip()}


@pytest.fixture(scope="module")
def clean() -> Hub:
    hub, problems = validate(VALID)
    assert problems == []
    return hub


def with_body(clean: Hub, body: str) -> Hub:
    slots = [slot for slot in text_slots(clean)
             if slot[1:4] == ("newsletter", ISSUE, None) and slot[4] == ("body",)]
    assert len(slots) == 1
    return with_texts(clean, {slots[0]: body})


def render_email(hub: Hub, lang: str = "en") -> str:
    html, _ = emails.compose(hub, hub.get("newsletter", ISSUE), site_language(lang), HUB)
    return html


def email_problems(html: str) -> list[str]:
    page = HUB + "newsletter/issue-1/"
    return ([f"fetches {url}" for url in elsewhere(html, page) if url != ICON]
            + [f"a path to another host: {href}" for href in protocol_relative(html)])


@pytest.mark.parametrize("tracker", TRACKERS)
def test_email_fetches_nothing_from_another_host(clean, tracker):
    html = render_email(with_body(clean, f"Before {tracker}\n\nAfter {PUBLIC_LINK}."))
    assert email_problems(html) == []
    assert "https://example.org/report" in [href for href, _ in links_elsewhere(html)]
    assert "Before" in html and "After" in html


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_email_policy_allows_no_image_when_the_issue_has_none(clean, lang):
    """Only the inline empty icon (data: reaches no host), which a browser loads under img-src."""
    html = render_email(clean, lang)
    assert "<img" not in html
    assert [link.get("href") for link in lxml.html.document_fromstring(html).iter("link")] == [
        ICON]
    assert policy(html)["img-src"] == "data:"
    assert policy(html)["default-src"] == "'none'"


def test_email_policy_allows_the_hubs_images_only(clean):
    html = render_email(with_body(clean, "The hall: ![the hall](/assets/hall.png)\n\n"
                                         "![pixel](https://evil.example/pixel.png)"))
    tree = lxml.html.document_fromstring(html)
    assert [img.get("src") for img in tree.iter("img") if img.get("src")] == [
        HUB + "assets/hall.png"]
    assert policy(html)["img-src"] == "https://hub.example data:"
    assert email_problems(html) == []


def test_an_image_dropped_by_the_sanitiser_widens_no_policy(clean):
    html = render_email(with_body(clean, "![pixel](https://evil.example/pixel.png)"))
    assert "evil.example" not in html
    assert policy(html)["img-src"] == "data:"


def entries(xml: bytes) -> list[str]:
    """The HTML of every entry of a feed, as a feed reader shows it."""
    root = etree.fromstring(xml)
    shown = root.xpath("//item/description | //*[local-name()='summary' or "
                       "local-name()='content'][@type='html']")
    return [element.text or "" for element in shown]


@pytest.fixture(scope="module")
def tracked(clean) -> Hub:
    """Trackers in every summary (what feeds show) and text of the hub."""
    slots = [slot for slot in text_slots(clean) if slot[0] == "markdown"]
    return with_texts(clean, {slot: f"Before {TRACKERS[i % len(TRACKERS)]}\n\nAfter "
                                    f"{PUBLIC_LINK}." for i, slot in enumerate(slots)})


@pytest.mark.parametrize("feed", routes.FEEDS, ids=lambda feed: feed.name)
def test_feeds_fetch_nothing(tracked, feed):
    found, shown = [], 0
    for lang in ("en", "es"):
        for fmt, xml in feeds.build(tracked, feed, site_language(lang), HUB, TODAY).items():
            for html in entries(xml):
                shown += "Before" in html
                found += [f"{feed.name}.{fmt}: fetches {url}" for url in fetched(html)]
                found += [f"{feed.name}.{fmt}: path to another host {href}"
                          for href in protocol_relative(html)]
                found += [f"{feed.name}.{fmt}: no rel {href}" for href in unprotected(html)]
    assert found == []
    assert shown > 0, "no entry showed a payload"


def test_feeds_carry_no_image_of_the_hub_either(clean):
    slots = [slot for slot in text_slots(clean) if slot[0] == "markdown"
             and slot[4] == ("summary",)]
    hub = with_texts(clean, dict.fromkeys(slots, "See ![the hall](/assets/hall.png) here."))
    texts = [html for feed in routes.FEEDS
             for xml in feeds.build(hub, feed, site_language("en"), HUB, TODAY).values()
             for html in entries(xml)]
    assert any("See" in html and "here." in html for html in texts)
    assert [html for html in texts if "<img" in html] == []
