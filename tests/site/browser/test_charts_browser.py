"""The charts of the real site measured in the browser (issue #27): on a phone (360 px wide) and
on a desktop (1280 px), in English and in Arabic, every text of every chart renders at 12 CSS
pixels or more and not oversized, overlaps no other text of its chart and is not clipped by it."""

from __future__ import annotations

from pathlib import Path

import pytest
from site_paths import html_pages, lang_of

MIN_PX = 12  # the "at least 12 CSS pixels at 360 px width"
MAX_PX = 20  # and not absurdly large on a desktop
SLACK = 0.5  # px of rounding allowed where boxes meet
# The charts of charts.py: inline SVG images described by their "chart-…" title and description.
CHARTS = 'svg[role="img"][aria-describedby^="chart-"]'

# Per chart: its title, its box, and per text its content, rendered font size and box, all in
# CSS pixels. The size is the computed one times the scale of the chart on the screen.
MEASURE = """selector => [...document.querySelectorAll(selector)].map(svg => {
  const box = r => ({left: r.left, right: r.right, top: r.top, bottom: r.bottom});
  return {
    title: svg.querySelector("title").textContent,
    box: box(svg.getBoundingClientRect()),
    texts: [...svg.querySelectorAll("text")].map(text => {
      const ctm = text.getScreenCTM();
      return {text: text.textContent, box: box(text.getBoundingClientRect()),
              px: parseFloat(getComputedStyle(text).fontSize) * Math.hypot(ctm.a, ctm.b)};
    }),
  };
})"""


def chart_pages(site: Path, lang: str) -> list[str]:
    """The site-relative addresses of the pages of a language that have a chart."""
    found = []
    for page in html_pages(site):
        relative = page.relative_to(site).as_posix()
        if lang_of(relative) == lang and 'aria-describedby="chart-' in page.read_text("utf-8"):
            found.append(relative.removesuffix("index.html"))
    return found


def overlap(a: dict, b: dict) -> bool:
    return (min(a["right"], b["right"]) - max(a["left"], b["left"]) > SLACK
            and min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]) > SLACK)


def inside(inner: dict, outer: dict) -> bool:
    return (inner["left"] >= outer["left"] - SLACK and inner["right"] <= outer["right"] + SLACK
            and inner["top"] >= outer["top"] - SLACK
            and inner["bottom"] <= outer["bottom"] + SLACK)


def problems_of(chart: dict) -> list[str]:
    """What is wrong with the texts of one measured chart, in words."""
    found = []
    texts = chart["texts"]
    for i, text in enumerate(texts):
        if not MIN_PX <= text["px"] <= MAX_PX:
            found.append(f"{text['text']!r} at {text['px']:.1f} px")
        if not inside(text["box"], chart["box"]):
            found.append(f"{text['text']!r} clipped")
        found += [f"{text['text']!r} overlaps {other['text']!r}"
                  for other in texts[i + 1:] if overlap(text["box"], other["box"])]
    return found


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_chart_text_is_legible_whole_and_apart(browser, site, server, lang, width):
    pages = chart_pages(site, lang)
    assert any(page.endswith("research/") for page in pages), pages
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    problems, texts = [], 0
    for relative in pages:
        page.goto(server + relative, wait_until="load")
        for chart in page.evaluate(MEASURE, CHARTS):
            texts += len(chart["texts"])
            problems += [f"{relative} {chart['title']!r}: {problem}"
                         for problem in problems_of(chart)]
    context.close()
    assert texts > 50, "the charts have hardly any text to measure"
    assert not problems, "\n".join(problems[:40])
