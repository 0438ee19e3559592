"""The page's category: JSON-LD or <meta>, the middle of its <title>, or its breadcrumb."""

from lxml import etree

from .models import Found
from .text import clean
from .title import TITLE_SEPARATOR

_BREADCRUMB = etree.XPath(
    "(/html/body/descendant::*[contains(@class,'readcrumb') or contains(@id,'readcrumb')])[1]/descendant::a"
)
_HOME_WORDS = {"trang chủ", "home", "trang chu", "trang nhất"}


def find_category(root, meta, title: str | None, raw: bytes = b"") -> Found | None:
    section = meta.jsonld.get("articleSection") or meta.get("article:section")
    if section:
        return Found(clean(section), "jsonld" if meta.jsonld.get("articleSection") else "meta:article:section")
    full = clean(meta.title)
    if title and full.startswith(title):
        # "<title> - <category> - <site>": the piece between the title and the site name
        rest = [r for r in TITLE_SEPARATOR.split(full[len(title) :].strip()) if r]
        if len(rest) >= 2:
            return Found(" - ".join(rest[:-1]), "generic:title-middle")
    if b"readcrumb" in raw:
        crumbs = [clean("".join(a.itertext())) for a in _BREADCRUMB(root)]
        crumbs = [c for c in crumbs if c and c.casefold() not in _HOME_WORDS and c != title]
        if crumbs:
            return Found(crumbs[-1], "generic:breadcrumb")
    return None
