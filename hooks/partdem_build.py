"""MkDocs adapter: validate and generate pages once per build, name the sources of pages.

All logic lives in the partdem package; this file only connects it to MkDocs events.
static-i18n re-runs the whole build once per language, so one-time work is guarded by its
``building`` flag.
"""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from partdem import catalog, feeds, pages, search
from partdem.errors import ContentError
from partdem.generate import generate
from partdem.publish import publish
from partdem.render import page_notice


def _i18n(config):
    return config.plugins["i18n"]


@event_priority(50)  # before static-i18n applies the per-language settings
def on_config(config):
    only = os.environ.get("PARTDEM_LANGUAGES")  # e.g. "en" for a quick development build
    for language in _i18n(config).config.languages:
        code = language.locale
        if only:
            language.build = code in only.split(",")
        language.site_name = catalog.gettext(code, "PartDem Hub")
        language.nav_translations = {title: catalog.gettext(code, title)
                                     for title in catalog.NAV_TITLES}
        language.admonition_translations = {kind: catalog.gettext(code, title)
                                            for kind, title in catalog.ADMONITIONS.items()}
    return config


STASHED_404 = ".partdem-404.html"


def on_pre_build(config):
    if _i18n(config).building:
        # Every language build writes its 404 page to the site root: keep the default one.
        site = Path(config.site_dir)
        if (site / "404.html").exists() and not (site / STASHED_404).exists():
            (site / "404.html").replace(site / STASHED_404)
        return
    try:
        root = Path(config.config_file_path).resolve().parent
        generate(root, Path(config.docs_dir), config.repo_url or "", config.site_url or "/")
    except ContentError as error:
        raise PluginError(str(error)) from None


def on_page_markdown(markdown, page, config, files):
    source = page.meta.get("partdem_source")
    if source and config.repo_url:
        page.edit_url = f"{config.repo_url.rstrip('/')}/edit/main/{source}"
    return markdown


def on_page_context(context, page, config, nav):
    # Generated pages carry their notice in their text; hand-written ones get it here.
    lang = _i18n(config).current_language
    context["pd_feeds"] = feeds.links(lang, page.url)
    context["pd_search_base"] = search.search_base(context["base_url"], lang)
    if "partdem_kind" not in page.meta and hasattr(page.file, "locale"):
        state = pages.file_status(Path(page.file.abs_src_path), lang)
        context["pd_notice"] = page_notice(page.url, lang, state)
    return context


@event_priority(-200)  # after static-i18n has built every language
def on_post_build(config):
    site, i18n = Path(config.site_dir), _i18n(config)
    if i18n.building:
        (site / "404.html").replace(site / i18n.current_language / "404.html")
        return
    if (site / STASHED_404).exists():
        (site / STASHED_404).replace(site / "404.html")
    publish(Path(config.config_file_path).resolve().parent, site, config.site_url or "/")
