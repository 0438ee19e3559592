"""govnews-archiver: crawl Vietnamese government news portals into a SQLite archive."""

# The package version: pyproject.toml reads it from here (tool.setuptools.dynamic).
__version__ = "0.2.0"

# The version of the extraction rules, stored on every article row (articles.extractor_version),
# independent of the package version. Raise it whenever extract()'s output changes for any page
# (tests/test_extractor_version.py tells you: it compares the fixtures' output with a stored
# digest); `archiver reparse --stale` re-extracts the rows an older extractor made.
EXTRACTOR_VERSION = "33"

# Where users keep site profiles of their own (folders, os.pathsep between them): archiver/profiles.py.
PROFILES_ENV = "ARCHIVER_PROFILES"
