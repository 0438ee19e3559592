"""Site and CMS-family profiles: TOML data under archiver/sites/, validated on load.

A profile names, per field, an ordered list of CSS selectors (first non-empty wins) and,
for crawling, where a portal lists its articles. `extends` inherits a family profile;
a child's keys replace the parent's key by key.
"""

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from urllib.parse import urlsplit

from .errors import ProfileError

EXTRACT_KEYS = {
    "title",
    "published",
    "updated",
    "author",
    "source",
    "views",
    "lead",
    "body",
    "category",
    "drop",
}
CRAWL_KEYS = {
    "start_urls",
    "article_links",
    "article_url",
    "next_page",
    "listing_item",
    "sitemaps",
    "feeds",
}
IDENTITY_KEYS = {"article_id"}  # a regular expression on the page's URL; group 1 is the portal's id of the article
TOP_KEYS = {"name", "description", "extends", "family", "domains", "extract", "crawl", "identity"}


@dataclass(frozen=True)
class Profile:
    name: str
    description: str = ""
    family: str = ""  # the CMS family the site runs on (a family profile names itself)
    domains: tuple[str, ...] = ()
    extract: dict = field(default_factory=dict)  # key -> tuple of CSS selectors
    crawl: dict = field(default_factory=dict)  # key -> tuple of strings
    identity: dict = field(default_factory=dict)  # key -> tuple of regular expressions (archiver/identity.py)

    @property
    def is_site(self) -> bool:
        return bool(self.domains or self.crawl.get("start_urls"))


def _sites_dir():
    return resources.files("archiver") / "sites"


def available() -> list[str]:
    return sorted(p.name[:-5] for p in _sites_dir().iterdir() if p.name.endswith(".toml"))


def _as_tuple(value, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ProfileError(f"{where}: expected a string or a list of strings")


def _section(raw: dict, name: str, allowed: set[str], profile: str) -> dict:
    section = raw.get(name, {})
    if not isinstance(section, dict):
        raise ProfileError(f"profile {profile!r}: [{name}] must be a table")
    unknown = set(section) - allowed
    if unknown:
        raise ProfileError(f"profile {profile!r}: unknown key(s) in [{name}]: {', '.join(sorted(unknown))}")
    return {k: _as_tuple(v, f"profile {profile!r} [{name}].{k}") for k, v in section.items()}


def _read(name: str) -> dict:
    path = _sites_dir() / f"{name}.toml"
    if not path.is_file():
        known = ", ".join(available())
        raise ProfileError(f"unknown site {name!r} (known: {known}; see 'archiver sites')")
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"profile {name!r} is not valid TOML: {exc}") from None
    unknown = set(raw) - TOP_KEYS
    if unknown:
        raise ProfileError(f"profile {name!r}: unknown key(s): {', '.join(sorted(unknown))}")
    return raw


@cache
def load(name: str) -> Profile:
    """The profile called `name`, with its `extends` chain resolved."""
    raw = _read(name)
    parent = load(raw["extends"]) if raw.get("extends") else None
    extract = {**(parent.extract if parent else {}), **_section(raw, "extract", EXTRACT_KEYS, name)}
    crawl = {**(parent.crawl if parent else {}), **_section(raw, "crawl", CRAWL_KEYS, name)}
    identity = {**(parent.identity if parent else {}), **_section(raw, "identity", IDENTITY_KEYS, name)}
    _check_id_rules(identity.get("article_id", ()), name)
    family = raw.get("family") or (parent.family if parent else "") or (name if not raw.get("domains") else "")
    return Profile(
        name=name,
        description=raw.get("description", ""),
        family=family,
        domains=_as_tuple(raw.get("domains", []), f"profile {name!r} domains"),
        extract=extract,
        crawl=crawl,
        identity=identity,
    )


def _check_id_rules(rules: tuple[str, ...], profile: str) -> None:
    for rule in rules:
        try:
            groups = re.compile(rule).groups
        except re.error as exc:
            raise ProfileError(f"profile {profile!r} [identity].article_id {rule!r}: {exc}") from None
        if groups < 1:
            raise ProfileError(f"profile {profile!r} [identity].article_id {rule!r}: needs a group (the id)")


def site_profiles() -> list[Profile]:
    return [p for p in map(load, available()) if p.is_site]


def for_url(url: str) -> Profile | None:
    """The site profile whose domains cover the URL's host, if any."""
    host = (urlsplit(url).hostname or "").lower()
    for profile in site_profiles():
        if any(host == d or host.endswith("." + d) for d in profile.domains):
            return profile
    return None


def for_page(url: str | None, site: str | None = None, *, generic: bool = False) -> Profile | None:
    """The profile that reads a page: the one rule of every way in (crawl, `parse`, WARC import, reparse).

    1. `site`, a profile name, wins (a user's --site; the profile a page was crawled with);
    2. a generic read uses none (a --url crawl, `parse --generic`, a page stored without a profile);
    3. else the site profile whose domains cover the URL's host; else none (generic extraction).
    """
    if site:
        return load(site)
    if generic or not url:
        return None
    return for_url(url)
