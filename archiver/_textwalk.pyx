# cython: language_level=3, boundscheck=False, wraparound=False
"""The body's text walk compiled: the same nodes, owners and sizes as its pure-Python twin
(_textwalk_py.body_texts), about 3x faster; and the other walks over a page's nodes that the
generic extractor repeats on every page (paragraphs, container scores, itemprop date stamps).

The body's visible text is what the generic extractor reads most (title agreement, main
content, date line, views); in Python it was the largest part of a generic extraction.
This walks libxml2's nodes directly: an XPath's results and their parents need not be
built as Python objects first.

Optional: setup.py builds it when a C compiler is at hand, and pagetext.py uses it only
under the lxml it was built against (it reads lxml's element structures).
"""

from cpython.bytes cimport PyBytes_AS_STRING
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
)

import lxml.etree

if lxml.etree.__version__ != LXML_VERSION_STRING.decode():
    raise ImportError(f"built for lxml {LXML_VERSION_STRING.decode()}, running {lxml.etree.__version__}")
import_lxml__etree()


cdef bint _named(tree.xmlNode* c, const char* name) noexcept:
    return c.type == tree.XML_ELEMENT_NODE and c.ns is NULL and strcmp(<const char*>c.name, name) == 0


cdef bint _visible(const unsigned char* s) noexcept:
    """XPath's normalize-space() is not empty: a character other than its four blanks."""
    while s[0]:
        if s[0] != 0x20 and s[0] != 0x09 and s[0] != 0x0A and s[0] != 0x0D:
            return True
        s += 1
    return False


cdef bint _is_tail(tree.xmlNode* c) noexcept:
    """An element before the text node in its parent: lxml reads it as that element's tail."""
    c = c.prev
    while c is not NULL and not _isElement(c):
        c = c.prev
    return c is not NULL


cdef bint _named_any(tree.xmlNode* c, tuple names):
    for name in names:
        if _named(c, PyBytes_AS_STRING(name)):
            return True
    return False


cdef Py_ssize_t _stripped_length(str s):
    """len(s.strip()) without the copy."""
    cdef Py_ssize_t start = 0, end = len(s)
    while start < end and Py_UNICODE_ISSPACE(s[start]):
        start += 1
    while end > start and Py_UNICODE_ISSPACE(s[end - 1]):
        end -= 1
    return end - start


cdef tree.xmlNode* _next_in_order(tree.xmlNode* c, tree.xmlNode* top) noexcept:
    """The node after c in document order inside top (NULL past its end)."""
    if c.type == tree.XML_ELEMENT_NODE and c.children is not NULL:
        return c.children
    while c.next is NULL:
        c = c.parent
        if c is top or c is NULL:
            return NULL
    return c.next


cdef list _climb(_Document doc, tree.xmlNode* c, object el, Py_ssize_t first, dict sizes, list order):
    """_textwalk_py._climb: entries for el and its ancestors not met yet, returning el's."""
    cdef list entry = [0, 0, first, 0, None, _named(c, "a")]
    cdef list below = entry
    cdef list chain = [entry]
    cdef list up
    sizes[el] = entry
    c = c.parent
    while c is not NULL and _isElement(c):
        parent = elementFactory(doc, c)
        found = sizes.get(parent)
        if found is not None:
            below[4] = found
            break
        up = [0, 0, first, 0, None, _named(c, "a")]
        sizes[parent] = up
        below[4] = up
        chain.append(up)
        below = up
        c = c.parent
    chain.reverse()
    order.extend(chain)
    return entry


cdef void _add_up(list order):
    """_textwalk_py._add_up: children's counts into their parents."""
    cdef list entry, up
    for i in range(len(order) - 1, -1, -1):
        entry = <list>order[i]
        if entry[5]:
            entry[1] = entry[0]
        if entry[4] is not None:
            up = <list>entry[4]
            up[0] += entry[0]
            up[1] += entry[1]
            up[3] += entry[3]


def body_texts(_Element root, tuple non_text_parents):
    """(nodes, owners, sizes) of _textwalk_py.body_texts(root); non_text_parents: tag names as bytes."""
    cdef list nodes = [], owners = [], order = []
    cdef dict sizes = {}
    cdef _Document doc = root._doc
    cdef tree.xmlNode* html = <tree.xmlNode*>doc._c_doc.children
    cdef tree.xmlNode* body
    cdef tree.xmlNode* c
    cdef list entry
    if not all(isinstance(name, bytes) for name in non_text_parents):
        raise TypeError("non_text_parents: tag names as bytes")
    while html is not NULL:  # /html/body/descendant::text()[normalize-space()]
        if _named(html, "html"):
            body = html.children
            while body is not NULL:
                if _named(body, "body") and body.children is not NULL:
                    c = body.children
                    while c is not NULL:
                        if (c.type == tree.XML_TEXT_NODE or c.type == tree.XML_CDATA_SECTION_NODE) \
                                and c.content is not NULL and _visible(<const unsigned char*>c.content) \
                                and c.parent is not NULL and _isElement(c.parent) \
                                and (_is_tail(c) or not _named_any(c.parent, non_text_parents)):
                            owner = elementFactory(doc, c.parent)
                            text = PyUnicode_DecodeUTF8(<const char*>c.content, strlen(<const char*>c.content), NULL)
                            entry = sizes.get(owner)
                            if entry is None:
                                entry = _climb(doc, c.parent, owner, len(nodes), sizes, order)
                            entry[0] += _stripped_length(text)
                            entry[3] += 1
                            nodes.append(text)
                            owners.append(owner)
                        c = _next_in_order(c, body)
                body = body.next
        html = html.next
    _add_up(order)
    return nodes, owners, sizes


cdef enum _Kind:
    OTHER, BLOCK, SKIP, LINK


cdef _Kind _kind_of(tree.xmlNode* c, dict kinds, frozenset block_tags, frozenset skip_tags):
    """What c's tag is to paragraphs(), memoised by the name's address (libxml2 shares one copy of each name)."""
    cdef _Kind kind
    if c.ns is not NULL:  # lxml's tag is then '{uri}name': none of the names asked for
        return OTHER
    key = <size_t>c.name
    found = kinds.get(key)
    if found is not None:
        return <_Kind><int>found
    tag = (<bytes>c.name).decode("utf-8")
    kind = BLOCK if tag in block_tags else SKIP if tag in skip_tags else LINK if tag == "a" else OTHER
    kinds[key] = <int>kind
    return kind


def paragraphs(list nodes, list owners, frozenset block_tags, frozenset skip_tags, Py_ssize_t min_chars):
    """_textwalk_py.paragraphs: the climb to each node's block read from libxml2's nodes, a Python element
    made for the block only."""
    cdef dict paras = {}, kinds = {}
    cdef Py_ssize_t i, size
    cdef str text
    cdef _Element owner
    cdef tree.xmlNode* c
    cdef _Kind kind
    cdef bint in_link
    cdef list entry
    if len(nodes) != len(owners):
        raise ValueError("nodes and owners differ in length")
    for i in range(len(nodes)):
        text = <str>nodes[i]
        if len(text) <= min_chars:
            continue
        size = _stripped_length(text)
        if size <= min_chars:
            continue
        owner = <_Element>owners[i]
        c = owner._c_node
        in_link = False
        kind = _kind_of(c, kinds, block_tags, skip_tags)
        while kind != BLOCK:
            if kind == SKIP:
                c = NULL
                break
            if kind == LINK:
                in_link = True
            c = c.parent
            if c is NULL or not _isElement(c):
                c = NULL
                break
            kind = _kind_of(c, kinds, block_tags, skip_tags)
        if c is NULL:
            continue
        block = owner if c is owner._c_node else elementFactory(owner._doc, c)
        entry = paras.get(block)
        if entry is None:
            entry = paras[block] = [0, 0, 0, 0]
        entry[0] += size
        entry[2] += 1
        entry[3] += text.count(",") + text.count(";")
        if in_link:
            entry[1] += size
    return paras


cdef object _parent_of(_Element el):
    """el.getparent() without the method call."""
    cdef tree.xmlNode* c = el._c_node.parent
    if c is NULL or not _isElement(c):
        return None
    return elementFactory(el._doc, c)


def container_scores(dict paras, frozenset paragraph_tags, Py_ssize_t min_prose):
    """_textwalk_py.container_scores, the parents read from libxml2's nodes."""
    cdef dict scores = {}
    cdef list entry
    cdef Py_ssize_t prose
    cdef double score
    for el, entry in paras.items():
        prose = entry[0] - entry[1]
        if prose < min_prose:
            continue
        score = <double>(<Py_ssize_t>entry[2]) + prose / 100.0 + <double>min(<Py_ssize_t>entry[3], 3)
        if el.tag in paragraph_tags:
            scores[el] = scores.get(el, 0) + score * 0.5
        parent = _parent_of(<_Element>el)
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + score
            grand = _parent_of(<_Element>parent)
            if grand is not None:
                scores[grand] = scores.get(grand, 0) + score / 2
    return scores


cdef object _attribute(_Document doc, tree.xmlNode* c, const char* name):
    """The value of c's attribute `name` (without a namespace) as lxml's get() reads it, None without one. The
    parser leaves a value as one text node, read in place; any other is read through lxml (libxml2's xmlFree is
    not exported to extensions, so no value is built here)."""
    cdef tree.xmlAttr* attr = _find_attribute(c, name)
    if attr is NULL:
        return None
    cdef tree.xmlNode* text = attr.children
    if text is not NULL and text.next is NULL and text.type == tree.XML_TEXT_NODE and text.content is not NULL:
        return PyUnicode_DecodeUTF8(<const char*>text.content, strlen(<const char*>text.content), NULL)
    return elementFactory(doc, c).get(name.decode("ascii"))


cdef tree.xmlAttr* _find_attribute(tree.xmlNode* c, const char* name) noexcept:
    """c's first attribute `name` without a namespace, NULL without one (no Python object: asked of every element)."""
    cdef tree.xmlAttr* attr = c.properties
    while attr is not NULL:
        if attr.type == tree.XML_ATTRIBUTE_NODE and attr.ns is NULL and strcmp(<const char*>attr.name, name) == 0:
            return attr
        attr = attr.next
    return NULL


def itemprop_dates(_Element el, bint include_self):
    """_textwalk_py.itemprop_dates: (element, "datePublished" | "dateModified") for every element below el
    (and el itself when include_self) whose itemprop attribute is exactly one of the two, in document order.
    An XPath over the attribute axis walks and collects every element of the subtree first."""
    cdef list found = []
    cdef _Document doc = el._doc
    cdef tree.xmlNode* top = el._c_node
    cdef tree.xmlNode* c = top if include_self else top.children
    while c is not NULL:
        if c.type == tree.XML_ELEMENT_NODE and _find_attribute(c, "itemprop") is not NULL:
            kind = _attribute(doc, c, "itemprop")
            if kind == "datePublished" or kind == "dateModified":
                found.append((elementFactory(doc, c), kind))
        c = top.children if c is top else _next_in_order(c, top)
    return found


def jsonld_scripts(_Element root):
    """_textwalk_py.jsonld_scripts: the <script> elements of root's subtree whose type attribute holds
    "ld+json", in document order. Only they become Python objects (the page's other scripts are many)."""
    cdef list found = []
    cdef _Document doc = root._doc
    cdef tree.xmlNode* top = root._c_node
    cdef tree.xmlNode* c = top
    while c is not NULL:
        if _named(c, "script") and "ld+json" in (_attribute(doc, c, "type") or ""):
            found.append(elementFactory(doc, c))
        c = top.children if c is top else _next_in_order(c, top)
    return found


def long_links(_Element el, Py_ssize_t min_chars):
    """_textwalk_py.long_links: the <a> elements below el whose text, its blanks collapsed, has min_chars
    characters or more (descendant::a[string-length(normalize-space()) >= min_chars]), in document order."""
    return _long_links(el, min_chars, False)


def has_long_link(_Element el, Py_ssize_t min_chars):
    """bool(long_links(el, min_chars)), stopping at the first."""
    return bool(_long_links(el, min_chars, True))


cdef list _long_links(_Element el, Py_ssize_t min_chars, bint first_only):
    cdef list found = []
    cdef _Document doc = el._doc
    cdef tree.xmlNode* top = el._c_node
    cdef tree.xmlNode* c = top.children
    while c is not NULL:
        if _named(c, "a") and _normalized_length(c, min_chars) >= min_chars:
            found.append(elementFactory(doc, c))
            if first_only:
                break
        c = _next_in_order(c, top)
    return found


cdef Py_ssize_t _normalized_length(tree.xmlNode* el, Py_ssize_t enough) noexcept:
    """string-length(normalize-space(el)), counted only up to `enough`: the characters of el's text nodes
    (UTF-8 lead bytes), each run of XPath's four blanks between them counted as one space."""
    cdef Py_ssize_t n = 0
    cdef bint started = False, blank = False
    cdef const unsigned char* s
    cdef tree.xmlNode* c = el.children
    while c is not NULL:
        if (c.type == tree.XML_TEXT_NODE or c.type == tree.XML_CDATA_SECTION_NODE) and c.content is not NULL:
            s = <const unsigned char*>c.content
            while s[0]:
                if s[0] == 0x20 or s[0] == 0x09 or s[0] == 0x0A or s[0] == 0x0D:
                    blank = started
                elif s[0] & 0xC0 != 0x80:
                    n += 2 if blank else 1
                    if n >= enough:
                        return n
                    started, blank = True, False
                s += 1
        c = _next_in_order(c, el)
    return n


def head_entries(_Element root, frozenset canonical_rels):
    """_textwalk_py.head_entries, read from libxml2's nodes: a Python element for the title only (a page's
    head has dozens of links and scripts, each a proxy and several get() calls in Python)."""
    cdef _Document doc = root._doc
    cdef tree.xmlNode* top = root._c_node
    cdef tree.xmlNode* head
    cdef tree.xmlNode* c
    cdef dict contents = {}
    cdef list assets = []
    title = canonical = None
    if not _named(top, "html"):
        return title, contents, assets, canonical
    head = top.children
    while head is not NULL:
        if _named(head, "head"):
            c = head.children
            while c is not NULL:
                if _named(c, "meta"):
                    content = _attribute(doc, c, "content")
                    if content is not None:
                        key = _meta_key(doc, c)
                        if key and key not in contents:
                            contents[key] = content
                elif _named(c, "link"):
                    href = _attribute(doc, c, "href")
                    if href:
                        assets.append(href)
                        if canonical is None and _attribute(doc, c, "rel") in canonical_rels:
                            canonical = href
                elif _named(c, "script"):
                    src = _attribute(doc, c, "src")
                    if src:
                        assets.append(src)
                elif title is None and _named(c, "title"):
                    title = elementFactory(doc, c)
                c = c.next
        head = head.next
    if title is None:
        title = _body_title(doc, top)
    return title, contents, assets, canonical


cdef str _meta_key(_Document doc, tree.xmlNode* c):
    return (
        _attribute(doc, c, "property") or _attribute(doc, c, "name") or _attribute(doc, c, "itemprop") or ""
    ).strip().lower()


cdef object _body_title(_Document doc, tree.xmlNode* html):
    """The first <title> child of html's <body> children, None without one."""
    cdef tree.xmlNode* body = html.children
    cdef tree.xmlNode* c
    while body is not NULL:
        if _named(body, "body"):
            c = body.children
            while c is not NULL:
                if _named(c, "title"):
                    return elementFactory(doc, c)
                c = c.next
        body = body.next
    return None


def tooltips(_Element el):
    """_textwalk_py.tooltips: only the elements with a tooltip become Python objects (an XPath over the
    attribute axis collects every element of the subtree first)."""
    cdef list found = []
    cdef _Document doc = el._doc
    cdef tree.xmlNode* top = el._c_node
    cdef tree.xmlNode* c = top.children
    while c is not NULL:
        if c.type == tree.XML_ELEMENT_NODE and _find_attribute(c, "title") is not NULL and not _named(c, "a"):
            found.append((elementFactory(doc, c), _attribute(doc, c, "title")))
        c = _next_in_order(c, top)
    return found
