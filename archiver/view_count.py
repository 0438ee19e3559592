"""The view count a page shows ("Lượt xem: 1.234"), found after the title in the article area."""

import re

from lxml import etree

from .compiled import compiled
from .dates import looks_like_date_line
from .htmltree import in_link, is_ancestor, tag_of
from .layout import block_of
from .models import Found
from .pagetext import NON_TEXT_PARENTS, PageText, block_text, is_after, tooltips
from .text import clean

# The leading lookahead names the labels' first letters: without it the engine tries the
# lookbehind and every branch at each position of the text (3x slower on an article area).
_LABEL = r"(?:số\s+lượt\s+(?:người\s+)?xem|lượt\s+xem|số\s+lần\s+xem|lần\s+xem|lượt\s+đọc|view\s*count|views?|đã\s+xem)"
_COUNT = r"(\d{1,3}(?:[.,\s]\d{3})+|\d+)(?![\d/])"
# Or the count first, as Liferay 7's asset publisher prints it: "241 lượt xem".
# A label followed by a count of its own is the label-first form ("13:43 Lượt xem: 523" is 523, not 43).
_COUNT_FIRST = r"(?<![\w.,:/])" + _COUNT + r"\s+(?:lượt\s+(?:xem|đọc)|lần\s+xem|views?)(?!\w)(?!\s*[:：]?\s*\d)"
_VIEWS = re.compile(r"(?=[slvđ])(?<!\w)" + _LABEL + r"\s*[:：]?\s*" + _COUNT + "|(?=\\d)" + _COUNT_FIRST, re.IGNORECASE)
# A label alone (its count in the next cell, or the element's text when the label is a tooltip).
_LABEL_ALONE = re.compile(r"\s*(?:\W\s*)?" + _LABEL + r"\s*[:：]?\s*", re.IGNORECASE)
_COUNT_ALONE = re.compile(r"\s*" + _COUNT + r"\s*")
# Site-wide visit counters ("Số lượt truy cập", "Đang online", "Hôm nay"), never an article's views.
_SITE_COUNTER_WORDS = re.compile(r"truy\s*cập|trực\s*tuyến|online|hôm\s*nay|hôm\s*qua|thống\s*kê", re.IGNORECASE)
_SITE_COUNTER_MARKS = ("thongke", "statistic", "truycap", "online", "visitor")
VIEWS_LINE_MAX_CHARS = 120


def _views_word_in(text: str) -> bool:
    """Cheap prefilter: the label regex is slow on Vietnamese text, `in` is not.

    Every word holds an "e" (xem, view) or an "ọ" (đọc), and only e, E, ọ and Ọ lower to those: a text
    holding none of the four (most lines) holds no word, and is not lowered (a copy at ~40 instructions
    a character)."""
    if "e" not in text and "ọ" not in text and "E" not in text and "Ọ" not in text:
        return False
    low = text.lower()
    return "xem" in low or "đọc" in low or "view" in low


# The same test compiled (archiver/_text.pyx: one pass, no lowered copy) where it is built.
_has_views_word = (compiled("_text", "has_views_word") or (_views_word_in,))[0]


def parse_views(text: str) -> int | None:
    if not text or not _has_views_word(text):
        return None
    m = _VIEWS.search(text)
    if not m:
        return None
    digits = re.sub(r"\D", "", m.group(1) or m.group(2))
    return int(digits) if digits else None


def is_views_line(text: str) -> bool:
    return (
        len(text) <= VIEWS_LINE_MAX_CHARS
        and _has_views_word(text)
        and _VIEWS.search(text) is not None
        and not looks_like_date_line(text)
    )


_AREA_TEXTS = etree.XPath("descendant::text()")


def find_views(area, title_el, page_text: PageText | None = None) -> Found | None:
    """The article's view count: a labelled count in the article area after the title, else a
    count whose label is the tooltip (`title` attribute) of its element. Site-wide visit
    counters are never the article's."""
    if area is None:
        return None
    return (
        _labelled_views(area, title_el, page_text)
        or _tooltip_views(area, title_el, page_text)
        or _views_just_after(area, page_text)
    )


VIEWS_AFTER_AREA_NODES = 3


def _views_just_after(area, page_text: PageText | None) -> Found | None:
    """A count among the first text nodes after the article area: the counter a template prints just under
    the article's table ('Số lượt người xem: 10')."""
    if page_text is None or tag_of(area) in ("body", "html"):
        return None
    start = page_text.index_after(area)
    after = range(start, min(start + VIEWS_AFTER_AREA_NODES, len(page_text.nodes)))
    return _first_views_line(((page_text.nodes[i], page_text.owners[i]) for i in after), None, page_text, None)


def _labelled_views(area, title_el, page_text: PageText | None) -> Found | None:
    """The first view count in the article area, after the title, provided one regex over
    the area's joined text finds a count too.

    With the page's text nodes at hand, the area's nodes holding a views word are looked
    at first and the joined text (slow: all of the area's text through one regex) only
    when one of them is a count: most pages show none.
    """
    first = page_text.first_index(area) if page_text is not None and tag_of(area) != "html" else None
    if first is None or page_text is None:  # no body text indexed under the area: its own text nodes, area gate first
        if not _area_has_count(area):
            return None
        return _first_views_line(_area_nodes(area), title_el, page_text, area)
    end = first + page_text.sizes[area][3]
    found = _first_views_line(
        zip(page_text.nodes[first:end], page_text.owners[first:end], strict=True), title_el, page_text, area
    )
    if found is None or not _area_has_count(area, found.el):
        return None
    return found


def _area_has_count(area, block=None) -> bool:
    """A view count in the area's text joined by spaces. A block inside the area is one run of
    that text between spaces, so a count in the block's own joined text is one in the area's:
    that small text is tried first."""
    if block is not None and is_ancestor(area, block) and _VIEWS.search(" ".join(block.itertext())):
        return True
    return parse_views(" ".join(area.itertext())) is not None


def _area_nodes(area):
    """(text node, owner) for the visible text nodes under area, in document order."""
    for node in _AREA_TEXTS(area):
        parent = node.getparent()
        el = parent.getparent() if node.is_tail else parent
        if el is None or (not node.is_tail and tag_of(parent) in NON_TEXT_PARENTS):
            continue
        yield node, el


def _first_views_line(nodes, title_el, page_text: PageText | None, area) -> Found | None:
    for node, el in nodes:
        if not _has_views_word(node):
            continue
        block = block_of(el)
        text = block_text(block)
        if len(text) > VIEWS_LINE_MAX_CHARS:  # an inline counter at the end of a paragraph: its own element
            text = block_text(el)
            if len(text) > VIEWS_LINE_MAX_CHARS:
                text = clean(node)
        count = parse_views(text)
        if count is None and _LABEL_ALONE.fullmatch(text):
            count = _count_in_next_cell(block)  # 'Lượt xem' | '1.234' in two cells
        if count is None:
            continue
        if title_el is not None and not is_after(title_el, el, page_text):
            continue
        if _SITE_COUNTER_WORDS.search(text) or _in_site_counter(block, area) or in_link(el):
            # (in a link: the count of the item it links to, an 'other news' line's '(610 Lượt xem)')
            continue
        return Found(count, "generic:views-label", block)
    return None


def _count_in_next_cell(block) -> int | None:
    nxt = block.getnext()
    return _count_of(block_text(nxt)) if nxt is not None else None


def _count_of(text: str) -> int | None:
    m = _COUNT_ALONE.fullmatch(text)
    return int(re.sub(r"\D", "", m.group(1))) if m else None


def _in_site_counter(el, area) -> bool:
    """el lies in a visit-statistics box of the template (by its class/id words), inside the area."""
    node = el
    while node is not None and node is not area:
        marks = ((node.get("class") or "") + (node.get("id") or "")).lower().replace("-", "").replace("_", "")
        if any(word in marks for word in _SITE_COUNTER_MARKS):
            return True
        node = node.getparent()
    return False


def _tooltip_views(area, title_el, page_text: PageText | None) -> Found | None:
    """'<span title="Lượt xem"><i class="fa fa-eye"></i> 1.234</span>': the label is the tooltip,
    the count the element's text (or the text right after an icon)."""
    for el, tip in tooltips(area):  # (not a link's: its tooltip names its target)
        if not _has_views_word(tip):
            continue
        count = parse_views(tip)
        if count is None and _LABEL_ALONE.fullmatch(tip):
            count = _count_of(clean("".join(el.itertext()) + (el.tail or "")))
        if count is None or _SITE_COUNTER_WORDS.search(tip) or _in_site_counter(el, area):
            continue
        if title_el is not None and not is_after(title_el, el, page_text):
            continue
        return Found(count, "generic:views-tooltip", el)
    return None
