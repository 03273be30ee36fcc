"""RSS 2.0 and Atom 1.0 feeds per language: one per type that declares one, and everything new.

Entries have ids that never change when a title is edited (a tag URI of kind, slug and
language), timezone-aware dates from the content (so two builds are identical), newest first,
and at most MAX_ENTRIES. feedgen's Atom output drops rel/type/hreflang of entry links and has no
per-entry language: both are put back with lxml.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from feedgen.feed import FeedGenerator
from lxml import etree

from partdem.content import sanitize, translations
from partdem.content.hub import Hub, Record
from partdem.content.markup import md_html
from partdem.content.routes import (
    FEED_FORMATS,
    FEEDS,
    TAG_AUTHORITY,
    FeedRoute,
    feed_file,
)
from partdem.outputs.job import Job
from partdem.site.language import SiteLanguage

MAX_ENTRIES = 50
ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _moment(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def entry_date(record: Record) -> date:
    """The date a feed gives an entry: its type's date (``updated``, or an issue's date)."""
    return record.type.date_of(record.entity)


def published(hub: Hub, kinds: tuple[str, ...], today: date) -> list[Record]:
    """The public records of the kinds, newest first."""
    records = [r for kind in kinds for r in hub.of(kind) if r.is_published(today)]
    return sorted(records, key=lambda r: (entry_date(r), r.kind, r.slug), reverse=True)


@dataclass(frozen=True)
class Entry:
    """One entry of a feed, in the reader's language: its id after the language, its title,
    page, summary (Markdown), date and the language its text is in."""

    id: str
    title: str
    stem: str
    anchor: str
    summary: str
    day: date
    text_lang: str


def record_entries(hub: Hub, feed: FeedRoute, lang: SiteLanguage, today: date) -> list[Entry]:
    """A feed of entities: the newest public ones, each with its summary."""
    return [_record_entry(record, lang)
            for record in published(hub, feed.kinds, today)[:MAX_ENTRIES]]


def _record_entry(record: Record, lang: SiteLanguage) -> Entry:
    gettext = lang.gettext
    entity = record.localized(lang.code)
    text_lang = record.text_lang(lang.code, "summary")
    summary = entity.summary
    if text_lang != lang.code:
        # The language named in the reader's language: "en inglés", not "en English".
        note = gettext("Not yet translated: this entry is in %(language)s.")
        summary = f"{note % {'language': lang.language(text_lang)}} {summary}"
    elif record.status(lang.code) is translations.Status.OUTDATED:
        # Not inside the f-string: the extractor of interface strings would not see it there.
        note = gettext("This translation may be out of date.")
        summary = f"{note} {summary}"
    return Entry(f"{record.kind}/{record.slug}", entity.display_title, record.stem, "",
                 summary, entry_date(record), text_lang)


def change_entries(hub: Hub, feed: FeedRoute, lang: SiteLanguage, today: date) -> list[Entry]:
    """A feed of changes: the newest dated changes of the public entities of the kinds."""
    entries = []
    for record in (r for kind in feed.kinds for r in hub.of(kind) if r.is_published(today)):
        entity = record.localized(lang.code)
        for change in entity.changes(today):
            values = {name: lang.label(*value) if isinstance(value, tuple) else value
                      for name, value in change.values.items()}
            title = lang.gettext(change.title) % values
            # A change whose title already names its entity does not name it twice.
            lead = title if title.startswith(entity.display_title) else (
                f"{entity.display_title}: {title}")
            summary = f"{lead}\n\n{change.text}".strip()
            entries.append(Entry(f"{record.kind}/{record.slug}{change.key}", title, record.stem,
                                 change.anchor, summary, change.day,
                                 record.text_lang(lang.code, "title")))
    entries.sort(key=lambda e: (e.day, e.id), reverse=True)
    return entries[:MAX_ENTRIES]


def build(hub: Hub, feed: FeedRoute, lang: SiteLanguage, site_url: str, today: date) -> dict[
        str, bytes]:
    """The RSS and Atom documents of one feed in one language, by format."""
    gettext = lang.gettext
    base = site_url.rstrip("/") + "/"
    entries = (change_entries if feed.changes else record_entries)(hub, feed, lang, today)
    newest = entries[0].day if entries else today
    site_name = gettext("PartDem Hub")
    outputs = {}
    for fmt in FEED_FORMATS:
        fg = FeedGenerator()
        fg.id(f"tag:{TAG_AUTHORITY}:{lang.code}/{feed.name}")
        fg.title(f"{site_name}: {gettext(feed.title)}")
        fg.subtitle(gettext("Citizens' and People's Assemblies for the climate: how groups around "
                            "the world organised them, what worked, and how to run one well."))
        fg.language(lang.code)
        fg.updated(_moment(newest))
        fg.lastBuildDate(_moment(newest))
        fg.rights(gettext("Content under CC BY-SA 4.0 unless a page says otherwise"))
        fg.generator("PartDem Hub")
        # Atom requires an author of the feed when its entries have none (RFC 4287, 4.1.1);
        # without an email address feedgen writes none into RSS, where it would be personal.
        fg.author(name=site_name, uri=base)
        # feedgen's RSS channel link is the last link added: the self link first.
        fg.link(href=base + feed_file(feed, fmt, lang.code), rel="self",
                type=FEED_FORMATS[fmt])
        fg.link(href=base + lang.url("index"), rel="alternate", type="text/html",
                hreflang=lang.code)
        for entry in entries:
            _add_entry(fg, entry, lang, base)
        xml = fg.rss_str(pretty=True) if fmt == "rss" else fg.atom_str(pretty=True)
        outputs[fmt] = _fix_atom(xml, entries, lang.code) if fmt == "atom" else xml
    return outputs


def _add_entry(fg: FeedGenerator, entry: Entry, lang: SiteLanguage, base: str) -> None:
    item = fg.add_entry(order="append")
    item.id(f"tag:{TAG_AUTHORITY}:{lang.code}/{entry.id}")
    item.guid(f"tag:{TAG_AUTHORITY}:{lang.code}/{entry.id}", permalink=False)
    item.title(entry.title)
    anchor = f"#{entry.anchor}" if entry.anchor else ""
    item.link(href=base + lang.url(entry.stem) + anchor, rel="alternate")
    # Feed readers show the description as HTML: it is rendered safely, never passed raw
    # (feedgen puts the same text in RSS's description and, typed as HTML, in Atom's summary),
    # and without images, which a feed reader would fetch as soon as it shows the entry.
    item.summary(sanitize.feed(md_html(entry.summary)), type="html")
    item.updated(_moment(entry.day))
    item.published(_moment(entry.day))


def _fix_atom(xml: bytes, entries: list[Entry], lang: str) -> bytes:
    """Put back what feedgen drops: link rel/type/hreflang, and each entry's language."""
    root = etree.fromstring(xml)
    root.set(XML_LANG, lang)
    for entry, source in zip(root.findall(f"{{{ATOM}}}entry"), entries, strict=True):
        entry.set(XML_LANG, source.text_lang)
        for link in entry.findall(f"{{{ATOM}}}link"):
            link.set("rel", "alternate")
            link.set("type", "text/html")
            link.set("hreflang", lang)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def write(job: Job, lang: SiteLanguage) -> list[str]:
    """Write every feed of ``lang``; returns the paths written."""
    return [job.write(feed_file(feed, fmt, lang.code), xml) for feed in FEEDS
            for fmt, xml in build(job.hub, feed, lang, job.site.url, job.today).items()]

