"""Which CMS family built a page, from the markers its family profile names ([recognise]): data, not code.

Markers are regular expressions, any one of which names the family:
  generator  the <meta name="generator"> content ("NukeViet v4.5", "WordPress 5.3.2", "Microsoft SharePoint")
  classes    the class attributes of <html> and <body> ("aui ltr" on Liferay)
  assets     the addresses of the <head>'s scripts, stylesheets and icons, one a line ("/_layouts/1033/init.js")
  url        the page's address
They are read from what parsing and metadata.read already gave, never by a walk of the page: recognising
costs a page of no known family a few searches of short strings. A marker that starts with literal text is
found fastest (a leading alternation or class is tried at every character). Where several families are
shown, the most specific wins (a family extending another before it), then the first by name.
"""

import os
import re
from dataclasses import dataclass
from functools import cache

from . import PROFILES_ENV, profiles
from .metadata import PageMeta
from .profiles import Profile


@dataclass(frozen=True)
class Family:
    profile: Profile
    markers: tuple[tuple[str, re.Pattern], ...]  # (where, pattern)

    def shown_by(self, signs: "Signs") -> bool:
        return any(pattern.search(getattr(signs, where)) for where, pattern in self.markers)


class Signs:
    """What a page says of the software that built it: read from its parsed tree and metadata (the
    head's assets come from metadata.read's one pass over <head>); the joined strings are made on first use."""

    def __init__(self, root, meta: PageMeta, url: str | None):
        self.root, self.meta, self.url = root, meta, url or ""
        self._classes: str | None = None
        self._assets: str | None = None

    @property
    def generator(self) -> str:
        return self.meta.get("generator")

    @property
    def classes(self) -> str:
        if self._classes is None:
            body = self.root.find("body")
            self._classes = f"{self.root.get('class') or ''}\n{body.get('class') or '' if body is not None else ''}"
        return self._classes

    @property
    def assets(self) -> str:
        if self._assets is None:
            self._assets = "\n".join(self.meta.assets)
        return self._assets


ORDER = ("generator", "url", "classes", "assets")  # what costs nothing to read first


def _depth(profile: Profile) -> int:
    """How many profiles it extends."""
    return 1 + _depth(profiles.load(profile.extends)) if profile.extends else 0


@cache
def known(folders: str = "") -> tuple[Family, ...]:
    """The families that name markers, the most specific first. `folders`: ARCHIVER_PROFILES (a user's family
    counts as soon as the folder is named)."""
    found = [p for p in map(profiles.load, profiles.available()) if p.markers and not p.is_site]
    found.sort(key=lambda p: (-_depth(p), p.name))
    return tuple(
        Family(p, tuple((where, re.compile(rx, re.MULTILINE)) for where in ORDER for rx in p.markers.get(where, ())))
        for p in found
    )


def recognise(root, meta: PageMeta, url: str | None) -> Profile | None:
    """The family profile whose markers the page shows, or None."""
    signs = Signs(root, meta, url)
    return next((f.profile for f in known(os.environ.get(PROFILES_ENV, "")) if f.shown_by(signs)), None)
