"""What the translate form reads of an entity: its texts in order with the field each belongs
to, the fingerprint a new translation records, and, for a translation made before the source
changed, the words that changed since, found in git's history of the source file."""

from __future__ import annotations

import shutil
import subprocess

from support import VALID

from partdem.content.validate import validate
from partdem.outputs.translating import changes, packet

SOURCE = "data/cases/riverside-climate-assembly.yaml"


def git(root, *args):
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True)


def test_words_changed():
    assert changes("Fifty residents met", "Sixty residents met") == [
        ["-", "Fifty"], ["+", "Sixty"], ["=", " residents met"]]
    assert changes("", "New text") == [["+", "New text"]]


def test_an_outdated_translation_shows_what_changed_since(tmp_path):
    root = tmp_path / "hub"
    shutil.copytree(VALID, root)
    git(root, "init", "-q")
    git(root, "-c", "user.name=t", "-c", "user.email=t@example.org", "add", ".")
    git(root, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "first")
    path = root / SOURCE
    text = path.read_text(encoding="utf-8")
    assert "Fifty residents of Riverside" in text
    path.write_text(text.replace("Fifty residents of Riverside", "Sixty residents of Riverside"),
                    encoding="utf-8")
    git(root, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qam", "more")
    hub, problems = validate(root)
    assert problems == []
    data = packet(hub.get("cases", "riverside-climate-assembly"), root)
    spanish = data["translations"]["es"]
    assert spanish["status"] == "outdated"
    assert spanish["text"]["title"] == "Asamblea Climática de Riverside"
    assert list(spanish["changed"]) == ["summary"]  # the title did not change
    assert spanish["changed"]["summary"][:3] == [["-", "Fifty"], ["+", "Sixty"],
                                                 ["=", " residents of Riverside, drawn by lot, "
                                                       "met over six weekends to recommend how "
                                                       "the town can reach net zero."]]
    assert data["fields"][:2] == [
        ["title", "title", "Riverside Climate Assembly"],
        ["summary", "summary", "Sixty residents of Riverside, drawn by lot, met over six "
                               "weekends to recommend how the town can reach net zero."]]
    assert data["fingerprint"] != "15c10fef11e9"  # the Spanish file's, made before


def test_without_history_nothing_is_marked(tmp_path):
    root = tmp_path / "hub"
    shutil.copytree(VALID, root)
    path = root / SOURCE
    path.write_text(path.read_text(encoding="utf-8").replace("Fifty", "Sixty"), encoding="utf-8")
    hub, _ = validate(root)
    spanish = packet(hub.get("cases", "riverside-climate-assembly"), root)["translations"]["es"]
    assert spanish["status"] == "outdated" and "changed" not in spanish
