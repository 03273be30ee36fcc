"""The Start here page and the planner's printable checklist, as the fixture hub builds them
(no JavaScript). Expected values are read off the fixture files by hand:

- phases: "Implement" (1; skills facilitation and process_design; cases of city scope; designs
  and tools) and "Record" (2; skill deliberation_basics; followed-up cases; campaigns);
- training: facilitation (topic facilitation), what-is-deliberation (deliberation_basics);
  the resource sample-guide (skill process_design); chapters offering facilitation: XR Faraway
  and XR Riverland (same date: by name), and campaigning: XR Riverside; the city case
  riverside-climate-assembly; the case followed up, riverside-peoples-assembly; both
  campaigns, Northshire's news the latest;
- benchmark items of the fixture carry the lead times of the real ones (B02 20 weeks, B01,
  B11 and B12 16, ...); the case riverside-climate-assembly met B01 (2) and B02 (3, "The
  council committed in advance.")."""

from __future__ import annotations

import lxml.html
from site_paths import read


def tree(site, lang: str, path: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(read(site, lang, path))


def text(element) -> str:
    return " ".join(element.text_content().split())


def lists(section) -> dict[str, list[str]]:
    """Each h3 of a section with the link texts of the list under it."""
    return {text(h3): [text(a) for a in h3.getnext().xpath("./li/a")]
            for h3 in section.xpath(".//h3")}


def test_start_here_walks_the_phases_in_order(fixture_site):
    page = tree(fixture_site, "en", "start/")
    assert [text(h) for h in page.xpath("//section[@class='pd-phase']/h2")] == [
        "Phase 1: Implement", "Phase 2: Record"]
    implement, record = page.xpath("//section[@class='pd-phase']")
    assert [text(li) for li in implement.xpath(".//ol[@class='pd-steps']/li")] == [
        "Answer the guide's questions.", "Plan the assembly against the standards."]
    assert lists(implement) == {
        "Training (1)": ["Facilitation basics"],
        "Assembly designs (1)": ["Citizens' assembly"],
        "Digital tools (1)": ["Decidim"],
        "Resources (1)": ["A guide to citizens' assemblies"],
        "Groups of the network that offer help (2)": ["XR Faraway", "XR Riverland"],
        "Assemblies to learn from (1)": ["Riverside Climate Assembly"]}
    assert lists(record) == {
        "Training (1)": ["What deliberative democracy is"],
        "Campaigns for assemblies (2)": ["Northshire campaign for a regional assembly",
                                         "Riverside campaign for a climate assembly"],
        "Assemblies to learn from (1)": ["Riverside People's Assembly on the river"]}
    assert record.xpath(".//h3[starts-with(., 'Assemblies')]/following::p[1]/a/@href") == [
        "../recommendations/"]


def test_start_here_in_arabic_says_where_text_is_untranslated(fixture_site):
    page = tree(fixture_site, "ar", "start/")
    assert [text(h) for h in page.xpath("//section[@class='pd-phase']/h2")] == [
        "المرحلة 1: Implement", "المرحلة 2: Record"]
    steps = page.xpath("//ol[@class='pd-steps']")[0]
    assert (steps.get("lang"), steps.get("dir")) == ("en", "auto")


def test_plan_is_a_printable_checklist_without_javascript(fixture_site):
    page = tree(fixture_site, "en", "plan/")
    assert page.xpath("//div[@id='pd-plan']")[0].get("hidden") is not None  # shown by plan.js
    ca, pa = page.xpath("//section[@class='pd-plan']")
    assert (ca.get("data-checklist"), pa.get("data-checklist")) == ("ca", "pa")
    ids = [li.get("id") for li in ca.xpath(".//li[@class='pd-plan__item']")]
    assert ids == ["plan-b02", "plan-b01", "plan-b11", "plan-b12", "plan-b05", "plan-b06",
                   "plan-b15", "plan-b07", "plan-b04", "plan-b08", "plan-b10", "plan-b14",
                   "plan-b09", "plan-b13", "plan-b16", "plan-b03"]
    assert [text(h) for h in ca.xpath(".//h3")] == [
        "Groundwork: local partners", "Before the assembly", "During the assembly",
        "After the assembly", "Follow-up dates"]
    b02 = ca.xpath(".//li[@id='plan-b02']")[0]
    assert text(b02.xpath(".//span[@data-weeks-before]")[0]) == (
        "20 weeks before the first meeting")
    assert b02.xpath(".//span/@data-weeks-before") == ["20"]
    assert b02.xpath(".//input/@value") == ["B02"]
    helps = [text(p) for p in b02.xpath(".//p[@class='pd-plan__help']")]
    assert helps == ["What the cases that met it did:",
                     "Groups of the network that offer help: XR Riverside"]  # campaigning
    # What the case did: the note of its rating of B02.
    assert [text(li) for li in b02.xpath(".//ul[@class='pd-plan__cases']/li")] == [
        "Riverside Climate Assembly: The council committed in advance."]
    b10 = ca.xpath(".//li[@id='plan-b10']")[0]
    assert [text(p) for p in b10.xpath(".//p[@class='pd-plan__help']")] == [
        "Training: Facilitation basics",
        "Groups of the network that offer help: XR Faraway, XR Riverland"]
    assert b10.xpath(".//p[@class='pd-plan__help']/bdi/a/@href") == [
        "../training/facilitation/", "../chapters/xr-faraway/", "../chapters/xr-riverland/"]
    assert ca.xpath(".//ul[@class='pd-plan__dates']//span/@data-after-months") == [
        "respond", "3", "9", "15"]
    pa_ids = [li.get("id") for li in pa.xpath(".//li[@class='pd-plan__item']")]
    assert pa_ids == ["plan-p01", "plan-p02", "plan-p05", "plan-p04", "plan-p08", "plan-p03",
                      "plan-p06", "plan-p07"]
