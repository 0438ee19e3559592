"""The article verdict: is the page one article (a title and a body of real prose), or a list of
other pages, a home page, a static page? A page that is not an article reports no article fields
(a listing's heading is not an article title, nor a home page's dates publication dates)."""

import re

from lxml import etree

from . import dates
from .htmltree import tag_of
from .layout import Block
from .models import Extraction

PROSE_MIN_CHARS = 120  # a body shorter than this is not "real prose"
_HAS_DIGIT = re.compile(r"\d")
WEAK_TITLE_RULE = "meta:title-prefix"
# A title over the content that no stated title confirms, with no date either, is a static page's
# label ("Giới thiệu chung", "Sơ đồ tổ chức") unless it is as long as a news headline.
OVER_CONTENT_RULE = "generic:title-over-content"
HEADLINE_MIN_WORDS = 8
LISTING_MIN_ITEMS = 4
LISTING_MIN_DATED = 3
LISTING_PURE_LINKS = 8
LISTING_MIN_REPEATS = 3
ITEM_MIN_LINK_CHARS = 20
# A list of other pages is mostly their linked titles: the item links must weigh this much against
# the prose (an article citing many linked documents, deals or "read more" lines stays far below).
# Dated items are a second listing signal and need half as much.
LISTING_LINK_SHARE = 0.4
LISTING_DATED_LINK_SHARE = LISTING_LINK_SHARE / 2
# One item of a list holds a title and a summary; an element with more prose than this is not one.
ONE_OF_MANY_MAX_PROSE = 1000
ARTICLE_FIELDS_CLEARED = ("title", "published_at", "updated_at", "author", "source", "views", "lead", "body")
_LONG_LINK = etree.XPath("boolean(descendant::a[string-length(normalize-space()) >= 20])")


def _listing_like(blocks, prose: int) -> bool:
    """Items of a list: link-led lines (titles of other pages) whose links weigh against the
    prose around them; many of them, or most of them dated."""
    items = [b for b in blocks if b.link_chars >= ITEM_MIN_LINK_CHARS and b.link_density >= 0.4]
    if len(items) < LISTING_MIN_ITEMS:
        return False
    link_chars = sum(b.link_chars for b in items)
    if len(items) >= LISTING_PURE_LINKS and link_chars >= LISTING_LINK_SHARE * prose:
        return True
    if link_chars < LISTING_DATED_LINK_SHARE * prose:
        return False
    dated = sum(
        1 for b in blocks if b.text and len(b.text) <= 300 and _HAS_DIGIT.search(b.text) and dates.find_dates(b.text)
    )
    return dated >= LISTING_MIN_DATED


def _one_of_many(el, levels: int = 2) -> bool:
    """The element (or its parent) is one of several same-class siblings that each link
    to another page by its title: an item of a list, not an article."""
    node = el
    for _ in range(levels):
        if node is None or tag_of(node) in ("body", "html"):
            return False
        parent = node.getparent()
        cls = node.get("class")
        if parent is not None and (cls or tag_of(node) in ("li", "article")):
            items = [sib for sib in parent.iterchildren(node.tag) if sib.get("class") == cls]
            if len(items) >= LISTING_MIN_REPEATS and sum(map(_LONG_LINK, items)) >= LISTING_MIN_REPEATS:
                return True
        node = parent
    return False


def _headline_long(title: str) -> bool:
    return len(title.split(None, HEADLINE_MIN_WORDS)) >= HEADLINE_MIN_WORDS


def not_an_article(ex: Extraction, blocks: list[Block], container) -> str | None:
    """Why the page is not an article (the rule, as provenance records it), None when it is one:
    a title and a body of real prose (`blocks`, read from `container`), not a list of other pages."""
    prose = sum(len(b.text) for b in blocks if b.text and b.link_density < 0.5)
    if not ex.title:
        return "generic:no-title"
    if ex.provenance.get("title") == WEAK_TITLE_RULE and not ex.published_at:
        return "generic:no-title"  # only the site's <title> and no date: a static page
    if ex.provenance.get("title") == OVER_CONTENT_RULE and not ex.published_at and not _headline_long(ex.title):
        return "generic:no-title"
    if prose < PROSE_MIN_CHARS:
        return "generic:no-prose"
    if _listing_like(blocks, prose) or (
        container is not None and prose < ONE_OF_MANY_MAX_PROSE and _one_of_many(container)
    ):
        return "generic:listing"
    return None


def clear_article_fields(ex: Extraction, reason: str) -> None:
    """A page judged no article: its article fields go, the reason is recorded."""
    ex.provenance["is_article"] = reason
    for name in ARTICLE_FIELDS_CLEARED:
        setattr(ex, name, None)
        ex.provenance.pop(name, None)
    ex.images, ex.attachments = [], []
    ex.provenance.pop("images", None)
    ex.provenance.pop("attachments", None)
