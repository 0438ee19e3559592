"""Generic extractors: what any news page says, found without knowing its CMS.

Nothing here names a CMS family's classes. The rules are about how news pages are
built: the title is what <title>, og:title and JSON-LD agree on with an element of the
page; the date is machine-readable or the date line nearest after the title; the body
is the container after the title where prose paragraphs concentrate; views follow a
"lượt xem" label in the article area.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

from . import dates
from .dom import BLOCK_TAGS, HEADING_TAGS, SKIP_TAGS, clean_text, fold_text, is_ancestor, tag_of

# ----------------------------------------------------------------------------- page text
_BODY_TEXTS = etree.XPath("/html/body/descendant::text()[normalize-space()]")
NON_TEXT_PARENTS = frozenset(
    ["script", "style", "noscript", "template", "textarea", "option", "select", "button", "title"]
)

try:  # _body_texts compiled, when setup.py could build it for this lxml
    from ._textwalk import body_texts as _compiled_body_texts
except ImportError:
    _compiled_body_texts = None
COMPILED_WALK = _compiled_body_texts is not None
_NON_TEXT_NAMES = tuple(name.encode() for name in sorted(NON_TEXT_PARENTS))


class PageText:
    """The visible text nodes of the body in document order, read once per page.

    One walk over the body (cheaper than one per question) and Python from there on:
    title agreement, main-content scoring, the date line after the title and view
    counts all walk this list.
    """

    def __init__(self, root):
        if COMPILED_WALK:
            self.nodes, self.owners, self.sizes = _compiled_body_texts(root, _NON_TEXT_NAMES)
        else:
            self.nodes, self.owners, self.sizes = _body_texts(root)

    def holds(self, el, i: int) -> bool:
        """Text node i lies inside el (its owner is el or below it): a range test, no climb."""
        entry = self.sizes.get(el)
        return entry is not None and entry[2] <= i < entry[2] + entry[3]

    def visible_length(self, el) -> int:
        entry = self.sizes.get(el)
        return entry[0] if entry else 0

    def link_length(self, el) -> int:
        entry = self.sizes.get(el)
        return entry[1] if entry else 0

    def first_index(self, el) -> int | None:
        """Index of the first text node inside el (document order), None when it has no text."""
        entry = self.sizes.get(el)
        return entry[2] if entry else None

    def index_of(self, el) -> int:
        """Index of the first text node inside `el` (or the first after it when it has none)."""
        entry = self.sizes.get(el)
        if entry is not None:
            return entry[2]
        return self._index_following(el)

    def index_after(self, el) -> int:
        """Index of the first text node after `el` and everything inside it."""
        entry = self.sizes.get(el)
        if entry is not None:
            return entry[2] + entry[3]
        last_inside = -1
        for i, owner in enumerate(self.owners):
            if is_ancestor(el, owner):
                last_inside = i
            elif last_inside >= 0:
                return i
        if last_inside >= 0:
            return len(self.nodes)
        return self._index_following(el)

    def _index_following(self, el) -> int:
        """For an element without text of its own: the first node that follows it."""
        target = _DOC_POSITION(el)
        for i, owner in enumerate(self.owners):
            if _DOC_POSITION(owner) > target and not is_ancestor(owner, el):
                return i
        return len(self.nodes)


_DOC_POSITION = etree.XPath("count(preceding::*) + count(ancestor::*)")


def _body_texts(root) -> tuple[list, list, dict]:
    """The body's visible text nodes, each one's owner (the element that holds it: whose text
    it is, or the parent of the element whose tail it is) and the sizes of every owner and
    of its ancestors: element -> [visible chars, link chars, first text index, text nodes,
    parent's entry, is <a>] (an element's nodes are contiguous in document order)."""
    nodes, owners = [], []
    sizes: dict = {}
    order: list = []  # entries, parents before children
    for node in _BODY_TEXTS(root):
        parent = node.getparent()
        if parent is None:
            continue
        if node.is_tail:
            owner = parent.getparent()
            if owner is None:
                continue
        elif parent.tag in NON_TEXT_PARENTS:  # (the HTML parser lower-cases tag names)
            continue
        else:
            owner = parent
        entry = sizes.get(owner)
        if entry is None:
            entry = _climb(owner, len(nodes), sizes, order)
        entry[0] += len(node.strip())
        entry[3] += 1
        nodes.append(node)
        owners.append(owner)
    _add_up(order)
    return nodes, owners, sizes


def _climb(el, first: int, sizes: dict, order: list) -> list:
    """Entries for el and its ancestors not met yet, returning el's.

    Only the owners of text and their ancestors get one (a page's elements are mostly empty
    wrappers, images and line breaks). Text nodes come in document order, so the node that
    creates an entry is the first inside that element: `first` is final at once."""
    entry = sizes[el] = [0, 0, first, 0, None, el.tag == "a"]
    chain = [entry]
    below = entry
    el = el.getparent()
    while el is not None:
        up = sizes.get(el)
        if up is not None:
            below[4] = up  # joined an ancestor met before
            break
        up = sizes[el] = [0, 0, first, 0, None, el.tag == "a"]
        below[4] = up
        chain.append(up)
        below = up
        el = el.getparent()
    chain.reverse()
    order += chain
    return entry


def _add_up(order: list) -> None:
    """Children's counts into their parents, each entry once (children come after parents in order)."""
    for entry in reversed(order):
        if entry[5]:  # an <a>: all of its text is link text
            entry[1] = entry[0]
        up = entry[4]
        if up is not None:
            up[0] += entry[0]
            up[1] += entry[1]
            up[3] += entry[3]


# ----------------------------------------------------------------------------- title
# "Title - Category - Site", "Site | Title", "Title :: Site"
_TITLE_SEPARATOR = re.compile(r"\s+(?:-|–|—|\||::|»|/)\s+|\s*\|\s*")
_TITLEISH = etree.XPath(
    "/html/body/descendant::*[self::h1 or self::h2 or self::h3 or (@class and (contains(@class,'itle')"
    " or contains(@class,'eadline') or contains(@class,'ieude') or contains(@class,'ieuDe')))]"
)
_TITLEISH_WORD = re.compile(r"title|headline|tieu-?de|heading", re.IGNORECASE)
MIN_TITLE_CHARS = 8
MAX_TITLE_CHARS = 400


@dataclass
class Found:
    value: object
    rule: str
    el: object = None
    anchor: object = None  # for a title: its first occurrence, where the date line is looked for


def title_pieces(title: str) -> list[tuple[str, int]]:
    """Candidate titles inside a <title>: the whole, every prefix and suffix at a separator.

    Each comes with a rank: 2 for the whole and the prefixes (Vietnamese portals print
    the article first), 1 for suffixes.
    """
    title = clean_text(title)
    if not title:
        return []
    out = [(title, 2)]
    spans = [m.span() for m in _TITLE_SEPARATOR.finditer(title)]
    for start, _ in spans:
        out.append((title[:start].strip(), 2))
    for _, end in spans:
        out.append((title[end:].strip(), 1))
    seen, unique = set(), []
    for text, rank in out:
        if len(text) >= MIN_TITLE_CHARS and text not in seen:
            seen.add(text)
            unique.append((text, rank))
    return unique


def _in_link(el, limit: int = 6) -> bool:
    """Inside an <a> that is not itself inside a heading (self-linked headings are titles)."""
    node = el
    for _ in range(limit):
        if node is None:
            return False
        tag = tag_of(node)
        if tag == "a":
            return not any(tag_of(a) in HEADING_TAGS for a in node.iterancestors())
        if tag in ("body", "html"):
            return False
        node = node.getparent()
    return False


def _titleish(el) -> bool:
    for node in (el, el.getparent()):
        if node is None:
            continue
        if tag_of(node) in ("h1", "h2", "h3"):
            return True
        if _TITLEISH_WORD.search((node.get("class") or "") + " " + (node.get("id") or "")):
            return True
    return False


def _sources(meta) -> list[tuple[str, str, int]]:
    """(text, source kind, rank) for every machine-stated title and its pieces."""
    out = []
    pieces: dict = {}  # the same title is often stated three or four times
    for kind, value in (
        ("jsonld", meta.jsonld.get("headline") or ""),
        ("meta", meta.get("og:title")),
        ("meta", meta.get("twitter:title")),
        ("meta", meta.get("title", "dc.title")),
        ("title", meta.title),
    ):
        if value not in pieces:
            pieces[value] = title_pieces(value)
        for text, rank in pieces[value]:
            out.append((text, kind, rank))
    return out


def find_title(root, meta, page_text: PageText) -> Found | None:
    """The title by agreement between machine-stated titles and an element of the page."""
    sources: dict[str, list] = {}  # text -> [kinds, best rank]
    site_name = fold_text(meta.get("og:site_name"))
    for text, kind, rank in _sources(meta):
        # (a piece is non-empty, so it can only equal a site name the page states)
        if len(text) > MAX_TITLE_CHARS or (site_name and fold_text(text) == site_name):
            continue
        entry = sources.setdefault(text, [set(), 0])
        entry[0].add(kind)
        entry[1] = max(entry[1], rank)
    votes = _votes(page_text, sources)
    if votes:
        order = {el: i for i, el in enumerate(votes)}

        def strength(el):
            kinds, rank, text = votes[el]
            # A title stands alone in its block; a breadcrumb "Home > Category > Title" does not.
            alone = _short_text(block_of(el)) == text
            return len(kinds), alone, _titleish(el), rank, len(text), -order[el]

        best = max(votes, key=strength)
        text = votes[best][2]
        anchor = next(el for el in votes if votes[el][2] == text)
        return Found(text, "generic:title-agreement", best, anchor)
    fuzzy = _fuzzy_title(root, list(sources))
    if fuzzy:
        return fuzzy
    for kind, value in (("jsonld", meta.jsonld.get("headline")), ("meta:og:title", meta.get("og:title"))):
        if value and len(clean_text(value)) >= MIN_TITLE_CHARS:
            return Found(clean_text(value), kind)
    pieces = title_pieces(meta.title)
    if len(pieces) > 1:
        return Found(pieces[1][0], "meta:title-prefix")
    return None


def _votes(page_text: PageText, sources: dict) -> dict:
    """element -> [kinds, rank, text] for text nodes equal to a stated title or piece of one."""
    if not sources:
        return {}
    lengths = {len(t) for t in sources}
    shortest, longest = min(lengths), max(lengths)
    first_words = {t.split(" ", 1)[0] for t in sources}
    too_long = longest * 2 + 40
    votes: dict = {}
    for node, owner in zip(page_text.nodes, page_text.owners, strict=True):
        if not shortest <= len(node) <= too_long or not _may_start_like(node, first_words):
            continue
        text = clean_text(node)
        entry = sources.get(text)
        if entry is None or _in_link(owner):
            continue
        vote = votes.setdefault(owner, [set(), 0, text])
        vote[0] |= entry[0]
        if entry[1] > vote[1] or (entry[1] == vote[1] and len(text) > len(vote[2])):
            vote[1], vote[2] = entry[1], text
    return votes


def _may_start_like(node: str, first_words: set) -> bool:
    """False when clean_text(node) cannot start with any of first_words (cheaper than cleaning).

    A printable first word holds no invisible character, so it is the cleaned text's first
    word once NFC-normalised (NFC never joins across a space)."""
    words = node.split(None, 1)
    if not words:
        return False
    word = words[0]
    if not word.isprintable():
        return True  # an invisible character: let clean_text decide
    return (word if word.isascii() else unicodedata.normalize("NFC", word)) in first_words


def _fuzzy_title(root, sources: list[str]) -> Found | None:
    """A title-ish element whose text starts the same as a stated title (truncated <title>, quotes)."""
    folded = [fold_text(text) for text in sources]
    if not folded:
        return None
    for el in _TITLEISH(root):
        if _in_link(el):
            continue
        text = clean_text("".join(el.itertext()))
        if not MIN_TITLE_CHARS <= len(text) <= MAX_TITLE_CHARS:
            continue
        f = fold_text(text)
        for source in folded:
            if len(min(f, source, key=len)) >= 20 and (source.startswith(f) or f.startswith(source)):
                return Found(text, "generic:title-fuzzy", el)
    return None


# ----------------------------------------------------------------------------- blocks
def block_of(el):
    """The nearest block-level ancestor-or-self (what a browser would lay out as a line)."""
    node = el
    while node is not None and tag_of(node) not in BLOCK_TAGS:
        node = node.getparent()
    return node if node is not None else el


def _short_text(el, limit: int = 400) -> str:
    parts, size = [], 0
    for t in el.itertext():
        parts.append(t)
        size += len(t)
        if size > limit * 3:
            break
    return clean_text("".join(parts))


# ----------------------------------------------------------------------------- dates
def _may_be_date_line(text: str) -> bool:
    """The two cheap tests (short, has a digit) in front of the date grammar: it runs on many lines."""
    return len(text) <= dates.MAX_DATE_LINE_CHARS and _DIGIT.search(text) is not None


def looks_like_date_line(text: str) -> bool:
    return _may_be_date_line(text) and dates.is_date_line(text)


MAX_DATE_SCAN_NODES = 60
PROSE_STOP_CHARS = 200


@dataclass
class DateScan:
    published: Found | None = None
    updated: Found | None = None
    line_el: object = None  # the block holding the date line
    lead_el: object = None  # first prose block met after the title (a lead outside the body)


def _distinct_blocks(page_text: PageText, indices, keep_going):
    """(owner, block, text) for each block met along `indices`, once; stops where keep_going(index) fails.

    The text is the block's, or only the node's when the block is too long to be a date line."""
    seen = set()
    for i in indices:
        node, el = page_text.nodes[i], page_text.owners[i]
        if not keep_going(i):
            return
        block = block_of(el)
        if block in seen:
            continue
        seen.add(block)
        text = _short_text(block)
        if len(text) > dates.MAX_DATE_LINE_CHARS:
            text = clean_text(node)
        yield el, block, text


def scan_after_title(page_text: PageText, title_el, stop_el, now=None, title: str | None = None) -> DateScan:
    """Walk the text after the title: the nearest date line, and the first prose block.

    Stops at `stop_el` (the body container) or at the first long prose paragraph: a date
    in the body is never the publication date.
    """
    scan = DateScan()
    if title_el is None:
        return scan
    start = page_text.index_after(title_el)
    indices = range(start, min(start + MAX_DATE_SCAN_NODES, len(page_text.nodes)))

    def before_body(i: int) -> bool:
        return stop_el is None or not page_text.holds(stop_el, i)

    for el, block, text in _distinct_blocks(page_text, indices, before_body):
        if scan.published is None:
            published, updated = _date_line_at(text, block, now)
            if published is not None:
                scan.published, scan.updated, scan.line_el = published, updated, block
                continue
        if scan.lead_el is None and _reads_as_lead(text) and text != title and not _in_link(el) and not _in_caption(el):
            scan.lead_el = block
        if len(text) >= PROSE_STOP_CHARS:
            break
    return scan


def _in_caption(el) -> bool:
    return any(tag_of(node) in ("figcaption", "figure", "caption") for node in (el, *el.iterancestors()))


LEAD_MIN_CHARS = 60
LEAD_MIN_WORDS = 10


def _reads_as_lead(text: str) -> bool:
    """A paragraph of prose (not a date line, not a short label) between title and body."""
    return (
        len(text) >= LEAD_MIN_CHARS
        and len(text.split(None, LEAD_MIN_WORDS)) >= LEAD_MIN_WORDS
        and not looks_like_date_line(text)
    )


_DIGIT = re.compile(r"\d")
BACKWARD_SCAN_NODES = 12


def _date_line_at(text: str, block, now) -> tuple[Found | None, Found | None]:
    if not _may_be_date_line(text):
        return None, None
    published, updated = dates.read_date_line(text, now)
    if published is None:
        return None, None
    return Found(published, "dateline", block), (Found(updated, "dateline", block) if updated else None)


def scan_before_title(page_text: PageText, title_el, area, now=None) -> DateScan:
    """A date line printed just above the title, inside the article area (never header chrome:
    the area is the smallest element holding both the title and the body)."""
    scan = DateScan()
    if title_el is None or area is None:
        return scan
    end = page_text.index_of(title_el)
    indices = range(end - 1, max(end - 1 - BACKWARD_SCAN_NODES, -1), -1)
    for _el, block, text in _distinct_blocks(page_text, indices, lambda i: page_text.holds(area, i)):
        published, updated = _date_line_at(text, block, now)
        if published is not None:
            scan.published, scan.updated, scan.line_el = published, updated, block
            return scan
        if len(text) >= PROSE_STOP_CHARS:
            break
    return scan


_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "dc.date.issued",
    "dc.date",
    "date",
)
_UPDATED_META = ("article:modified_time", "og:updated_time", "datemodified", "dc.date.modified", "last-modified")


def machine_dates(meta) -> tuple[list, Found | None]:
    """([published candidates in order of trust], updated) from JSON-LD and <meta>."""
    published = []
    updated = None
    value = meta.jsonld.get("datePublished")
    if value and (vd := dates.parse_iso(value)):
        published.append(Found(vd, "jsonld"))
    for name in _PUBLISHED_META:
        value = meta.meta.get(name)
        if value and (vd := dates.parse_iso(value)):
            published.append(Found(vd, f"meta:{name}"))
            break
    value = meta.jsonld.get("dateModified")
    if value and (vd := dates.parse_iso(value)):
        updated = Found(vd, "jsonld")
    if updated is None:
        for name in _UPDATED_META:
            value = meta.meta.get(name)
            if value and (vd := dates.parse_iso(value)):
                updated = Found(vd, f"meta:{name}")
                break
    return published, updated


def time_element_date(meta, area) -> Found | None:
    """A <time datetime> inside the article area after the title (not a sidebar's)."""
    for el, value, kind in meta.times_within(area):
        if kind == "dateModified" or (area is not None and not is_ancestor(area, el)):
            continue
        vd = dates.parse_iso(value or "") or dates.parse_date(value or "")
        if vd:
            return Found(vd, "time-element" if kind == "time" else f"itemprop:{kind}", el)
    return None


def refine(machine: Found, others: list) -> Found:
    """A date-only stamp (JSON-LD often carries just the date) gains the time another
    source gives for the same day: a <time datetime>, article:published_time, the date line."""
    if not machine.value.date_only:
        return machine
    for other in others:
        if other is None or other.value.date_only:
            continue
        if other.value.value.date() == machine.value.value.date():
            return Found(other.value, f"{machine.rule}+{other.rule}", other.el)
    return machine


def later(updated: Found | None, published: Found | None) -> Found | None:
    """An update stamp counts only when it is after the publication (CMSes copy one into the other)."""
    if updated is None or published is None:
        return updated
    u, p = updated.value, published.value
    if u.date_only or p.date_only:
        return updated if u.value.date() > p.value.date() else None
    return updated if u.value > p.value else None


# ----------------------------------------------------------------------------- views
# The leading lookahead names the labels' first letters: without it the engine tries the
# lookbehind and every branch at each position of the text (3x slower on an article area).
_VIEWS = re.compile(
    r"(?=[slvđ])(?<!\w)(?:số\s+lượt\s+xem|lượt\s+xem|số\s+lần\s+xem|lần\s+xem|lượt\s+đọc|view\s*count|views?|đã\s+xem)"
    r"\s*[:：]?\s*(\d{1,3}(?:[.,\s]\d{3})+|\d+)(?![\d/])",
    re.IGNORECASE,
)
VIEWS_LINE_MAX_CHARS = 120


def _has_views_word(text: str) -> bool:
    """Cheap prefilter: the label regex is slow on Vietnamese text, `in` is not."""
    low = text.lower()
    return "xem" in low or "đọc" in low or "view" in low


def parse_views(text: str) -> int | None:
    if not text or not _has_views_word(text):
        return None
    m = _VIEWS.search(text)
    if not m:
        return None
    digits = re.sub(r"\D", "", m.group(1))
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
    """The first view count in the article area, after the title, provided one regex over
    the area's joined text finds a count too.

    With the page's text nodes at hand, the area's nodes holding a views word are looked
    at first and the joined text (slow: all of the area's text through one regex) only
    when one of them is a count: most pages show none.
    """
    if area is None:
        return None
    first = page_text.first_index(area) if page_text is not None and tag_of(area) != "html" else None
    if first is None:  # no body text indexed under the area: its own text nodes, area gate first
        if not _area_has_count(area):
            return None
        return _first_views_line(_area_nodes(area), title_el, page_text)
    end = first + page_text.sizes[area][3]
    found = _first_views_line(
        zip(page_text.nodes[first:end], page_text.owners[first:end], strict=True), title_el, page_text
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


def _first_views_line(nodes, title_el, page_text: PageText | None) -> Found | None:
    for node, el in nodes:
        if not _has_views_word(node):
            continue
        block = block_of(el)
        text = _short_text(block)
        if len(text) > VIEWS_LINE_MAX_CHARS:
            text = clean_text(node)
        count = parse_views(text)
        if count is None:
            continue
        if title_el is not None and not is_after(title_el, el, page_text):
            continue
        return Found(count, "generic:views-label", block)
    return None


def is_after(a, b, page_text: PageText | None = None) -> bool:
    """b comes after a in document order (a's descendants count as after)."""
    if is_ancestor(a, b):
        return True
    if page_text is not None:
        first_a, first_b = page_text.first_index(a), page_text.first_index(b)
        if first_a is not None and first_b is not None:
            return first_b > first_a
    return _DOC_POSITION(b) > _DOC_POSITION(a)


# ----------------------------------------------------------------------------- main content
RUN_MIN_CHARS = 20
CONTAINER_TAGS = frozenset(
    ["div", "section", "article", "main", "td", "body", "form", "center", "blockquote", "span", "font"]
)
TOP_CANDIDATES = 5


def _paragraphs(page_text: PageText) -> dict:
    """owner block -> [text chars, link chars, runs, commas] over runs of real text."""
    paras: dict = {}
    for node, el in zip(page_text.nodes, page_text.owners, strict=True):
        if len(node) <= RUN_MIN_CHARS:
            continue
        size = len(node.strip())
        if size <= RUN_MIN_CHARS:
            continue
        in_link = False
        tag = el.tag  # read once per level: lxml builds a new str on every .tag
        while tag not in BLOCK_TAGS:
            if tag in SKIP_TAGS:
                el = None
                break
            if tag == "a":
                in_link = True
            el = el.getparent()
            if el is None:
                break
            tag = el.tag
        if el is None:
            continue
        entry = paras.get(el)
        if entry is None:
            entry = paras[el] = [0, 0, 0, 0]
        entry[0] += size
        entry[2] += 1
        entry[3] += node.count(",") + node.count(";")
        if in_link:
            entry[1] += size
    return paras


def score_containers(page_text: PageText) -> dict:
    """Readability-style: each paragraph scores its parent fully, its grandparent by half.

    A paragraph's score grows with its prose (text outside links), so one container
    holding a long article as bare text runs outweighs a footer of short lines.
    """
    scores: dict = {}
    for el, (chars, links, runs, commas) in _paragraphs(page_text).items():
        prose = chars - links
        if prose < 25:
            continue
        score = runs + prose / 100 + min(commas, 3)
        parent = el.getparent()
        tag = el.tag  # a block element: the parser's lower-case name
        if tag in CONTAINER_TAGS and tag not in ("td", "span", "font"):
            # text directly in a container (bare <div> paragraphs or stray </p>): the div is a paragraph
            scores[el] = scores.get(el, 0) + score * 0.5
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + score
            grand = parent.getparent()
            if grand is not None:
                scores[grand] = scores.get(grand, 0) + score / 2
    return scores


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
def _chrome_marks(marks: str) -> bool:
    """Cached: a site's templates repeat the same class/id strings on every page."""
    low = marks.lower()
    compact = low.replace("-", "").replace("_", "")
    for word in _CHROME_SUBSTRINGS:
        if word in compact:
            return True
    return not _CHROME_WORDS.isdisjoint(_WORD_SEPARATORS.split(low))


def _in_chrome_region(el, memo: dict) -> bool:
    """el sits in a footer, menu, sidebar, related list... (by tag or class/id words)."""
    path = []
    node = el
    result = False
    while node is not None and node.tag not in ("body", "html"):
        known = memo.get(node)
        if known is not None:
            result = known
            break
        path.append(node)
        marks = (node.get("class") or "") + " " + (node.get("id") or "")
        if node.tag in _CHROME_TAGS or (marks.strip() and _chrome_marks(marks)):
            result = True
            break
        node = node.getparent()
    for visited in path:  # a region's verdict holds for everything inside it
        memo[visited] = result
    return result


def best_container(page_text: PageText, title_el=None):
    """The element holding the article's prose, climbed up to include lead and byline."""
    scores = score_containers(page_text)
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)[:TOP_CANDIDATES]
    best, best_score = None, -1.0
    title_at = page_text.first_index(title_el) if title_el is not None else None
    memo: dict = {}
    for el, score in ranked:
        if tag_of(el) in ("body", "html"):
            continue
        total = page_text.visible_length(el)
        density = page_text.link_length(el) / total if total else 1.0
        adjusted = score * (1 - density)
        first = page_text.first_index(el)
        if title_at is not None and first is not None and first < title_at and not is_ancestor(el, title_el):
            adjusted *= 0.5  # prose before the title is a sidebar or a header
        if adjusted <= best_score:
            continue  # the chrome test below can only lower it
        if _in_chrome_region(el, memo):
            adjusted *= CHROME_REGION_WEIGHT
        if adjusted > best_score:
            best, best_score = el, adjusted
    return climb(page_text, best, title_el) if best is not None else None


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


def common_ancestor(a, b):
    if a is None or b is None:
        return a if b is None else b
    ancestors = {id(x) for x in a.iterancestors()} | {id(a)}
    node = b
    while node is not None:
        if id(node) in ancestors:
            return node
        node = node.getparent()
    return None


# ----------------------------------------------------------------------------- category
_BREADCRUMB = etree.XPath(
    "(/html/body/descendant::*[contains(@class,'readcrumb') or contains(@id,'readcrumb')])[1]/descendant::a"
)
_HOME_WORDS = {"trang chủ", "home", "trang chu", "trang nhất"}


def find_category(root, meta, title: str | None, raw: bytes = b"") -> Found | None:
    section = meta.jsonld.get("articleSection") or meta.get("article:section")
    if section:
        return Found(clean_text(section), "jsonld" if meta.jsonld.get("articleSection") else "meta:article:section")
    full = clean_text(meta.title)
    if title and full.startswith(title):
        # "<title> - <category> - <site>": the piece between the title and the site name
        rest = [r for r in _TITLE_SEPARATOR.split(full[len(title) :].strip()) if r]
        if len(rest) >= 2:
            return Found(" - ".join(rest[:-1]), "generic:title-middle")
    if b"readcrumb" in raw:
        crumbs = [clean_text("".join(a.itertext())) for a in _BREADCRUMB(root)]
        crumbs = [c for c in crumbs if c and c.casefold() not in _HOME_WORDS and c != title]
        if crumbs:
            return Found(crumbs[-1], "generic:breadcrumb")
    return None


# ----------------------------------------------------------------------------- language
_VIETNAMESE_LETTERS = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)


def find_language(meta, sample: str) -> Found | None:
    if meta.lang:
        return Found(meta.lang.split("-")[0].split("_")[0].lower(), "html-lang")
    content_language = meta.get("content-language", "language", "og:locale")
    if content_language:
        return Found(content_language.split("-")[0].split("_")[0].lower(), "meta:language")
    if sample and len(_VIETNAMESE_LETTERS.findall(sample[:3000])) >= 20:
        return Found("vi", "generic:diacritics")
    return None
