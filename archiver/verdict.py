"""The page's kind: one article (a title and a body of real prose), a notice (a title, a date and a
line of text or a file: "Chi tiết xem tại đây"; or a dated item with nothing more: a headline's title or
one a profile read), a list of other pages, or a static page (an introduction, an organisation chart, a
contact page, a login form, a site map: a title with no date line). Articles and notices are archived as
articles; the others keep only their captures.

Read generically, a page that is no article or notice reports no article fields (a listing's heading
is not an article title, nor a home page's dates publication dates); read with a profile, every field
the profile found stays whatever the kind."""

import re

from lxml import etree

from . import dates
from .htmltree import tag_of
from .layout import Block
from .models import Extraction
from .pagetext import has_long_link, long_links
from .title import headline_long

ARTICLE, NOTICE, LISTING, STATIC = "article", "notice", "listing", "static"
KEPT_KINDS = (ARTICLE, NOTICE)  # the kinds that get an articles row
PROSE_MIN_CHARS = 120  # a body shorter than this is not "real prose"
_HAS_DIGIT = re.compile(r"\d")
WEAK_TITLE_RULE = "meta:title-prefix"
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
# A list's dated items hold this share of its body's text (an article's "related news" far less).
DATED_ITEMS_SHARE = 0.8
ARTICLE_FIELDS_CLEARED = ("title", "published_at", "updated_at", "author", "source", "views", "lead", "body")
_TEXT = etree.XPath("normalize-space()")
_LINK_TEXTS = etree.XPath("descendant::a[string-length(normalize-space()) <= 3]/descendant-or-self::*/text()")


LONG_LINK_CHARS = 20  # a link with this much text is the title of another page


def _holds_long_link(el) -> bool:
    return has_long_link(el, LONG_LINK_CHARS)


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
    dated = 0
    for b in blocks:
        if b.text and len(b.text) <= 300 and _HAS_DIGIT.search(b.text) and dates.find_dates(b.text):
            dated += 1
            if dated >= LISTING_MIN_DATED:  # enough: the rest need not be read
                return True
    return False


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
            if len(items) >= LISTING_MIN_REPEATS and sum(map(_holds_long_link, items)) >= LISTING_MIN_REPEATS:
                return True
        node = parent
    return False


def _dated_items(container, area) -> bool:
    """The body is a list's items: same-class siblings, each a linked title of another page with its own
    date line; three of them, or two over the list's pages. Either they hold most of the body's text, or
    the body is one of them (the list's last item, read as the article)."""
    if container is None:
        return False
    pager = _Lazy(lambda: _pager(area, {"1", "2"}))
    whole = _Lazy(lambda: len(_TEXT(container)))  # the body's text, read only where a list's items may be
    for parent in _items_parents(container):
        for linked in _linked_groups(parent, pager):
            if _share(linked) < DATED_ITEMS_SHARE * whole():
                continue  # the dated items are fewer still
            dated = _dated(linked)
            if _enough(dated, pager) and _share(dated) >= DATED_ITEMS_SHARE * whole():
                return True
    node = container
    for _ in range(2):
        parent = node.getparent()
        if parent is None or tag_of(parent) in ("body", "html"):
            return False
        linked = _linked_siblings(node, parent)
        if _enough(linked, pager) and _enough(_dated(linked), pager):
            return True
        node = parent
    return False


def _linked_siblings(node, parent) -> list:
    """node's group of parent's children (_linked_groups) kept to its items holding a linked title, where node
    is one of them (the other groups are not read); empty where it is not."""
    cls = node.get("class")
    if not cls or not _holds_long_link(node):
        return []
    return [
        child
        for child in parent.iterchildren("*")
        if child.tag == node.tag and child.get("class") == cls and (child is node or _holds_long_link(child))
    ]


def _items_parents(container) -> list:
    """container and its elements with two or more classed children holding a long link: where a list's
    items can be. Found from the long links up (a few dozen a page), not by testing every element."""
    holders: dict = {}  # element -> its classed children holding a long link
    for link in long_links(container, LONG_LINK_CHARS):
        node = link
        while node is not container:
            parent = node.getparent()
            if parent is None:
                break
            if node.get("class"):
                holders.setdefault(parent, set()).add(node)
            node = parent
    return [parent for parent, children in holders.items() if len(children) >= 2]


class _Lazy:
    """A value read once, when first asked (the pager is looked for only where two items are all there is)."""

    def __init__(self, read):
        self._read, self._value = read, None

    def __call__(self):
        if self._value is None:
            self._value = self._read()
        return self._value


def _linked_groups(parent, pager: _Lazy):
    """The children of parent grouped by tag and class, each group kept to its items holding a linked title,
    where enough of them do (dates, the costly test, are read only then)."""
    groups: dict[tuple, list] = {}
    for child in parent.iterchildren("*"):
        if child.get("class"):
            groups.setdefault((child.tag, child.get("class")), []).append(child)
    for items in groups.values():
        if len(items) >= 2:
            linked = [item for item in items if _holds_long_link(item)]
            if _enough(linked, pager):
                yield linked


def _share(items: list) -> int:
    return sum(len(_TEXT(item)) for item in items)


def _dated(items: list) -> list:
    return [item for item in items if dates.find_dates(_TEXT(item))]


def _enough(items: list, pager: _Lazy) -> bool:
    return len(items) >= LISTING_MIN_REPEATS or (len(items) >= 2 and pager())


def _pager(area, numbers: set[str]) -> bool:
    """The article area holds a pager: links reading these page numbers (the pages of a list)."""
    if area is None:
        return False
    return numbers <= {text.strip() for text in _LINK_TEXTS(area)}


def page_kind(
    ex: Extraction, blocks: list[Block], container, *, template_body: bool = False, area=None
) -> tuple[str, str | None]:
    """(kind, the rule that decided it when it is no article) of a page whose fields are read:
    `blocks` are the body's, read from `container`; `template_body`: that container is a region of the
    site's template (a footer, a menu), the page has no text of its own; `area` holds title and body."""
    prose = sum(len(b.text) for b in blocks if b.text and b.link_density < 0.5)
    if not ex.title:
        return STATIC, "generic:no-title"
    if ex.provenance.get("title") == WEAK_TITLE_RULE and not ex.published_at:
        return STATIC, "generic:no-title"  # only the site's <title> and no date
    if prose >= PROSE_MIN_CHARS and (
        _listing_like(blocks, prose)
        or (container is not None and prose < ONE_OF_MANY_MAX_PROSE and _one_of_many(container))
        or _dated_items(container, area)
    ):
        return LISTING, "generic:listing"
    if not ex.published_at and template_body:
        return STATIC, "generic:template-text"  # a label or a banner over the site's footer
    if not headline_long(ex.title) and _pager(area, {"1", "2", "3"}):
        return LISTING, "generic:paged"  # a section's name over one item of its list, and the list's pages
    if not ex.published_at and not headline_long(ex.title) and not ex.author:
        return STATIC, "generic:no-date"  # a signed text is an article even so: an introduction is not signed
    if prose >= PROSE_MIN_CHARS:
        return ARTICLE, None
    if ex.published_at and (ex.lead or ex.body or ex.attachments):
        return NOTICE, None  # a dated line of text or a file: an announcement
    if ex.published_at and (ex.provenance.get("title", "").startswith("profile:") or headline_long(ex.title)):
        return NOTICE, None  # a dated item (its file never attached): its title, its date, nothing more
    return STATIC, "generic:no-prose"


def clear_article_fields(ex: Extraction, reason: str) -> None:
    """A page judged no article or notice: the article fields generic rules read go (a listing's heading
    is no title), those a profile's selectors found stay; the reason is recorded."""
    ex.provenance["is_article"] = reason
    for name in (*ARTICLE_FIELDS_CLEARED, "images", "attachments"):
        if ex.provenance.get(name, "").startswith("profile:"):
            continue
        setattr(ex, name, [] if name in ("images", "attachments") else None)
        ex.provenance.pop(name, None)
