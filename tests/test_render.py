"""The compiled renderer (archiver/_render.pyx) gives exactly what its pure-Python twin gives."""

import dataclasses
import os

import pytest
from conftest import parsed_pages

from archiver import htmltree, layout

compiled = pytest.importorskip("archiver._render", reason="the compiled renderer is not built")

EDGE_CASES = [
    "<p>one</p> tail <b>bold</b> <!-- a comment --> after it <script>var a = 1;</script> after a script",
    "<div style='text-align: CENTER'><span style='font-weight:700'>heavy</span> <i>slant</i></div>",
    "<div align=right><p>right</p><center>centred <em>and</em> italic</center></div>",
    "<p class='Lead X'><span class='byline'>By A</span> text</p><p><span class='late'>x</span></p>",
    "<div hidden>hidden</div><p style='display: none'>none</p><p style='visibility:hidden'>no</p>tail",
    "<p style='DISPLAY: NONE'>none</p><div style='TEXT-ALIGN: Right'><b style='FONT-STYLE: Italic'>by</b></div>",
    "<p>a line<br>another<br><br>third</p><img src='/a.jpg'><img data-src='b.png'><img src=''>",
    "<p><a href='/f.pdf'>the <b>file</b></a> <a href='/f.pdf'>again</a> <a href='x.doc?x=1#y'>doc</a></p>",
    "<p><a href='/page'>a link</a> and <a name='x'>an anchor</a> and <a href>empty</a></p>",
    "<table><tr><th>h<td>a<td><h2>head <a href=/x>link</a></h2></table><ul><li>x<li>y</ul>",
    "<h3 class=''>empty class</h3><font color=red>font</font><u style=''>empty style</u>",
    "<p>\u00a0</p><p> \t\n</p><p>\u2003wide\u2003</p><p>\u200bzero\u00adwidth</p>",
    "<?php echo 1; ?> after a PI <p>&amp; &lt; &#8212; &nbsp;x</p><p title='a&amp;b'>entities</p>",
    "<svg><text>in svg</text></svg><math><mi>x</mi></math><noscript><p>no script</p></noscript>",
    "<div class=share>share row</div><div class=keep>kept <div class=share>inner share</div> after</div>",
    "<div>" * 40 + "deep" + "</div>" * 40 + "<p>" + "word " * 200 + "</p>",
]


def _roots():
    return parsed_pages([*EDGE_CASES, "".join(EDGE_CASES)])


def _comparable(rendered: layout.Rendered):
    """Every field of every block (the owner as itself), the images, attachments and the stop flag."""
    blocks = [tuple(getattr(b, f.name) for f in dataclasses.fields(b)) for b in rendered.blocks]
    for block, original in zip(blocks, rendered.blocks, strict=True):
        assert block[1] is original.owner
    return blocks, rendered.images, rendered.attachments, rendered.stopped


def _long(block: layout.Block) -> bool:
    return len(block.text) > 80


def _boxed(el) -> bool:
    return "share" in (el.get("class") or "")


def test_the_compiled_renderer_matches_the_python_renderer():
    compared = 0
    for root in _roots():
        body = root.find("body")
        top = body if body is not None else root
        elements = list(top.iter())
        middle = elements[len(elements) // 2]
        skip = set(elements[::7])
        for args, kwargs, method, targets in (
            (("https://example.vn/a/b.html",), {}, "render", (top,)),
            ((None, skip), {"box": _boxed}, "render", (top,)),
            (("https://example.vn/",), {"limit": 3}, "render", (top,)),
            (("https://example.vn/",), {"stop": _long}, "render", (top,)),
            (("https://example.vn/a/",), {}, "render_after", (top, middle)),
            (("https://example.vn/a/", skip), {"limit": 2, "box": _boxed}, "render_after", (top, middle)),
            ((None,), {}, "render_after", (middle, top)),  # not inside: the whole of `middle`
        ):
            ours, twin = (
                _comparable(getattr(renderer(*args, **kwargs), method)(*targets))
                for renderer in (compiled.Renderer, layout._PythonRenderer)
            )
            assert ours == twin
            compared += 1
    assert compared > 300


def test_the_edge_cases_render_what_they_test():
    html = f"<html><body>{''.join(EDGE_CASES)}</body></html>".encode()
    rendered = compiled.Renderer("https://example.vn/a/", box=_boxed).render(htmltree.parse_utf8(html))
    texts = [b.text for b in rendered.blocks]
    assert "a line" in texts and "another" in texts and "right" in texts
    assert not any("hidden" in t or "none" in t or "share" in t or "var a" in t for t in texts)
    assert [a["text"] for a in rendered.attachments] == ["the file", "doc"]
    assert rendered.images == ["https://example.vn/a.jpg", "https://example.vn/a/b.png"]
    centred = next(b for b in rendered.blocks if b.text.startswith("centred"))
    assert centred.align == "center"
    heavy = next(b for b in rendered.blocks if b.text.startswith("heavy"))
    assert heavy.align == "center" and not heavy.bold


def test_layout_uses_the_compiled_renderer_unless_asked_for_python():
    expected = layout._PythonRenderer if os.environ.get("ARCHIVER_PURE_PYTHON") == "1" else compiled.Renderer
    assert layout._Renderer is expected
    assert (expected is compiled.Renderer) == layout.COMPILED_RENDERER
