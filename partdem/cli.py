"""The ``partdem`` command: check content, and the other tools contributors run."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from partdem.content import docs
from partdem.content.hub import Hub
from partdem.content.languages import CODES, DEFAULT_LANGUAGE
from partdem.content.models import MODELS
from partdem.content.translations import Status
from partdem.content.validate import validate


def _under(path: Path, filters: list[Path]) -> bool:
    resolved = path.resolve()
    return any(resolved == f or f in resolved.parents for f in filters)


def cmd_check(args: argparse.Namespace) -> int:
    root = Path(args.root).resolve()
    hub, problems = validate(root)
    if args.paths:
        filters = [Path(p).resolve() for p in args.paths]
        problems = [p for p in problems if _under(p.path, filters)]
    for problem in problems:
        print(problem.format(Path.cwd(), style=args.format))
    if problems:
        files = len({p.path for p in problems})
        print(f"{len(problems)} problem(s) in {files} file(s)", file=sys.stderr)
        return 1
    translations = sum(len(r.translations) for k in hub.records.values() for r in k.values())
    print(f"ok: {len(hub)} entities and {translations} translations checked, no problems")
    return 0


def _write_translation(root: Path, target: Path, text: str) -> int:
    if target.exists():
        print(f"{target}: exists already; edit it instead", file=sys.stderr)
        return 1
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target.relative_to(root)}: translate its text, then run partdem check")
    return 0


def _start_page(root: Path, source: Path, lang: str) -> int:
    source = source.resolve()
    if source not in docs.hand_written(root):
        print(f"{source}: not an English page of {docs.DOCS_DIR}/ (such as docs/about.md)",
              file=sys.stderr)
        return 1
    if lang == DEFAULT_LANGUAGE:
        print(f"{source.name} is written in '{lang}' already", file=sys.stderr)
        return 1
    return _write_translation(root, docs.translation_path(source, lang),
                              docs.start(source, lang))


def cmd_translations(args: argparse.Namespace) -> int:
    root = Path(args.root).resolve()
    hub, _ = validate(root)
    if args.action == "start":
        return _start_translation(root, hub, args.rest)
    return _print_report(hub, as_json=args.json)


def _start_translation(root: Path, hub: Hub, rest: list[str]) -> int:
    """``translations start FILE LANG``: write a new translation of a page or a content
    file."""
    # Each command imports what only it needs: check runs on every commit and stays light.
    from partdem.tools import report

    if len(rest) != 2 or rest[1] not in CODES:
        print(f"usage: partdem translations start <source file> <{'|'.join(CODES)}>",
              file=sys.stderr)
        return 2
    source, lang = Path(rest[0]), rest[1]
    if source.suffix == ".md":
        return _start_page(root, source, lang)
    record = report.find_record(hub, source)
    if record is None:
        print(f"{source}: not a valid source file (run partdem check {source})",
              file=sys.stderr)
        return 1
    target = record.path.with_name(f"{record.slug}.{lang}.yaml")
    if lang == record.entity.source_lang:
        print(f"{source} is written in '{lang}' already", file=sys.stderr)
        return 1
    return _write_translation(root, target, report.start(record, lang))


def _print_report(hub: Hub, *, as_json: bool) -> int:
    """``translations report``: what is missing, outdated or unreviewed, per language."""
    from partdem.tools import report

    entries = report.report(hub)
    if as_json:
        import json

        print(json.dumps([{**e.__dict__, "status": e.status.value} for e in entries], indent=1))
        return 0
    for lang in CODES:
        mine = [e for e in entries if e.lang == lang]
        todo = [e for e in mine if e.status is not Status.CURRENT]
        print(f"[{lang}] {len(mine) - len(todo)} of {len(mine)} current")
        for entry in todo:
            # An outdated file needs the source's new fingerprint once its text is updated.
            stamp = (f"  (source_fingerprint now: {entry.fingerprint})"
                     if entry.status is Status.OUTDATED else "")
            print(f"  {entry.status.value:<10} {entry.file}{stamp}")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    from partdem.tools import scaffold

    root = Path(args.root).resolve()
    try:
        path = scaffold.new_file(root, args.type, args.slug)
    except scaffold.ScaffoldError as error:
        print(f"partdem new: {error}", file=sys.stderr)
        return 1
    name = path.relative_to(root)
    print(f"wrote {name}: write the values marked (REQUIRED), then run partdem check {name}")
    return 0


def cmd_schemas(args: argparse.Namespace) -> int:
    from partdem.tools import schemas

    changed = schemas.write(Path(args.root).resolve())
    print(f"{len(changed)} schema file(s) updated in {schemas.SCHEMA_DIR}/")
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    from partdem import build

    return build.build_site(Path(args.root).resolve(), Path(args.site_dir),
                            language=args.language)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="partdem", description=__doc__)
    parser.add_argument("--root", default=".", help="project root (holding data/)")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="validate content; every problem as path:line:col")
    check.add_argument("paths", nargs="*", help="report only problems in these files or folders")
    check.add_argument("--format", choices=("text", "github"), default="text",
                       help="github: GitHub Actions annotations")
    check.set_defaults(run=cmd_check)
    trans = sub.add_parser("translations", help="what is missing, outdated or unreviewed, per "
                                                "language; 'start FILE LANG' begins one")
    trans.add_argument("action", nargs="?", choices=("report", "start"), default="report")
    trans.add_argument("rest", nargs="*", help="with start: the source file and the language")
    trans.add_argument("--json", action="store_true", help="write the report as JSON")
    trans.set_defaults(run=cmd_translations)
    new = sub.add_parser("new", help="start a new content file with every field explained")
    new.add_argument("type", help=f"content type: {', '.join(MODELS)}")
    new.add_argument("slug", help="file name without .yaml: lowercase letters, digits, hyphens")
    new.set_defaults(run=cmd_new)
    schema = sub.add_parser("schemas", help="write the JSON Schemas of all content types")
    schema.set_defaults(run=cmd_schemas)
    build_cmd = sub.add_parser("build", help="check, then build the site into a fresh folder "
                                             "and swap it in only when the build succeeded")
    build_cmd.add_argument("--site-dir", default="site", help="where the site goes")
    build_cmd.add_argument("--language", help="build only this language (development)")
    build_cmd.set_defaults(run=cmd_build)
    args = parser.parse_args(argv)
    return args.run(args)


def run() -> None:
    """The console command: ``main``, then an exit that leaves freeing the thousands of
    loaded objects to the operating system (a twentieth of a second at a thousand cases).
    Every command has closed its files, pools and folders by then."""
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    run()
