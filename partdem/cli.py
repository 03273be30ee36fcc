"""The ``partdem`` command: check content, and the other tools contributors run."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from partdem.check import validate


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="partdem", description=__doc__)
    parser.add_argument("--root", default=".", help="project root (holding data/)")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="validate content; every problem as path:line:col")
    check.add_argument("paths", nargs="*", help="report only problems in these files or folders")
    check.add_argument("--format", choices=("text", "github"), default="text",
                       help="github: GitHub Actions annotations")
    check.set_defaults(run=cmd_check)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
