"""The fourth stage: everything a build writes, each output a module with the same entry point.

Pages made from data, feeds, calendars, newsletter emails, sitemaps, search indexes and the open
data; ``publish`` lists them once.
"""
