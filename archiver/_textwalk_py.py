"""The body's text walk in pure Python: the twin of the compiled archiver/_textwalk.pyx.

pagetext.py chooses between the two once, at import; both give the same nodes, owners and
sizes (tests/test_textwalk.py).
"""

from lxml import etree

_BODY_TEXTS = etree.XPath("/html/body/descendant::text()[normalize-space()]")


def body_texts(root, non_text_names: tuple[bytes, ...]) -> tuple[list, list, dict]:
    """The body's visible text nodes, each one's owner (the element that holds it: whose text
    it is, or the parent of the element whose tail it is) and the sizes of every owner and
    of its ancestors: element -> [visible chars, link chars, first text index, text nodes,
    parent's entry, is <a>] (an element's nodes are contiguous in document order)."""
    non_text = {name.decode() for name in non_text_names}
    nodes: list = []
    owners: list = []
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
        elif parent.tag in non_text:  # (the HTML parser lower-cases tag names)
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


def paragraphs(nodes: list, owners: list, block_tags: frozenset, skip_tags: frozenset, min_chars: int) -> dict:
    """Main content's paragraphs: block element -> [text chars, link chars, runs, commas] over the text
    nodes longer than min_chars (stripped), each counted in the nearest block holding it; a node under a
    skipped element (script, a form control...) counts nowhere, one under an <a> counts as link text too."""
    paras: dict = {}
    for node, el in zip(nodes, owners, strict=True):
        if len(node) <= min_chars:
            continue
        size = len(node.strip())
        if size <= min_chars:
            continue
        in_link = False
        tag = el.tag  # read once per level: lxml builds a new str on every .tag
        while tag not in block_tags:
            if tag in skip_tags:
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


def container_scores(paras: dict, paragraph_tags: frozenset, min_prose: int) -> dict:
    """Readability's scores from paragraphs(): a block with min_prose chars of text outside links scores
    its parent fully and its grandparent by half, and itself by half when its tag is one of paragraph_tags
    (text directly in a <div>: the div is a paragraph)."""
    scores: dict = {}
    for el, (chars, links, runs, commas) in paras.items():
        prose = chars - links
        if prose < min_prose:
            continue
        score = runs + prose / 100 + min(commas, 3)
        if el.tag in paragraph_tags:
            scores[el] = scores.get(el, 0) + score * 0.5
        parent = el.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + score
            grand = parent.getparent()
            if grand is not None:
                scores[grand] = scores.get(grand, 0) + score / 2
    return scores


_ITEMPROP_DATES = etree.XPath("descendant-or-self::*/@itemprop[.='datePublished' or .='dateModified']")
_ITEMPROP_DATES_BELOW = etree.XPath("descendant::*/@itemprop[.='datePublished' or .='dateModified']")


def itemprop_dates(el, include_self: bool) -> list:
    """(element, "datePublished" | "dateModified") for every element below el (and el itself when
    include_self) whose itemprop attribute is exactly one of the two, in document order."""
    found = (_ITEMPROP_DATES if include_self else _ITEMPROP_DATES_BELOW)(el)
    return [(attr.getparent(), str(attr)) for attr in found]


def jsonld_scripts(root) -> list:
    """The <script> elements of root's subtree whose type attribute holds "ld+json", in document order."""
    return [script for script in root.iter("script") if "ld+json" in (script.get("type") or "")]


_LONG_LINKS = etree.XPath("descendant::a[string-length(normalize-space()) >= $n]")
_HAS_LONG_LINK = etree.XPath("boolean(descendant::a[string-length(normalize-space()) >= $n])")


def long_links(el, min_chars: int) -> list:
    """The <a> elements below el whose text, its blanks collapsed, has min_chars characters or more."""
    return _LONG_LINKS(el, n=min_chars)


def has_long_link(el, min_chars: int) -> bool:
    """bool(long_links(el, min_chars))."""
    return _HAS_LONG_LINK(el, n=min_chars)


def head_entries(root, canonical_rels: frozenset) -> tuple:
    """What a page's <head> says, from one pass over its children, when root is <html>: (the first
    /html/head/title, else the first /html/body/title, or None; {meta key: the first content of each
    /html/head/meta[@content] with one}, the key its property, name or itemprop lower-cased; the href of
    every /html/head/link and the src of every /html/head/script, in order; the first non-empty href of a
    link whose rel is one of canonical_rels, or None)."""
    title = canonical = None
    contents: dict = {}
    assets: list = []
    if root.tag != "html":
        return title, contents, assets, canonical
    for head in root.iterchildren("head"):
        for el in head.iterchildren("meta", "link", "title", "script"):
            tag = el.tag
            if tag == "meta":
                content = el.get("content")
                if content is not None:
                    key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
                    if key and key not in contents:
                        contents[key] = content
            elif tag == "link":
                href = el.get("href")
                if href:
                    assets.append(href)
                    if canonical is None and el.get("rel") in canonical_rels:
                        canonical = href
            elif tag == "script":
                if src := el.get("src"):
                    assets.append(src)
            elif title is None:
                title = el
    if title is None:
        title = next((t for body in root.iterchildren("body") for t in body.iterchildren("title")), None)
    return title, contents, assets, canonical


_TOOLTIPS = etree.XPath("descendant::*/@title")


def tooltips(el) -> list:
    """(element, its title attribute) for every element below el with one, but links (a link's tooltip
    names its target), in document order."""
    return [(owner, str(tip)) for tip in _TOOLTIPS(el) if (owner := tip.getparent()).tag != "a"]
