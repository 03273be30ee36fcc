"""Helpers of the tests and the benchmark: a copy of the project, and a built site served locally.
"""
