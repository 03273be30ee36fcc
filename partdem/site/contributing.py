"""The helpers of the contributors' pages the templates call: the translation dashboard, links
that open a file to translate or propose on GitHub, the propose form's steps and choices (made
from the models by content/fields.py), and the texts of the forms' scripts."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from markupsafe import Markup

from partdem.content import docs, fields
from partdem.content.hub import Record
from partdem.content.languages import CODES
from partdem.content.models import BY_FOLDER, TYPES, benchmark
from partdem.content.models.common import COUNTRY_CODES
from partdem.content.models.vocab import N_, VOCABULARIES, checklist_of
from partdem.content.translations import Status
from partdem.site.language import site_language
from partdem.tools import dashboard, report, scaffold

if TYPE_CHECKING:
    from partdem.site.render import Renderer

# The texts of the forms' scripts (contribute.js, propose.js, translate.js), as msgids.
FORM_TEXTS = {
    "step": N_("Step %(number)s of %(count)s"), "next": N_("Next"), "back": N_("Back"),
    "missing": N_("This is required."), "pattern": N_("This does not have the expected form: "
                                                     "see the hint."),
    "url": N_("Write the full address, starting with https://"),
    "email": N_("Write an email address, such as info@example.org"),
    "min": N_("At least %(min)s"), "max": N_("At most %(max)s"),
    "rows": N_("Add at least %(count)s."), "most": N_("At most %(count)s."),
    "choose": N_("Choose at least one."), "slug": N_("Use lowercase Latin letters, digits and "
                                                     "single hyphens."),
    "problems": N_("Some answers need attention:"),
    "kept": N_("Your answers are kept in this browser as you type."),
    "restored": N_("Your draft was restored."), "discard": N_("Discard the draft"),
    "discarded": N_("The draft is discarded."),
    "check": N_("Check and prepare the file"), "preview": N_("Preview"),
    "ready": N_("All checks passed. Your file:"), "file": N_("The file"),
    "download": N_("Download the file"), "copy": N_("Copy the file"),
    "copied": N_("The file is copied."),
    "open": N_("Open it on GitHub to propose it"),
    "long": N_("The file is too long to open on GitHub in one address. Send it in these "
               "steps:"),
    "replace": N_("The file replaces one that exists. Send it in these steps:"),
    "save": N_("Download the file, or copy it."),
    "new": N_("Open GitHub's page for a new file in the folder %(folder)s:"),
    "edit": N_("Open the file %(file)s on GitHub and choose to edit it:"),
    "name": N_("Name the file %(file)s."),
    "paste": N_("Paste the text of the file, replacing any text there, and propose the "
                "change."),
    "github": N_("GitHub"), "yes": N_("Yes"), "no": N_("No"),
    "source": N_("Source (%(language)s)"), "target": N_("Translation (%(language)s)"),
    "changed": N_("Changed since the translation was made:"),
    "outdated": N_("The source text changed after this translation was made. The changes are "
                   "marked: update the translation to match."),
    "unknown": N_("There is nothing to translate at this address. Open the translation "
                  "dashboard and choose a page."),
}
PAGES_TITLE = N_("Pages of the site")  # the hand-written pages, beside the types
STATUS_LABELS = {"current": N_("Current"), "unreviewed": N_("Unreviewed"),
                 "outdated": N_("Outdated"), "missing": N_("Missing")}
# The types the propose form offers, in the order of the types.
PROPOSABLE = tuple(kind.folder for kind in TYPES if kind.proposable)


class Contributing:
    """Contributor-page helpers of one renderer (one language)."""

    HELPERS = ("dashboard_interface", "dashboard_content", "dashboard_todo", "dashboard_pages",
               "translate_url", "page_translate_url", "type_title", "status_label",
               "form_texts", "new_file_url", "proposable", "form_steps", "form_choices",
               "form_checklists", "benchmark_items", "translate_here", "translate_data",
               "github_limit")

    def __init__(self, renderer: Renderer) -> None:
        self.renderer = renderer
        assert renderer.context is not None
        self.context = renderer.context
        self.lang = renderer.lang.code
        self.proposable = PROPOSABLE
        self.github_limit = dashboard.GITHUB_ADDRESS_LIMIT

    def _published(self, record: Record) -> bool:
        return record.is_published(self.context.today)

    def dashboard_interface(self) -> dashboard.Progress:
        return dashboard.interface(self.lang)

    def dashboard_content(self) -> dict[str, dashboard.Progress]:
        return dashboard.content(self.context.hub, self.lang, self._published)

    def dashboard_todo(self) -> list[tuple[Record, Status]]:
        return dashboard.todo(self.context.hub, self.lang, self._published)

    def translate_url(self, record: Record) -> str:
        return dashboard.translate_url(self.context.repo_url, self.context.hub.root, record,
                                       self.lang)

    def dashboard_pages(self) -> list[docs.PageTranslation]:
        return dashboard.page_todo(self.context.hub.root, self.lang)

    def translate_here(self, record: Record) -> str:
        """The translate form of a record, in this language."""
        return self.renderer.href("translate/edit/index") + "?" + urlencode(
            {"type": record.kind, "slug": record.slug})

    def translate_data(self) -> Markup:
        """What translate.js needs besides the entity's own file: the label of every
        translatable field of every type (and whether it takes several lines), and the names
        of the site's languages, in this language."""
        from partdem.site.render import json_script

        lang = self.renderer.lang
        labels = {kind.folder: {path: [lang.gettext(spec.label), spec.kind == "markdown"]
                                for path, spec in fields.translatable(kind.model).items()}
                  for kind in TYPES}
        return json_script({"labels": labels,
                            "languages": {code: lang.language(code) for code in CODES},
                            "rtl": [code for code in CODES if site_language(code).rtl]},
                           "pd-translate-data")

    def page_translate_url(self, page: docs.PageTranslation) -> str:
        return dashboard.page_translate_url(self.context.repo_url, self.context.hub.root, page)

    def form_texts(self) -> Markup:
        """The interface texts of the forms' scripts, as inline JSON."""
        from partdem.site.render import json_script

        return json_script({key: self.renderer.lang.gettext(text)
                            for key, text in FORM_TEXTS.items()}, "pd-form-texts")

    def form_steps(self, kind: str) -> tuple[fields.Step, ...]:
        return fields.steps(BY_FOLDER[kind])

    def form_choices(self, spec: fields.Spec) -> list[tuple[str, str]]:
        """The values a choice offers and their names in this language: a vocabulary's in its
        order, countries and entities by name (the values of ``among:`` come from the page)."""
        lang = self.renderer.lang
        source, _, name = spec.source.partition(":")
        if source == "vocab":
            return [(code, lang.label(name, code)) for code in VOCABULARIES[name]]
        if source == "boolean":
            return [(value, lang.gettext(FORM_TEXTS[answer]))
                    for value, answer in (("true", "yes"), ("false", "no"))]
        if source == "country":
            named = [(code, lang.country(code)) for code in COUNTRY_CODES]
        elif source == "reference":
            named = [(r.slug, self.renderer.localized(r).display_title)
                     for r in self.context.derived.listed[name]]
        else:
            return []
        return sorted(named, key=lambda pair: pair[1].casefold())

    def form_checklists(self) -> str:
        """Which checklist each type of case is rated against, as JSON for the ratings."""
        return json.dumps({code: checklist_of(code) for code in VOCABULARIES["case_type"]})

    def benchmark_items(self) -> list[Record]:
        """The benchmark items in checklist order: the standards the ratings step explains."""
        return sorted(self.context.derived.listed[benchmark.TYPE.folder],
                      key=lambda r: (r.entity.set, r.entity.order))

    def new_file_url(self, kind: str) -> str:
        """GitHub's new-file page for a kind, with the commented template in it if it fits."""
        return dashboard.new_file_url(self.context.repo_url, f"data/{kind}", "new-slug.yaml",
                                      scaffold.template(kind, "new-slug"))

    def type_title(self, kind: str) -> str:
        """The name of a type (or of the hand-written pages) in this language."""
        title = PAGES_TITLE if kind == report.PAGES else BY_FOLDER[kind].title
        return self.renderer.lang.gettext(title)

    def status_label(self, state: Status) -> str:
        return self.renderer.lang.gettext(STATUS_LABELS[state.value])
