"""The compiled text walk (archiver/_textwalk.pyx) gives exactly what its pure-Python twin gives."""

import pytest
from conftest import parsed_pages

from archiver import _textwalk_py, htmltree, pagetext

compiled_walk = pytest.importorskip("archiver._textwalk", reason="the compiled text walk is not built")

EDGE_CASES = [
    "<p>one</p> tail <b>bold</b> <script>var a = 1;</script> after a script <style>p{}</style>",
    "<div><a href='/x'><span>linked</span> text</a> and <a>an anchor</a></div>",
    "<select><option>opt</option> tail of an option</select><button><i></i> Search</button>",
    "<title>in body</title><textarea>typed</textarea><noscript><p>no script</p></noscript>",
    "<p>\u00a0</p><p> \t\n</p><p>\u2003wide\u2003</p><template><p>template</p></template>",
    "text directly in body<br>after a break<img src=x> after an image",
    "<table><tr><td>a<td>b</table><ul><li>x<li>y</ul>" + "<div>" * 40 + "deep" + "</div>" * 40,
    "<![CDATA[not cdata in html]]><svg><text>in svg</text></svg><math><mi>x</mi></math>",
    "<div itemprop='datePublished' content='2024-03-04'><time itemprop=dateModified datetime=x>t</time></div>"
    "<span itemprop='dat&#101;Published'>entity</span><span itemprop=''>empty</span><span itemprop>none</span>"
    "<meta itemprop='datePublished ' content=x><svg itemprop='dateModified'><g itemprop=datePublished /></svg>"
    "<p itemprop='DatePublished'>case</p><p itemprop=datePublished itemprop=dateModified>twice</p>",
]


def _roots():
    return parsed_pages(EDGE_CASES)


def _pages_of(cases: list[str], head: str = "") -> list:
    """Each case parsed as the body of a page (after `head`)."""
    return [htmltree.parse_utf8(f"<html>{head}<body>{case}</body></html>".encode()) for case in cases]


def _subtrees(roots, tags: tuple, limit: int):
    """Each root and the first of its elements with these tags: what a walk of a subtree is compared on."""
    return [el for root in roots for el in [root, *root.iter(*tags)][:limit]]


def _agree(walk: str, *args) -> int:
    """The compiled walk answers as its twin on these arguments; how many items they found."""
    python = getattr(_textwalk_py, walk)(*args)
    assert getattr(compiled_walk, walk)(*args) == python, (walk, args)
    return len(python)


def _comparable(nodes, owners, sizes):
    index = {el: i for i, el in enumerate(sizes)}
    entries = {id(entry): el for el, entry in sizes.items()}
    table = [
        (index[el], e[0], e[1], e[2], e[3], index[entries[id(e[4])]] if e[4] is not None else None, e[5])
        for el, e in sizes.items()
    ]
    return [str(n) for n in nodes], [index[o] for o in owners], table


def test_the_compiled_walk_matches_the_python_walk():
    compared = 0
    for root in _roots():
        python = _textwalk_py.body_texts(root, pagetext._NON_TEXT_NAMES)
        compiled = compiled_walk.body_texts(root, pagetext._NON_TEXT_NAMES)
        assert list(compiled[2]) == list(python[2])  # the same elements, in the same order
        assert _comparable(*compiled) == _comparable(*python)
        compared += 1
    assert compared > 40


def test_the_edge_cases_have_text_to_compare():
    html = f"<html><body>{''.join(EDGE_CASES)}</body></html>".encode()
    nodes, _, _ = compiled_walk.body_texts(htmltree.parse_utf8(html), pagetext._NON_TEXT_NAMES)
    texts = " ".join(nodes)
    assert "after a script" in texts and "tail of an option" in texts and "deep" in texts
    assert "var a = 1" not in texts and "typed" not in texts


def _comparable_paragraphs(paras: dict, sizes: dict) -> list:
    index = {el: i for i, el in enumerate(sizes)}
    return [(index.get(el), el.tag, entry) for el, entry in paras.items()]


def test_the_compiled_paragraphs_match_the_python_paragraphs():
    from archiver.layout import BLOCK_TAGS, SKIP_TAGS

    compared = 0
    for root in _roots():
        nodes, owners, sizes = _textwalk_py.body_texts(root, pagetext._NON_TEXT_NAMES)
        for min_chars in (0, 20):  # 0: every node, in a link, a form control or a block
            python = _textwalk_py.paragraphs(nodes, owners, BLOCK_TAGS, SKIP_TAGS, min_chars)
            compiled = compiled_walk.paragraphs(nodes, owners, BLOCK_TAGS, SKIP_TAGS, min_chars)
            assert list(compiled) == list(python)  # the same blocks (the same elements), in the same order
            assert _comparable_paragraphs(compiled, sizes) == _comparable_paragraphs(python, sizes)
            compared += bool(python)
    assert compared > 80


def test_the_compiled_scores_match_the_python_scores():
    from archiver.layout import BLOCK_TAGS, SKIP_TAGS
    from archiver.maincontent import PARAGRAPH_CONTAINER_TAGS

    compared = 0
    for root in _roots():
        nodes, owners, sizes = _textwalk_py.body_texts(root, pagetext._NON_TEXT_NAMES)
        paras = _textwalk_py.paragraphs(nodes, owners, BLOCK_TAGS, SKIP_TAGS, 20)
        for min_prose in (0, 25):
            python = _textwalk_py.container_scores(paras, PARAGRAPH_CONTAINER_TAGS, min_prose)
            compiled = compiled_walk.container_scores(paras, PARAGRAPH_CONTAINER_TAGS, min_prose)
            assert list(compiled.items()) == list(python.items())  # the same elements, order and float scores
            compared += bool(python)
    assert compared > 80


def test_the_compiled_itemprop_dates_match_the_python_ones():
    subtrees = _subtrees(_roots(), ("body", "div", "article", "span"), 40)
    compared = sum(_agree("itemprop_dates", el, include_self) for el in subtrees for include_self in (True, False))
    assert compared > 20  # stamps found and compared (the edge cases' and the saved pages')


JSONLD_CASES = [
    "<script type='application/ld+json'>{\"a\": 1}</script><script>var b;</script><script type=text/javascript>c</script>",
    "<script type='APPLICATION/LD+JSON'>upper</script><script type='application/ld&#43;json'>entity</script>",
    "<script type>none</script><script type=''>empty</script><script src=x type='ld+json'></script>",
    "<SCRIPT TYPE='application/ld+json'>upper tag</SCRIPT><svg><script type='application/ld+json'>svg</script></svg>",
    "<div><script type='application/ld+json' type='text/javascript'>twice</script></div><xscript type=ld+json>",
]


def test_the_compiled_jsonld_scripts_match_the_python_ones():
    compared = 0
    head = "<head><script type='application/ld+json'>in head</script></head>"
    for root in [*_pages_of(JSONLD_CASES, head), *_roots()]:
        python = _textwalk_py.jsonld_scripts(root)
        assert compiled_walk.jsonld_scripts(root) == python, root
        assert [el.text for el in compiled_walk.jsonld_scripts(root)] == [el.text for el in python]
        compared += len(python)
    assert compared > 15  # scripts found and compared (the edge cases' and the saved pages')


LINK_CASES = [
    "<a href=1>exactly twenty chars</a><a>nineteen characters</a><a>  \t twenty  chars \n with   blanks  </a>",
    "<a>Tiếng Việt có dấu đủ hai mươi</a><a>Tiếng Việt ngắn</a><a>\u00a0\u00a0nbsp counts as a char\u00a0</a>",
    "<a><span>split over</span> <b>several</b> <i>text nodes</i></a><a><script>var x = 'script text counts';</script></a>",
    "<div><a><img src=x></a><a>   </a><a>a<br>b<br>c<br>d<br>e<br>f<br>g<br>h<br>i<br>j<br>k</a></div>",
    "<svg><a>an svg link with enough text</a></svg><A HREF=x>UPPER CASE TAG WITH ENOUGH TEXT</A>",
    "<a>\u4e2d\u6587\u5b57\u7b26" * 5 + "</a><a>" + "\U0001f600" * 20 + "</a><a>" + "\U0001f600" * 19 + "</a>",
]


def test_the_compiled_long_links_match_the_python_ones():
    compared = 0
    roots = [*_pages_of([f"<div>{case}</div>" for case in LINK_CASES]), *_roots()]
    for el in _subtrees(roots, ("body", "div", "li", "ul"), 60):
        for min_chars in (1, 19, 20, 21):
            compared += _agree("long_links", el, min_chars)
            assert compiled_walk.has_long_link(el, min_chars) is _textwalk_py.has_long_link(el, min_chars)
    assert compared > 1000  # links found and compared (the edge cases' and the saved pages')


HEAD_CASES = [
    "<title>first</title><title>second</title><meta name=description content='a  description '>"
    "<meta property='og:title' content=og><meta name=' OG:Title ' content=later><meta content=nokey>"
    "<meta name=x><meta itemprop=Headline content=''><meta property='' name=keywords content=k>",
    "<link rel=canonical href='/one'><link rel=CANONICAL href='/two'><link rel=stylesheet href=s.css>"
    "<link rel='canonical nofollow' href=/three><link rel=canonical href><script src=a.js></script>"
    "<script>inline</script><script src=''></script><style>p{}</style><!-- a comment -->",
    "<link rel=Canonical href='/a?x=1&amp;y=2'><meta name=t content='&#84;&#104;e entities'>"
    "<META NAME=Upper CONTENT=case><meta name=twice name=second content=c content=d><title>t <b>bold</b></title>",
    "<svg><title>in svg</title></svg><noscript><link rel=canonical href=/noscript></noscript>",
]


def _head_pages() -> list:
    """Each case as a page's head, and pages whose title is in the body, in a second head, or nowhere (or
    whose root is not <html>)."""
    pages = [
        htmltree.parse_utf8(f"<html><head>{case}</head><body><p>x</p></body></html>".encode()) for case in HEAD_CASES
    ]
    others = [
        "<html><head><meta name=a content=1></head><body><title>in body</title></body></html>",
        "<html><head></head><body><div><title>deeper in body</title></div></body></html>",
        "<p>no html element written</p><title>late</title>",
        "<html><head><link href=1></head><head><title>second head</title><link href=2></head><body></body></html>",
        "<html><body><p>x</p><title>in body</title></body><head><title>head after body</title></head></html>",
    ]
    return pages + [htmltree.parse_utf8(page.encode()) for page in others]


def test_the_compiled_head_entries_match_the_python_ones():
    from archiver.metadata import _CANONICAL_RELS

    compared = 0
    for root in [*_head_pages(), *_roots()]:
        python = _textwalk_py.head_entries(root, _CANONICAL_RELS)
        compiled = compiled_walk.head_entries(root, _CANONICAL_RELS)
        assert compiled == python, root
        assert list(compiled[1].items()) == list(python[1].items())  # the same keys, in the same order
        compared += len(python[1]) + len(python[2])
        for el in root.iter("head", "meta", "body"):  # not an <html>: nothing
            assert compiled_walk.head_entries(el, _CANONICAL_RELS) == _textwalk_py.head_entries(el, _CANONICAL_RELS)
    assert compared > 500  # meta contents and assets found and compared (the edge cases' and the saved pages')


def test_the_head_entries_of_the_edge_cases():
    title, contents, assets, canonical = compiled_walk.head_entries(_head_pages()[0], frozenset(["canonical"]))
    assert title.text == "first"
    assert contents == {"description": "a  description ", "og:title": "og", "headline": "", "keywords": "k"}
    title, contents, assets, canonical = compiled_walk.head_entries(_head_pages()[2], frozenset(["Canonical"]))
    assert canonical == "/a?x=1&y=2" and contents["t"] == "The entities" and contents["upper"] == "case"
    pages = _head_pages()
    assert compiled_walk.head_entries(pages[4], frozenset())[0].text == "in body"
    assert compiled_walk.head_entries(pages[5], frozenset())[0] is None  # a body's child only
    assert compiled_walk.head_entries(pages[7], frozenset())[::2] == (pages[7][1][0], ["1", "2"])
    assert compiled_walk.head_entries(pages[8], frozenset())[0].text == "head after body"


TOOLTIP_CASES = [
    "<span title='Lượt xem'><i class='fa fa-eye'></i> 1.234</span><a title='a link'>x</a><A TITLE=upper>y</A>",
    "<div title=''>empty</div><div title>none</div><p title='l&#432;&#7907;t xem'>entities</p><img title=pic>",
    "<svg><title>an svg title element</title><g title=attr /></svg><abbr title='one' title='two'>twice</abbr>",
]


def test_the_compiled_tooltips_match_the_python_ones():
    roots = [*_pages_of([f"<div>{case}</div>" for case in TOOLTIP_CASES]), *_roots()]
    compared = sum(_agree("tooltips", el) for el in _subtrees(roots, ("body", "div", "span", "a"), 60))
    assert compared > 200  # tooltips found and compared (the edge cases' and the saved pages')


def test_the_tooltips_of_the_edge_cases():
    page = _pages_of(["".join(TOOLTIP_CASES)])[0]
    tips = [tip for _, tip in compiled_walk.tooltips(page)]
    assert tips == ["Lượt xem", "", "", "lượt xem", "pic", "attr", "one"]  # not the links'
