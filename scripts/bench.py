"""Benchmark of the hub: check and build times, memory, page weight and what a search downloads,
side by side with a plain mkdocs-material + static-i18n site of as many pages per language.

For each size N it writes a synthetic hub into a temporary folder: the project's code, theme and
hand-written pages, the real content of data/ with N cases (below the real number, cases that no
other file names are left out; above it, real cases are cloned with their benchmark ratings, a
chosen share of the clones keeping their translations). Then, in one run, it measures and prints
a Markdown table (minimum and median of the repetitions):

- ``partdem check`` on that content: the whole command (from compiled bytecode), and validation
  alone;
- the full build of the hub (``partdem build``, every language) and of the plain site, and the
  ratio of the two; peak memory of each;
- the same build with one worker process (PARTDEM_JOBS=1), once, to show what building the
  languages in parallel brings;
- the output size, the HTML of a case page, the bytes a first visit to a case page transfers
  (every file the browser requests, raw and gzip, and whether any request left the site), and
  the bytes a reader's first search for one word transfers (the parts of the index and the
  passages of the results it needs);
- Lighthouse (mobile settings) on a case page: performance and accessibility, median of the
  repetitions;
- with ``--serve``: the time from saving a changed YAML file to the new page in ``mkdocs serve``
  building one language, at the size of the real content.

It ends with the targets of issue #10, each with the figure that meets it or not.

Run: ``make bench`` or ``python scripts/bench.py --sizes 300,1000 --repeat 3``. Results belong in
the README's development section with the command that produced them, never in a timed test.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import gzip
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from partdem.content.languages import CODES, DEFAULT_LANGUAGE
from partdem.content.validate import validate
from partdem.testing.localsite import serving
from partdem.testing.project import copy_project

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
CHROMIUM = "/usr/bin/chromium"
SEARCH_WORD = "climate"  # a one-word search that finds most pages: the most it downloads
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run", "--disable-sync"]
ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1")


def source_files(folder: Path) -> list[Path]:
    """The source files of a content folder (not their translations), by name."""
    return sorted(path for path in folder.glob("*.yaml") if "." not in path.stem)


def make_hub(target: Path, cases: int | None = None, share: float = 0) -> int:
    """The project with the real content and ``cases`` cases (None: the real ones); returns the
    number of cases.

    Below the real number, cases that no other file names are left out; above it, real cases
    are cloned, a ``share`` of the clones with their translations."""
    copy_project(ROOT, target)
    shutil.copytree(ROOT / "data", target / "data")
    folder = target / "data" / "cases"
    seeds = source_files(folder)
    if cases is None:
        return len(seeds)
    if cases < len(seeds):
        others = " ".join(path.read_text(encoding="utf-8") for path in
                          (target / "data").rglob("*.yaml") if path.parent != folder)
        unnamed = [seed for seed in reversed(seeds) if seed.stem not in others]
        dropped = unnamed[:len(seeds) - cases]
        for seed in dropped:
            for path in folder.glob(f"{seed.stem}.*yaml"):
                path.unlink()
        return len(seeds) - len(dropped)
    clones = cases - len(seeds)
    for n in range(clones):
        seed = seeds[n % len(seeds)]
        slug = f"{seed.stem}-copy-{n:04d}"
        shutil.copy(seed, folder / f"{slug}.yaml")
        if n < share * clones:  # the same text, so the recorded fingerprint stays current
            for translation in folder.glob(f"{seed.stem}.*.yaml"):
                lang = translation.suffixes[-2]
                shutil.copy(translation, folder / f"{slug}{lang}.yaml")
    return len(seeds) + clones


def make_plain(target: Path, pages: int) -> None:
    """A plain mkdocs-material + static-i18n site: ``pages`` Markdown pages in each language,
    the navigation generated from them, as a site without the hub's generator would be."""
    config = {
        "site_name": "Plain", "site_url": "http://127.0.0.1:8000/",
        "theme": {"name": "material", "font": False, "language": DEFAULT_LANGUAGE},
        "plugins": ["search", {"i18n": {
            "docs_structure": "suffix", "fallback_to_default": True,
            "reconfigure_material": True, "reconfigure_search": True,
            "languages": [{"locale": code, "name": code, "default": code == DEFAULT_LANGUAGE,
                           "build": True} for code in CODES]}}],
    }
    target.mkdir(parents=True)
    (target / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    texts = [path.read_text(encoding="utf-8") for path in
             sorted((ROOT / "data" / "cases").glob("*.yaml"))[:20]]
    for n in range(pages):
        folder = target / "docs" / f"section-{n % 20:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        body = f"# Page {n}\n\n```yaml\n{texts[n % len(texts)]}\n```\n"
        for code in CODES:
            suffix = "" if code == DEFAULT_LANGUAGE else f".{code}"
            (folder / f"page-{n:05d}{suffix}.md").write_text(body, encoding="utf-8")


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall time in seconds and peak memory in MB of a command, which must succeed."""
    with tempfile.TemporaryFile() as log:  # a file, not a pipe: a full pipe would block
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env or ENV, stdout=log, stderr=log)
        _, status, usage = os.wait4(process.pid, 0)  # this child's own peak memory
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            log.seek(0)
            raise RuntimeError(f"{' '.join(command)} failed:\n{log.read().decode()[-2000:]}")
    return elapsed, usage.ru_maxrss // 1024


def timed(repeat: int, action: Callable[[], float]) -> tuple[float, float]:
    times = [action() for _ in range(repeat)]
    return min(times), statistics.median(times)


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def first_visit(site: Path, path: str) -> tuple[int, int, int]:
    """Bytes a first visit to ``path`` transfers (raw, gzip) and requests to other hosts, as a
    real browser makes them, the scripts' own requests included."""
    urls, base = _requests(site, path)
    raw = packed = foreign = 0
    for url in dict.fromkeys(urls):
        if not url.startswith(base):
            foreign += not url.startswith(("data:", "blob:"))
            continue
        data = local_file(site, base, url).read_bytes()
        raw += len(data)
        packed += gzipped(data)
    return raw, packed, foreign


def first_search(site: Path, path: str, query: str) -> tuple[int, int]:
    """The requests a reader's first search for ``query`` on ``path`` makes, and the bytes they
    transfer gzipped."""
    urls, base = _requests(site, path, query)
    data = [local_file(site, base, url).read_bytes() for url in dict.fromkeys(urls)
            if url.startswith(base)]
    return len(data), sum(gzipped(item) for item in data)


def _requests(site: Path, path: str, query: str = "") -> tuple[list[str], str]:
    """Every address a phone's browser requests for ``path`` (with ``query``: only those that
    searching for it requests, once the page has loaded), and the served site's address."""
    from playwright.sync_api import sync_playwright

    with serving(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 412, "height": 915})  # a phone
        urls: list[str] = []
        page.on("request", lambda request: urls.append(request.url))
        page.goto(base + path, wait_until="networkidle")
        if query:
            urls.clear()
            page.click("label.pd-search-button")
            page.keyboard.type(query)
            page.wait_for_selector(".md-search-result__item")
            page.wait_for_load_state("networkidle")
        browser.close()
    return urls, base


def local_file(site: Path, base: str, url: str) -> Path:
    """The file of ``site`` that the served address ``url`` (under ``base``) is."""
    local = site / url.removeprefix(base).split("?")[0].split("#")[0]
    return local / "index.html" if local.is_dir() else local


def gzipped(data: bytes) -> int:
    """Bytes on the wire with gzip, for files not compressed already."""
    return min(len(data), len(gzip.compress(data, 6, mtime=0)))


def edit_to_rebuild(project: Path) -> float:
    """Seconds from saving a changed case title to the new page in ``mkdocs serve`` (one
    language)."""
    with socket.socket() as probe:  # a free port
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = dict(ENV, PARTDEM_LANGUAGES=DEFAULT_LANGUAGE)
    server = subprocess.Popen([str(BIN / "mkdocs"), "serve", "--dev-addr", f"127.0.0.1:{port}"],
                              cwd=project, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    # A case written in English, so that its English page shows the change.
    source = next(path for path in sorted((project / "data" / "cases").glob("*.yaml"))
                  if "." not in path.stem and yaml.safe_load(
                      path.read_text(encoding="utf-8")).get("source_lang") == DEFAULT_LANGUAGE)
    url = f"http://127.0.0.1:{port}/cases/{source.stem}/"
    try:
        _wait_for(url, lambda text: True, timeout=600)
        marker = f"Edited {time.time_ns()}"
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
        data["title"] = f"{marker} {data['title']}"
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
        start = time.perf_counter()
        source.write_text(text, encoding="utf-8")
        _wait_for(url, lambda page: marker in page, timeout=120)
        return time.perf_counter() - start
    finally:
        server.terminate()
        server.wait()


def _wait_for(url: str, ready: Callable[[str], bool], timeout: float) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        with contextlib.suppress(OSError), urllib.request.urlopen(url, timeout=5) as response:
            if ready(response.read().decode("utf-8")):
                return
        time.sleep(0.05)
    raise TimeoutError(url)


def lighthouse(site: Path, path: str, runs: int) -> tuple[float, float]:
    """Lighthouse's performance and accessibility scores (0-100) of ``path``, mobile settings
    (its default: a mid-range phone on a slow 4G connection, simulated), median of ``runs``."""
    scores: dict[str, list[float]] = {"performance": [], "accessibility": []}
    env = dict(ENV, CHROME_PATH=CHROMIUM)
    with serving(site) as base:
        for _ in range(runs):
            result = subprocess.run(
                [str(LIGHTHOUSE), base + path, "--quiet",
                 "--output=json", "--output-path=stdout",
                 "--only-categories=performance,accessibility",
                 f"--chrome-flags={' '.join(CHROMIUM_FLAGS)}"],
                env=env, capture_output=True, text=True, check=True)
            report = json.loads(result.stdout)
            for name, values in scores.items():
                values.append(100 * report["categories"][name]["score"])
    return statistics.median(scores["performance"]), statistics.median(scores["accessibility"])


def english_pages(site: Path) -> int:
    """Pages of the default language: index.html files outside the language folders."""
    others = {code for code in CODES if code != DEFAULT_LANGUAGE}
    return sum(1 for path in site.rglob("index.html")
               if path.relative_to(site).parts[0] not in others)


def bench(size: int, repeat: int, share: float) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="partdem-bench-") as tmp:
        project = Path(tmp) / "hub"
        cases = make_hub(project, size, share)
        hub, problems = validate(project)
        assert not problems, [p.format(project) for p in problems[:5]]

        def check() -> float:
            start = time.perf_counter()
            validate(project)
            return time.perf_counter() - start

        site = project / "site"
        memory = {"hub": 0, "plain": 0}

        def build(name: str, command: list[str], cwd: Path,
                  env: dict[str, str] | None = None) -> Callable[[], float]:
            def once() -> float:
                elapsed, peak = run(command, cwd, env)
                memory[name] = max(memory[name], peak)
                return elapsed
            return once

        check_times = timed(repeat, check)
        command_times = timed(repeat, lambda: run([str(BIN / "partdem"), "check"], project)[0])
        hub_build = [str(BIN / "partdem"), "build"]
        one_worker = run(hub_build, project, dict(ENV, PARTDEM_JOBS="1"))[0]
        hub_times = timed(repeat, build("hub", hub_build, project))
        pages = english_pages(site)
        plain = Path(tmp) / "plain"
        make_plain(plain, pages)
        plain_times = timed(repeat, build("plain", [str(BIN / "mkdocs"), "build"], plain))
        case = f"cases/{sorted(hub.records['cases'])[0]}/"
        raw, packed, foreign = first_visit(site, case)
        search = first_search(site, "cases/", SEARCH_WORD)
        performance, accessibility = lighthouse(site, case, repeat)
        row: dict[str, Any] = {
            "cases": cases, "files": sum(1 for _ in (project / "data").rglob("*.yaml")),
            "pages per language": pages,
            "check": command_times, "validation": check_times,
            "hub": hub_times, "one worker": one_worker, "plain": plain_times,
            "memory": dict(memory), "output": folder_size(site),
            "case html": (site / case / "index.html").stat().st_size,
            "first visit": (raw, packed), "foreign": foreign,
            "first search": search,
            "lighthouse": (performance, accessibility),
        }
        return row


def real_edit(repeat: int) -> tuple[int, tuple[float, float]]:
    """Edit to rebuild in ``mkdocs serve`` on the real content: its number of cases, the times."""
    with tempfile.TemporaryDirectory(prefix="partdem-bench-") as tmp:
        project = Path(tmp) / "hub"
        cases = make_hub(project)
        return cases, timed(repeat, lambda: edit_to_rebuild(project))


def table(rows: list[dict[str, Any]]) -> list[tuple[str, list[str]]]:
    """The figures of each size, as the lines of the results table."""
    def pair(times: tuple[float, float], digits: int) -> str:
        return f"{times[0]:.{digits}f} / {times[1]:.{digits}f}"

    def per_page(row: dict[str, Any]) -> float:
        return row["hub"][0] / (row["pages per language"] * len(CODES)) * 1e3

    return [
        ("content files", [f"{r['files']:,}" for r in rows]),
        ("pages per language", [f"{r['pages per language']:,}" for r in rows]),
        ("`partdem check`, whole command (s)", [pair(r["check"], 2) for r in rows]),
        ("of which validation (s)", [pair(r["validation"], 2) for r in rows]),
        ("hub build, 6 languages in parallel (s)", [pair(r["hub"], 1) for r in rows]),
        ("hub build, one worker (s, one run)", [f"{r['one worker']:.1f}" for r in rows]),
        ("plain build, same pages (s)", [pair(r["plain"], 1) for r in rows]),
        ("hub / plain", [f"{r['hub'][0] / r['plain'][0]:.2f}" for r in rows]),
        ("hub build per page-language (ms)", [f"{per_page(r):.1f}" for r in rows]),
        ("peak memory of the largest process, hub / plain (MB)",
         [f"{r['memory']['hub']:,} / {r['memory']['plain']:,}" for r in rows]),
        ("output (MB)", [f"{r['output'] / 1e6:.1f}" for r in rows]),
        ("case page HTML (KB)", [f"{r['case html'] / 1000:.0f}" for r in rows]),
        ("first visit to a case page, raw / gzip (KB)",
         [f"{r['first visit'][0] / 1000:,.0f} / {r['first visit'][1] / 1000:,.0f}"
          for r in rows]),
        ("requests to other hosts", [str(r["foreign"]) for r in rows]),
        (f"first search for one word (\"{SEARCH_WORD}\"), requests / gzip (KB)",
         [f"{r['first search'][0]} / {r['first search'][1] / 1000:,.0f}" for r in rows]),
        ("Lighthouse on a case page, performance / accessibility",
         [f"{r['lighthouse'][0]:.0f} / {r['lighthouse'][1]:.0f}" for r in rows]),
    ]


def targets(rows: list[dict[str, Any]],
            edit: tuple[float, float] | None) -> list[tuple[str, str, bool]]:
    """The targets that the runs measured (issue #10's, and #27's for the search): (target,
    figure, met)."""
    found = []
    big = max(rows, key=lambda r: r["cases"])
    ratio = big["hub"][0] / big["plain"][0]
    found.append((f"hub build at most 0.35 of the plain build ({big['cases']} cases)",
                  f"{ratio:.2f}", ratio <= 0.35))
    by_size = {r["cases"]: r for r in rows}
    if 300 in by_size and 1000 in by_size:
        low, high = (by_size[n]["hub"][0] / (by_size[n]["pages per language"] * len(CODES))
                     for n in (300, 1000))
        found.append(("time per page-language at 1,000 within 20% of that at 300",
                      f"{high / low - 1:+.0%}", high <= 1.2 * low))
    found.append(("case page HTML under 60 KB at every size",
                  f"{max(r['case html'] for r in rows) / 1000:.0f} KB",
                  all(r["case html"] < 60_000 for r in rows)))
    found.append(("first visit to a case page under 100 KB gzip",
                  f"{max(r['first visit'][1] for r in rows) / 1000:.0f} KB",
                  all(r["first visit"][1] < 100_000 for r in rows)))
    found.append(("no request to another host", str(sum(r["foreign"] for r in rows)),
                  all(r["foreign"] == 0 for r in rows)))
    found.append(("first search for one word under 100 KB gzip at every size",
                  f"{max(r['first search'][1] for r in rows) / 1000:.0f} KB",
                  all(r["first search"][1] < 100_000 for r in rows)))
    check = big["check"][1]
    found.append((f"`partdem check` under 1 s ({big['cases']} cases)", f"{check:.2f} s",
                  check < 1))
    if edit is not None:
        found.append(("edit to rebuild within 2 s at the real content's size",
                      f"{edit[1]:.1f} s", edit[1] <= 2))
    performance = min(r["lighthouse"][0] for r in rows)
    accessibility = min(r["lighthouse"][1] for r in rows)
    found.append(("Lighthouse performance at least 95", f"{performance:.0f}", performance >= 95))
    found.append(("Lighthouse accessibility 100", f"{accessibility:.0f}", accessibility == 100))
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="30,300,1000",
                        help="numbers of cases, comma-separated (the real content has 34)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--share", type=float, default=0.5,
                        help="share of cloned cases that keep their translations")
    parser.add_argument("--serve", action="store_true",
                        help="also time edit-to-rebuild in mkdocs serve, on the real content")
    args = parser.parse_args(argv)
    missing = [str(tool) for tool in (Path(CHROMIUM), LIGHTHOUSE) if not tool.exists()]
    if missing:  # before minutes of building, not after
        parser.error(f"{', '.join(missing)} not found: `make bench` installs what it needs")
    sizes = sorted(int(size) for size in args.sizes.split(","))
    # The commands run from compiled bytecode, as an installed package does, even where the
    # environment keeps Python from writing it (PYTHONDONTWRITEBYTECODE).
    compileall.compile_dir(ROOT / "partdem", quiet=1)
    rows = [bench(size, args.repeat, args.share) for size in sizes]
    edit = real_edit(args.repeat) if args.serve else None
    print(f"Times: minimum / median of {args.repeat} runs.\n")
    print("| cases (N) | " + " | ".join(f"{r['cases']:,}" for r in rows) + " |")
    print("|---|" + "---:|" * len(rows))
    for name, values in table(rows):
        print(f"| {name} | " + " | ".join(values) + " |")
    if edit is not None:
        print(f"\nEdit to rebuild in `mkdocs serve`, English only, real content ({edit[0]} "
              f"cases): {edit[1][0]:.1f} / {edit[1][1]:.1f} s")
    print("\n| target | measured | met |\n|---|---:|:---:|")
    for name, figure, met in targets(rows, edit[1] if edit else None):
        print(f"| {name} | {figure} | {'yes' if met else 'no'} |")


if __name__ == "__main__":
    main()
