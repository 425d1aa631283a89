"""The version of the minutes file format: in each file, and in the key of the minutes scan
cache (a module of its own, so the cache can be checked without loading the reader)."""

MINUTES_SCHEMA = 1
