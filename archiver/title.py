"""The title: what <title>, og:title and JSON-LD agree on with an element of the page."""

import re
import unicodedata

from lxml import etree

from . import dates
from .htmltree import in_link, tag_of
from .layout import block_of
from .models import Found
from .pagetext import PageText, block_text
from .text import clean, fold, fold_diacritics

# "Title - Category - Site", "Site | Title", "Title :: Site": \s+(?:-|–|—|\||::|»|/)\s+ or \s*\|\s* (the
# definition tests/test_title.py compares this with). Every separator starts with a space or '|', written as the
# pattern's first character class: the engine then skips to such a character instead of trying the pattern at
# each letter of the title. After it, a '|' needs only the spaces that follow; a space, the rest of either form.
TITLE_SEPARATOR = re.compile(r"[\s|](?:(?<=\|)\s*|\s*(?:-|–|—|\||::|»|/)\s+|\s*\|\s*)")
# "Site Name: Headline": a colon after a few words at the start (only the part after it is a candidate).
SITE_LABEL = re.compile(r"^[^:]{3,40}:\s+")
_TITLEISH = etree.XPath(
    "/html/body/descendant::*[self::h1 or self::h2 or self::h3 or (@class and (contains(@class,'itle')"
    " or contains(@class,'eadline') or contains(@class,'ieude') or contains(@class,'ieuDe')))]"
)
_TITLEISH_WORD = re.compile(r"title|headline|tieu-?de|heading", re.IGNORECASE)
MIN_TITLE_CHARS = 8
MAX_TITLE_CHARS = 400


def title_pieces(title: str) -> list[tuple[str, int]]:
    """Candidate titles inside a <title>: the whole, every prefix and suffix at a separator.

    Each comes with a rank: 2 for the whole and the prefixes (Vietnamese portals print
    the article first), 1 for suffixes (and for what follows a "Site:" label).
    """
    title = clean(title)
    if not title:
        return []
    out = [(title, 2)]
    spans = [m.span() for m in TITLE_SEPARATOR.finditer(title)]
    for start, _ in spans:
        out.append((title[:start].strip(), 2))
    for _, end in spans:
        out.append((title[end:].strip(), 1))
    # "The Space Review: Seeking a bigger role...": the headline after it (no colon, no label: the regex unread)
    site_label = ":" in title and SITE_LABEL.match(title)
    if site_label:
        out.append((title[site_label.end() :].strip(), 1))
    seen, unique = set(), []
    for text, rank in out:
        if len(text) >= MIN_TITLE_CHARS and text not in seen:
            seen.add(text)
            unique.append((text, rank))
    return unique


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
    site_name = fold(meta.get("og:site_name"))
    for text, kind, rank in _sources(meta):
        # (a piece is non-empty, so it can only equal a site name the page states)
        if len(text) > MAX_TITLE_CHARS or (site_name and fold(text) == site_name):
            continue
        entry = sources.setdefault(text, [set(), 0])
        entry[0].add(kind)
        entry[1] = max(entry[1], rank)
    votes = _votes(page_text, sources)
    if votes:
        best = _strongest(votes)
        if votes[best][1] < 2 and (
            headline := _fuzzy_title(root, [t for t, (_, rank) in sources.items() if rank == 2])
        ):
            return headline  # only a suffix agrees (the site's name, in a footer): the headline reads like the rest
        text = votes[best][2]
        anchor = next(el for el in votes if votes[el][2] == text)
        return Found(text, "generic:title-agreement", best, anchor)
    fuzzy = _fuzzy_title(root, list(sources))
    if fuzzy:
        return fuzzy
    for kind, value in (("jsonld", meta.jsonld.get("headline")), ("meta:og:title", meta.get("og:title"))):
        if value and len(clean(value)) >= MIN_TITLE_CHARS:
            return Found(clean(value), kind)
    pieces = title_pieces(meta.title)
    if len(pieces) > 1:
        return Found(pieces[1][0], "meta:title-prefix")
    return None


def _strongest(votes: dict):
    """The element whose vote is strongest (the first of equals); the only one without reading it."""
    if len(votes) == 1:
        return next(iter(votes))  # (most pages: the strength of a lone candidate decides nothing)
    order = {el: i for i, el in enumerate(votes)}

    def strength(el):
        kinds, rank, text = votes[el]
        # A title stands alone in its block; a breadcrumb "Home > Category > Title" does not.
        alone = block_text(block_of(el)) == text
        return len(kinds), alone, _titleish(el), rank, len(text), -order[el]

    return max(votes, key=strength)


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
        text = clean(node)
        entry = sources.get(text)
        if entry is None or in_link(owner):
            continue
        vote = votes.setdefault(owner, [set(), 0, text])
        vote[0] |= entry[0]
        if entry[1] > vote[1] or (entry[1] == vote[1] and len(text) > len(vote[2])):
            vote[1], vote[2] = entry[1], text
    return votes


def _may_start_like(node: str, first_words: set) -> bool:
    """False when clean(node) cannot start with any of first_words (cheaper than cleaning).

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
    folded = [fold(text).rstrip(" .…") for text in sources]  # a title the CMS cut ends in an ellipsis
    if not folded:
        return None
    for el in _TITLEISH(root):
        if in_link(el):
            continue
        text = clean("".join(el.itertext()))
        if not MIN_TITLE_CHARS <= len(text) <= MAX_TITLE_CHARS:
            continue
        f = fold(text)
        for source in folded:
            if len(min(f, source, key=len)) >= 20 and (source.startswith(f) or f.startswith(source)):
                return Found(text, "generic:title-fuzzy", el)
    return None


# ----------------------------------------------------------------------------- title over the content
_TITLEISH_UNDER = etree.XPath(
    "descendant-or-self::*[self::h1 or self::h2 or self::h3 or (@class and (contains(@class,'itle')"
    " or contains(@class,'eadline') or contains(@class,'ieude') or contains(@class,'ieuDe')))]"
)
PROSE_RUN_CHARS = 50  # a text run this long outside the title-ish elements: the article's prose has begun
BEFORE_CONTENT_NODES = 8  # how far before the container a title may stand (a date line, an empty lead)


def title_over_content(page_text: PageText, container) -> Found | None:
    """The title when no stated title agrees with the page (a template whose <title> names only the
    site): the title-ish element standing alone over the main content, before its first prose run.
    Several (a category label, then the title): the headings first, then the longest."""
    start = page_text.first_index(container)
    if start is None:
        return None
    end = start + page_text.sizes[container][3]
    scope = container
    for _ in range(BEFORE_CONTENT_NODES):  # widen to the block holding the few lines just before
        parent = scope.getparent()
        if parent is None or tag_of(parent) in ("body", "html"):
            break
        parent_start = page_text.first_index(parent)
        if parent_start is None or parent_start < start - BEFORE_CONTENT_NODES:
            break
        scope = parent
    candidates = []
    for el in _TITLEISH_UNDER(scope):
        first = page_text.first_index(el)
        if first is None or first >= end or in_link(el):
            continue
        total = page_text.visible_length(el)
        if not total or page_text.link_length(el) * 2 > total:
            continue
        text = clean("".join(el.itertext()))
        if block_text(block_of(el)) != text:
            continue
        el, text = _without_date_line(el, text)
        if MIN_TITLE_CHARS <= len(text) <= MAX_TITLE_CHARS:
            candidates.append((first, el, text))
    prose_at = _first_prose_run(page_text, start, end, [el for _, el, _ in candidates])
    before = [(el, text) for first, el, text in candidates if first < prose_at]
    if not any(tag_of(el) in ("h1", "h2", "h3") or headline_long(text) for el, text in before):
        # only a section's label over the content: its opening line, when set apart as a title is
        opening = _set_apart_opening(page_text, start, end, [el for _, el, _ in candidates])
        before += [opening] if opening else []
    if not before:
        return None
    el, text = max(before, key=lambda c: (tag_of(c[0]) in ("h1", "h2"), len(c[1])))
    return Found(text, "generic:title-over-content", el)


OPENING_TITLE_MAX_WORDS = 40
OPENING_LABELS_SKIPPED = 1
_SET_APART_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)|text-align\s*:\s*center", re.IGNORECASE)
_SET_APART_TAGS = frozenset(("b", "strong", "h4", "h5", "h6"))


# A title with no date line is a static page's label ("Giới thiệu", "Cơ cấu tổ chức", "Phòng Thanh tra")
# unless it is as long as a news headline (some portals print no date on their notices; verdict.py).
HEADLINE_MIN_WORDS = 8
_WORD = re.compile(r"\w+")


def headline_long(text: str) -> bool:
    """As many words as a news headline (dashes and other punctuation are no words)."""
    return len(_WORD.findall(text)) >= HEADLINE_MIN_WORDS


def _set_apart_opening(page_text: PageText, start: int, end: int, labels: list) -> tuple | None:
    """(block, text) of the content's first line after its section labels (title-ish ones, or one short line)
    when it reads as a headline set apart: alone in its block, bold, centred or a minor heading, no sentence,
    with text after it."""
    at, skipped = start, 0
    while True:
        first = next(
            (
                i
                for i in range(at, end)
                if page_text.nodes[i].strip(" \t\n\r\xa0\u200b") and not any(page_text.holds(el, i) for el in labels)
            ),
            None,
        )
        if first is None:
            return None
        el = page_text.owners[first]
        block = block_of(el)
        text = block_text(block)
        if headline_long(text) or skipped == OPENING_LABELS_SKIPPED:
            break
        at, skipped = page_text.index_after(block), skipped + 1  # a short label ('Tin tức') over the headline
    if (
        not MIN_TITLE_CHARS <= len(text) <= MAX_TITLE_CHARS
        or len(text.split()) > OPENING_TITLE_MAX_WORDS
        or text.endswith((".", ":", ";"))
        or in_link(el)
        or dates.looks_like_date_line(text)
        or page_text.index_after(block) >= end
    ):
        return None
    node = el
    while node is not None:
        if tag_of(node) in _SET_APART_TAGS or _SET_APART_STYLE.search(node.get("style") or ""):
            return block, text
        if node is block:
            return None
        node = node.getparent()
    return None


def _without_date_line(el, text: str) -> tuple:
    """A title block that prints the date in an element of its own after the title text ('<span>Title</span>
    <span>2019-06-26T05:00:00.000Z</span>'): the element holding the title and its text, without the date."""
    children = [child for child in el if isinstance(child.tag, str)]
    if len(children) != 2 or (el.text or "").strip() or any((child.tail or "").strip() for child in children):
        return el, text
    title, date = children
    if not dates.looks_like_date_line(clean("".join(date.itertext()))):
        return el, text
    return title, clean("".join(title.itertext()))


# "Trang thông tin điện tử huyện Đắk Glong", "Cổng thông tin điện tử tỉnh …": the portal's name (folded).
_PORTAL_NAME = re.compile(r"(?:cong|trang)\s+thong\s+tin(?:\s+dien\s+tu)?\s|cong\s+ttdt\s")


def names_the_portal(found: Found, html_title: str) -> bool:
    """The title found is the whole <title> and reads as the portal's name: a template that names only the
    site there, and prints it in its banner."""
    folded = fold(found.value)
    return folded == fold(html_title) and _PORTAL_NAME.match(fold_diacritics(folded)) is not None


def _first_prose_run(page_text: PageText, start: int, end: int, titleish: list) -> int:
    for i in range(start, end):
        if len(page_text.nodes[i].strip()) >= PROSE_RUN_CHARS and not any(page_text.holds(el, i) for el in titleish):
            return i
    return end
