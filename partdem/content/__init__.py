"""The first stage: read data/ and docs/, refuse what is wrong at path:line:col, give a Hub.

The content types are described once, in models/; every later stage reads those descriptions.
"""
