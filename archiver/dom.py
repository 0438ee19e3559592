"""The parsed page and its text as a browser shows it, one block (paragraph or line) at a time.

One lxml parse per page. Selectors are compiled once (CSS -> XPath) and cached. The
renderer walks a subtree the way a browser lays it out: block elements separate
paragraphs, <br> breaks a line, scripts/styles/comments/hidden elements are never
text, entities were decoded once by the parser (a broken `phograve;ng` stays as
typed). Each block keeps what the heuristics need: alignment, whether it is all
bold/italic, how much of it is link text, images inside it.
"""

import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urljoin, urlparse

from cssselect import HTMLTranslator, SelectorError
from lxml import etree

from .text import clean, fold

# How deep libxml2 reads nested elements with huge_tree (256 without it, a depth real pages can pass:
# the rest of such a page was silently lost). Deeper still, extraction records the page as too_deep.
MAX_DEPTH = 2048


def _html_parser(encoding: str | None = None) -> etree.HTMLParser:
    # collect_ids=False: no table of id attributes (nothing here uses XPath id() or getElementById).
    return etree.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False, encoding=encoding, huge_tree=True)


PARSER = _html_parser()
PARSER_UTF8 = _html_parser("utf-8")

BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "title",
        "meta",
        "link",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "svg",
        "math",
        "select",
        "option",
        "textarea",
        "input",
        "button",
        "canvas",
        "video",
        "audio",
        "map",
        "area",
        "param",
        "source",
        "track",
        "base",
    ]
)
HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
BOLD_TAGS = frozenset(("b", "strong"))
ITALIC_TAGS = frozenset(("i", "em"))
# What a tag does to the rendering context by itself: (block, bold, italic, heading, table).
# Other tags change it only through style/class.
_TAG_EFFECTS = {
    tag: (
        tag in BLOCK_TAGS,
        tag in BOLD_TAGS or tag in HEADING_TAGS,
        tag in ITALIC_TAGS,
        tag in HEADING_TAGS,
        tag in ("table", "td", "th"),
    )
    for tag in BLOCK_TAGS | BOLD_TAGS | ITALIC_TAGS | {"a"}
}
_NO_EFFECTS = (False, False, False, False, False)
ATTACHMENT_EXTENSIONS = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".zip", ".rar")

_STYLE_ALIGN = re.compile(r"text-align\s*:\s*(left|right|center|justify)", re.IGNORECASE)
_STYLE_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_STYLE_BOLD = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.IGNORECASE)
_STYLE_ITALIC = re.compile(r"font-style\s*:\s*italic", re.IGNORECASE)
_TRANSLATOR = HTMLTranslator()


# The extractor's names for the shared text normalisation.
clean_text, fold_text = clean, fold


@lru_cache(maxsize=2048)
def compile_css(selector: str) -> etree.XPath | None:
    """A CSS selector compiled to XPath once per process; None when the CSS is invalid."""
    try:
        xpath = _TRANSLATOR.css_to_xpath(selector)
    except SelectorError:
        return None
    # cssselect guards each class test with "@class and"; the contains() after it already fails
    # without the attribute, and dropping the guard makes whole-page selectors ~25% cheaper.
    xpath = xpath.replace("@class and contains(@class", "contains(@class")
    try:
        return etree.XPath(xpath)
    except etree.XPathError:
        return None


def parse(text: str, utf8: bytes | None = None):
    """The document root, or None when nothing parses (empty or binary text).

    `utf8`, when given, is the same document as UTF-8 bytes: parsed as such (no str to
    UTF-8 round trip inside lxml), with the encoding fixed so a <meta charset> cannot
    override the decision already taken.
    """
    if not text or text.isspace():  # (isspace: no copy of a whole page, as strip() would make)
        return None
    try:
        if utf8 is not None:
            return etree.fromstring(utf8, PARSER_UTF8)
        return etree.fromstring(text, PARSER)
    except (etree.ParserError, ValueError):
        return None


# libxml2 2.14 reports every invalid UTF-8 sequence it reads, the same ones Python's strict codec
# rejects; 2.12 and 2.13 miss many after the first (tests/test_decode.py).
PARSER_CHECKS_UTF8 = etree.LIBXML_VERSION >= (2, 14)


def parse_utf8(body: bytes):
    """The root of a body declared UTF-8 (decode.declared_utf8), or None when its bytes are not
    valid UTF-8 or nothing parses: the page is checked as it is parsed, without being decoded.
    Only where PARSER_CHECKS_UTF8."""
    parser = _checking_parser()
    try:
        root = etree.fromstring(body, parser)
    except (etree.ParserError, ValueError):
        return None
    if parser.error_log.filter_types(_INVALID_ENCODING):
        return None
    return root


def _checking_parser() -> etree.HTMLParser:
    """PARSER_UTF8's twin, one per thread: a parser's error log is that of its last run, which
    another thread's parse could replace before this one reads it."""
    parser = getattr(_per_thread, "parser", None)
    if parser is None:
        parser = _per_thread.parser = _html_parser("utf-8")
    return parser


_per_thread = threading.local()
_INVALID_ENCODING = (etree.ErrorTypes.ERR_INVALID_ENCODING,)


def tag_of(el) -> str:
    tag = el.tag
    return tag.lower() if isinstance(tag, str) else ""


# An href that urljoin() reads as a plain path (no scheme, no //host, nothing it strips or
# splits off as ;params, no IPv6 brackets), with an optional ?query and #fragment.
_SCHEME_OR_HOST = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:|//")
_NOT_PLAIN = re.compile(r"[\t\r\n;\[\]]")


@lru_cache(maxsize=64)
def _http_base(base: str) -> tuple | None:
    """An http(s) base with a host, as urljoin() reads it: (scheme://host, path;params, query,
    the directory's segments with its dot segments already resolved); None for other bases."""
    try:
        scheme, netloc, path, params, query, _ = urlparse(base)
    except ValueError:
        return None
    if scheme not in ("http", "https") or not netloc:
        return None
    segments = path.split("/")
    if segments[-1]:
        del segments[-1]  # a file name, not part of the directory
    # urljoin drops empty segments after the first (they would double the slashes)
    directory = tuple(_resolve(segments[:1] + [s for s in segments[1:] if s], []))
    return f"{scheme}://{netloc}", f"{path};{params}" if params else path, query, directory


def _resolve(segments: list, stack: list) -> list:
    """urljoin's dot segments: ".." drops the previous segment (none left: ignored), "." nothing."""
    for seg in segments:
        if seg == "..":
            if stack:
                stack.pop()
        elif seg != ".":
            stack.append(seg)
    return stack


def _unsplit(origin: str, path: str, query: str, fragment: str) -> str:
    if path and path[0] != "/":
        path = "/" + path
    url = origin + path
    if query:
        url += "?" + query
    if fragment:
        url += "#" + fragment
    return url


def join_url(base: str | None, href: str | None) -> str:
    """urljoin(base, href), to the character: a page's links are mostly plain relative paths
    against one http(s) base, resolved here without urljoin's general parsing of both URLs
    (CPython 3.11's rules, checked against urljoin by tests/test_join_url.py). Anything
    else is left to urljoin."""
    parts = _http_base(base) if base else None
    if (
        parts is None
        or not href
        or not href.isascii()
        or href[0] <= " "
        or _SCHEME_OR_HOST.match(href)
        or _NOT_PLAIN.search(href)
    ):
        return urljoin(base, href)
    origin, base_path, base_query, directory = parts
    query = fragment = ""
    if "#" in href:
        href, fragment = href.split("#", 1)
    if "?" in href:
        href, query = href.split("?", 1)
    if not href:  # only ?query and/or #fragment: the base document itself
        return _unsplit(origin, base_path, query or base_query, fragment)
    segments = href.split("/")
    if href[0] == "/":
        path = _resolve(segments, [])
    else:
        # empty segments are dropped here too, except a last one (a trailing slash)
        path = _resolve([s for s in segments[:-1] if s] + segments[-1:], list(directory))
    if segments[-1] in (".", ".."):
        path.append("")  # "a/.." names a directory: keep the trailing slash
    return _unsplit(origin, "/".join(path) or "/", query, fragment)


def absolute(base: str | None, href: str | None) -> str | None:
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith(("javascript:", "mailto:", "data:", "#", "tel:")):
        return None
    if not base or href.startswith(("http://", "https://")):
        return href
    try:
        return join_url(base, href)
    except ValueError:
        return href


def is_attachment_href(href: str) -> bool:
    path = href.split("?", 1)[0].split("#", 1)[0].lower()
    return path.endswith(ATTACHMENT_EXTENSIONS)


@dataclass
class Block:
    """One paragraph (or one <br>-separated line) of rendered text."""

    text: str
    owner: object  # the nearest block element
    soft: bool = False  # starts after a <br>, not after a block boundary
    align: str | None = None  # left / right / center / justify, inherited like CSS
    bold: bool = False  # every visible character is bold
    italic: bool = False  # every visible character is italic
    link_chars: int = 0
    heading: bool = False
    in_table: bool = False
    images: list = field(default_factory=list)
    attachments: list = field(default_factory=list)  # {"url", "text"} of file links in this block
    classes: str = ""  # class attributes of the owner and its inline wrappers, lower-cased

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


@dataclass
class Rendered:
    blocks: list[Block]
    images: list[str]
    attachments: list[dict]


def _hides(style: str) -> bool:
    """display:none / visibility:hidden inline: not shown, not text."""
    return ("none" in style or "hidden" in style) and _STYLE_HIDDEN.search(style) is not None


# (align, bold, italic, link, heading, in_table, classes) outside everything
_ROOT_CTX = (None, False, False, False, False, False, "")


class _Renderer:
    def __init__(self, base_url: str | None, skip: frozenset | set = frozenset(), limit: int = 0, stop=None):
        self.base_url = base_url
        self.skip = skip
        self.limit = limit  # stop after this many blocks (0: no limit)
        self.stop = stop  # or when stop(block) says so
        self.images_wanted = True
        self.done = False
        self.blocks: list[Block] = []
        self.images: list[str] = []
        self.attachments: list[dict] = []
        self._pieces: list[str] = []
        self._chars = self._bold = self._italic = self._link = 0
        self._block_images: list[str] = []
        self._block_attachments: list[dict] = []
        self._owner = None
        self._ctx = None
        self._soft = False

    # -- output ------------------------------------------------------------------------
    def _add_text(self, text: str, ctx: tuple) -> None:
        self._pieces.append(text)
        if not text.isspace():
            visible = len(text)  # close enough for "all of the block is bold" (strip() would copy)
            self._chars += visible
            bold, italic, link = ctx[1], ctx[2], ctx[3]
            if bold:
                self._bold += visible
            if italic:
                self._italic += visible
            if link:
                self._link += visible

    def _flush(self, next_soft: bool = False) -> None:
        """End the pending line: a block when anything visible was added since the last one."""
        if self._chars or self._block_images or self._block_attachments:
            text = clean_text("".join(self._pieces)) if self._chars else ""
            if text or self._block_images or self._block_attachments:
                self._emit(text)
            self._chars = self._bold = self._italic = self._link = 0
            self._block_images = []
            self._block_attachments = []
        self._pieces = []
        self._soft = next_soft

    def _emit(self, text: str) -> None:
        align, _, _, _, heading, in_table, classes = self._ctx
        chars = self._chars
        # positional, in Block's field order: keyword arguments would cost as much as the rest
        block = Block(
            text,
            self._owner,
            self._soft,
            align,
            bool(chars) and self._bold == chars,  # bold
            bool(chars) and self._italic == chars,  # italic
            round(self._link * len(text) / chars) if self._link else 0,  # link_chars
            heading,
            in_table,
            self._block_images,
            self._block_attachments,
            classes,
        )
        self.blocks.append(block)
        if (self.limit and len(self.blocks) >= self.limit) or (self.stop and self.stop(block)):
            self.done = True

    # -- walk --------------------------------------------------------------------------
    def render(self, el) -> Rendered:
        ctx = self._context_of(el, _ROOT_CTX)
        self._owner, self._ctx = el, ctx
        if tag_of(el) not in SKIP_TAGS:
            if el.text:
                self._add_text(el.text, ctx)
            self._walk(iter(el), ctx)
        self._flush()
        return Rendered(self.blocks, self.images, self.attachments)

    def _context_of(self, el, ctx: tuple) -> tuple:
        keys = el.keys()
        return self._context(el, tag_of(el), ctx, keys, el.get("style") if "style" in keys else "")

    def _context(self, el, tag: str, ctx: tuple, keys: list, style: str) -> tuple:
        """The context inside `el` (its attribute names `keys`, its inline `style`): ctx as
        its tag, align, style and class change it."""
        cls = el.get("class") if "class" in keys else None
        effects = _TAG_EFFECTS.get(tag)
        if effects is None:
            if not style and not cls:
                return ctx  # a plain inline element (span, font, ...) changes nothing
            effects = _NO_EFFECTS
        is_block, tag_bold, tag_italic, tag_heading, tag_table = effects
        align, bold, italic, link, heading, in_table, classes = ctx
        if is_block:
            if tag == "center":
                found = "center"
            else:  # style wins over the align attribute
                m = _STYLE_ALIGN.search(style) if "align" in style else None
                found = m.group(1) if m else el.get("align") if "align" in keys else None
            if found:
                align = found.lower()
            classes = ""
        if tag_bold or (style and "weight" in style and _STYLE_BOLD.search(style)):
            bold = True
        if tag_italic or (style and "italic" in style and _STYLE_ITALIC.search(style)):
            italic = True
        if tag == "a" and "href" in keys:
            link = True
        if tag_heading:
            heading = True
        if tag_table:
            in_table = True
        if cls:
            classes = f"{classes} {cls.lower()}" if classes else cls.lower()
        return (align, bold, italic, link, heading, in_table, classes)

    def render_after(self, container, el) -> Rendered:
        """Only what follows `el` inside `container`, in document order."""
        chain = []
        node = el
        while node is not None and node is not container:
            chain.append(node)
            node = node.getparent()
        if node is None:
            return self.render(container)
        ctx_of = {}
        ctx = self._context_of(container, _ROOT_CTX)
        ctx_of[container] = ctx
        for anc in reversed(chain[1:]):
            ctx = self._context_of(anc, ctx)
            ctx_of[anc] = ctx
        for node in chain:
            parent = node.getparent()
            parent_ctx = ctx_of[parent]
            if self._owner is None or tag_of(parent) in BLOCK_TAGS:
                self._flush()
                self._owner, self._ctx = parent, parent_ctx
            if node.tail:
                self._add_text(node.tail, parent_ctx)
            self._walk(node.itersiblings(), parent_ctx)
        self._flush()
        return Rendered(self.blocks, self.images, self.attachments)

    def _walk(self, children, ctx: tuple) -> None:
        add, skip = self._add_text, self.skip
        for child in children:
            if self.done:
                return
            tag = child.tag
            if tag.__class__ is not str:  # comment or processing instruction: only its tail is text
                if child.tail:
                    add(child.tail, ctx)
                continue
            if tag in SKIP_TAGS or (skip and child in skip):
                if child.tail:
                    add(child.tail, ctx)
                continue
            keys = child.keys()
            style = child.get("style") if "style" in keys else ""
            if "hidden" in keys or (style and _hides(style)):
                if child.tail:
                    add(child.tail, ctx)
                continue
            if tag == "br":
                self._flush(next_soft=True)  # same paragraph (owner), next line
            elif tag == "img":
                if self.images_wanted:
                    self._image(child)
            elif tag in BLOCK_TAGS:
                child_ctx = self._context(child, tag, ctx, keys, style)
                self._flush()
                outer_owner, outer_ctx = self._owner, self._ctx
                self._owner, self._ctx = child, child_ctx
                text = child.text
                if text:
                    add(text, child_ctx)
                if len(child):
                    self._walk(iter(child), child_ctx)
                self._flush()
                self._owner, self._ctx = outer_owner, outer_ctx
            else:
                child_ctx = self._context(child, tag, ctx, keys, style)
                if tag == "a":
                    self._attachment(child)
                if child_ctx[6] != ctx[6] and not self._pieces:
                    # an inline wrapper that opens the block lends its classes to it
                    self._ctx = self._ctx[:6] + (child_ctx[6],)
                text = child.text
                if text:
                    add(text, child_ctx)
                if len(child):
                    self._walk(iter(child), child_ctx)
            tail = child.tail
            if tail:
                add(tail, ctx)

    def _image(self, img) -> None:
        src = img.get("src") or img.get("data-src") or ""
        url = absolute(self.base_url, src)
        if url and url not in self.images:
            self.images.append(url)
        if url:
            self._block_images.append(url)

    def _attachment(self, a) -> None:
        href = a.get("href") or ""
        if not is_attachment_href(href):
            return
        url = absolute(self.base_url, href)
        if url and all(att["url"] != url for att in self.attachments):
            attachment = {"url": url, "text": clean_text("".join(a.itertext()))}
            self.attachments.append(attachment)
            self._block_attachments.append(attachment)


def render(el, base_url: str | None = None, skip=frozenset()) -> Rendered:
    """Blocks of text under `el` in document order, with the images and attachments met."""
    return _Renderer(base_url, skip).render(el)


def render_after(container, el, base_url: str | None = None, skip=frozenset(), limit: int = 0, stop=None) -> Rendered:
    """Blocks under `container` that come after `el` (a title inside the article element),
    up to `limit` blocks or the first block for which stop(block) is true."""
    renderer = _Renderer(base_url, skip, limit, stop)
    renderer.images_wanted = stop is None  # a bounded look past the body needs no image URLs
    return renderer.render_after(container, el)


def text_of(el) -> str:
    """Visible text of a small element (a title, a date line), folded to one line."""
    if len(el) == 0 and tag_of(el) not in SKIP_TAGS:  # a leaf: no rendering needed
        return clean_text(el.text)
    return clean_text(" ".join(b.text for b in render(el).blocks if b.text))


def is_ancestor(anc, el) -> bool:
    while el is not None:
        if el is anc:
            return True
        el = el.getparent()
    return False
