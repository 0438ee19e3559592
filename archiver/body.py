"""From rendered blocks to the article body: chrome out, lead first, paragraphs joined.

The body is the lead followed by the body paragraphs, "\n\n" between paragraphs and
"\n" where the page had a <br>. Captions and table cells stay; separator lines
(`____`), share/print rows, view counters, related-article lists, the byline, the
source line and the CMS account go, and so do boxes inside the article named by their class
(is_box_class), a caption printed twice, English photo credits and gallery controls, and the
header above the first paragraph (a kicker over a repeated title, English bylines and dates).
"""

import re
from functools import lru_cache

from .byline import COPY_LINK_BUTTON
from .dates import looks_like_date_line
from .htmltree import tag_of
from .page_dates import LEAD_CLASS, is_meta_line
from .text import fold
from .view_count import is_views_line

# Whole-line chrome, matched case-insensitively on the cleaned line.
_CHROME_ITEMS = (
    r"(?:in\s+bài(?:\s+viết)?|in\s+trang|bản\s+in|gửi\s+(?:e-?mail|mail|bài(?:\s+viết)?|cho\s+bạn\s+bè)|"
    r"e-?mail|print|chia\s+sẻ(?:\s+bài\s+viết)?|share|quay\s+lại|trở\s+về|trở\s+lại|về\s+đầu\s+trang|"
    r"lên\s+đầu\s+trang|đầu\s+trang|màu\s+chữ|cỡ\s+chữ|màu\s+chữ\s+cỡ\s+chữ|cỡ\s+chữ\s+màu\s+chữ|"
    r"bình\s+luận|ý\s+kiến\s+bạn\s+đọc|phản\s+hồi|xem\s+thêm|(?:tags?|từ\s+khó?a|từ\s+khoá)\s*:.*|"
    r"facebook|twitter|zalo|tweet|like|null|[a+\-\s]{1,5}|in|lưu(?:\s+(?:bài(?:\s+viết)?|tin))?|đóng|quảng\s+cáo|"
    + COPY_LINK_BUTTON
    + r"|"
    # rating widgets: "Tổng số điểm của bài viết là: 0 trong 0 đánh giá", "Click để đánh giá bài viết"
    r"tổng\s+số\s+điểm\s+của\s+bài\s+viết\s+là\s*:?\s*[\d.,]+\s+trong\s+[\d.,]+\s+đánh\s+giá|"
    r"(?:click|bấm|nhấn)\s+(?:vào\s+)?để\s+đánh\s+giá(?:\s+bài\s+viết)?|"
    # the same chrome on English pages: ad labels, gallery controls, share and comment buttons
    r"advertisement|advert|caption|close|video|back\s+to\s+gallery|show\s+more\s+sharing\s+options|"
    r"copy\s+link(?:\s*url\s*copied!?)?|share\s+this(?:\s+(?:on\s+\w+|article|story))?|sharing\s+is\s+caring!?|"
    r"continue\s+reading(?:\s+below)?|read\s+more|linkedin|reddit|pinterest|whatsapp|messenger|subscribe|"
    r"sign\s+up|\d*\s*comments?|\d+\s*shares?)"
)
_CHROME_LINE = re.compile(r"^" + _CHROME_ITEMS + r"\s*[:.]?$", re.IGNORECASE)
# A share or print row: chrome items only, one after another ('Chia sẻ: Facebook Zalo',
# 'In bài viết | Gửi email | Về đầu trang'), read item by item (one regex over the whole row
# backtracks exponentially on a long line of short words).
_CHROME_ITEM = re.compile(_CHROME_ITEMS + r"(?![^\s|·•/:,.])", re.IGNORECASE)
_ROW_SEPARATORS = re.compile(r"[\s|·•/:,.]*")
MAX_CHROME_ROW_CHARS = 100
# A heading that starts the lists after an article: the body ends there. The leading lookahead names the letters
# its branches start with: a line opening with another is rejected at once, not by each branch in turn.
_END_MARKER = re.compile(
    r"(?=[bcegmrtuvxyýđ])(?:"
    r"^(?:các\s+)?(?:tin|bài(?:\s+viết)?)\s+(?:khác|liên\s+quan|cùng\s+chuyên\s+mục|cùng\s+loại|mới\s+hơn|"
    r"cũ\s+hơn|đã\s+đưa|đọc\s+nhiều|xem\s+nhiều|mới(?:\s+nhất)?|nổi\s+bật)(?:\s+khác)?\s*:?$|"
    r"^(?:đọc|xem)\s+nhiều(?:\s+nhất)?\s*:?$|^(?:gửi\s+)?ý\s+kiến(?:\s+(?:bạn\s+đọc|của\s+bạn))?\s*:?$|"
    r"^(?:các\s+)?(?:văn\s+bản|tin)\s+cùng\s+(?:lĩnh\s+vực|chuyên\s+mục)\s*:?$|"
    r"^(?:related(?:\s+(?:articles?|stories|posts|content|coverage|news|tags|topics))?|more|more\s+from\s+.{1,30}|"
    r"most\s+(?:read|popular|viewed)(?:\s+.{1,30})?|explore\s+further|you\s+(?:may|might)(?:\s+also)?\s+like(?:\s+these\s+posts)?|"
    r"recommended(?:\s+for\s+you)?|trending(?:\s+now)?|more\s+.{1,20}\s+stories|read\s+next|up\s+next)\s*:?$)",
    re.IGNORECASE,
)
# A gallery's counter ('Image 1 of 8', '1 / 8'), outside tables (where '1/2' is a value).
_GALLERY_COUNTER = re.compile(r"^(?:image|photo|slide)?\s*\d+\s*(?:of|/)\s*/?\s*\d+$", re.IGNORECASE)
# A photo credit on its own line, or closing a caption: 'Photo: Hau Dinh, AP', '(Image credit: NASA)',
# 'Image copyright Getty Images', '... (Image: GETTY)', '...Credit: ESA', '(Jane Doe / Associated Press)', '... (AFP)',
# '© Jane Doe <caption>'.
# English only: a Vietnamese caption with its 'Ảnh: ...' credit is part of the article (the portals' gold).
_CREDIT_LINE = re.compile(
    r"^\(?(?:(?:photo(?:graph)?|image|picture)s?(?:\s+(?:credit|copyright|courtesy))?\s*:|"
    r"(?:photo|image)\s+(?:credit|copyright|courtesy|caption)\b|credits?\s*:|"
    # and an English stamp: 'Published 7:07 PM EST Nov 19, 2019', 'First Published: Tuesday, November 19, 2019'
    r"(?:first\s+)?(?:published|updated|posted)\b(?:\s+(?:on|at))?\s*:?\s*(?:[a-z]+day,?\s+)?"
    r"(?:\d{1,2}[:.]\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}\s+[a-z]+\s+\d{4}))",
    re.IGNORECASE,
)
# Searched for over a caption's last characters: the leading lookahead (what its branches start with) spares the
# engine entering each branch at every position.
_CREDIT_END = re.compile(
    r"(?=[(c|/])(?:\((?:photo|image|picture)s?(?:\s+credit)?\s*:[^()]{1,60}\)|credits?\s*:\s*[^.:]{1,60}|"
    r"[|/]\s*(?:getty\s+images|associated\s+press|ap\s+photo|reuters|afp)\)?|(?-i:\((?:AFP|AP|EPA|Reuters|Getty Images)\)))$",
    re.IGNORECASE,
)
_CREDITED_CAPTION = re.compile(r"©\s*[^\W\d]")  # '© Jane Doe <caption>', not a copyright year
MAX_CREDIT_CHARS = 100
_SENTENCE_END = frozenset(".!?:;…")
MAX_CAPTION_CHARS = 400
# 'Related: <link>', 'READ MORE: <link>', 'Xem thêm: <link>': a pointer to another page.
_POINTER_LINE = re.compile(
    r"^(?:related|read\s+more|see\s+more|more|also\s+read|read\s+also|xem\s+thêm|đọc\s+thêm|"
    r"(?:tin|bài)\s+liên\s+quan)\s*:",
    re.IGNORECASE,
)
_SEPARATOR_LINE = re.compile(r"^[\s_\-=.*·•~+|]{3,}$")
_SEPARATOR_MARKS = "_-=.*·•~+|"  # with the spaces (str.isspace() is the regex's \s): what a separator line opens with
MAX_CHROME_CHARS = 60
# The article's keywords ("Từ khóa: …", "Tìm kiếm theo từ khóa : …", "Tags: …"): a line of any length up to this
# Lines that are chrome by their opening words, whatever follows (up to MAX_CHROME_OPENING_CHARS): the article's keywords
# ("Từ khóa: …", "Tìm kiếm theo từ khóa : …", "Tags: …"), the source's address ("Link bài gốc Lấy link https://…"),
# a request to make the site a preferred source ("Thêm SOHA trên Google …").
_CHROME_OPENING = re.compile(
    r"^(?:(?:tìm\s+(?:kiếm\s+)?theo\s+)?(?:tags?|từ\s+khó?a|từ\s+khoá)\s*:|link\s+bài\s+gốc\b|thêm\s+\S+(?:\s+\S+)?\s+trên\s+google\b)",
    re.IGNORECASE,
)
MAX_CHROME_OPENING_CHARS = 300
LEAD_MIN_CHARS = 60


# Boxes inside the article that are not its text, by the words of their class: newsletter sign-ups,
# share rows, related and recirculation lists, rails and carousels of other stories, tag lists and
# comment threads. Substrings of the class with '-' and '_' removed, or whole words for short ones.
_BOX_SUBSTRINGS = (
    "footer",  # inside the text: a linked teaser of another story ('link-content-footer'), an entry's meta
    "newsletter",
    "signup",
    "subscri",
    "recirc",
    "related",
    "sharing",
    "socialshare",
    "sharebar",
    "comment",
    "trending",
    "carousel",
    "swiper",
    "tinlienquan",
    "tinkhac",
    "othernews",
    "promo",
    "mostpopular",
    "mostread",
    "recommended",
    "gallery",
    "slideshow",
    "nextprev",
    "prevnext",
    "pagination",
)
_BOX_WORDS = frozenset(("share", "tags", "rail", "aside", "ad", "ads", "advert", "advertisement"))
_CLASS_WORDS = re.compile(r"[\s_\-]+")
# Classes that hide an element from the reader (CSS frameworks' utility classes).
_HIDDEN_CLASSES = frozenset(("hidden", "d-none", "sr-only", "visually-hidden", "screen-reader-text"))


@lru_cache(maxsize=4096)
def is_box_class(cls: str) -> bool:
    """Cached: a site's templates repeat the same classes on every page."""
    low = cls.lower()
    if not _HIDDEN_CLASSES.isdisjoint(low.split()):
        return True
    compact = low.replace("-", "").replace("_", "")
    if any(word in compact for word in _BOX_SUBSTRINGS):
        return True
    return not _BOX_WORDS.isdisjoint(_CLASS_WORDS.split(low))


def is_chrome(block) -> bool:
    text = block.text
    if not text:
        return False
    first = text[0]
    if (first in _SEPARATOR_MARKS or first.isspace()) and _SEPARATOR_LINE.match(text):
        return True
    size = len(text)
    # A chrome line is one chrome item (ending where _CHROME_ITEM's lookahead lets an item end: at a space, ':',
    # '.' or the end), and a share row opens with one: a line that no item opens is neither (one try, not two).
    if size <= MAX_CHROME_ROW_CHARS and (item := _CHROME_ITEM.match(text)) is not None:
        if size <= MAX_CHROME_CHARS and _CHROME_LINE.match(text):
            return True
        if " " in text and _chrome_row(text, item):
            return True
    if size <= MAX_CHROME_OPENING_CHARS and _CHROME_OPENING.match(text):
        return True
    if size <= MAX_CAPTION_CHARS:
        if first == "©":
            return _CREDITED_CAPTION.match(text) is not None  # '© Jane Doe <caption>'
        if text.isascii() and _english_chrome(block, text, size):
            return True
    if block.link_chars * 2 > size and (_POINTER_LINE.match(text) or _shouted_link(block, size)):
        return True
    return is_views_line(text)


def _english_chrome(block, text: str, size: int) -> bool:
    """A gallery counter, a photo credit alone or closing its caption, a 'Published ...' stamp: English
    lines (ASCII ones only are read: a portal's line is none of them, and its 'Ảnh: ...' stays)."""
    if size <= MAX_CHROME_CHARS and not block.in_table and _GALLERY_COUNTER.match(text):
        return True
    if size <= MAX_CREDIT_CHARS and _CREDIT_LINE.match(text):
        return True
    return text[-1] not in _SENTENCE_END and _CREDIT_END.search(text, max(0, size - 80)) is not None  # the end only


def _shouted_link(block, size: int) -> bool:
    """A line that is one link in capitals: a related story's or an app's promotion between paragraphs."""
    return block.link_chars * 10 >= size * 9 and size >= 20 and block.text.isupper()


def _chrome_row(text: str, first: re.Match[str]) -> bool:
    """Two or more chrome items and the separators between them make up the line (first: the item opening it)."""
    pos, items = 0, 0
    m: re.Match[str] | None = first
    while m is not None and m.end() > pos:
        items += 1
        pos = _ROW_SEPARATORS.match(text, m.end()).end()  # type: ignore[union-attr]
        if pos >= len(text):
            return items >= 2
        m = _CHROME_ITEM.match(text, pos)
    return False


def is_end_marker(block) -> bool:
    return len(block.text) <= MAX_CHROME_CHARS and bool(_END_MARKER.match(block.text))


def cut_chrome(blocks, title: str | None = None) -> list:
    """Blocks without chrome: no related-articles box (its heading and the links under it,
    whether it ends the body or sits between paragraphs), no repeated title (nor a kicker or
    breadcrumbs above it), date line or byline before the first paragraph."""
    out: list = []
    folded_title = fold(title) if title else None
    repeated = _repeated_lines(blocks)
    in_box = False
    has_text = False  # some block in out has text
    opened = False  # a paragraph of the article's text is in out: the header above it is over
    for block in blocks:
        text = block.text
        if text and is_end_marker(block):
            in_box = True
            continue
        if in_box:
            if not text or block.link_density > 0.5:
                continue
            in_box = False
        if is_chrome(block) or (repeated and text in repeated):
            continue
        if text and not opened:
            if folded_title and _same_text(text, folded_title):
                out = [b for b in out if not b.text]  # a kicker or breadcrumbs above the title: the header's
                has_text = False
                continue
            if not has_text and (looks_like_date_line(text) or is_meta_line(text)):
                continue  # a date line or a byline ("Updated ...", "By ...") in any language
            if len(text) <= HEADER_LINE_CHARS and _ENGLISH_HEADER_LINE.match(text):
                continue  # further down the header, English ones only: a portal's "Ngày nhận: ..." is a record's field
        out.append(block)
        has_text = has_text or bool(text)
        opened = opened or _opens_text(block)
    return _drop_trailing_link_lists(out)


HEADER_LINE_CHARS = 60
OPENING_MIN_CHARS = 100
# An English byline or date line ('By Jane Doe', 'Nov. 19, 2019', 'Published 2:16 AM EST Nov 20, 2019'):
# the date parser reads the portals' (day first) dates only.
_ENGLISH_HEADER_LINE = re.compile(
    r"^(?:by\s+[A-Z]|(?:published|updated|posted|first\s+published)\b|"
    r"(?:[a-z]+day,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b)",
    re.IGNORECASE,
)


def _opens_text(block) -> bool:
    """A paragraph of the article's text: long enough, not links, not a photo's caption."""
    text = block.text
    return len(text) >= OPENING_MIN_CHARS and block.link_chars * 2 < len(text) and not _caption_like(block)


MAX_REPEATED_CHARS = 300
_CAPTION_CLASS = re.compile(r"caption|credit|gallery|slide|photo|image|figure|media")


def _repeated_lines(blocks) -> set:
    """Captions the page prints more than once in the article: under its photo and again in a gallery,
    or as the linked title of a related article; every copy goes. A short line that repeats with no
    copy marked as a caption (a recipe's headings, an interview's questions, a shop link) stays."""
    texts = [b.text for b in blocks if b.text]
    if len(set(texts)) == len(texts):
        return set()  # (most pages: nothing printed twice, one pass in C)
    seen: set = set()
    repeated: set = set()
    for block in blocks:
        text = block.text
        if text and len(text) <= MAX_REPEATED_CHARS and not block.in_table and " " in text:
            if text in seen:
                repeated.add(text)
            else:
                seen.add(text)
    if not repeated:
        return repeated
    marked = {b.text for b in blocks if b.text in repeated and _caption_like(b)}
    return repeated & marked


CAPTION_LEVELS = 3  # the block's element and its nearest ancestors


def _caption_like(block) -> bool:
    """Under a photo: the block holds an image, or sits in a figure or an element whose class names
    a caption, a credit, a gallery..."""
    if block.images:
        return True
    node = block.owner
    for _ in range(CAPTION_LEVELS):
        if node is None:
            return False
        if tag_of(node) in ("figcaption", "figure") or _CAPTION_CLASS.search((node.get("class") or "").lower()):
            return True
        node = node.getparent()
    return False


def _same_text(text: str, folded: str) -> bool:
    """text folds to `folded` (lengths compared first: folding a long paragraph is not free)."""
    return abs(len(text) - len(folded)) <= len(folded) // 10 + 2 and fold(text) == folded


def _drop_trailing_link_lists(blocks) -> list:
    """A run of 3+ link-only lines at the end is a related list, not the article."""
    end = len(blocks)
    run = 0
    for i in range(len(blocks) - 1, -1, -1):
        block = blocks[i]
        if not block.text:
            continue
        if block.link_density > 0.9:
            run += 1
            end = i
            continue
        break
    return blocks[:end] if run >= 3 else blocks


TRAILING_PROSE_CHARS = 200


def ends_trailing(block) -> bool:
    """Past the article's closing lines: a related-articles heading, prose, or a link list."""
    if not block.text:
        return False
    return (
        is_end_marker(block)
        or len(block.text) > TRAILING_PROSE_CHARS
        or (block.link_density > 0.5 and not block.attachments)
    )


def trailing_lines(blocks) -> list:
    """The short lines right after the body inside the article area (views, byline,
    source, attachment lists), up to the related-articles lists or other prose."""
    out = []
    for block in blocks:
        if not block.text and not block.attachments:
            continue
        if past_trailing_lines(block):
            break
        if is_chrome(block) and not is_views_line(block.text):
            continue
        out.append(block)
    return out


def past_trailing_lines(block) -> bool:
    """Where trailing_lines() stops: a related-articles heading, or prose or a link list that is no chrome
    (a rendering of lines only read by it can stop there too)."""
    text = block.text
    if not text:
        return False
    if is_end_marker(block):
        return True
    if len(text) <= TRAILING_PROSE_CHARS and (block.link_density <= 0.5 or block.attachments):
        return False
    return not is_chrome(block) or is_views_line(text)


def generic_lead(blocks) -> int | None:
    """Index of the block that reads as the lead: a lead-class paragraph, or a wholly bold
    first paragraph (the sapo that editors bold when the template's lead slot is empty).
    A paragraph that no prose follows is the article itself, not its lead."""
    for i, block in enumerate(blocks):
        if not block.text:
            continue  # images before the first paragraph
        if len(block.text) >= LEAD_MIN_CHARS and (block.bold or LEAD_CLASS.search(block.classes or "")):
            return i if any(_is_prose(b) for b in blocks[i + 1 :]) else None
        return None
    return None


def _is_prose(block) -> bool:
    return bool(block.text) and block.link_density < 0.5


def join(blocks) -> str:
    parts: list[str] = []
    for block in blocks:
        if not block.text:
            continue
        if parts:
            parts.append("\n" if block.soft else "\n\n")
        parts.append(block.text)
    return "".join(parts)


def assemble(lead_blocks, body_blocks) -> tuple[str, str]:
    """(lead text, body text); a first body paragraph identical to the lead is not repeated."""
    lead = join(lead_blocks)
    rest = [b for b in body_blocks if b.text or b.images]
    if lead:
        first = next((b for b in rest if b.text), None)
        if first is not None and _same_text(first.text, fold(lead)):
            rest = [b for b in rest if b is not first]
    body_text = join(list(lead_blocks) + rest)
    return lead, body_text
