"""Benchmark of the hub: check and build times, memory, page weight and search index sizes, side
by side with a plain mkdocs-material + static-i18n site of as many pages per language.

For each size N it writes a synthetic hub into a temporary folder: the project's code, theme and
hand-written pages, the real content of data/, and real cases cloned (with their benchmark
ratings) until there are N cases, a chosen share of the clones keeping their translations. Then,
in one run, it measures and prints a Markdown table (minimum and median of the repetitions):

- ``partdem check`` on that content: the whole command, and validation alone;
- the full build of the hub (``partdem build``, every language) and of the plain site, and the
  ratio of the two; peak memory of each;
- the output size, the HTML of a case page, the bytes a first visit to a case page transfers
  (every file the browser requests, raw and gzip, and whether any request left the site), and
  the search index of each language;
- with ``--serve``: the time from saving a changed YAML file to the new page in ``mkdocs serve``
  building one language, at the size of the real content.

Run: ``make bench`` or ``python scripts/bench.py --sizes 300,1000 --repeat 3``. Results belong in
the README's development section with the command that produced them, never in a timed test.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
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

import yaml

from partdem.check import validate
from partdem.languages import CODES, DEFAULT_LANGUAGE, url_prefix
from partdem.localsite import serving
from partdem.project import copy_project

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run", "--disable-sync"]
ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1", SOURCE_DATE_EPOCH="1764028800")


def make_hub(target: Path, cases: int, share: float) -> int:
    """The project with the real content and ``cases`` cases; returns the number of cases."""
    copy_project(ROOT, target)
    shutil.copytree(ROOT / "data", target / "data")
    folder = target / "data" / "cases"
    seeds = sorted(path for path in folder.glob("*.yaml") if "." not in path.stem)
    clones = max(0, cases - len(seeds))
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
    real browser makes them, the scripts' own requests (such as the search index) included."""
    from playwright.sync_api import sync_playwright

    with serving(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 412, "height": 915})  # a phone
        urls: list[str] = []
        page.on("request", lambda request: urls.append(request.url))
        page.goto(base + path, wait_until="networkidle")
        browser.close()
    raw = packed = foreign = 0
    for url in dict.fromkeys(urls):
        if not url.startswith(base):
            foreign += not url.startswith(("data:", "blob:"))
            continue
        local = site / url.removeprefix(base).split("?")[0].split("#")[0]
        local = local / "index.html" if local.is_dir() else local
        data = local.read_bytes()
        raw += len(data)
        packed += len(gzip.compress(data, 6, mtime=0))
    return raw, packed, foreign


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


def bench(size: int, repeat: int, share: float, serve: bool) -> dict[str, str]:
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

        def build(name: str, command: list[str], cwd: Path) -> Callable[[], float]:
            def once() -> float:
                elapsed, peak = run(command, cwd)
                memory[name] = max(memory[name], peak)
                return elapsed
            return once

        check_times = timed(repeat, check)
        command_times = timed(repeat, lambda: run([str(BIN / "partdem"), "check"], project)[0])
        hub_times = timed(repeat, build("hub", [str(BIN / "partdem"), "build"], project))
        pages = sum(1 for path in (project / "docs").rglob("*.md")
                    if path.stem.rpartition(".")[2] not in CODES)
        plain = Path(tmp) / "plain"
        make_plain(plain, pages)
        plain_times = timed(repeat, build("plain", [str(BIN / "mkdocs"), "build"], plain))
        case = f"cases/{sorted(hub.records['cases'])[0]}/"
        raw, packed, foreign = first_visit(site, case)
        indexes = {lang: (site / url_prefix(lang) / "search" / "search_index.json").stat().st_size
                   for lang in CODES}
        plain_index = (plain / "site" / "search" / "search_index.json").stat().st_size
        row = {
            "cases": str(cases), "files": str(sum(1 for _ in (project / "data").rglob("*.yaml"))),
            "pages per language": str(pages),
            "partdem check, whole command (s)": _pair(command_times, 2),
            "of which validation (s)": _pair(check_times, 2),
            "hub build (s)": _pair(hub_times, 1), "plain build (s)": _pair(plain_times, 1),
            "hub / plain": f"{hub_times[0] / plain_times[0]:.2f}",
            "hub build per page-language (ms)": f"{hub_times[0] / (pages * len(CODES)) * 1e3:.1f}",
            "peak memory hub / plain (MB)": f"{memory['hub']} / {memory['plain']}",
            "output (MB)": f"{folder_size(site) / 1e6:.1f}",
            "case page HTML (KB)": f"{(site / case / 'index.html').stat().st_size / 1000:.0f}",
            "first visit raw / gzip (KB)": f"{raw / 1000:.0f} / {packed / 1000:.0f}",
            "requests to other hosts": str(foreign),
            "search index per language (KB)": " ".join(
                f"{lang} {size / 1000:.0f}" for lang, size in indexes.items()),
            "all languages' indexes together (KB)": f"{sum(indexes.values()) / 1000:.0f}",
            "plain site's combined index (KB)": f"{plain_index / 1000:.0f}",
        }
        if serve:
            row["edit to rebuild, one language (s)"] = _pair(
                timed(repeat, lambda: edit_to_rebuild(project)), 1)
        return row


def _pair(times: tuple[float, float], digits: int) -> str:
    return f"{times[0]:.{digits}f} / {times[1]:.{digits}f}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="34,300,1000",
                        help="numbers of cases, comma-separated (the real content has 34)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--share", type=float, default=0.5,
                        help="share of cloned cases that keep their translations")
    parser.add_argument("--serve", action="store_true",
                        help="also time edit-to-rebuild in mkdocs serve")
    args = parser.parse_args(argv)
    rows = [bench(int(size), args.repeat, args.share, args.serve)
            for size in args.sizes.split(",")]
    print(f"Times: minimum / median of {args.repeat} runs.\n")
    for key in rows[0]:
        print(f"| {key} | " + " | ".join(row.get(key, "") for row in rows) + " |")
        if key == "cases":
            print("|---|" + "---:|" * len(rows))


if __name__ == "__main__":
    main()
