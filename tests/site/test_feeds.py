"""The RSS 2.0 and Atom 1.0 feeds of every language, as feed readers get them from the built site.

Atom is validated against the RELAX NG schema of RFC 4287 (Appendix B, converted with rnc2rng)
and the Schematron rules written in it; RSS is checked element by element. Entries are compared
with the content: the published records of the feed's kinds, newest first.
"""

from __future__ import annotations

import os
import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from functools import cache
from pathlib import Path

import pytest
import rnc2rng
from babel import Locale
from lxml import etree
from site_paths import LANGS, ROOT

from partdem.content import routes, strings
from partdem.content.hub import Hub, Record
from partdem.content.languages import BY_CODE
from partdem.content.models.vocab import VOCABULARIES
from partdem.content.routes import page_url
from partdem.content.validate import validate
from partdem.outputs import feeds
from partdem.site.context import build_date

SCHEMA = ROOT / "tests" / "fixtures" / "atom.rnc"
ATOM_NS = "http://www.w3.org/2005/Atom"
ATOM = f"{{{ATOM_NS}}}"
SCHEMATRON_NS = "http://www.ascc.net/xml/schematron"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000/")
BASE = SITE_URL.rstrip("/") + "/"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
FEEDS = [pytest.param(feed, id=feed.name) for feed in routes.FEEDS]
# Feeds of entities (one entry per entity); the others list dated changes of entities.
ENTITY_FEEDS = [pytest.param(feed, id=feed.name) for feed in routes.FEEDS if not feed.changes]
CHANGE_FEEDS = [pytest.param(feed, id=feed.name) for feed in routes.FEEDS if feed.changes]
FORMATS = ("rss", "atom")
NOTE = "Not yet translated: this entry is in %(language)s."


@cache
def atom_schema() -> tuple[etree.RelaxNG, list[tuple[str, str, str]]]:
    """The RFC 4287 schema, and its Schematron rules as (context, test, message)."""
    rng = rnc2rng.dumps(rnc2rng.loads(SCHEMA.read_text(encoding="utf-8")))
    # rnc2rng declares `namespace local = ""` as xmlns:local="", which Namespaces in XML 1.0
    # forbids (only the default namespace can be undeclared); the grammar names that empty
    # namespace with ns="" attributes only, so the declaration can go.
    grammar = etree.fromstring(rng.replace(' xmlns:local=""', "").encode("utf-8"))
    rules = [(rule.get("context"), check.get("test"), " ".join(check.text.split()))
             for rule in grammar.iter(f"{{{SCHEMATRON_NS}}}rule")
             for check in rule.iter(f"{{{SCHEMATRON_NS}}}assert")]
    assert len(rules) == 3, "the schema's Schematron rules were not transcribed"
    return etree.RelaxNG(grammar), rules


def atom_problems(doc: etree._ElementTree) -> list[str]:
    """Where an Atom document breaks the RFC 4287 schema, grammar and Schematron rules."""
    schema, rules = atom_schema()
    if not schema.validate(doc):
        return [f"line {e.line}: {e.message}" for e in schema.error_log]
    ns = {"atom": ATOM_NS}
    return [f"{context}: {message}" for context, test, message in rules
            for element in doc.xpath(f"//{context}", namespaces=ns)
            if not element.xpath(f"boolean({test})", namespaces=ns)]


@pytest.fixture(scope="module")
def hub() -> Hub:
    hub, problems = validate(ROOT)
    assert problems == [], [p.format(ROOT) for p in problems[:5]]
    return hub


def feed_path(feed: routes.FeedRoute, fmt: str, lang: str) -> str:
    """Where the feed is published: at the language root (the site root for English)."""
    return ("" if lang == "en" else f"{lang}/") + f"{feed.name}.{fmt}.xml"


def parse(site: Path, feed: routes.FeedRoute, fmt: str, lang: str) -> etree._ElementTree:
    return etree.parse(str(site / feed_path(feed, fmt, lang)))


def built_page(site: Path, url: str) -> Path:
    """The file a URL of the site is served from."""
    assert url.startswith(BASE), f"{url} is not on {BASE}"
    path = url[len(BASE):].split("#")[0]
    assert path == "" or path.endswith("/"), url
    return site / path / "index.html"


def rfc822(text: str | None) -> datetime:
    assert text, "missing date"
    moment = parsedate_to_datetime(text)
    assert moment.tzinfo is not None, f"{text!r} has no timezone"
    return moment


def rfc3339(text: str | None) -> datetime:
    assert text and RFC3339.match(text), f"{text!r} is not an RFC 3339 date-time with offset"
    moment = datetime.fromisoformat(text)
    assert moment.tzinfo is not None
    return moment


def day(record: Record) -> date:
    return record.entity.date if record.kind == "newsletter" else record.entity.updated


def expected(hub: Hub, feed: routes.FeedRoute, today: date) -> list[Record]:
    """The feed's records: every kind's, newsletter issues only from their date, newest first
    (ties by kind then slug, descending), at most MAX_ENTRIES."""
    records = [r for kind in feed.kinds for r in hub.of(kind)
               if kind != "newsletter" or r.entity.date <= today]
    assert records, f"no content for the feed {feed.name}"
    ordered = sorted(records, key=lambda r: (day(r), r.kind, r.slug), reverse=True)
    return ordered[:feeds.MAX_ENTRIES]


@pytest.mark.parametrize("feed", FEEDS)
@pytest.mark.parametrize("lang", LANGS)
def test_atom_is_valid_rfc4287(site, lang, feed):
    assert atom_problems(parse(site, feed, "atom", lang)) == []


def test_atom_schema_rejects_what_rfc4287_forbids(site):
    """The schema is the real one: a feed without id, or without any author, is refused."""
    doc = parse(site, routes.FEEDS[0], "atom", "en")
    assert atom_problems(doc) == []
    no_id = etree.ElementTree(etree.fromstring(etree.tostring(doc)))
    no_id.getroot().remove(no_id.getroot().find(f"{ATOM}id"))
    assert atom_problems(no_id)
    no_author = etree.ElementTree(etree.fromstring(etree.tostring(doc)))
    for author in no_author.getroot().findall(f"{ATOM}author"):
        no_author.getroot().remove(author)
    assert atom_problems(no_author) == [
        "atom:feed: An atom:feed must have an atom:author unless all of its atom:entry "
        "children have an atom:author.",
        *["atom:entry: An atom:entry must have an atom:author if its feed does not."]
        * len(no_author.getroot().findall(f"{ATOM}entry"))]
    bad_date = etree.ElementTree(etree.fromstring(etree.tostring(doc)))
    bad_date.getroot().find(f"{ATOM}updated").text = "25 Nov 2026"
    assert atom_problems(bad_date)


@pytest.mark.parametrize("feed", FEEDS)
@pytest.mark.parametrize("lang", LANGS)
def test_rss_channel(site, lang, feed):
    root = parse(site, feed, "rss", lang).getroot()
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    for name in ("title", "link", "description"):
        assert (channel.findtext(name) or "").strip(), f"channel without {name}"
    assert channel.findtext("language") == lang
    assert channel.findtext("link") == BASE + page_url("index", lang)
    assert built_page(site, channel.findtext("link")).exists()
    self_links = channel.findall(f"{ATOM}link[@rel='self']")
    assert len(self_links) == 1
    assert self_links[0].get("href") == BASE + feed_path(feed, "rss", lang)
    assert self_links[0].get("type") == "application/rss+xml"
    built = rfc822(channel.findtext("lastBuildDate"))
    assert all(rfc822(item.findtext("pubDate")) <= built for item in channel.iter("item"))


@pytest.mark.parametrize("feed", FEEDS)
@pytest.mark.parametrize("lang", LANGS)
def test_rss_items(site, lang, feed):
    items = parse(site, feed, "rss", lang).getroot().findall("channel/item")
    assert 0 < len(items) <= feeds.MAX_ENTRIES
    for item in items:
        for name in ("title", "link", "description"):
            assert (item.findtext(name) or "").strip(), f"item without {name}"
        assert item.find("guid").get("isPermaLink") == "false"
    guids = [item.findtext("guid") for item in items]
    assert len(set(guids)) == len(guids), "guids repeat"
    dates = [rfc822(item.findtext("pubDate")) for item in items]
    assert dates == sorted(dates, reverse=True), "items are not newest first"


@pytest.mark.parametrize("feed", FEEDS)
@pytest.mark.parametrize("lang", LANGS)
def test_atom_feed_and_entries(site, lang, feed):
    root = parse(site, feed, "atom", lang).getroot()
    assert root.get(XML_LANG) == lang
    updated = rfc3339(root.findtext(f"{ATOM}updated"))
    links = {link.get("rel"): link for link in root.findall(f"{ATOM}link")}
    assert links["self"].get("href") == BASE + feed_path(feed, "atom", lang)
    assert links["self"].get("type") == "application/atom+xml"
    assert links["alternate"].get("href") == BASE + page_url("index", lang)
    assert built_page(site, links["alternate"].get("href")).exists()
    entries = root.findall(f"{ATOM}entry")
    assert 0 < len(entries) <= feeds.MAX_ENTRIES
    ids = [entry.findtext(f"{ATOM}id") for entry in entries]
    assert len(set(ids)) == len(ids), "entry ids repeat"
    moments = []
    for entry in entries:
        assert entry.get(XML_LANG) in BY_CODE, "entry without xml:lang"
        moments.append(rfc3339(entry.findtext(f"{ATOM}updated")))
        if entry.find(f"{ATOM}published") is not None:
            assert rfc3339(entry.findtext(f"{ATOM}published")) <= moments[-1]
        alternates = entry.findall(f"{ATOM}link")
        assert [link.get("rel") for link in alternates] == ["alternate"]
        assert alternates[0].get("type") == "text/html"
        assert alternates[0].get("hreflang") == lang
    assert moments == sorted(moments, reverse=True), "entries are not newest first"
    assert max(moments) <= updated


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("feed", ENTITY_FEEDS)
@pytest.mark.parametrize("lang", LANGS)
def test_entries_are_the_published_content(site, hub, lang, feed, fmt):
    """Every published record of the feed's kinds, in order, titled and linked in the feed's
    language; an entry shown in another language says so and carries that language."""
    records = expected(hub, feed, build_date())
    root = parse(site, feed, fmt, lang).getroot()
    if fmt == "rss":
        entries = [(item.findtext("title"), item.findtext("link"), item.findtext("description"),
                    rfc822(item.findtext("pubDate")), None)
                   for item in root.iter("item")]
    else:
        entries = [(e.findtext(f"{ATOM}title"), e.find(f"{ATOM}link").get("href"),
                    e.findtext(f"{ATOM}summary"), rfc3339(e.findtext(f"{ATOM}updated")),
                    e.get(XML_LANG)) for e in root.iter(f"{ATOM}entry")]
    assert [link for _, link, *_ in entries] == [
        BASE + page_url(f"{r.kind}/{r.slug}", lang) for r in records]
    gettext = strings.translations(lang).gettext
    for record, (title, link, summary, moment, entry_lang) in zip(records, entries, strict=True):
        assert built_page(site, link).exists(), f"{link} leads to no page"
        assert title == record.localized(lang).display_title
        assert moment.date() == day(record)
        shown_in = record.text_lang(lang, "summary")
        # The language's name as CLDR writes it in the feed's language ("inglés").
        note = gettext(NOTE) % {"language": Locale.parse(lang).languages[shown_in]}
        if shown_in != lang:
            assert summary.startswith(f"<p>{note}"), f"{link} does not say it is untranslated"
        else:
            assert note not in summary
        if fmt == "atom":
            assert entry_lang == shown_in


@pytest.mark.parametrize("feed", CHANGE_FEEDS)
@pytest.mark.parametrize("lang", LANGS)
def test_change_entries_lead_to_what_changed(site, hub, lang, feed):
    """A feed of changes: each entry leads to the place on its page where the change shows
    (a recommendation, the follow-up due, a campaign's stage), is dated no later than the
    build, and names the status in the feed's language."""
    root = parse(site, feed, "atom", lang).getroot()
    entries = root.findall(f"{ATOM}entry")
    assert entries, f"the feed {feed.name} is empty"
    labels = strings.translations(lang).gettext
    for entry in entries:
        href = entry.find(f"{ATOM}link").get("href")
        page, _, anchor = href.partition("#")
        path = built_page(site, page)
        assert path.exists(), f"{href} leads to no page"
        assert f'id="{anchor}"' in path.read_text(encoding="utf-8"), f"{href}: no such place"
        assert rfc3339(entry.findtext(f"{ATOM}updated")).date() <= build_date()
    titles = [entry.findtext(f"{ATOM}title") for entry in entries]
    statuses = {labels(name) for names in VOCABULARIES.values() for name in names.values()}
    assert any(title.endswith(tuple(statuses)) for title in titles), titles[:5]
