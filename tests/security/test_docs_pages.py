"""docs/, the way in of hand-written pages: every hostile file is refused at its exact line, the
check reads every file the engine would publish, the engine takes no template from a page, and
every page shape the check accepts builds, into pages that run nothing and load nothing from
another host."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import get_files
from support import ROOT, hub_with

from partdem.content import docs
from partdem.content.validate import validate

SOURCE = "---\ntitle: About\n---\n\n# About\n\nWe are a network.\n"
TRANSLATION = (f"---\ntitle: حول\nsource_fingerprint: {docs.fingerprint(SOURCE)}\n"
               "reviewed: false\n---\n\n# حول\n\nنحن شبكة.\n")


def printed(tmp_path, files: dict[str, str]) -> list[str]:
    """The problems of the hub with docs/about.md, its Arabic translation and ``files``, as
    ``partdem check`` prints them."""
    found = hub_with(tmp_path, {"docs/about.md": SOURCE, "docs/about.ar.md": TRANSLATION,
                                **files})
    return [problem.format(tmp_path / "hub") for problem in found]


# -- the ways in of #29 ---------------------------------------------------------------------
WAYS_IN = [
    # a backslash-escaped backtick opens no code span: a script of the hub's own address
    ({"docs/about.md": SOURCE + "\nSee \\`<script src=\"../evil/\"></script>` here.\n"},
     "docs/about.md:9:1: error: raw HTML <script> is not allowed in content"),
    # ... and a refresh that sends the Arabic readers elsewhere
    ({"docs/about.ar.md": TRANSLATION + "\n\\`<meta http-equiv=\"refresh\" "
                                        "content=\"0;url=https://evil.example/\">`\n"},
     "docs/about.ar.md:11:1: error: raw HTML <meta> is not allowed in content"),
    # files the engine would publish as they are, or build into pages unchecked
    ({"docs/evil.js": "alert(1)\n"}, "docs/evil.js:1:1: error: 'evil.js' would be published as "
                                     "it stands, unchecked"),
    ({"docs/x.html": "<script>alert(1)</script>\n"}, "docs/x.html:1:1: error: 'x.html' would be "
                                                     "published as it stands, unchecked"),
    ({"docs/x.svg": "<svg onload=alert(1)/>\n"}, "docs/x.svg:1:1: error: 'x.svg' would be "
                                                 "published as it stands, unchecked"),
    ({"docs/x.markdown": "<script>alert(1)</script>\n"},
     "docs/x.markdown:1:1: error: 'x.markdown' is not a page the hub can check"),
    ({"docs/x.mdown": "# x\n"}, "docs/x.mdown:1:1: error: 'x.mdown' is not a page the hub"),
    # the theme's own template: no page shell, no policy, fonts and the GitHub API
    ({"docs/about.md": SOURCE.replace("title: About\n", "title: About\ntemplate: main.html\n")},
     "docs/about.md:3:1: error: 'template' is not a key of a page's front matter"),
    ({"docs/about.md": "template: main.html\n\n# About\n"},
     "docs/about.md:1:1: error: 'template' is not a key of a page's front matter"),
    # a title written with YAML escapes
    ({"docs/about.md": SOURCE.replace("title: About", 'title: "\\x3cimg src=x onerror=alert(1)'
                                                      '\\x3e"')},
     "docs/about.md:2:1: error: raw HTML <img> is not allowed in content"),
    # personal data
    ({"docs/about.md": SOURCE + "\nCall Jane on +44 7700 900123.\n"},
     "docs/about.md:9:1: error: '+44 7700 900123' looks like a phone number"),
    ({"docs/about.md": SOURCE + "\n[Jane](mailto:jane.doe@example.org)\n"},
     "docs/about.md:9:1: error: 'jane.doe@example.org' looks like a personal email address"),
    ({"docs/about.md": SOURCE.replace("title: About", "title: About\ndescription: by "
                                                      "jane.doe@example.org")},
     "docs/about.md:3:1: error: 'jane.doe@example.org' looks like a personal email address"),
    # pages that passed and crashed the build
    ({"docs/ghost.es.md": TRANSLATION}, "docs/ghost.es.md:1:1: error: this is a translation of "
                                        "docs/ghost.md, which does not exist"),
    ({"docs/about.md": "---\ntitle: [a, list]\n---\n# About\n"},
     "docs/about.md:2:1: error: 'title' must be text, not a list"),
    ({"docs/about.md": "---\ntitle: 2024-05-01\n---\n# About\n"},
     "docs/about.md:2:1: error: 'title' must be text, not a date"),
    # ids the theme's script looks up
    ({"docs/about.md": SOURCE + "\n## Search {#__search}\n"},
     "docs/about.md:9:1: error: the id '__search' is reserved"),
    ({"docs/about.md": SOURCE + "\nThe menu\n{: #__drawer }\n"},
     "docs/about.md:10:1: error: Markdown attribute lists"),
]


@pytest.mark.parametrize(("files", "expected"), WAYS_IN)
def test_hostile_docs_refused_at_their_line(tmp_path, files, expected):
    found = printed(tmp_path, files)
    assert len(found) == 1 and found[0].startswith(expected), found


# -- the check reads every file the engine publishes ----------------------------------------
TREE = ["about.md", "about.es.md", "x.html", "x.htm", "x.svg", "x.js", "x.css", "x.markdown",
        "x.mdown", "x.mkdn", "x.mkd", "X.md", "x.MD", "robots.txt", "CNAME", "x.md.bak",
        "help/index.md", "help/x.html", "Help/y.md", "sub/deeper/z.md", "sub/deeper/z.png",
        "assets/hub/search.js", "assets/hub.css", "assets/x.md", "templates/x.html",
        ".hidden.html", ".well-known/x.txt", "ghost.fr.md", "about.xx.md", "es.md"]


def test_every_file_the_engine_publishes_is_checked(tmp_path):
    hub_with(tmp_path, {})
    root = tmp_path / "hub"
    text = "# A page\n"
    for name in TREE:
        (root / "docs" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "docs" / name).write_text(text, encoding="utf-8")
    (root / "docs" / "about.es.md").write_text(
        f"---\nsource_fingerprint: {docs.fingerprint(text)}\nreviewed: false\n---\n",
        encoding="utf-8")
    config = MkDocsConfig()
    config.load_dict({"site_name": "x", "docs_dir": str(root / "docs")})
    assert config.validate() == ([], [])
    published = {file.src_uri for file in get_files(config) if file.inclusion.is_included()}
    refused = {problem.path.relative_to(root / "docs").as_posix()
               for problem in validate(root)[1]}
    checked = {name for name in published if name.endswith(".md") and name not in refused}
    maintained = {name for name in published if name.split("/")[0] in docs.MAINTAINED}
    assert published - refused - maintained == checked
    assert checked == {"about.md", "about.es.md", "help/index.md", "sub/deeper/z.md"}
    # what the engine leaves out is refused too: it could be published by a later setting
    assert {".hidden.html", ".well-known/x.txt", "templates/x.html"} <= refused


# -- the engine takes nothing else from a page's front matter -------------------------------
def hook():
    import importlib.util

    spec = importlib.util.spec_from_file_location("partdem_hook", ROOT / "hooks" /
                                                  "partdem_build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_engine_never_takes_a_template_from_a_page():
    page = SimpleNamespace(meta={"title": "About", "template": "main.html", "hide": ["toc"],
                                 "description": "d", "reviewed": True},
                           file=SimpleNamespace(src_uri="help/index.es.md"), url="es/help/")
    config = SimpleNamespace(plugins={"i18n": SimpleNamespace(current_language="es")})
    markdown = hook().on_page_markdown("[c](../cases/index.md)", page, config, None)
    assert page.meta == {"title": "About", "description": "d", "reviewed": True}
    assert markdown == "[c](../cases/)"
