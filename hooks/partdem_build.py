"""MkDocs adapter: the engine builds the hand-written pages of docs/ in every language; the
partdem package validates the content, frames every page and writes the pages made from data.

All logic lives in the partdem package; this file only connects it to MkDocs events.
static-i18n re-runs the whole build once per language, so one-time work is guarded by its
``building`` flag.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from partdem.content import docs, markup, strings
from partdem.content.languages import url_prefix
from partdem.content.problems import ContentError
from partdem.outputs import pages
from partdem.outputs.job import Job
from partdem.outputs.publish import publish
from partdem.site.context import prepare
from partdem.site.language import site_language
from partdem.site.shell import Site

JOB = "partdem_job"  # the config key holding this build's validated content


class _HomeMadeFromData(logging.Filter):
    """static-i18n looks for each language's home page among the engine's pages; the home page
    is made from data, and written after the engine's build."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "Could not find a homepage" not in record.getMessage()


logging.getLogger("mkdocs.plugins.mkdocs_static_i18n.plugin").addFilter(_HomeMadeFromData())


def _i18n(config):
    return config.plugins["i18n"]


def _site(config) -> Site:
    return Site(url=config.site_url or "/", repo_url=config.repo_url or "",
                copyright=config.copyright or "")


@event_priority(50)  # before static-i18n applies the per-language settings
def on_config(config):
    only = os.environ.get("PARTDEM_LANGUAGES")  # e.g. "en" for a quick development build
    for language in _i18n(config).config.languages:
        if only:
            language.build = language.locale in only.split(",")
        gettext = site_language(language.locale).gettext
        language.admonition_translations = {kind: gettext(title)
                                            for kind, title in strings.ADMONITIONS.items()}
    # Hand-written pages read Markdown as the pages made from data do.
    config.markdown_extensions = list(markup.PAGE_EXTENSIONS)
    config.mdx_configs = dict(markup.PAGE_EXTENSION_CONFIGS)
    return config


def on_pre_build(config):
    if _i18n(config).building:
        return
    root = Path(config.config_file_path).resolve().parent
    try:  # before anything is built: bad content never makes a site
        config[JOB] = Job(prepare(root, config.repo_url or "", config.site_url or "/"),
                          _site(config), Path(config.site_dir))
    except ContentError as error:
        raise PluginError(str(error)) from None


def _stem(page, lang: str) -> str:
    return page.url.removeprefix(url_prefix(lang)).strip("/") or "index"


def on_page_markdown(markdown, page, config, files):
    # The page shell frames every page: the engine takes nothing else from a page's front matter
    # (a template: key would have it draw the page with the theme's own template, without the
    # Content-Security-Policy). The check refuses such keys; this holds even if one slipped by.
    for key in [key for key in page.meta if key not in docs.FRONT_KEYS]:
        del page.meta[key]
    return docs.link_generated(markdown, docs.file_stem(page.file.src_uri))


def _tokens(toc) -> list[dict]:
    return [{"id": a.id, "name": a.title, "level": a.level, "children": _tokens(a.children)}
            for a in toc]


def on_page_context(context, page, config, nav):
    lang = site_language(_i18n(config).current_language)
    context["pd_page"] = pages.frame_hand_written(_site(config), pages.DocsPage(
        lang=lang, source=Path(page.file.abs_src_path), stem=_stem(page, lang.code),
        title=page.title,
        description=page.meta.get("description", ""), content=page.content,
        tokens=_tokens(page.toc), edit_url=page.edit_url or ""))
    return context


@event_priority(-200)  # after static-i18n has built every language
def on_post_build(config):
    if _i18n(config).building:
        return
    languages = [lang.locale for lang in _i18n(config).config.languages if lang.build]
    publish(config[JOB], languages)
