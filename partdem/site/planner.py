"""The helpers of the planner page the template calls: the lead time of the groundwork, the
months of the follow-up schedule, and the data plan.js reads (the designs and the checklist each
is planned with, the template of a new case file, and its interface texts) as inline JSON."""

from __future__ import annotations

from typing import TYPE_CHECKING

from markupsafe import Markup

from partdem.content.models import case
from partdem.content.models.vocab import N_
from partdem.enrich import plan
from partdem.tools import scaffold

if TYPE_CHECKING:
    from partdem.site.render import Renderer

# The file name plan.js gives a draft case when the reader names no assembly.
DRAFT_SLUG = "planned-assembly"
PLAN_TEXTS = {
    "dated": N_("%(date)s (%(when)s)"),
    "copied": N_("The address of this plan is copied."),
    "copy_failed": N_("Copy the address of this page from the address bar."),
    "choose": N_("Choose a design to see its checklist."),
    "design": N_("Design: %(design)s"), "start": N_("First meeting: %(date)s"),
    "end": N_("Last meeting: %(date)s"),
}


class Planner:
    """Planner helpers of one renderer (one language)."""

    HELPERS = ("planner_data", "partners_weeks_before", "follow_up_months")

    def __init__(self, renderer: Renderer) -> None:
        self.renderer = renderer
        assert renderer.context is not None
        self.context = renderer.context
        self.partners_weeks_before = plan.PARTNERS_WEEKS_BEFORE
        self.follow_up_months = plan.follow_up_months()

    def planner_data(self) -> Markup:
        """The data of plan.js."""
        from partdem.site.render import json_script

        renderer = self.renderer
        designs = [{"slug": r.slug, "title": renderer.localized(r).title,
                    "checklist": r.entity.checklist, "type": r.entity.case_types[0]}
                   for r in self.context.derived.listed["designs"]]
        return json_script({
            "designs": designs,
            "draft": scaffold.template(case.TYPE.folder, DRAFT_SLUG),
            "slug": DRAFT_SLUG,
            "texts": {key: renderer.lang.gettext(text) for key, text in PLAN_TEXTS.items()},
        }, "pd-plan-data")
