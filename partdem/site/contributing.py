"""The helpers of the contributors' pages the templates call: the translation dashboard, links
that open a file to translate or propose on GitHub, and the texts of the propose form."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlencode

from markupsafe import Markup

from partdem.content import docs
from partdem.content.hub import Record
from partdem.content.models import BY_FOLDER, TYPES
from partdem.content.models.vocab import N_
from partdem.content.translations import Status
from partdem.tools import dashboard, report, scaffold

if TYPE_CHECKING:
    from partdem.site.render import Renderer

PROPOSE_TEXTS = {
    "kind": N_("What do you propose?"), "slug": N_("Short name for the file (slug)"),
    "check": N_("Check and prepare the file"), "add": N_("Add another"),
    "commas": N_("Separate values with commas"), "missing": N_("%(name)s is required."),
    "invalid": N_("%(name)s does not have an allowed value."),
    "badslug": N_("The short name may only use lowercase letters, digits and hyphens."),
    "ready": N_("All checks passed. Your file:"), "yaml": N_("The file in YAML"),
    "open": N_("Open it on GitHub to propose it"),
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
               "propose_texts", "new_file_url", "proposable")

    def __init__(self, renderer: Renderer) -> None:
        self.renderer = renderer
        assert renderer.context is not None
        self.context = renderer.context
        self.lang = renderer.lang.code
        self.proposable = PROPOSABLE

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

    def page_translate_url(self, page: docs.PageTranslation) -> str:
        return dashboard.page_translate_url(self.context.repo_url, self.context.hub.root, page)

    def propose_texts(self) -> Markup:
        """The interface texts of propose.js, as inline JSON."""
        from partdem.site.render import json_script

        texts: dict[str, object] = {key: self.renderer.lang.gettext(text)
                                    for key, text in PROPOSE_TEXTS.items()}
        texts["kinds"] = [[kind, self.type_title(kind)] for kind in PROPOSABLE]
        return json_script(texts, "pd-propose-texts")

    def new_file_url(self, kind: str) -> str:
        """GitHub's new-file page for a kind, with the commented template filled in."""
        query = urlencode({"filename": "new-slug.yaml",
                           "value": scaffold.template(kind, "new-slug")})
        return f"{self.context.repo_url.rstrip('/')}/new/main/data/{kind}?{query}"

    def type_title(self, kind: str) -> str:
        """The name of a type (or of the hand-written pages) in this language."""
        title = PAGES_TITLE if kind == report.PAGES else BY_FOLDER[kind].title
        return self.renderer.lang.gettext(title)

    def status_label(self, state: Status) -> str:
        return self.renderer.lang.gettext(STATUS_LABELS[state.value])
