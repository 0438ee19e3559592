"""Main-content scoring: the container after the title where prose paragraphs concentrate."""

import re
from functools import lru_cache

from . import pagetext
from .htmltree import in_link, is_ancestor, tag_of
from .layout import BLOCK_TAGS, SKIP_TAGS, hides
from .links import is_attachment_href
from .pagetext import PageText

RUN_MIN_CHARS = 20
CONTAINER_TAGS = frozenset(
    ["div", "section", "article", "main", "td", "body", "form", "center", "blockquote", "span", "font"]
)
# text directly in one of these (bare <div> paragraphs or stray </p>): the container is a paragraph too
PARAGRAPH_CONTAINER_TAGS = CONTAINER_TAGS - {"td", "span", "font"}
PARAGRAPH_MIN_PROSE = 25
TOP_CANDIDATES = 5


def _paragraphs(page_text: PageText) -> dict:
    """owner block -> [text chars, link chars, runs, commas] over runs of real text."""
    return pagetext.paragraphs(page_text.nodes, page_text.owners, BLOCK_TAGS, SKIP_TAGS, RUN_MIN_CHARS)


def score_containers(page_text: PageText) -> dict:
    """Readability-style: each paragraph scores its parent fully, its grandparent by half.

    A paragraph's score grows with its prose (text outside links), so one container
    holding a long article as bare text runs outweighs a footer of short lines.
    """
    return pagetext.container_scores(_paragraphs(page_text), PARAGRAPH_CONTAINER_TAGS, PARAGRAPH_MIN_PROSE)


# Page regions that hold text but never the article (generic vocabulary of web templates),
# matched as substrings of class/id with '-' and '_' removed ('other-news' -> 'othernews'),
# or as whole words for the short ones. (A regex alternation is ~20x slower here.)
_CHROME_SUBSTRINGS = (
    "footer",
    "copyright",
    "sidebar",
    "navbar",
    "banner",
    "widget",
    "comment",
    "related",
    "othernews",
    "tinkhac",
    "lienket",
    "weblink",
    "poll",
    "counter",
    "thongke",
    "advert",
    "header",
)
_CHROME_WORDS = frozenset(("menu", "nav", "ad", "ads"))
_CHROME_TAGS = frozenset(("footer", "nav", "aside", "header"))
_WORD_SEPARATORS = re.compile(r"[\s_\-]+")
CHROME_REGION_WEIGHT = 0.2


@lru_cache(maxsize=4096)
def _chrome_marks(cls: str | None, id_: str | None) -> bool:
    """Cached: a site's templates repeat the same class and id on every page."""
    marks = (cls or "") + " " + (id_ or "")
    if marks.isspace():
        return False
    low = marks.lower()
    compact = low.replace("-", "").replace("_", "")
    for word in _CHROME_SUBSTRINGS:
        if word in compact:
            return True
    return not _CHROME_WORDS.isdisjoint(_WORD_SEPARATORS.split(low))


LAYOUT_SHARE = 0.5


def _chrome_memos(page_text: PageText) -> tuple[dict, dict]:
    """This page's answers of _chrome_element and _in_chrome_region (element -> bool): best_container's
    calls, merge_siblings and in_template_region ask about the same elements and their ancestors."""
    memos = page_text.memo.get("chrome")
    if memos is None:
        memos = page_text.memo["chrome"] = ({}, {})
    return memos


def _in_chrome_region(el, page_text: PageText) -> bool:
    """el sits in a footer, menu, sidebar, related list... (by tag or class/id words). A region so
    named that holds most of the page's text is the template's layout ('page-header' around the
    whole page, 'columns-widget' around the article's column), not chrome."""
    elements, memo = _chrome_memos(page_text)
    path = []
    node = el
    result = False
    while node is not None and node.tag not in ("body", "html"):
        known = memo.get(node)
        if known is not None:
            result = known
            break
        path.append(node)
        if _chrome_element(node, elements) and not _holds_most_of_page(page_text, node):
            result = True
            break
        node = node.getparent()
    for visited in path:  # a region's verdict holds for everything inside it
        memo[visited] = result
    return result


_FOOTER_MARKS = ("footer", "copyright")


def in_template_region(page_text: PageText, el) -> bool:
    """el sits in a region of the site's template (a menu, a sidebar...; a footer even when it holds most
    of a page that has little text of its own), not in the page's own content."""
    elements = _chrome_memos(page_text)[0]
    for node in (el, *el.iterancestors()):
        if node.tag in ("body", "html"):
            return False
        if _chrome_element(node, elements) and (_footer_element(node) or not _holds_most_of_page(page_text, node)):
            return True
    return False


def _in_footer(el) -> bool:
    return any(_footer_element(node) for node in (el, *el.iterancestors()) if node.tag not in ("body", "html"))


def _footer_element(el) -> bool:
    marks = ((el.get("class") or "") + " " + (el.get("id") or "")).lower()
    return el.tag == "footer" or any(word in marks for word in _FOOTER_MARKS)


def _holds_most_of_page(page_text: PageText, el) -> bool:
    body = next(el.iterancestors("body"), None)
    return body is not None and page_text.visible_length(el) > LAYOUT_SHARE * page_text.visible_length(body)


def best_container(page_text: PageText, title_el=None):
    """The element holding the article's prose, climbed up to include lead and byline."""
    scores = score_containers(page_text)
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)[:TOP_CANDIDATES]
    best, best_score = None, -1.0
    title_at = page_text.first_index(title_el) if title_el is not None else None
    own_text = None  # the first-ranked candidate after the title outside the template's regions
    for el, score in ranked:
        if tag_of(el) in ("body", "html"):
            continue
        total = page_text.visible_length(el)
        density = page_text.link_length(el) / total if total else 1.0
        adjusted = score * (1 - density)
        first = page_text.first_index(el)
        before_title = title_at is not None and first is not None and first < title_at
        if before_title and not is_ancestor(el, title_el):
            adjusted *= 0.5  # prose before the title is a sidebar or a header
        wanted_as_own_text = title_at is not None and own_text is None and not before_title
        if adjusted <= best_score and not wanted_as_own_text:
            continue  # the tests below can only lower it
        if _hidden(el):
            continue
        chrome = _in_chrome_region(el, page_text)
        if wanted_as_own_text and not chrome:
            own_text = el
        if chrome:
            adjusted *= CHROME_REGION_WEIGHT
        if adjusted > best_score:
            best, best_score = el, adjusted
    if best is not None and own_text is not None and best is not own_text and _in_footer(best):
        best = own_text  # a notice's one line outweighed by the site's footer: the page's own text wins
    return climb(page_text, best, title_el) if best is not None else None


def _hidden(el) -> bool:
    """el or an ancestor is not shown (display:none, the hidden attribute): a dialog's form, a template."""
    for node in (el, *el.iterancestors()):
        if node.get("hidden") is not None:
            return True
        style = node.get("style")
        if style and hides(style.lower()):
            return True
    return False


CLIMB_MAX_EXTRA_CHARS = 150
CLIMB_MAX_EXTRA_LINK_SHARE = 0.4


def climb(page_text: PageText, el, title_el=None):
    """Go up while the parent adds only a little, mostly non-link text, and not the title."""
    node, size = el, page_text.visible_length(el)
    for _ in range(8):
        parent = node.getparent()
        if parent is None or tag_of(parent) in ("body", "html"):
            break
        if title_el is not None and is_ancestor(parent, title_el):
            break
        parent_size = page_text.visible_length(parent)
        extra = parent_size - size
        if extra > max(CLIMB_MAX_EXTRA_CHARS, size * 0.5):
            break
        extra_links = page_text.link_length(parent) - page_text.link_length(node)
        if extra > 40 and extra_links > CLIMB_MAX_EXTRA_LINK_SHARE * extra:
            break
        node, size = parent, parent_size
    return node


# ----------------------------------------------------------------------------- sibling blocks
BLOCK_CONTAINER_TAGS = frozenset(("div", "section", "article"))  # a paragraph is not a column
MERGE_LEVELS = 3  # the container or one of its two nearest ancestors may be one column of several
SIBLING_MAX_LINK_SHARE = 0.3
SIBLING_MIN_CHARS = 25
SIBLING_MIN_SHARE = 0.2


def _classes(el) -> str:
    return " ".join((el.get("class") or "").split())


def _article_block_like(page_text: PageText, sibling, min_chars: int = SIBLING_MIN_CHARS) -> bool:
    """A sibling that continues the article: some text (min_chars), little of it links, and not
    led by a link (a list item opens with the linked title of another page)."""
    total = page_text.visible_length(sibling)
    if total < min_chars or page_text.link_length(sibling) > SIBLING_MAX_LINK_SHARE * total:
        return False
    first = page_text.first_index(sibling)
    return first is None or not in_link(page_text.owners[first])


def merge_siblings(page_text: PageText, container, title_el=None):
    """(container, skip): when the article is split over sibling blocks that share one tag and
    classes (column layouts, one block per paragraph), their parent with, in `skip`, what lies
    outside the span from the first such block to the last and what between them is link lists
    or chrome (ad rails, share bars). Otherwise (container, empty set)."""
    own = _own_blocks(page_text, container)
    if own:
        return container, _outside(page_text, container, own, title_el, whole=True)
    node = container
    for _ in range(MERGE_LEVELS):
        parent = node.getparent()
        if parent is None or tag_of(parent) in ("body", "html"):
            break
        key = _classes(node)
        if key and node.tag in BLOCK_CONTAINER_TAGS and not _in_chrome_region(parent, page_text):
            # a sibling holds a part of the article's size, not a rating box or a caption
            min_chars = max(SIBLING_MIN_CHARS, int(SIBLING_MIN_SHARE * page_text.visible_length(node)))
            blocks = [
                sib
                for sib in parent.iterchildren(node.tag)
                if sib is node or (_classes(sib) == key and _article_block_like(page_text, sib, min_chars))
            ]
            if len(blocks) > 1:
                return parent, _outside(page_text, parent, blocks, title_el)
        node = parent
    return container, set()


OWN_BLOCKS_MIN_SHARE = 0.6


def _own_blocks(page_text: PageText, container) -> list:
    """The container's children that are the article's blocks: two or more of one tag and classes,
    holding most of its text; [] when there are none."""
    groups: dict = {}
    for child in container:
        key = _classes(child)
        if key and child.tag in BLOCK_CONTAINER_TAGS and _article_block_like(page_text, child):
            groups.setdefault((child.tag, key), []).append(child)
    total = page_text.visible_length(container)
    for blocks in groups.values():
        if len(blocks) > 1 and sum(map(page_text.visible_length, blocks)) >= OWN_BLOCKS_MIN_SHARE * total:
            return blocks
    return []


def _chrome_element(el, memo: dict) -> bool:
    """el itself is a chrome region by its tag or class/id words (its ancestors are the article's);
    memo: the page's answers so far (_chrome_memos)."""
    known = memo.get(el)
    if known is None:
        known = memo[el] = el.tag in _CHROME_TAGS or _chrome_marks(el.get("class"), el.get("id"))
    return known


def _outside(page_text: PageText, parent, blocks: list, title_el, whole: bool = False) -> set:
    """What to skip in `parent` around the article's `blocks`: outside the span from the first to
    the last (unless `whole`: the parent was the container already) and, between, link lists
    and chrome regions."""
    first, last = blocks[0], blocks[-1]
    skip, inside = set(), whole
    elements = _chrome_memos(page_text)[0]
    for child in parent:
        if child is first:
            inside = True
        if child in blocks:
            if child is last and not whole:
                inside = False
            continue
        if title_el is not None and is_ancestor(child, title_el):
            continue  # rendering starts after the title anyway
        if not inside or _link_box(page_text, child) or _chrome_element(child, elements):
            skip.add(child)
    return skip


LINK_BOX_SHARE = 0.5


def _link_box(page_text: PageText, el) -> bool:
    """A box of links (an ad rail, a list of other pages): not a paragraph that cites a source,
    nor the list of the article's attached files."""
    total = page_text.visible_length(el)
    if el.tag in ("p", "blockquote") or not total or page_text.link_length(el) <= LINK_BOX_SHARE * total:
        return False
    return not any(is_attachment_href(a.get("href") or "") for a in el.iter("a"))
