"""Build the real content with two versions of the code and compare the site trees byte for byte.

A redesign must leave the published site the same. This exports the code of a git revision
(``--before``) into a temporary folder, gives it the content (``data/``) of the newer side so that
content edits made meanwhile are not counted, builds it and the newer side with the same date,
and lists every file that is in one tree only or differs. Exit status 0 when the trees are
identical, 1 otherwise.

    python scripts/same_site.py --before c2451ba
    python scripts/same_site.py --before c2451ba --after HEAD --keep /tmp/compare
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def checkout(revision: str, into: Path) -> Path:
    """The tree of ``revision`` (code and content) exported into ``into``, without touching the
    repository's work tree or its list of worktrees."""
    into.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", revision],
                             check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def epoch(revision: str) -> str:
    """The commit date of ``revision``: both builds are dated by it, so dates cannot differ."""
    return subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%ct", revision],
                          check=True, capture_output=True, text=True).stdout.strip()


def build(project: Path, site: Path, when: str) -> None:
    """Build ``project`` with its own copy of the package (first on the path), dated ``when``."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": when, "PYTHONPATH": str(project),
           "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run([sys.executable, "-m", "partdem.cli", "build", "--site-dir", str(site)],
                          cwd=project, env=env, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"the build of {project} failed:\n{done.stdout}{done.stderr}")


def differences(before: Path, after: Path) -> list[str]:
    """Every path that is in one tree only or whose bytes differ, sorted."""
    def files(tree: Path) -> set[str]:
        return {str(p.relative_to(tree)) for p in tree.rglob("*") if p.is_file()}

    old, new = files(before), files(after)
    found = [f"only before: {name}" for name in old - new]
    found += [f"only after:  {name}" for name in new - old]
    found += [f"differs:     {name}" for name in old & new
              if (before / name).read_bytes() != (after / name).read_bytes()]
    return sorted(found, key=lambda line: line[13:])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", required=True, help="git revision of the old code")
    parser.add_argument("--after", help="git revision of the new code (default: the work tree)")
    parser.add_argument("--keep", help="keep both builds in this folder")
    args = parser.parse_args(argv)
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="same-site-"))
    if args.keep and work.exists():
        shutil.rmtree(work)
    try:
        when = epoch(args.after or "HEAD")
        old = checkout(args.before, work / "before")
        new = checkout(args.after, work / "after") if args.after else ROOT
        shutil.rmtree(old / "data")
        shutil.copytree(new / "data", old / "data")
        build(old, work / "site-before", when)
        build(new, work / "site-after", when)
        found = differences(work / "site-before", work / "site-after")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    for line in found:
        print(line)
    print(f"{len(found)} difference(s)" if found else "the two sites are identical, byte for byte")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
