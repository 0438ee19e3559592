"""Where a page states its dates: machine-readable stamps (JSON-LD, <meta>, <time>) or the
date line nearest the title. dates.py reads the text of a date; this finds which text it is."""

import re
from dataclasses import dataclass
from datetime import UTC

from . import dates
from .htmltree import in_link, is_ancestor, tag_of
from .layout import block_of, render
from .models import Found
from .pagetext import PageText, block_text
from .text import clean

MAX_DATE_SCAN_NODES = 60
PROSE_STOP_CHARS = 200


@dataclass
class DateScan:
    published: Found | None = None
    updated: Found | None = None
    line_el: object = None  # the block holding the date line
    lead_el: object = None  # first prose block met after the title (a lead outside the body)

    def take_date(self, other: "DateScan") -> None:
        """The date line another scan found (this scan's lead stays)."""
        self.published, self.updated, self.line_el = other.published, other.updated, other.line_el


def _distinct_blocks(page_text: PageText, indices, keep_going):
    """(owner, block, text, whole) for each block met along `indices`, once; stops where keep_going(index) fails.

    `whole` is the block's text; `text` the same, or only the node's when the block is too long to be a date line."""
    seen = set()
    for i in indices:
        node, el = page_text.nodes[i], page_text.owners[i]
        if not keep_going(i):
            return
        block = block_of(el)
        if block in seen:
            continue
        seen.add(block)
        whole = text = block_text(block)
        if len(text) > dates.MAX_DATE_LINE_CHARS:
            text = clean(node)
        yield el, block, text, whole


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

    date_text = None  # a date line without a time, the block before
    for el, block, text, whole in _distinct_blocks(page_text, indices, before_body):
        if is_ancestor(block, title_el) and len(whole) <= dates.MAX_DATE_LINE_CHARS:
            # the title's own block ('<span>Title</span> <span>date</span>'): only what follows the title in it
            text = clean(" ".join(page_text.nodes[start : page_text.index_after(block)]))
        if date_text is not None:
            _add_split_time(scan, date_text, text, now)
            date_text = None
        if scan.published is None:
            published, updated = _date_line_at(text, block, now)
            if published is not None:
                scan.published, scan.updated, scan.line_el = published, updated, block
                date_text = text if published.value.date_only and updated is None else None
                continue
        if scan.lead_el is None and _reads_as_lead(whole) and whole != title and _is_lead_block(el, block):
            scan.lead_el = block
        if len(text) >= PROSE_STOP_CHARS:
            break
    return scan


# "16:18", "| 16:18", "16h18'" alone: the time of a date printed in the block before
# ('Thứ 2, 30/08/2021' | '16:18' in two cells or list items).
_TIME_ALONE = re.compile(
    r"[\s|,\-–—]*(?:lúc\s*)?\d{1,2}\s*(?::|h|g)\s*\d{2}(?::\d{2})?(?:\s*(?:am|pm|sa|ch))?\s*", re.I
)


def _add_split_time(scan: DateScan, date_text: str, text: str, now) -> None:
    if not _TIME_ALONE.fullmatch(text) or scan.published is None:
        return
    published, _ = dates.read_date_line(f"{date_text} {text.strip(' |,-–—')}", now)
    if (
        published is not None
        and not published.date_only
        and published.value.date() == scan.published.value.value.date()
    ):
        scan.published = Found(published, scan.published.rule, scan.published.el)


def _in_caption(el) -> bool:
    return any(tag_of(node) in ("figcaption", "figure", "caption") for node in (el, *el.iterancestors()))


LEAD_MIN_CHARS = 60
LEAD_MIN_WORDS = 10
# Blocks between the title and the body that are not its lead: a photo's caption or credit, the
# author's box, a share row (class words of the block or its near ancestors, generic web vocabulary)...
_NOT_LEAD_CLASS = re.compile(r"caption|credit|photo|image|img|media|byline|author|bio\b|share|sharing|social")
NOT_LEAD_CLASS_LEVELS = 3
# ... unless the block's own class names it the lead (VnExpress's p.description inside 'width-detail-photo').
LEAD_CLASS = re.compile(r"sapo|lead|summary|intro|description|desc\b|tom-?tat|chapeau|excerpt|abstract")
# ... a byline or a date line, in any language: a "By ..." or "Updated ..." opening, a clock time in a short line ...
_BYLINE_OPENING = re.compile(
    r"^(?:by|posted\s+by|written\s+by|published|updated|first\s+published|last\s+updated|filed\s+under|"
    r"bởi|đăng\s+(?:lúc|ngày)|cập\s+nhật|ngày\s+đăng)\b",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\b\d{1,2}[:h]\d{2}\b")
CLOCK_LINE_MAX_WORDS = 15
META_LINE_MAX_WORDS = 30
# ... or a promotion (affiliate disclosure, messenger and tip invitations, share and sign-up prompts),
# or a copyright line.
_PROMO = re.compile(
    r"affiliate|disclosure|facebook\s+messenger|sharing\s+options|send\s+us\s+a\s+tip|sign\s+up|subscribe|"
    r"newsletter|đăng\s+ký\s+nhận|©|copyright",
    re.IGNORECASE,
)


def _is_lead_block(el, block) -> bool:
    """The block reads as a lead: prose (not links) opening it, no byline, date line, promotion or
    copyright in any of its lines, not in a caption, a credit, an author box or a share row."""
    if (
        in_link(el)
        or _in_caption(el)
        or (_not_lead_region(block) and not LEAD_CLASS.search((block.get("class") or "").lower()))
    ):
        return False
    lines = [b for b in render(block).blocks if b.text]
    if not lines or not _reads_as_lead(lines[0].text) or lines[0].link_density > 0.5:
        return False
    return not any(is_meta_line(line.text) for line in lines)


def _not_lead_region(block) -> bool:
    node = block
    for _ in range(NOT_LEAD_CLASS_LEVELS):
        if node is None:
            return False
        marks = node.get("class") or ""
        if marks and _NOT_LEAD_CLASS.search(marks.lower()):
            return True
        node = node.getparent()
    return False


def is_meta_line(line: str) -> bool:
    """A byline, a date line or a promotion (short lines only: a paragraph of prose is none of them)."""
    if len(line.split(None, META_LINE_MAX_WORDS)) > META_LINE_MAX_WORDS:
        return False
    if _BYLINE_OPENING.match(line) or _PROMO.search(line):
        return True
    return bool(_CLOCK.search(line)) and len(line.split(None, CLOCK_LINE_MAX_WORDS)) <= CLOCK_LINE_MAX_WORDS


def _reads_as_lead(text: str) -> bool:
    """A paragraph of prose (not a date line, not a short label) between title and body."""
    return (
        len(text) >= LEAD_MIN_CHARS
        and len(text.split(None, LEAD_MIN_WORDS)) >= LEAD_MIN_WORDS
        and not dates.looks_like_date_line(text)
    )


BACKWARD_SCAN_NODES = 12
# A date line above the title counts even outside the article area when it sits in a header of the
# article's own: a block whose parent is one of the title's nearest ancestors (a header row with the
# category and date, a <header> with the date and a share row), not the page's header far above.
HEADER_MAX_LEVELS = 6


def _date_line_at(text: str, block, now) -> tuple[Found | None, Found | None]:
    if not dates.may_be_date_line(text):
        return None, None
    published, updated = dates.read_date_line(text, now)
    if (published is None or published.date_only) and len(block):
        # 'Ngày đăng:' '15/10/2018' '09:30' in three inline elements read as one run
        # ('15/10/201809:30'): the elements' texts apart
        spaced = clean(" ".join(block.itertext()))
        if spaced != text:
            apart, apart_updated = dates.read_date_line(spaced, now)
            if apart is not None and (published is None or not apart.date_only):
                published, updated = apart, apart_updated
    if published is None:
        return None, None
    return Found(published, "dateline", block), (Found(updated, "dateline", block) if updated else None)


# A publication label: a date so labelled after the body is the article's (portals print
# 'Ngày đăng: …' under the text), an unlabelled one may be another article's.
_PUBLISHED_LABEL = re.compile(
    r"[\s\W]*(?:ngày\s+đăng|đăng\s+ngày|đăng\s+lúc|ngày\s+xuất\s+bản|thời\s+gian\s+đăng|posted|published)(?!\w)",
    re.IGNORECASE,
)


def scan_after_body(page_text: PageText, container, area, now=None) -> DateScan:
    """A labelled publication date line after the body, inside the article area."""
    scan = DateScan()
    if area is None or container is None or area is container or not is_ancestor(area, container):
        return scan
    start = page_text.index_after(container)
    indices = range(start, min(start + MAX_DATE_SCAN_NODES, len(page_text.nodes)))
    labelled = False  # the block before was the label alone ('Ngày đăng:' | '15/10/2018 09:30' in two cells)
    for _, block, text, _ in _distinct_blocks(page_text, indices, lambda i: page_text.holds(area, i)):
        label = _PUBLISHED_LABEL.match(text)
        if not (label or labelled):
            continue
        labelled = label is not None and not text[label.end() :].strip(" :")
        published, updated = _date_line_at(text, block, now)
        if published is not None:
            scan.published, scan.updated, scan.line_el = published, updated, block
            break
    return scan


def scan_before_title(page_text: PageText, title_el, area, now=None) -> DateScan:
    """A date line printed just above the title, inside the article area (never header chrome:
    the area is the smallest element holding both the title and the body) or on the few lines
    right above the title."""
    scan = DateScan()
    if title_el is None or area is None:
        return scan
    end = page_text.index_of(title_el)
    indices = range(end - 1, max(end - 1 - BACKWARD_SCAN_NODES, -1), -1)
    header_root = _article_header_root(title_el)
    for el, block, text, _ in _distinct_blocks(page_text, indices, lambda i: True):
        if not is_ancestor(area, el) and (header_root is None or not is_ancestor(header_root, el)):
            continue
        published, updated = _date_line_at(text, block, now)
        if published is not None:
            scan.published, scan.updated, scan.line_el = published, updated, block
            return scan
        if len(text) >= PROSE_STOP_CHARS:
            break
    return scan


def _article_header_root(title_el):
    """The title's ancestor HEADER_MAX_LEVELS up (below <body>): what a header of the article's own sits in."""
    root = None
    for level, node in enumerate(title_el.iterancestors()):
        if level >= HEADER_MAX_LEVELS or tag_of(node) in ("body", "html"):
            break
        root = node
    return root


_PUBLISHED_META = (
    "article:published_time",
    "article:published",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "dc.date.issued",
    "dc.date",
    "date",
)
_UPDATED_META = (
    "article:modified_time",
    "article:modified",
    "og:updated_time",
    "datemodified",
    "dc.date.modified",
    "last-modified",
)


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


def lone_itemprop_date(meta) -> Found | None:
    """The page's one itemprop=datePublished stamp, wherever it lies (a theme that puts its
    schema.org <meta> after the article): one value on the whole page is the page's own."""
    values = {value for _, value, kind in meta.times if kind == "datePublished" and value}
    if len(values) != 1:
        return None
    vd = dates.parse_iso(next(iter(values)))
    return Found(vd, "itemprop:datePublished") if vd else None


def printed_first(machine: Found | None, printed: Found | None) -> tuple[Found | None, Found | None]:
    """(publication date, the other stamp when the two disagree). The date printed for the reader wins:
    a CMS's machine-readable stamp is often its record time, minutes or days away. The machine stamp
    fills in when nothing is printed, and is taken when it agrees (to the minute, or to the day for a
    printed date without time): it adds seconds, or the time of day. A site that prints its stamps in
    UTC (a WordPress left on UTC) agrees with the stamp read in UTC."""
    if machine is None or printed is None:
        return machine or printed, None
    m, p = machine.value, printed.value
    zones = (p.value.tzinfo, UTC)
    if p.date_only:
        agrees = any(m.value.astimezone(zone).date() == p.value.date() for zone in zones)
    else:
        shown = p.value.replace(second=0, microsecond=0, tzinfo=None)
        agrees = any(m.value.astimezone(zone).replace(second=0, microsecond=0, tzinfo=None) == shown for zone in zones)
    if agrees:
        return (machine if not m.date_only else refine(machine, [printed])), None
    return printed, machine


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
