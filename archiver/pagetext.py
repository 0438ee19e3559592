"""The page text index: the body's visible text nodes in document order, read once per page.

The walk that reads them is compiled (archiver/_textwalk.pyx, built by setup.py when a C
compiler is at hand) or its pure-Python twin (archiver/_textwalk_py.py). The choice is made
here, once, at import: the compiled one when it was built for the lxml installed, unless
ARCHIVER_PURE_PYTHON=1 asks for the twin (the tests run on both).
"""

from lxml import etree

from . import _textwalk_py
from .compiled import compiled
from .htmltree import is_ancestor
from .text import clean

NON_TEXT_PARENTS = frozenset(
    ["script", "style", "noscript", "template", "textarea", "option", "select", "button", "title"]
)
_NON_TEXT_NAMES = tuple(name.encode() for name in sorted(NON_TEXT_PARENTS))


_WALK = (
    "body_texts",
    "paragraphs",
    "container_scores",
    "itemprop_dates",
    "jsonld_scripts",
    "long_links",
    "has_long_link",
    "head_entries",
    "tooltips",
)
(
    body_texts,
    paragraphs,
    container_scores,
    itemprop_dates,
    jsonld_scripts,
    long_links,
    has_long_link,
    head_entries,
    tooltips,
) = compiled("_textwalk", *_WALK) or (getattr(_textwalk_py, n) for n in _WALK)
COMPILED_WALK = body_texts is not _textwalk_py.body_texts


class PageText:
    """The visible text nodes of the body in document order, read once per page.

    One walk over the body (cheaper than one per question) and Python from there on:
    title agreement, main-content scoring, the date line after the title and view
    counts all walk this list.
    """

    def __init__(self, root):
        self.nodes, self.owners, self.sizes = body_texts(root, _NON_TEXT_NAMES)
        # answers about the page's elements that the rules keep for their later questions on the same page
        # (extraction never changes the tree): name -> its answers
        self.memo: dict = {}

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


def is_after(a, b, page_text: PageText | None = None) -> bool:
    """b comes after a in document order (a's descendants count as after)."""
    if is_ancestor(a, b):
        return True
    if page_text is not None:
        first_a, first_b = page_text.first_index(a), page_text.first_index(b)
        if first_a is not None and first_b is not None:
            return first_b > first_a
    return _DOC_POSITION(b) > _DOC_POSITION(a)


def block_text(el, limit: int = 400) -> str:
    """The text of a block, cleaned; read only so far as a short line needs."""
    parts, size = [], 0
    for t in el.itertext():
        parts.append(t)
        size += len(t)
        if size > limit * 3:
            break
    return clean("".join(parts))
