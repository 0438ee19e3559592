"""Site and CMS-family profiles: TOML data, validated on load.

A profile names, per field, an ordered list of CSS selectors (first non-empty wins) and,
for crawling, where a portal lists its articles. `extends` inherits a family profile;
a child's keys replace the parent's key by key.

Profiles are read from the folders named by ARCHIVER_PROFILES (os.pathsep-separated; the CLI's
`--profiles DIR` adds to it, so the crawl's storage process sees them too), then from archiver/sites/.
A user's profile of a shipped name takes its place. Every selector and pattern is compiled when a
profile loads: a mistake is an InvalidProfile naming the file, the key and the error.
"""

import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from . import PROFILES_ENV
from .errors import InvalidProfile, ProfileError

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
# [recognise] of a CMS family: regular expressions, any one of which names the family on a page (archiver/families.py)
MARKER_KEYS = {"generator", "url", "classes", "assets"}
TOP_KEYS = {"name", "description", "extends", "family", "domains", "extract", "crawl", "identity", "recognise"}


@dataclass(frozen=True)
class Profile:
    name: str
    description: str = ""
    family: str = ""  # the CMS family the site runs on (a family profile names itself)
    extends: str = ""
    domains: tuple[str, ...] = ()
    extract: dict = field(default_factory=dict)  # key -> tuple of CSS selectors
    crawl: dict = field(default_factory=dict)  # key -> tuple of strings
    identity: dict = field(default_factory=dict)  # key -> tuple of regular expressions (archiver/identity.py)
    markers: dict = field(default_factory=dict)  # [recognise]: key -> regexes (the file's own, never inherited)

    @property
    def is_site(self) -> bool:
        return bool(self.domains or self.crawl.get("start_urls"))


RECOGNISED = "recognised:"  # provenance["family"] of a page read with the family its markers show
CSS_KEYS = {"listing_item", "article_links", "next_page"}  # of [crawl]; every [extract] key is CSS
REGEX_KEYS = {"article_url", "article_id"} | MARKER_KEYS  # article_id: of [identity]


def _sites_dir():
    """The shipped profiles."""
    return resources.files("archiver") / "sites"


def user_dirs() -> list[Path]:
    """The users' profile folders, first to last (ARCHIVER_PROFILES)."""
    return [Path(d) for d in os.environ.get(PROFILES_ENV, "").split(os.pathsep) if d]


def add_user_dirs(dirs) -> None:
    """Read profiles from these folders before the others (the CLI's --profiles), and check them all now."""
    for folder in dirs:
        if not Path(folder).is_dir():
            raise InvalidProfile(f"no profiles folder {folder}")
    os.environ[PROFILES_ENV] = os.pathsep.join([str(d) for d in dirs] + [str(d) for d in user_dirs()])
    load.cache_clear()
    check_user_profiles()


def check_user_profiles() -> None:
    """Load every profile of the users' folders: a mistake in any of them is found before a command runs."""
    for folder in user_dirs():
        if not folder.is_dir():
            raise InvalidProfile(f"no profiles folder {folder} (from {PROFILES_ENV})")
        for path in sorted(folder.glob("*.toml")):
            load(path.stem)


def _folders() -> list:
    return [*user_dirs(), _sites_dir()]


def source(name: str):
    """The file the profile called `name` is read from."""
    for folder in _folders():
        path = folder / f"{name}.toml"
        if path.is_file():
            return path
    known = ", ".join(available())
    raise ProfileError(f"unknown site {name!r} (known: {known}; see 'archiver sites')")


def is_shipped(name: str) -> bool:
    return source(name) == _sites_dir() / f"{name}.toml"


def available() -> list[str]:
    return sorted(
        {p.name[:-5] for folder in _folders() if folder.is_dir() for p in folder.iterdir() if p.name.endswith(".toml")}
    )


def _as_tuple(value, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise InvalidProfile(f"{where}: expected a string or a list of strings")


def _section(raw: dict, name: str, allowed: set[str], where: str) -> dict:
    section = raw.get(name, {})
    if not isinstance(section, dict):
        raise InvalidProfile(f"{where}: [{name}] must be a table")
    unknown = set(section) - allowed
    if unknown:
        raise InvalidProfile(f"{where}: unknown key(s) in [{name}]: {', '.join(sorted(unknown))}")
    values = {k: _as_tuple(v, f"{where}: [{name}].{k}") for k, v in section.items()}
    for key, items in values.items():
        for item in items:
            if not item and name == "recognise":
                raise InvalidProfile(f"{where}: [recognise].{key}: an empty marker would name every page")
            if name == "extract" or key in CSS_KEYS:
                problem = css_problem(item)
                kind = "CSS selector"
            elif key in REGEX_KEYS:
                problem = regex_problem(item)
                kind = "regular expression"
            else:
                continue
            if problem:
                raise InvalidProfile(f"{where}: [{name}].{key}: invalid {kind} {item!r}: {problem}")
    return values


def css_problem(selector: str) -> str | None:
    """Why the selector cannot be used, or None (compiled as extraction compiles it)."""
    from cssselect import SelectorError, parse

    from .htmltree import compile_css

    if compile_css(selector) is not None:
        return None
    try:
        parse(selector)
    except SelectorError as exc:
        return str(exc)
    return "it does not translate to XPath"


def regex_problem(pattern: str) -> str | None:
    try:
        re.compile(pattern)
    except re.error as exc:
        return str(exc)
    return None


def _read(name: str) -> tuple[dict, str]:
    path = source(name)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise InvalidProfile(f"{path}: not valid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidProfile(f"{path}: cannot be read: {exc}") from None
    unknown = set(raw) - TOP_KEYS
    if unknown:
        raise InvalidProfile(f"{path}: unknown key(s): {', '.join(sorted(unknown))}")
    return raw, str(path)


_loading: list[str] = []  # the extends chain being resolved, to refuse a cycle


@cache
def load(name: str) -> Profile:
    """The profile called `name`, with its `extends` chain resolved."""
    raw, where = _read(name)
    extends = raw.get("extends")
    if extends is not None and not isinstance(extends, str):
        raise InvalidProfile(f"{where}: extends must name one profile")
    if extends in _loading or extends == name:
        raise InvalidProfile(f"{where}: extends {extends!r}, which extends it back")
    if extends and extends not in available():
        raise InvalidProfile(f"{where}: extends {extends!r}, which is no profile (see 'archiver sites')")
    _loading.append(name)
    try:
        parent = load(extends) if extends else None
    finally:
        _loading.pop()
    extract = {**(parent.extract if parent else {}), **_section(raw, "extract", EXTRACT_KEYS, where)}
    crawl = {**(parent.crawl if parent else {}), **_section(raw, "crawl", CRAWL_KEYS, where)}
    identity = {**(parent.identity if parent else {}), **_section(raw, "identity", IDENTITY_KEYS, where)}
    _check_id_rules(identity.get("article_id", ()), where)
    markers = _section(raw, "recognise", MARKER_KEYS, where)
    if markers and raw.get("domains"):
        raise InvalidProfile(f"{where}: [recognise] is for a CMS family; a site profile is chosen by its domains")
    family = raw.get("family") or (parent.family if parent else "") or (name if not raw.get("domains") else "")
    return Profile(
        name=name,
        description=raw.get("description", ""),
        family=family,
        extends=extends or "",
        domains=_as_tuple(raw.get("domains", []), f"{where}: domains"),
        extract=extract,
        crawl=crawl,
        identity=identity,
        markers=markers,
    )


def _check_id_rules(rules: tuple[str, ...], where: str) -> None:
    """An id rule must hold a group, the id ([identity] is validated as a regex by _section first)."""
    for rule in rules:
        if re.compile(rule).groups < 1:
            raise InvalidProfile(f"{where}: [identity].article_id: {rule!r} needs a group (the id)")


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
    2. a generic read uses no site profile (a --url crawl, `parse --generic`, a page stored without a profile);
    3. else the site profile whose domains cover the URL's host;
    4. else none here: extract() then reads the page with the CMS family its markers show (archiver/families.py),
       unless told `families=False` (`parse --generic`, `eval --generic`), and generically without one.
    """
    if site:
        return load(site)
    if generic or not url:
        return None
    return for_url(url)


def reader(given: Profile | None, provenance: dict) -> Profile | None:
    """The profile that read a page: the one extract() was given, else the family it recognised (its
    article ids are then read by that family's [identity] rule too)."""
    family = provenance.get("family", "").removeprefix(RECOGNISED)
    return given or (load(family) if family else None)
