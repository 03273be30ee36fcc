"""Compare the search of two built sites side by side, as a reader's browser runs each: for each
query, the pages each finds, the pages only one of them finds, and the bytes (gzip) the first
search transfers. Each site is searched with its own script and index, so a build of an older
revision (made with ``scripts/same_site.py --keep``) can be held against the current one.

    python scripts/same_site.py --before 94fe672 --keep /tmp/compare
    python scripts/compare_search.py /tmp/compare/site-before /tmp/compare/site-after
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from urllib.parse import urlsplit

from bench import CHROMIUM, CHROMIUM_FLAGS, gzipped, local_file
from playwright.sync_api import sync_playwright

from partdem.testing.localsite import serving

# Per language: common words, a plural or inflected form, a word written without its accents,
# an Arabic word with its prefixes, and a query of two words.
QUERIES = {
    "en": ["assembly", "lotteries", "gdansk", "climate", "recommendations", "facilitators",
           "citizens jury"],
    "es": ["asamblea", "sorteo", "ciudadanas", "clima", "recomendaciones"],
    "fr": ["assemblée", "assemblee", "tirage", "citoyens", "recommandations"],
    "de": ["Versammlung", "Bürgerrat", "burgerrat", "Losverfahren", "Empfehlungen"],
    "pt": ["assembleia", "sorteio", "cidadãos", "cidadaos", "recomendações"],
    "ar": ["جمعية", "بالجمعية", "المناخ", "المواطنين", "توصيات"],
}


def found(site: Path, lang: str, query: str) -> tuple[set[str], int]:
    """The pages (without their sections) a search for ``query`` finds on the case list of
    ``lang``, every result shown, and the bytes (gzip) that search transferred before its first
    results were shown."""
    prefix = "" if lang == "en" else f"{lang}/"
    with serving(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 412, "height": 915})
        page.goto(base + prefix + "cases/", wait_until="networkidle")
        urls: list[str] = []
        page.on("request", lambda request: urls.append(request.url))
        page.click("label.pd-search-button")
        page.keyboard.type(query)
        page.wait_for_selector(".md-search-result[aria-busy=false]", state="attached")
        page.wait_for_load_state("networkidle")
        first = [url for url in dict.fromkeys(urls) if url.startswith(base)]
        while page.locator(".pd-search-more").is_visible():
            page.click(".pd-search-more")
            page.wait_for_selector(".md-search-result[aria-busy=false]", state="attached")
        links = page.eval_on_selector_all(".md-search-result__item a",
                                          "els => els.map(e => e.href)")
        browser.close()
    sent = sum(gzipped(local_file(site, base, url).read_bytes()) for url in first)
    return {urlsplit(link).path for link in links}, sent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path, help="a built site")
    parser.add_argument("after", type=Path, help="another built site")
    args = parser.parse_args(argv)
    print("| language | query | pages found, before / after | found before only "
          "| found after only | first search, before / after (KB gzip) |")
    print("|---|---|---:|---:|---:|---:|")
    for lang, queries in QUERIES.items():
        for query in queries:
            before, before_sent = found(args.before, lang, query)
            after, after_sent = found(args.after, lang, query)
            print(f"| {lang} | {query} | {len(before)} / {len(after)} | {len(before - after)} "
                  f"| {len(after - before)} | {before_sent / 1000:.0f} / "
                  f"{after_sent / 1000:.0f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
