"""The emails and feeds of the real built site fetch nothing from another host."""

from __future__ import annotations

from outside import fetched
from test_email_feed_hosts import ICON, entries, policy


# -- the real site, as built ----------------------------------------------------------------
def test_built_emails_and_feeds_fetch_nothing_from_another_host(site):
    emails = sorted(site.rglob("email.html"))
    assert emails, "no email was built"
    found = []
    for path in emails:
        html = path.read_text(encoding="utf-8")
        rules = policy(html)
        if rules.get("img-src") != "data:" and "<img" not in html:
            found.append(f"{path.relative_to(site)}: img-src {rules.get('img-src')}")
        found += [f"{path.relative_to(site)}: fetches {url}" for url in fetched(html)
                  if url != ICON]
    xml_feeds = sorted(site.rglob("*.rss.xml")) + sorted(site.rglob("*.atom.xml"))
    assert xml_feeds, "no feed was built"
    for path in xml_feeds:
        for html in entries(path.read_bytes()):
            found += [f"{path.relative_to(site)}: fetches {url}" for url in fetched(html)]
    assert found == []

