"""The page's category: JSON-LD or <meta>, the middle of its <title>, or its breadcrumb.

Whichever gives it, the category is stored without the portal's punctuation around it: the title
"<article> - Tin tức sự kiện - <site>" or a breadcrumb item "» Thanh tra" gives "Tin tức sự kiện"
and "Thanh tra" (a hyphen inside the name, "Văn hóa - Xã hội", stays).
"""

import re

from lxml import etree

from .models import Found
from .text import clean
from .title import TITLE_SEPARATOR

_BREADCRUMB = etree.XPath(
    "(/html/body/descendant::*[contains(@class,'readcrumb') or contains(@id,'readcrumb')])[1]/descendant::a"
)
_HOME_WORDS = {"trang chủ", "home", "trang chu", "trang nhất"}
# Separators, bullets, arrows and brackets portals put before or after a category name.
_EDGE_PUNCTUATION = re.compile(r"^[\s\-–—|:;,./\\»«›‹>•·*~_\[\](){}]+|[\s\-–—|:;,/\\»«›‹>•·*~_\[\](){}]+$")


def clean_category(text: str | None) -> str | None:
    """The category name alone: whitespace folded, punctuation at either end removed (None when nothing is left)."""
    name = _EDGE_PUNCTUATION.sub("", clean(text))
    return name or None


def find_category(root, meta, title: str | None, raw: bytes = b"") -> Found | None:
    section = clean_category(meta.jsonld.get("articleSection") or meta.get("article:section"))
    if section:
        return Found(section, "jsonld" if meta.jsonld.get("articleSection") else "meta:article:section")
    full = clean(meta.title)
    if title and full.startswith(title):
        # "<title> - <category> - <site>": the piece between the title and the site name
        rest = [r for r in TITLE_SEPARATOR.split(full[len(title) :].strip()) if r]
        if len(rest) >= 2 and (middle := clean_category(" - ".join(rest[:-1]))):
            return Found(middle, "generic:title-middle")
    if b"readcrumb" in raw:
        crumbs = [clean_category("".join(a.itertext())) for a in _BREADCRUMB(root)]
        crumbs = [c for c in crumbs if c and c.casefold() not in _HOME_WORDS and c != title]
        if crumbs:
            return Found(crumbs[-1], "generic:breadcrumb")
    return None
