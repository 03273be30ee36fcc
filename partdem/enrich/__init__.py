"""The second stage: pure functions of the validated Hub that derive what pages show.

Reverse references, benchmark summaries, facets, map and chart data, research figures: the
templates receive them ready, and never filter, sort or join content themselves.
"""
