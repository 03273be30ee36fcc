"""Campaigns and the network from local to global, as the fixture hub's pages show them.

The fixture (tests/fixtures/valid) has two campaigns: Riverside's (GB, city, reached "running" on
2021-03-06, with the chapter xr-riverside and the case riverside-climate-assembly) and
Northshire's (NZ, regional, refused on 2022-09-20); and three chapters: the national XR
Riverland (GB, offers facilitation and media), the local XR Riverside, part of it (needs
facilitation and fundraising), and the national XR Faraway (NZ, offers fundraising and
facilitation). Every expected value below is read off those files by hand."""

from __future__ import annotations

import json

import lxml.html
from lxml import etree
from site_paths import read


def tree(site, lang: str, path: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(read(site, lang, path))


def text(element) -> str:
    return " ".join(element.text_content().split())


def test_campaign_list_newest_news_first_with_its_facets(fixture_site):
    page = tree(fixture_site, "en", "campaigns/")
    rows = page.xpath("//table[@id='pd-campaigns']/tbody/tr")
    assert [(r.get("data-country"), r.get("data-stage"), r.get("data-scope"),
             r.get("data-authority"), r.get("data-chapter")) for r in rows] == [
        ("NZ", "refused", "regional", "regional_government", ""),
        ("GB", "running", "city", "local_government", "xr-riverside")]
    assert [text(r) for r in rows] == [
        "Northshire campaign for a regional assembly New Zealand Northshire Regional Council "
        "Refused (September 20, 2022) 2022",
        "Riverside campaign for a climate assembly Riverside, United Kingdom Riverside Borough "
        "Council Assembly running (March 6, 2021) 2020"]
    config = json.loads(page.xpath("//div[@id='pd-campaign-filters']/script")[0].text)
    assert {name: facet["values"] for name, facet in config["facets"].items()} == {
        "region": {"europe": "Europe", "oceania": "Oceania"},
        "country": {"NZ": "New Zealand", "GB": "United Kingdom"},
        "stage": {"running": "Assembly running", "refused": "Refused"},
        "scope": {"city": "City", "regional": "Regional"},
        "authority": {"local_government": "Local government",
                      "regional_government": "Regional government"},
        "chapter": {"xr-riverside": "XR Riverside"},
    }


def test_campaign_list_counts_stages_and_maps_countries(fixture_site):
    page = tree(fixture_site, "en", "campaigns/")
    stages = page.xpath("//h2[@id='stages']/following::table[1]/tbody/tr")
    assert [[text(cell) for cell in r] for r in stages] == [["Assembly running", "1"],
                                                            ["Refused", "1"]]
    assert [a.get("href") for a in page.xpath("//h2[@id='stages']/following::table[1]//a")] == [
        "./?stage=running", "./?stage=refused"]
    links = {a.get("href"): text(a) for a in page.xpath("//figure[@class='pd-map']//a")}
    assert links == {"./?country=GB": "United Kingdom: 1", "./?country=NZ": "New Zealand: 1"}


def test_campaign_list_in_arabic(fixture_site):
    page = tree(fixture_site, "ar", "campaigns/")
    assert page.xpath("//body/@dir") == ["rtl"]
    config = json.loads(page.xpath("//div[@id='pd-campaign-filters']/script")[0].text)
    assert config["facets"]["stage"] == {"label": "المرحلة التي بلغتها",
                                         "values": {"refused": "رُفضت",
                                                    "running": "الجمعية منعقدة"}}


def test_campaign_page_shows_the_way_to_an_assembly(fixture_site):
    page = tree(fixture_site, "en", "campaigns/riverside-assembly-campaign/")
    facts = {text(dt): text(dt.getnext()) for dt in page.xpath("//section[@class='pd-facts']//dt")}
    assert facts == {
        "Stage reached": "Assembly running (March 6, 2021)",
        "Place": "Riverside, United Kingdom", "Scope": "City",
        "Authority asked": "Riverside Borough Council (Local government)",
        "Campaigning groups": "XR Riverside, Riverside Youth for Climate",
        "Since": "June 15, 2020", "Chapters taking part": "XR Riverside",
        "The assembly": "Riverside Climate Assembly"}
    assert page.xpath("//dt[.='The assembly']/following-sibling::dd[1]/a/@href") == [
        "../../cases/riverside-climate-assembly/"]
    assert [text(li) for li in page.xpath("//ol[@class='pd-path']/li")] == [
        "✓ Demand made: June 15, 2020", "✓ Motion or pledge: September 10, 2020",
        "✓ Commissioned: December 1, 2020", "✓ Assembly running: March 6, 2021",
        "○ Assembly reported: not reached", "○ Authority responded: not reached"]
    stages = page.xpath("//ol[@class='pd-stages']/li")
    assert [li.get("id") for li in stages] == ["stage-0", "stage-1", "stage-2", "stage-3"]
    assert text(stages[0]) == ("June 15, 2020 · Demand made XR Riverside handed the council a "
                               "petition for an assembly. Source: XR Riverside - our petition")
    assert stages[0].xpath(".//a/@href") == ["https://xr-riverside.example.org/petition"]


def test_a_refused_campaign_ends_on_its_refusal(fixture_site):
    page = tree(fixture_site, "en", "campaigns/northshire-assembly-campaign/")
    path = [text(li) for li in page.xpath("//ol[@class='pd-path']/li")]
    assert path[0] == "✓ Demand made: June 1, 2022"
    assert path[1:6] == ["○ Motion or pledge: not reached", "○ Commissioned: not reached",
                         "○ Assembly running: not reached", "○ Assembly reported: not reached",
                         "○ Authority responded: not reached"]
    assert path[6:] == ["✗ Refused: September 20, 2022"]


def test_feed_of_stages_reached(fixture_site):
    root = etree.fromstring((fixture_site / "campaigns.rss.xml").read_bytes())
    items = [(i.findtext("title"), i.findtext("link").split("/", 3)[3], i.findtext("pubDate"))
             for i in root.iter("item")]
    assert items == [
        ("Northshire campaign for a regional assembly: Refused",
         "campaigns/northshire-assembly-campaign/#stage-1", "Tue, 20 Sep 2022 00:00:00 +0000"),
        ("Northshire campaign for a regional assembly: Demand made",
         "campaigns/northshire-assembly-campaign/#stage-0", "Wed, 01 Jun 2022 00:00:00 +0000"),
        ("Riverside campaign for a climate assembly: Assembly running",
         "campaigns/riverside-assembly-campaign/#stage-3", "Sat, 06 Mar 2021 00:00:00 +0000"),
        ("Riverside campaign for a climate assembly: Commissioned",
         "campaigns/riverside-assembly-campaign/#stage-2", "Tue, 01 Dec 2020 00:00:00 +0000"),
        ("Riverside campaign for a climate assembly: Motion or pledge",
         "campaigns/riverside-assembly-campaign/#stage-1", "Thu, 10 Sep 2020 00:00:00 +0000"),
        ("Riverside campaign for a climate assembly: Demand made",
         "campaigns/riverside-assembly-campaign/#stage-0", "Mon, 15 Jun 2020 00:00:00 +0000")]
    first = next(root.iter("item")).findtext("description")
    assert first == ("<p>Northshire campaign for a regional assembly: Refused</p>\n"
                     "<p>The council voted the proposal down.</p>")


def test_open_data_gives_the_stage_reached(fixture_site):
    data = json.loads((fixture_site / "api/v1/campaigns.json").read_text(encoding="utf-8"))
    assert [(i["id"], i["stage"], i["started"], i["case"]) for i in data["items"]] == [
        ("northshire-assembly-campaign", "refused", "2022-06-01", None),
        ("riverside-assembly-campaign", "running", "2020-06-15", "riverside-climate-assembly")]


def test_the_case_names_the_campaign_for_it(fixture_site):
    page = tree(fixture_site, "en", "cases/riverside-climate-assembly/")
    dd = page.xpath("//dt[.='Campaigned for by']/following-sibling::dd[1]")[0]
    assert text(dd) == "Riverside campaign for a climate assembly"
    assert dd.xpath("a/@href") == ["../../campaigns/riverside-assembly-campaign/"]


def test_network_tree_by_country_and_level(fixture_site):
    page = tree(fixture_site, "en", "chapters/")
    europe = page.xpath("//h3[@id='country-gb']/following-sibling::ul[1]")[0]
    top = europe.xpath("./li")
    assert [text(li.xpath("bdi")[0]) for li in top] == ["XR Riverland"]
    members = top[0].xpath("./ul[@class='pd-tree']/li")
    assert [text(li.xpath("bdi")[0]) for li in members] == ["XR Riverside"]
    about = [text(li) for li in members[0].xpath("./ul[@class='pd-tree__about']/li")]
    assert about == [
        "Needs: Facilitation — offered by XR Riverland, XR Faraway",
        "Needs: Fundraising — offered by XR Faraway",
        "Offers: Campaigning",
        "Campaigns: Riverside campaign for a climate assembly (Assembly running)"]
    oceania = page.xpath("//h3[@id='country-nz']/following-sibling::ul[1]/li")
    assert [text(li.xpath("bdi")[0]) for li in oceania] == ["XR Faraway"]
    assert [h.get("id") for h in page.xpath("//h2[starts-with(@id, 'region-')]")] == [
        "region-europe", "region-oceania"]


def test_chapter_page_names_its_group_and_who_can_help(fixture_site):
    page = tree(fixture_site, "en", "chapters/xr-riverside/")
    dd = page.xpath("//dt[.='Part of']/following-sibling::dd[1]")[0]
    assert (text(dd), dd.xpath("a/@href")) == ("XR Riverland", ["../xr-riverland/"])
    helping = [text(li) for li in page.xpath("//h2[@id='help']/following::ul[1]/li")]
    assert helping == [
        "Facilitation: XR Riverland (National, United Kingdom), XR Faraway (National, New "
        "Zealand)",
        "Fundraising: XR Faraway (National, New Zealand)"]
    national = tree(fixture_site, "en", "chapters/xr-riverland/")
    dd = national.xpath("//dt[.='Groups that are part of it']/following-sibling::dd[1]")[0]
    assert text(dd) == "XR Riverside"
