"""Rule: hand-written pages of docs/ are untrusted text too (outside code), and a translated page
records the English text it translates, so that a change to the source makes it outdated."""

import pytest
from support import VALID, hub_with, one

from partdem.cli import main
from partdem.content import docs, translations
from partdem.content.validate import validate
from partdem.tools import dashboard

PAGE = "---\ntitle: About\n---\n\n# About\n\nWe are a network.\n\n## Help {#help}\n\nWrite to us.\n"


def translated(text: str = PAGE, **front: object) -> str:
    meta = {"source_fingerprint": docs.fingerprint(text), "reviewed": False, **front}
    lines = "".join(f"{key}: {value}\n" for key, value in meta.items() if value is not ...)
    return f"---\ntitle: Acerca\n{lines}---\n\n# Acerca\n\nSomos una red.\n"


@pytest.mark.parametrize(("body", "expected"), [
    ("<script>alert(1)</script>", "raw HTML <script>"),
    ("[x](javascript:alert(1))", "javascript:, vbscript: and data: links are not allowed"),
    ("## Title {: onclick=alert(1) }", "Markdown attribute lists"),
    ('<iframe src="https://x.example"></iframe>', "raw HTML <iframe>"),
])
def test_unsafe_markup_in_a_page_is_refused_at_its_line(tmp_path, body, expected):
    problem = one(hub_with(tmp_path, {"docs/about.md": PAGE + "\n" + body + "\n"}))
    assert (problem.path.name, problem.line) == ("about.md", PAGE.count("\n") + 2)
    assert expected in problem.message


@pytest.mark.parametrize(("text", "expected"), [
    ("---\ntitle: [unclosed\n---\n\n# About\n", "not a valid YAML mapping"),
    ("---\n- a list\n---\n\n# About\n", "not a valid YAML mapping"),
])
def test_a_broken_front_matter_is_reported_not_raised(tmp_path, text, expected):
    problem = one(hub_with(tmp_path, {"docs/about.md": text}))
    assert (problem.path.name, problem.line) == ("about.md", 1)
    assert expected in problem.message


def test_a_page_that_is_not_utf8_is_reported(tmp_path):
    hub_with(tmp_path, {"docs/about.md": PAGE})
    (tmp_path / "hub" / "docs" / "about.md").write_bytes(b"# Caf\xe9\n")
    problem = one(validate(tmp_path / "hub")[1])
    assert "not valid UTF-8" in problem.message


def test_code_heading_ids_and_links_pass(tmp_path):
    text = PAGE + ("\nRun `make check` in `locales/<language>/`.\n\n```html\n<script>shown, "
                   "not run</script>\n```\n\nSee [the cases](cases/index.md) and "
                   "<https://example.org>.\n")
    assert hub_with(tmp_path, {"docs/about.md": text}) == []


@pytest.mark.parametrize(("front", "expected"), [
    ({"source_fingerprint": ...}, "needs 'source_fingerprint'"),
    ({"reviewed": ...}, "needs 'reviewed: true' or 'reviewed: false'"),
])
def test_a_translated_page_records_its_source(tmp_path, front, expected):
    problem = one(hub_with(tmp_path, {"docs/about.md": PAGE,
                                      "docs/about.es.md": translated(**front)}))
    assert (problem.path.name, problem.line) == ("about.es.md", 1)
    assert expected in problem.message


def test_status_follows_the_source(tmp_path):
    assert hub_with(tmp_path, {"docs/about.md": PAGE, "docs/about.es.md": translated(),
                               "docs/about.fr.md": translated(reviewed=True)}) == []
    root = tmp_path / "hub"
    states = {(p.lang, p.status) for p in docs.page_translations(root)}
    assert {("es", translations.Status.UNREVIEWED), ("fr", translations.Status.CURRENT),
            ("de", translations.Status.MISSING)} <= states
    (root / "docs/about.md").write_text(PAGE.replace("a network", "a worldwide network"),
                                        encoding="utf-8")
    fr = root / "docs/about.fr.md"
    assert docs.file_status(fr, "fr") is translations.Status.OUTDATED
    assert docs.file_status(root / "docs/about.md", "fr") is translations.Status.MISSING
    assert docs.file_status(root / "docs/about.md", "en") is translations.Status.SOURCE
    assert [p.file.name for p in dashboard.page_todo(root, "fr")] == ["about.fr.md"]


@pytest.mark.parametrize("name", ["docs/cases/index.md", "docs/cases.md", "docs/index.md",
                                  "docs/training/facilitation.md"])
def test_a_hand_written_page_cannot_take_the_place_of_one_made_from_data(tmp_path, name):
    problem = one(hub_with(tmp_path, {"docs/about.md": PAGE, name: "# Cases\n"}))
    assert problem.path == tmp_path / "hub" / name
    assert "which the hub makes from data/: rename or move the page" in problem.message


def test_a_hand_written_page_beside_the_sections_is_fine(tmp_path):
    assert hub_with(tmp_path, {"docs/about.md": PAGE, "docs/designs.md": "# Designs\n",
                               "docs/help/cases.md": "# Help\n"}) == []


def test_start_writes_a_translation_that_passes(tmp_path, capsys):
    hub_with(tmp_path, {"docs/about.md": PAGE})
    root = tmp_path / "hub"
    assert main(["--root", str(root), "translations", "start", str(root / "docs/about.md"),
                 "pt"]) == 0
    assert docs.file_status(root / "docs/about.pt.md", "pt") is translations.Status.UNREVIEWED
    assert hub_with(tmp_path, {"docs/about.md": PAGE, "docs/about.pt.md": (
        root / "docs/about.pt.md").read_text(encoding="utf-8")}) == []
    assert main(["--root", str(root), "translations"]) == 0
    assert "  missing    docs/about.de.md" in capsys.readouterr().out
    assert main(["--root", str(VALID), "translations", "start", "docs/none.md", "pt"]) == 1
