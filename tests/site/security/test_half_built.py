"""Half-built sites: a build that fails at any stage (content, engine configuration, the end of
the engine's run) leaves the previous site/ exactly as it was, and no temporary folder behind;
a build that succeeds replaces it whole."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support import CASE, VALID, copy_project

from partdem.build import build_site

PREVIOUS = {"index.html": b"<p>the previous site</p>\n", "cases/index.html": b"cases\n",
            "api/v1/cases.json": b"{}\n"}


@pytest.fixture
def project(tmp_path) -> Path:
    """A copy of the project with the fixture content and a previously built site/."""
    root = tmp_path / "project"
    copy_project(root)
    shutil.copytree(VALID / "data", root / "data")
    for name, data in PREVIOUS.items():
        (root / "site" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "site" / name).write_bytes(data)
    return root


def contents(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def left_behind(root: Path) -> list[str]:
    """Anything of a build's temporary folders left beside site/."""
    return [path.name for path in root.iterdir() if path.name.startswith(".site-")]


def break_content(root: Path) -> None:
    (root / CASE).write_text("title: [unclosed\n", encoding="utf-8")


def break_configuration(root: Path) -> None:
    (root / "mkdocs.yml").write_text((root / "mkdocs.yml").read_text(encoding="utf-8")
                                     + "theme: {name: no-such-theme}\n", encoding="utf-8")


def break_a_page(root: Path) -> None:
    """A link to a missing page: strict mode stops the build at its end, once pages are written."""
    (root / "docs" / "broken.md").write_text("# Broken\n\n[gone](missing.md)\n",
                                             encoding="utf-8")


@pytest.mark.parametrize(("breaks", "expected"), [
    (break_content, "nothing was built"),
    (break_configuration, "Unrecognised theme name"),
    (break_a_page, "Aborted with"),  # after the engine wrote the pages
], ids=["content", "configuration", "late-engine-failure"])
def test_failed_build_leaves_the_previous_site(project, capfd, breaks, expected):
    breaks(project)
    assert build_site(project, Path("site"), language="en") != 0
    assert expected in "".join(capfd.readouterr())
    assert contents(project / "site") == PREVIOUS
    assert left_behind(project) == []


def test_successful_build_replaces_the_site(project):
    assert build_site(project, Path("site"), language="en") == 0
    built = contents(project / "site")
    assert "<p>the previous site</p>" not in built["index.html"].decode("utf-8")
    assert "api/v1/cases.json" in built and built["api/v1/cases.json"] != b"{}\n"
    assert left_behind(project) == []
