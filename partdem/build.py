"""Building the whole site safely: into a temporary folder, swapped in only on success.

The static site engine runs as a separate process (the package does not import it), so a
failed build at any stage leaves the previous site untouched and nothing half-built is served.
The content is validated once, by the engine's hook, before anything is built.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def build_site(root: Path, site_dir: Path, *, language: str | None = None) -> int:
    """Build with the engine into a temporary folder (its hook validates the content first),
    then swap it in."""
    site_dir = site_dir if site_dir.is_absolute() else root / site_dir
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    if language:
        env["PARTDEM_LANGUAGES"] = language
    with tempfile.TemporaryDirectory(prefix=".site-", dir=site_dir.parent) as tmp:
        fresh = Path(tmp) / "site"
        engine = Path(sys.executable).with_name("mkdocs")
        result = subprocess.run([str(engine), "build", "--strict", "--site-dir", str(fresh)],
                                cwd=root, env=env, check=False)
        if result.returncode != 0:
            print("the build failed: the previous site was left untouched", file=sys.stderr)
            return result.returncode
        old = Path(tmp) / "previous"
        if site_dir.exists():
            site_dir.rename(old)
        fresh.rename(site_dir)
        shutil.rmtree(old, ignore_errors=True)
    print(f"built {site_dir}")
    return 0
