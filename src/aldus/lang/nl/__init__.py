"""Dutch language data for aldus: reporting verbs, quote marks, pronouns, source nouns.

Each module exports UPPER_CASE constants (data only); the attribution stage reads them.
"""
