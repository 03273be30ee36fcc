"""`partdem translations`: the report per language, its JSON, and starting a translation;
a changed source text makes its translations outdated, in the command and the dashboard; the
interface strings count as unreviewed until a native speaker has reviewed the language."""

import json
import shutil

import pytest
from support import CASE, VALID

from partdem.cli import main
from partdem.content import languages, translations
from partdem.content.translations import Status
from partdem.content.validate import validate
from partdem.tools import dashboard


def copy_hub(tmp_path):
    root = tmp_path / "hub"
    shutil.copytree(VALID, root)
    return root


def test_report_lists_missing_and_unreviewed(tmp_path, capsys):
    root = copy_hub(tmp_path)
    assert main(["--root", str(root), "translations"]) == 0
    out = capsys.readouterr().out
    assert "  unreviewed data/cases/riverside-climate-assembly.es.yaml" in out
    assert "  missing    data/cases/riverside-climate-assembly.fr.yaml" in out


def test_changed_source_makes_translation_outdated(tmp_path, capsys):
    root = copy_hub(tmp_path)
    source = root / CASE
    source.write_text(source.read_text(encoding="utf-8").replace("Fifty residents",
                                                                 "Sixty residents"),
                      encoding="utf-8")
    assert main(["--root", str(root), "translations", "--json"]) == 0
    entries = json.loads(capsys.readouterr().out)
    es = next(e for e in entries if e["file"].endswith("riverside-climate-assembly.es.yaml"))
    hub, _ = validate(root)
    record = hub.get("cases", "riverside-climate-assembly")
    assert es["status"] == "outdated"
    assert es["fingerprint"] == translations.fingerprint(record.entity)
    progress = dashboard.content(hub, "es", public=lambda record: True)["cases"]
    assert progress.counts["outdated"] == 1
    assert dashboard.todo(hub, "es", public=lambda record: True)[0][1] is Status.OUTDATED


def test_start_writes_a_valid_translation(tmp_path, capsys):
    root = copy_hub(tmp_path)
    assert main(["--root", str(root), "translations", "start", str(root / CASE), "fr"]) == 0
    target = root / "data/cases/riverside-climate-assembly.fr.yaml"
    assert "source_fingerprint" in target.read_text(encoding="utf-8")
    hub, problems = validate(root)
    assert problems == []
    assert hub.get("cases", "riverside-climate-assembly").status("fr") is (
        Status.UNREVIEWED)
    assert main(["--root", str(root), "translations", "start", str(root / CASE), "fr"]) == 1


def test_interface_strings_count_as_unreviewed_until_a_native_speaker_reviews_them(monkeypatch):
    dashboard.interface.cache_clear()
    english = dashboard.interface("en")
    assert english.counts == {"current": english.total, "missing": 0}
    progress = dashboard.interface("es")
    assert set(progress.counts) == {"unreviewed", "missing"}
    assert progress.counts["unreviewed"] == progress.total - progress.counts["missing"] > 0
    reviewed = languages.Language("es", "Español", interface_reviewed=True)
    monkeypatch.setitem(languages.BY_CODE, "es", reviewed)
    dashboard.interface.cache_clear()
    assert dashboard.interface("es").counts["current"] == progress.counts["unreviewed"]
    dashboard.interface.cache_clear()


@pytest.mark.parametrize("lang", languages.CODES)
def test_interface_progress_counts_each_string_once(lang):
    """A string used in two contexts ("Level" of a chapter, of a training module) is two
    strings, counted once each: the dashboard's bar never shows more done than there is."""
    progress = dashboard.interface(lang)
    assert all(count >= 0 for count in progress.counts.values())
    assert sum(progress.counts.values()) == progress.total
