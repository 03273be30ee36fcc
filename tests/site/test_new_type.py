"""A new content type is cheap: a copy of the project gains an "events" type from four new files
(its model with its description and labels, its two templates, one data file) and nothing else,
and the type is then validated with path:line errors, built in every language with translation
notices, in the navigation, the feeds, the calendar, the open data with its JSON Schema and
codebook, the scaffold of ``partdem new``, the translation report and the dashboard.

The expected results are written here from what a reader of the site would look for, not asked
of the code under test."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from site_paths import LANGS
from support import ROOT, VALID

from partdem.testing.project import copy_project

MODEL = '''"""An event of the network: a day of action, a gathering, a webinar."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import ClassVar

from pydantic import Field

from partdem.content.models.common import Day, Occasion, Text, TitledEntity, Url, reference
from partdem.content.models.types import ContentType, Feed, Nav
from partdem.content.models.vocab import N_


class Event(TitledEntity):
    """A dated event, and the chapter that holds it."""

    TRANSLATABLE: ClassVar[tuple[str, ...]] = ("title", "summary", "place")
    LABELS: ClassVar[dict[str, str]] = {"start": N_("Date"), "place": N_("Location"),
                                        "chapter": N_("Chapter"), "url": N_("Registration page")}

    start: Day = Field(description="Day of the event (YYYY-MM-DD).")
    place: Text = Field(description="Where it happens, or online.")
    chapter: reference("chapters", "chapter") = Field(description="The chapter that holds it.")
    url: Url | None = Field(None, description="Registration page.")

    def occasions(self, today: date) -> Iterator[Occasion]:
        yield Occasion("", self.start, None, self.title, self.url, location=self.place)


TYPE = ContentType(
    folder="events", model=Event, title=N_("Events"), order=35,
    list_template="events.html.j2", entity_template="event.html.j2", nav=Nav(N_("Events"), 45),
    list_by="start", feed=Feed(N_("Events of the network"), 4), in_main_feed=True,
    calendar=True)
'''
LIST_TEMPLATE = '''{% set page_title = _("Events") %}
{% set page_description = _("Events of the network.") %}

{{ heading(1, _("Events")) }}

<ul class="pd-list">
{% for record in records %}
<li><a href="{{ entity_href(record) }}">{{ localized(record).title }}</a>
({{ record.entity.start | date }})</li>
{% endfor %}
</ul>
'''
ENTITY_TEMPLATE = '''{% set page_title = entity.title %}
{% set page_description = entity.summary %}

{{ heading(1, entity.title) }}

{{ notice(record) }}

<div lang="{{ text_lang(record) }}">
{{ entity.summary | md }}
</div>
{% set chapter = target(record, "chapter") %}
<p>{{ entity.place }}, {{ entity.start | date }}:
<a href="{{ entity_href(chapter) }}">{{ chapter.entity.name }}</a></p>
'''
EVENT = """title: Day of the citizens' assemblies
summary: >-
  A day of talks and workshops on how local groups run their assemblies.
source_lang: en
start: 2026-03-14
place: Online
chapter: {chapter}
updated: 2026-01-10
"""


def _run(project: Path, *args: str) -> subprocess.CompletedProcess:
    # The copy's package first on the path: its models, not the installed ones, are read.
    env = {**os.environ, "PYTHONPATH": str(project), "SOURCE_DATE_EPOCH": "1798588800",
           "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", "partdem.cli", *args], cwd=project, env=env,
                          capture_output=True, text=True, timeout=600, check=False)


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    project = tmp_path_factory.mktemp("new-type") / "hub"
    copy_project(ROOT, project)
    shutil.copytree(VALID / "data", project / "data")  # the fixture hub: small, every type
    models = project / "partdem" / "content" / "models"
    (models / "event.py").write_text(MODEL, encoding="utf-8")
    templates = project / "partdem" / "site" / "templates"
    (templates / "events.html.j2").write_text(LIST_TEMPLATE, encoding="utf-8")
    (templates / "event.html.j2").write_text(ENTITY_TEMPLATE, encoding="utf-8")
    chapter = sorted((VALID / "data" / "chapters").glob("*.yaml"))[0].name.split(".")[0]
    (project / "data" / "events").mkdir()
    (project / "data" / "events" / "assembly-day.yaml").write_text(
        EVENT.format(chapter=chapter), encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def built(project) -> Path:
    result = _run(project, "build", "--site-dir", "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


def test_the_new_type_is_validated_at_its_line(project, tmp_path):
    assert _run(project, "check").returncode == 0
    bad = project / "data" / "events" / "broken.yaml"
    bad.write_text(EVENT.format(chapter="no-such-chapter").replace("place: Online\n", ""),
                   encoding="utf-8")
    try:
        result = _run(project, "check")
    finally:
        bad.unlink()
    assert result.returncode == 1
    assert "data/events/broken.yaml:1:1: error: missing required key 'place'" in result.stdout
    assert ("data/events/broken.yaml:6:10: error: there is no chapter 'no-such-chapter' "
            "(no file data/chapters/no-such-chapter.yaml)") in result.stdout


@pytest.mark.parametrize("lang", LANGS)
def test_its_pages_are_built_in_every_language_with_notices(built, lang):
    prefix = "" if lang == "en" else f"{lang}/"
    page = (built / f"{prefix}events/assembly-day/index.html").read_text(encoding="utf-8")
    assert "Day of the citizens&#39; assemblies" in page
    listing = (built / f"{prefix}events/index.html").read_text(encoding="utf-8")
    assert 'href="assembly-day/"' in listing
    # The navigation of every page leads to the list.
    home = (built / f"{prefix}index.html").read_text(encoding="utf-8")
    assert (f'href="../{lang}/events/"' if prefix else 'href="events/"') in home
    # Written in English only: every other language says so on the page.
    assert ('class="pd-notice' in page) == (lang != "en")


def test_it_joins_the_feeds_and_the_calendar(built):
    own = (built / "events.rss.xml").read_text(encoding="utf-8")
    assert "Day of the citizens&#39; assemblies" in own or "Day of the citizens' assemblies" in own
    assert "events/assembly-day/" in (built / "feed.atom.xml").read_text(encoding="utf-8")
    calendar = (built / "events.ics").read_text(encoding="utf-8")
    assert "DTSTART;VALUE=DATE:20260314" in calendar
    assert "UID:en/events/assembly-day@partdem-hub.org" in calendar
    assert "LOCATION:Online" in calendar


def test_it_is_in_the_open_data_with_its_schema_and_codebook(built):
    api = built / "api" / "v1"
    data = json.loads((api / "events.json").read_text(encoding="utf-8"))
    assert [item["id"] for item in data["items"]] == ["assembly-day"]
    assert "assembly-day" in (api / "events.csv").read_text(encoding="utf-8")
    schema = json.loads((api / "schemas" / "events.schema.json").read_text(encoding="utf-8"))
    assert set(schema["required"]) >= {"title", "summary", "start", "place", "chapter"}
    codebook = (built / "api" / "index.html").read_text(encoding="utf-8")
    assert "Events" in codebook and "place" in codebook


def test_the_scaffold_and_the_translation_tools_know_it(project, built):
    result = _run(project, "new", "events", "another-day")
    try:
        assert result.returncode == 0, result.stderr
        text = (project / "data" / "events" / "another-day.yaml").read_text(encoding="utf-8")
        assert "place:" in text and "chapter:" in text
    finally:
        (project / "data" / "events" / "another-day.yaml").unlink(missing_ok=True)
    report = _run(project, "translations")
    assert "missing    data/events/assembly-day.es.yaml" in report.stdout
    dashboard = (built / "es" / "translate" / "index.html").read_text(encoding="utf-8")
    assert 'data-kind="events"' in dashboard


def test_nothing_else_was_touched(project):
    """Beside its data, the type is its model and its two templates: every other file of the
    package is the project's own."""
    def files(root: Path) -> dict[str, bytes]:
        return {p.relative_to(root).as_posix(): p.read_bytes()
                for p in (root / "partdem").rglob("*")
                if p.is_file() and "__pycache__" not in p.parts}

    copy, original = files(project), files(ROOT)
    assert sorted(set(copy) - set(original)) == [
        "partdem/content/models/event.py", "partdem/site/templates/event.html.j2",
        "partdem/site/templates/events.html.j2"]
    assert [name for name in original if copy.get(name) != original[name]] == []
