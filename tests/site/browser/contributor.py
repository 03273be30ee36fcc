"""A scripted contributor: fills in the propose form of the built site as a person would, field
by field and step by step, with the values of a real content file, clicking "Add" for each row
and "Next" after each step. What it types comes from the file, never from the form's code."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from typing import Any

import yaml
from playwright.sync_api import Page

# Fields no one types: the form sets them (the reader's language, the day it is saved).
AUTOMATIC = ("source_lang", "updated")


def expected_entity(source: Any, translation: Any | None, lang: str) -> dict[str, Any]:
    """A real file as its translator would propose it afresh: the translation's text laid over
    the source's (lists by position, as the hub does), written in ``lang``, strings as a form
    field gives them back (without surrounding blank space)."""

    def overlay(base: Any, text: Any) -> Any:
        if text is None:
            return base
        if isinstance(base, dict):
            return {k: overlay(v, text.get(k) if isinstance(text, dict) else None)
                    for k, v in base.items()}
        if isinstance(base, list):
            return [overlay(item, text[i] if i < len(text) else None)
                    for i, item in enumerate(base)]
        return text

    def plain(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        if isinstance(value, list):
            return [plain(v) for v in value]
        if isinstance(value, datetime.date):
            return value.isoformat()
        return value.strip() if isinstance(value, str) else value

    text = {k: v for k, v in (translation or {}).items()
            if k not in ("source_fingerprint", "reviewed")}
    merged = plain(overlay(source, text))
    for key in AUTOMATIC:
        merged.pop(key, None)
    merged["source_lang"] = lang
    return merged


def read(path: Any) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def leaves(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """(dotted path, value) of every answer: scalars, and lists of scalars as one answer."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from leaves(item, f"{path}{key}.")
    elif isinstance(value, list) and value and isinstance(value[0], dict):
        for i, item in enumerate(value):
            yield from leaves(item, f"{path}{i}.")
    else:
        yield path.rstrip("."), value


class Contributor:
    """Fills the form of ``kind`` on ``page``; ``after_step`` runs after each step is done
    (a screenshot, a reload)."""

    def __init__(self, page: Page, kind: str) -> None:
        self.page = page
        self.kind = kind
        self.form = f".pd-form[data-kind='{kind}']"

    def step_of(self, name: str) -> int:
        """The step that asks for ``name``: the step of its field at the top of the file."""
        return self.page.evaluate(
            """([form, top]) => {
                const root = document.querySelector(form);
                const steps = [...root.querySelectorAll(':scope > .pd-form__step')];
                const field = root.querySelector(`[name='${top}'], [data-list='${top}'],
                    [data-choices='${top}'], [data-ratings='${top}'], [name^='${top}.']`);
                return field ? steps.indexOf(field.closest('.pd-form__step')) : -1;
            }""", [self.form, name.split(".")[0]])

    def row(self, list_path: str, index: int) -> None:
        """Make row ``index`` of a list, as a person clicks "Add"."""
        rows = self.page.locator(f"{self.form} [data-list='{list_path}'] > .pd-form__rows > "
                                 f"[data-index='{index}']")
        while rows.count() == 0:
            self.page.locator(f"{self.form} [data-list='{list_path}'] > .pd-form__add").click()

    def rows_for(self, name: str) -> None:
        parts = name.split(".")
        for i in range(1, len(parts)):
            if parts[i].isdigit():
                self.row(".".join(parts[:i]), int(parts[i]))

    def answer(self, name: str, value: Any) -> None:
        page, form = self.page, self.form
        self.rows_for(name)
        if isinstance(value, list):
            boxes = page.locator(f"{form} input[type=checkbox][name='{name}']")
            many = page.locator(f"{form} select[multiple][name='{name}']")
            if boxes.count():
                for item in value:
                    boxes.locator(f"xpath=self::*[@value='{item}']").check()
            elif many.count():
                many.select_option([str(item) for item in value])
            else:  # a list of texts: one row each
                for i, item in enumerate(value):
                    self.answer(f"{name}.{i}", item)
            return
        control = page.locator(f"{form} [name='{name}']")
        text = (("true" if value else "false") if isinstance(value, bool)
                else value.isoformat() if isinstance(value, datetime.date) else str(value))
        if control.evaluate("c => c.tagName") == "SELECT":
            control.select_option(text)
        else:
            control.fill(text)

    def fill(self, entity: dict[str, Any], slug: str,
             after_step: Callable[[int], None] = lambda step: None) -> str:
        """Answer every question with ``entity``'s values, then save: the file the form
        writes."""
        answers = [(name, value) for name, value in leaves(entity) if name not in AUTOMATIC]
        by_step: dict[int, list[tuple[str, Any]]] = {}
        for name, value in answers:
            step = self.step_of(name)
            assert step >= 0, f"the form asks nothing for {name}"
            by_step.setdefault(step, []).append((name, value))
        count = self.page.locator(f"{self.form} > .pd-form__step").count()
        start = int(self.page.locator(self.form).get_attribute("data-current") or 0)
        for step in range(start, count - 1):
            # Sources before the ratings that cite them, rows in the order of the file.
            for name, value in by_step.get(step, []):
                self.answer(name, value)
            after_step(step)
            self.next()
        self.page.locator(f"{self.form} .pd-form__slug").fill(slug)
        self.page.locator(f"{self.form} .pd-form__prepare").click()
        return self.page.locator(f"{self.form} .pd-form__file").input_value()

    def next(self) -> None:
        current = self.page.locator(self.form).get_attribute("data-current")
        self.page.locator(f"{self.form} .pd-form__next").click()
        problems = self.page.locator(f"{self.form} .pd-form__error:not([hidden])")
        assert self.page.locator(self.form).get_attribute("data-current") != current, (
            f"step {current} refused: {problems.all_inner_texts()}")
