"""govnews-archiver: crawl Vietnamese government news portals into a SQLite archive."""

__version__ = "0.1.0"
