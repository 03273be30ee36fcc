"""Contributor tools made from the content models: the scaffold of ``partdem new``, JSON
Schemas, the codebook and the translation report and dashboard.
"""
