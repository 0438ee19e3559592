"""What a page says about itself in machine-readable form: <title>, <meta>, JSON-LD, links.

All of it is read with a few precompiled XPaths over the one parsed tree. Nothing here
judges whether a value is right; the generic extractors (title.py, page_dates.py, ...) weigh these as candidates.
"""

import json
import re
from dataclasses import dataclass, field
from html import unescape

from .pagetext import head_entries, itemprop_dates, jsonld_scripts
from .text import clean

# <time> is found with lxml's tag-filtered iteration (in C, no XPath context), the same elements in the same
# order as /html/body/descendant::time[@datetime]; <head>'s elements, JSON-LD scripts and itemprop date stamps
# with compiled walks (pagetext.head_entries, jsonld_scripts, itemprop_dates), as /html/head/meta[...],
# /html/descendant::script[...] and /html/body/descendant::*/@itemprop[...].
_CANONICAL_RELS = frozenset(("canonical", "Canonical", "CANONICAL"))
_HTTRACK = re.compile(r"<!--\s*Mirrored from\s+(\S+)\s+by HTTrack", re.IGNORECASE)
HTTRACK_SCAN = 4096  # characters: an HTTrack mirror stamps its comment at the top

ARTICLE_TYPES = {"newsarticle", "article", "blogposting", "reportagenewsarticle", "webpage", "report"}


@dataclass
class PageMeta:
    title: str = ""  # <title>
    meta: dict = field(default_factory=dict)  # lower-cased name/property/itemprop -> first content
    canonical: str | None = None
    jsonld: dict = field(default_factory=dict)  # headline, datePublished, dateModified, articleSection, url, author
    httrack_url: str | None = None
    lang: str | None = None
    assets: list = field(default_factory=list)  # addresses of <head>'s stylesheets, icons and scripts (families.py)
    root: object = None
    _times: list | None = None

    @property
    def times(self) -> list:
        """(element, value, kind) for <time datetime> and itemprop datePublished/dateModified
        in the body; read on first use (a profiled page rarely needs them)."""
        if self._times is None:
            self._times = _time_stamps(self.root) if self.root is not None else []
        return self._times

    def times_within(self, area) -> list:
        """`times`, only those inside area when area lies inside <body> (None: all of them)."""
        if area is not None and self._times is None and _inside_body(area):
            return _time_stamps_under(area)
        return self.times

    def get(self, *names: str) -> str:
        for name in names:
            value = self.meta.get(name)
            if value:
                return value
        return ""


# Text fields of JSON-LD that CMSs fill with the title as HTML ('&#8220;', '&amp;'): decoded once.
_JSONLD_TEXT_KEYS = frozenset(("headline", "name", "articleSection"))


def _walk_jsonld(node, out: dict) -> None:
    """Fill out with the first article-like object's fields (JSON-LD nests in @graph, lists)."""
    if isinstance(node, list):
        for item in node:
            _walk_jsonld(item, out)
        return
    if not isinstance(node, dict):
        return
    types = node.get("@type")
    types = types if isinstance(types, list) else [types]
    if any(isinstance(t, str) and t.lower() in ARTICLE_TYPES for t in types):
        if "author" not in out and (author := _person_name(node.get("author"))):
            out["author"] = unescape(author).strip()
        for key in ("headline", "name", "datePublished", "dateModified", "articleSection", "url", "mainEntityOfPage"):
            value = node.get(key)
            if isinstance(value, dict):
                value = value.get("@id") or value.get("url")
            if isinstance(value, list):
                value = value[0] if value and isinstance(value[0], str) else None
            if isinstance(value, str) and value.strip() and key not in out:
                out[key] = unescape(value).strip() if key in _JSONLD_TEXT_KEYS else value.strip()
    if "@graph" in node:
        _walk_jsonld(node["@graph"], out)


def _person_name(value) -> str | None:
    """A JSON-LD author's name: a Person's (the first of a list), or a bare string; an Organization is the site."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        name = value.get("name")
        return name if value.get("@type", "Person") == "Person" and isinstance(name, str) and name.strip() else None
    return value if isinstance(value, str) and value.strip() else None


def _children(root, tag: str):
    """<html>'s children named tag (none when the root is not <html>)."""
    return root.iterchildren(tag) if root.tag == "html" else ()


def _inside_body(el) -> bool:
    """el lies strictly inside the document's /html/body."""
    for node in el.iterancestors():
        if node.tag == "body":
            html = node.getparent()
            return html is not None and html.tag == "html" and html.getparent() is None
    return False


def _jsonld_texts(root) -> list:
    if root.tag != "html":
        return []
    return [text for script in jsonld_scripts(root) if (text := script.text) is not None]


def read_jsonld(root) -> dict:
    out: dict = {}
    for raw in _jsonld_texts(root):
        try:
            data = json.loads(raw.strip().rstrip(";"))
        except (ValueError, RecursionError):
            _salvage_dates(raw, out)
            continue
        _walk_jsonld(data, out)
    return out


_JSONLD_ARTICLE_TYPE = re.compile(r'"@type"\s*:\s*"(?:News|Reportage|Report)?(?:Article|BlogPosting)"', re.IGNORECASE)
_JSONLD_DATE = re.compile(r'"(datePublished|dateModified)"\s*:\s*"([^"]{8,40})"')


def _salvage_dates(raw: str, out: dict) -> None:
    """The dates of an article's JSON-LD that does not parse (a stray comma, a raw quote in a text)."""
    if _JSONLD_ARTICLE_TYPE.search(raw):
        for key, value in _JSONLD_DATE.findall(raw):
            out.setdefault(key, value.strip())


def read(root, start: str) -> PageMeta:
    """Everything machine-readable, with one pass over <head> and cheap axes; `start` is the
    beginning of the page's text (HTTRACK_SCAN characters or more), for comments."""
    page = PageMeta(root=root)
    _read_head(root, page)
    page.jsonld = read_jsonld(root)
    m = _HTTRACK.search(start, 0, HTTRACK_SCAN)
    if m:
        page.httrack_url = "https://" + m.group(1)
    page.lang = (root.get("lang") or root.get("xml:lang") or "").strip() or None
    return page


def _read_head(root, page: PageMeta) -> None:
    """<title>, <meta content>, <link rel=canonical> and the head's assets, one pass over <head>'s children
    (pagetext.head_entries, compiled): the first of /html/head/title | /html/body/title, each
    /html/head/meta[@content] in order (the first content of a name wins), the href of the first canonical
    /html/head/link, every link's href and script's src."""
    title, contents, page.assets, canonical = head_entries(root, _CANONICAL_RELS)
    page.meta = {key: clean(content) for key, content in contents.items()}
    if title is not None:
        page.title = clean("".join(title.itertext()))
    if canonical is not None and canonical.strip():
        page.canonical = canonical.strip()


def _time_stamps(root) -> list:
    times = [
        (el, el.get("datetime"), "time")
        for body in _children(root, "body")
        for el in body.iter("time")
        if el.get("datetime") is not None
    ]
    return times + [
        _itemprop_stamp(*found) for body in _children(root, "body") for found in itemprop_dates(body, False)
    ]


def _time_stamps_under(el) -> list:
    """_time_stamps() of el's subtree only, for an element inside <body>: the same entries in
    the same order, without walking the rest of the page."""
    times = [(t, t.get("datetime"), "time") for t in el.iter("time") if t.get("datetime") is not None]
    return times + [_itemprop_stamp(*found) for found in itemprop_dates(el, True)]


def _itemprop_stamp(el, kind: str) -> tuple:
    value = el.get("content") or el.get("datetime") or clean("".join(el.itertext()))
    return el, value, kind
