"""The third stage: one entity or list turned into the HTML of one page in one language.

The renderer core, its widgets (charts, map), the page shell, the theme and the templates.
"""
