# cython: language_level=3, boundscheck=False, wraparound=False
"""The body's renderer compiled: the same blocks, images and attachments as its pure-Python twin
(layout._PythonRenderer), line for line the same walk.

Rendering the body is the generic extractor's largest part after the parse. This walks libxml2's
nodes directly: no Python element is built for an element that owns no block (most of them),
and text, tails and attributes are read as lxml reads them (`.text` joins adjacent text nodes,
`.get()` is xmlGetNoNsProp, `in keys()` a non-namespaced attribute).

Optional, as _textwalk.pyx: setup.py builds it when a C compiler is at hand, layout.py uses it
only under the lxml it was built against.
"""

from cpython.long cimport PyLong_FromVoidPtr
from cpython.ref cimport PyObject
from cpython.unicode cimport Py_UNICODE_ISSPACE, PyUnicode_DecodeUTF8
from libc.string cimport strcmp, strlen
from lxml.includes cimport tree
from lxml.includes.etreepublic cimport (
    LXML_VERSION_STRING,
    _Document,
    _Element,
    _isElement,
    elementFactory,
    import_lxml__etree,
    namespacedName,
)

import builtins

import lxml.etree

if lxml.etree.__version__ != LXML_VERSION_STRING.decode():
    raise ImportError(f"built for lxml {LXML_VERSION_STRING.decode()}, running {lxml.etree.__version__}")
import_lxml__etree()

from . import layout
from .links import absolute, is_attachment_href
from .text import clean

cdef frozenset BLOCK_TAGS = layout.BLOCK_TAGS
cdef frozenset SKIP_TAGS = layout.SKIP_TAGS
cdef dict TAG_EFFECTS = layout._TAG_EFFECTS
cdef tuple NO_EFFECTS = layout._NO_EFFECTS
cdef tuple ROOT_CTX = layout._ROOT_CTX
cdef object STYLE_ALIGN = layout._STYLE_ALIGN
cdef object STYLE_BOLD = layout._STYLE_BOLD
cdef object STYLE_ITALIC = layout._STYLE_ITALIC
cdef object hides = layout.hides
cdef object Block = layout.Block
cdef object Rendered = layout.Rendered
cdef object py_round = builtins.round  # Python's (half to even), not C's

# attributes a node has (no namespace), the flags of _attributes
cdef enum:
    HAS_STYLE = 1
    HAS_CLASS = 2
    HAS_ALIGN = 4
    HAS_HIDDEN = 8
    HAS_HREF = 16


cdef inline bint _text_like(tree.xmlNode* c) noexcept:
    return c.type == tree.XML_TEXT_NODE or c.type == tree.XML_CDATA_SECTION_NODE


cdef tree.xmlNode* _text_or_skip(tree.xmlNode* c) noexcept:
    """lxml's _textNodeOrSkip: the text node at c, past XInclude markers; NULL at anything else."""
    while c is not NULL:
        if _text_like(c):
            return c
        if c.type == tree.XML_XINCLUDE_START or c.type == tree.XML_XINCLUDE_END:
            c = c.next
        else:
            return NULL
    return NULL


cdef str _collect_text(tree.xmlNode* c):
    """lxml's .text (from an element's first child) or .tail (from its next sibling): None or the
    adjacent text nodes joined."""
    c = _text_or_skip(c)
    if c is NULL:
        return None
    cdef tree.xmlNode* following = _text_or_skip(c.next)
    if following is NULL:
        return _decoded(c.content)
    cdef list parts = []
    while c is not NULL:
        parts.append(_decoded(c.content))
        c = _text_or_skip(c.next)
    return "".join(parts)


cdef inline str _decoded(const tree.xmlChar* s):
    if s is NULL:
        return ""
    return PyUnicode_DecodeUTF8(<const char*>s, strlen(<const char*>s), NULL)


cdef object _get(tree.xmlNode* c, const char* name):
    """element.get(name) for a name without namespace (libxml2's xmlGetNoNsProp, whose symbols lxml does not
    export): None when absent, "" for an attribute without a value."""
    cdef tree.xmlAttr* a = c.properties
    while a is not NULL:
        if a.ns is NULL and strcmp(<const char*>a.name, name) == 0:
            value = _attribute_value(a.children)
            if value is None:  # not text alone: lxml reads it
                return elementFactory(<_Document>c.doc._private, c).get(name.decode())
            return value
        a = a.next
    return None


cdef str _style(tree.xmlNode* c, int attributes):
    """layout._style_of: the inline style lower-cased ("" without one)."""
    if not attributes & HAS_STYLE:
        return ""
    return (_get(c, "style") or "").lower()


cdef str _attribute_value(tree.xmlNode* c):
    """The value of an attribute made of text nodes (as the HTML parser writes them), else None."""
    if c is NULL:
        return ""
    if c.next is NULL and _text_like(c):
        return _decoded(c.content)
    cdef list parts = []
    while c is not NULL:
        if not _text_like(c):
            return None
        parts.append(_decoded(c.content))
        c = c.next
    return "".join(parts)


cdef int _attributes(tree.xmlNode* c) noexcept:
    """Which of the attributes the walk asks about (`name in element.keys()`) c has."""
    cdef int found = 0
    cdef tree.xmlAttr* a = c.properties
    cdef const char* name
    while a is not NULL:
        if a.ns is NULL:
            name = <const char*>a.name
            if strcmp(name, "style") == 0:
                found |= HAS_STYLE
            elif strcmp(name, "class") == 0:
                found |= HAS_CLASS
            elif strcmp(name, "align") == 0:
                found |= HAS_ALIGN
            elif strcmp(name, "hidden") == 0:
                found |= HAS_HIDDEN
            elif strcmp(name, "href") == 0:
                found |= HAS_HREF
        a = a.next
    return found


cdef bint _all_space(str text) noexcept:
    """text.isspace() for a non-empty text."""
    cdef Py_UCS4 ch
    for ch in text:
        if not Py_UNICODE_ISSPACE(ch):
            return False
    return True


cdef inline tree.xmlNode* _next_element(tree.xmlNode* c) noexcept:
    """c or the first node after it that lxml iterates as a child (element, comment, PI, entity)."""
    while c is not NULL and not _isElement(c):
        c = c.next
    return c


cdef enum:
    TAG_SLOTS = 64  # tag names cached by the parser's interned name pointer (a page has a few dozen)


cdef class Renderer:
    """layout._PythonRenderer compiled: the same constructor, render() and render_after()."""

    cdef object base_url, skip, box, stop
    cdef Py_ssize_t limit
    cdef public bint images_wanted
    cdef bint done
    cdef list blocks, images, attachments, _pieces, _block_images, _block_attachments
    cdef Py_ssize_t _chars, _bold, _italic, _link
    cdef tree.xmlNode* _owner
    cdef tuple _ctx
    cdef bint _soft
    cdef _Document _doc
    cdef set _skip_nodes
    cdef const tree.xmlChar* _tag_names[TAG_SLOTS]
    cdef PyObject* _tag_strs[TAG_SLOTS]  # borrowed: _tags holds them
    cdef list _tags

    def __init__(self, base_url, skip=frozenset(), Py_ssize_t limit=0, stop=None, box=None):
        self.base_url = base_url
        self.skip = skip
        self.box = box
        self.limit = limit
        self.stop = stop
        self.images_wanted = True
        self.done = False
        self.blocks = []
        self.images = []
        self.attachments = []
        self._pieces = []
        self._chars = self._bold = self._italic = self._link = 0
        self._block_images = []
        self._block_attachments = []
        self._owner = NULL
        self._ctx = ROOT_CTX
        self._soft = False
        self._skip_nodes = {PyLong_FromVoidPtr((<_Element>el)._c_node) for el in skip} if skip else None
        self._tags = []
        for i in range(TAG_SLOTS):
            self._tag_names[i] = NULL

    cdef str _tag(self, tree.xmlNode* c):
        """element.tag of an element node; the str of a name met before in this rendering is used again (and so
        is its hash, for the sets of tags), found by the name's pointer: libxml2 interns a document's names."""
        if c.ns is not NULL and c.ns.href is not NULL:
            return namespacedName(c)
        cdef size_t slot = (<size_t>c.name >> 3) % TAG_SLOTS
        if self._tag_names[slot] == c.name:
            return <str>self._tag_strs[slot]
        tag = _decoded(c.name)
        self._tags.append(tag)
        self._tag_names[slot] = c.name
        self._tag_strs[slot] = <PyObject*>tag
        return tag

    # -- output ------------------------------------------------------------------------
    cdef _add_text(self, str text, tuple ctx):
        self._pieces.append(text)
        cdef Py_ssize_t visible
        if not _all_space(text):
            visible = len(text)
            if ctx[1]:
                self._bold += visible
            if ctx[2]:
                self._italic += visible
            if ctx[3]:
                self._link += visible
            self._chars += visible

    cdef _flush(self, bint next_soft=False):
        if self._chars or self._block_images or self._block_attachments:
            text = clean("".join(self._pieces)) if self._chars else ""
            if text or self._block_images or self._block_attachments:
                self._emit(text)
            self._chars = self._bold = self._italic = self._link = 0
            self._block_images = []
            self._block_attachments = []
        self._pieces = []
        self._soft = next_soft

    cdef _emit(self, str text):
        align, _, _, _, heading, in_table, classes = self._ctx
        cdef Py_ssize_t chars = self._chars
        block = Block(
            text,
            elementFactory(self._doc, self._owner),
            self._soft,
            align,
            bool(chars) and self._bold == chars,
            bool(chars) and self._italic == chars,
            py_round(<object>(self._link * len(text)) / <object>chars) if self._link else 0,
            heading,
            in_table,
            self._block_images,
            self._block_attachments,
            classes,
        )
        self.blocks.append(block)
        if (self.limit and len(self.blocks) >= self.limit) or (self.stop is not None and self.stop(block)):
            self.done = True

    # -- walk --------------------------------------------------------------------------
    def render(self, _Element el):
        self._doc = el._doc
        cdef tuple ctx = self._context_of(el._c_node, ROOT_CTX)
        self._owner, self._ctx = el._c_node, ctx
        if _lower_tag(el) not in SKIP_TAGS:
            text = _collect_text(el._c_node.children)
            if text:
                self._add_text(text, ctx)
            self._walk(el._c_node.children, ctx)
        self._flush()
        return Rendered(self.blocks, self.images, self.attachments, self.done)

    cdef tuple _context_of(self, tree.xmlNode* c, tuple ctx):
        cdef int attributes = _attributes(c)
        tag = namespacedName(c)
        tag = tag.lower() if isinstance(tag, str) else ""
        return self._context(c, tag, ctx, attributes, _style(c, attributes))

    cdef tuple _context(self, tree.xmlNode* c, str tag, tuple ctx, int attributes, style):
        cls = _get(c, "class") if attributes & HAS_CLASS else None
        effects = TAG_EFFECTS.get(tag)
        if effects is None:
            if not style and not cls:
                return ctx
            effects = NO_EFFECTS
        is_block, tag_bold, tag_italic, tag_heading, tag_table = effects
        align, bold, italic, link, heading, in_table, classes = ctx
        if is_block:
            if tag == "center":
                found = "center"
            else:
                m = STYLE_ALIGN.search(style) if "align" in style else None
                found = m.group(1) if m else _get(c, "align") if attributes & HAS_ALIGN else None
            if found:
                align = found.lower()
            classes = ""
        if tag_bold or (style and "weight" in style and STYLE_BOLD.search(style)):
            bold = True
        if tag_italic or (style and "italic" in style and STYLE_ITALIC.search(style)):
            italic = True
        if tag == "a" and attributes & HAS_HREF:
            link = True
        if tag_heading:
            heading = True
        if tag_table:
            in_table = True
        if cls:
            classes = f"{classes} {cls.lower()}" if classes else cls.lower()
        return (align, bold, italic, link, heading, in_table, classes)

    def render_after(self, _Element container, _Element el):
        """Only what follows `el` inside `container`, in document order."""
        self._doc = container._doc
        chain = []
        node = el
        while node is not None and node is not container:
            chain.append(node)
            node = node.getparent()
        if node is None:
            return self.render(container)
        ctx_of = {}
        cdef tuple ctx = self._context_of(container._c_node, ROOT_CTX)
        ctx_of[container] = ctx
        for anc in reversed(chain[1:]):
            ctx = self._context_of((<_Element>anc)._c_node, ctx)
            ctx_of[anc] = ctx
        cdef _Element parent
        for node in chain:
            parent = node.getparent()
            parent_ctx = ctx_of[parent]
            if self._owner is NULL or _lower_tag(parent) in BLOCK_TAGS:
                self._flush()
                self._owner, self._ctx = parent._c_node, parent_ctx
            tail = _collect_text((<_Element>node)._c_node.next)
            if tail:
                self._add_text(tail, parent_ctx)
            self._walk((<_Element>node)._c_node.next, parent_ctx)
        self._flush()
        return Rendered(self.blocks, self.images, self.attachments, self.done)

    cdef _walk(self, tree.xmlNode* child, tuple ctx):
        """The nodes from `child` on (it and its following siblings), as _PythonRenderer._walk."""
        cdef int attributes
        cdef tree.xmlNode* outer_owner
        cdef tuple child_ctx, outer_ctx
        child = _next_element(child)
        while child is not NULL:
            if self.done:
                return
            if child.type != tree.XML_ELEMENT_NODE:  # comment, processing instruction, entity: its tail
                self._add_tail(child, ctx)
                child = _next_element(child.next)
                continue
            tag = self._tag(child)
            if tag in SKIP_TAGS or (self._skip_nodes is not None and PyLong_FromVoidPtr(child) in self._skip_nodes):
                self._add_tail(child, ctx)
                child = _next_element(child.next)
                continue
            attributes = _attributes(child)
            style = _style(child, attributes)
            if attributes & HAS_HIDDEN or (style and hides(style)) or (
                self.box is not None and attributes & HAS_CLASS and self.box(elementFactory(self._doc, child))
            ):
                self._add_tail(child, ctx)
                child = _next_element(child.next)
                continue
            if tag == "br":
                self._flush(True)
            elif tag == "img":
                if self.images_wanted:
                    self._image(child)
            elif tag in BLOCK_TAGS:
                child_ctx = self._context(child, tag, ctx, attributes, style)
                self._flush()
                outer_owner, outer_ctx = self._owner, self._ctx
                self._owner, self._ctx = child, child_ctx
                text = _collect_text(child.children)
                if text:
                    self._add_text(text, child_ctx)
                self._walk(child.children, child_ctx)
                self._flush()
                self._owner, self._ctx = outer_owner, outer_ctx
            else:
                child_ctx = self._context(child, tag, ctx, attributes, style)
                if tag == "a":
                    self._attachment(child)
                if child_ctx[6] != ctx[6] and not self._pieces:
                    self._ctx = self._ctx[:6] + (child_ctx[6],)
                text = _collect_text(child.children)
                if text:
                    self._add_text(text, child_ctx)
                self._walk(child.children, child_ctx)
            self._add_tail(child, ctx)
            child = _next_element(child.next)

    cdef _add_tail(self, tree.xmlNode* child, tuple ctx):
        tail = _collect_text(child.next)
        if tail:
            self._add_text(tail, ctx)

    cdef _image(self, tree.xmlNode* img):
        src = _get(img, "src") or _get(img, "data-src") or ""
        url = absolute(self.base_url, src)
        if url and url not in self.images:
            self.images.append(url)
        if url:
            self._block_images.append(url)

    cdef _attachment(self, tree.xmlNode* a):
        href = _get(a, "href") or ""
        if not is_attachment_href(href):
            return
        url = absolute(self.base_url, href)
        if url and all(att["url"] != url for att in self.attachments):
            attachment = {"url": url, "text": clean("".join(elementFactory(self._doc, a).itertext()))}
            self.attachments.append(attachment)
            self._block_attachments.append(attachment)


cdef str _lower_tag(_Element el):
    """htmltree.tag_of(el)."""
    tag = el.tag
    return tag.lower() if isinstance(tag, str) else ""
