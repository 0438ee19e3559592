"""The page's text as a browser lays it out, one block (paragraph or line) at a time.

The renderer walks a subtree the way a browser lays it out: block elements separate
paragraphs, <br> breaks a line, scripts/styles/comments/hidden elements are never
text. Each block keeps what the heuristics need: alignment, whether it is all
bold/italic, how much of it is link text, images inside it.
"""

import re
from dataclasses import dataclass, field

from .compiled import compiled
from .htmltree import HEADING_TAGS, tag_of
from .links import absolute, is_attachment_href
from .text import clean

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

_STYLE_ALIGN = re.compile(r"text-align\s*:\s*(left|right|center|justify)", re.IGNORECASE)
_STYLE_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_STYLE_BOLD = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.IGNORECASE)
_STYLE_ITALIC = re.compile(r"font-style\s*:\s*italic", re.IGNORECASE)


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
    stopped: bool = False  # the rendering ended at a block stop(block) took as the last


def hides(style: str) -> bool:
    """display:none / visibility:hidden inline: not shown, not text. `style` lower-cased (_style_of), as the
    substring tests before the regular expressions expect: CSS names and keywords are read in any case
    (`DISPLAY: NONE` in pages saved from Word)."""
    return ("none" in style or "hidden" in style) and _STYLE_HIDDEN.search(style) is not None


def _style_of(el, keys) -> str:
    """el's inline style lower-cased ("" without one); keys: el's attribute names."""
    return (el.get("style") or "").lower() if "style" in keys else ""


# (align, bold, italic, link, heading, in_table, classes) outside everything
# The rendering context of a node: (align, bold, italic, link, heading, in_table, classes).
_Context = tuple[str | None, bool, bool, bool, bool, bool, str]
_ROOT_CTX: _Context = (None, False, False, False, False, False, "")


class _PythonRenderer:
    """The renderer in Python: the twin of the compiled archiver/_render.pyx (tests/test_render.py)."""

    def __init__(self, base_url: str | None, skip: frozenset | set = frozenset(), limit: int = 0, stop=None, box=None):
        self.base_url = base_url
        self.skip = skip
        self.box = box  # box(el) for an element with a class: a box to leave out (a share row, a sign-up form)
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
        self._ctx: _Context = _ROOT_CTX  # (set with the owner before any text is added)
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
            text = clean("".join(self._pieces)) if self._chars else ""
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
        return Rendered(self.blocks, self.images, self.attachments, self.done)

    def _context_of(self, el, ctx: tuple) -> tuple:
        keys = el.keys()
        return self._context(el, tag_of(el), ctx, keys, _style_of(el, keys))

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
            found: str | None
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
        return Rendered(self.blocks, self.images, self.attachments, self.done)

    def _walk(self, children, ctx: tuple) -> None:
        add, skip, box = self._add_text, self.skip, self.box
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
            style = _style_of(child, keys)
            if "hidden" in keys or (style and hides(style)) or (box and "class" in keys and box(child)):
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
            attachment = {"url": url, "text": clean("".join(a.itertext()))}
            self.attachments.append(attachment)
            self._block_attachments.append(attachment)


def render(el, base_url: str | None = None, skip=frozenset(), box=None, stop=None) -> Rendered:
    """Blocks of text under `el` in document order, with the images and attachments met; without
    the elements in `skip` nor those with a class for which box(element) is true; up to the first
    block for which stop(block) is true, when given."""
    return _Renderer(base_url, skip, stop=stop, box=box).render(el)


def render_after(
    container, el, base_url: str | None = None, skip=frozenset(), limit: int = 0, stop=None, box=None
) -> Rendered:
    """Blocks under `container` that come after `el` (a title inside the article element),
    up to `limit` blocks or the first block for which stop(block) is true."""
    renderer = _Renderer(base_url, skip, limit, stop, box)
    renderer.images_wanted = stop is None  # a bounded look past the body needs no image URLs
    return renderer.render_after(container, el)


def text_of(el) -> str:
    """Visible text of a small element (a title, a date line), folded to one line."""
    if len(el) == 0 and tag_of(el) not in SKIP_TAGS:  # a leaf: no rendering needed
        return clean(el.text)
    return clean(" ".join(b.text for b in render(el).blocks if b.text))


def block_of(el):
    """The nearest block-level ancestor-or-self (what a browser would lay out as a line)."""
    node = el
    while node is not None and tag_of(node) not in BLOCK_TAGS:
        node = node.getparent()
    return node if node is not None else el


# the compiled renderer, or its twin (imported last: archiver/_render.pyx reads this module's names)
_Renderer = (compiled("_render", "Renderer") or (_PythonRenderer,))[0]
COMPILED_RENDERER = _Renderer is not _PythonRenderer
