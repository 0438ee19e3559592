"""Cheap consistency checks so saved pages cannot drift from their expectations.

Every fixture page `tests/fixtures/<slug>/<case>.html` has a `<case>.expected.json` with the
required keys; its expected strings are NFC and folded; the title and body anchors occur in
the page's visible text; the demo portal's links and listing counts hold together.
"""

import json
import re
import unicodedata
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import lxml.html
import pytest

from archiver.text import clean

TESTS = Path(__file__).resolve().parent
FIXTURES = TESTS / "fixtures"
DEMO = TESTS.parent / "archiver" / "demo_site"
SEED = TESTS.parents[1] / "shared" / "seed" / "000_5cacdb357ff27d72.txt"

REQUIRED_KEYS = {
    "url",
    "title",
    "published_at",
    "updated_at",
    "author",
    "source",
    "views",
    "body_first",
    "body_last",
    "body_must_not",
    "is_article",
    "notes",
}
# Pages whose bytes are not UTF-8; everything else is (lying-charset.html is UTF-8 that claims latin-1).
ENCODINGS = {"bad/cp1258.html": "cp1258"}
ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?\+07:00)?$")
INVISIBLE_TAGS = "//script|//style|//noscript|//template|//head|//comment()"

PAGES = sorted(FIXTURES.rglob("*.html"))


def _rel(path: Path) -> str:
    return path.relative_to(FIXTURES).as_posix()


def _expected(page: Path) -> dict:
    return json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))


def _decoded(page: Path) -> str:
    return page.read_bytes().decode(ENCODINGS.get(_rel(page), "utf-8"))


def _tree(text: str):
    return lxml.html.document_fromstring(text)


def visible_text(text: str) -> str:
    """Folded text a reader sees: the document minus head, scripts, styles and comments."""
    tree = _tree(text)
    for node in tree.xpath(INVISIBLE_TAGS):
        node.drop_tree()
    return clean(tree.text_content())


def _strings(record: dict):
    for key, value in record.items():
        if key == "url":
            continue
        if isinstance(value, str):
            yield key, value
        elif isinstance(value, list):
            yield from ((key, v) for v in value if isinstance(v, str))


@pytest.fixture(scope="module", params=PAGES, ids=_rel)
def case(request):
    page = request.param
    assert page.with_suffix(".expected.json").is_file(), f"{_rel(page)} has no .expected.json"
    return page, _expected(page), _decoded(page)


def test_there_are_fixtures_for_every_family():
    slugs = {p.parent.name for p in PAGES}
    assert {"mttq-baclieu", "sharepoint", "nukeviet", "presscms", "liferay", "bad"} <= slugs


def test_every_expectation_has_its_page():
    for expected in FIXTURES.rglob("*.expected.json"):
        assert expected.with_name(expected.name.replace(".expected.json", ".html")).is_file(), expected


def test_required_keys_and_types(case):
    page, exp, _ = case
    assert set(exp) >= REQUIRED_KEYS, REQUIRED_KEYS - set(exp)
    assert urlsplit(exp["url"]).scheme in ("http", "https")
    assert isinstance(exp["is_article"], bool)
    assert exp["views"] is None or (isinstance(exp["views"], int) and exp["views"] >= 0)
    for key in ("published_at", "updated_at"):
        assert exp[key] is None or ISO_DATETIME.match(exp[key]), (key, exp[key])
    assert isinstance(exp["body_must_not"], list) and len(exp["body_must_not"]) >= 3
    if exp["is_article"]:
        assert exp["title"] and exp["body_first"] and exp["body_last"]


def test_expected_strings_are_nfc_and_folded(case):
    _, exp, _ = case
    for key, value in _strings(exp):
        assert unicodedata.is_normalized("NFC", value), key
        assert value == clean(value), f"{key} is not folded: {value!r}"


def test_title_and_anchors_occur_in_visible_text(case):
    _, exp, text = case
    seen = visible_text(text)
    for key in ("title", "body_first", "body_last", "author", "source"):
        if exp[key]:
            assert exp[key].casefold() in seen.casefold(), f"{key} not on the page: {exp[key]!r}"
    for anchor in (exp["body_first"], exp["body_last"]):
        for unwanted in exp["body_must_not"]:  # checkers compare case-folded
            assert unwanted.casefold() not in (anchor or "").casefold(), (
                f"body_must_not {unwanted!r} is inside an anchor"
            )


def test_body_must_not_strings_are_on_the_page(case):
    _, exp, text = case
    seen = visible_text(text)
    for unwanted in exp["body_must_not"]:
        assert unwanted in seen, f"body_must_not string is not on the page: {unwanted!r}"


def test_attachments_are_links_of_the_page(case):
    _, exp, text = case
    hrefs = {urljoin(exp["url"], h) for h in _tree(text).xpath("//a/@href")}
    for url in exp.get("attachments", []):
        assert url in hrefs, url


def test_canonical_link_agrees_with_url(case):
    _, exp, text = case
    for href in _tree(text).xpath("//link[@rel='canonical']/@href"):
        assert urljoin(exp["url"], href) == exp["url"]


def test_seed_page_contains_the_seed_text_in_order():
    if not SEED.is_file():
        pytest.skip("shared seed text not available")
    seen = visible_text((FIXTURES / "mttq-baclieu" / "article-seed.html").read_text(encoding="utf-8"))
    position = 0
    for line in filter(None, map(clean, SEED.read_text(encoding="utf-8").splitlines())):
        found = seen.find(line, position)
        assert found >= 0, f"seed line missing or out of order: {line[:80]!r}"
        position = found + len(line)


def test_bad_pages_keep_their_defect():
    bad = FIXTURES / "bad"
    cp1258 = (bad / "cp1258.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        cp1258.decode("utf-8")
    assert b"windows-1258" in cp1258[:2000]
    lying = (bad / "lying-charset.html").read_bytes()
    assert b"iso-8859-1" in lying[:2000].lower() and re.search(rb"[\xc3-\xe1][\x80-\xbf]", lying)
    nfd = (bad / "nfd.html").read_text(encoding="utf-8")
    assert not unicodedata.is_normalized("NFC", nfd)
    assert not (bad / "malformed.html").read_text(encoding="utf-8").rstrip().endswith(">")


# --- the demo portal -------------------------------------------------------------------------


def _demo_links(page: Path) -> list[str]:
    return [h for h in _tree(page.read_text(encoding="utf-8")).xpath("//a/@href") if h.startswith("/")]


def _demo_file(path: str) -> Path:
    return DEMO / urlsplit(path).path.lstrip("/")


def test_demo_listing_pages_hold_25_items_newest_first():
    pages = ["index.html", "trang-2.html", "trang-3.html"]
    counts, dates = [], []
    for name in pages:
        tree = _tree((DEMO / "tin-hoat-dong" / name).read_text(encoding="utf-8"))
        items = tree.xpath("//li[@class='news-item']")
        counts.append(len(items))
        for item in items:
            assert item.xpath(".//a[@class='news-title']/@href")
            dates += [d for d in (clean(s.text_content()) for s in item.xpath(".//span[@class='news-date']")) if d]
        nexts = tree.xpath("//a[@class='next']/@href")
        assert len(nexts) == (0 if name == pages[-1] else 1)
    assert counts == [10, 10, 5]
    keys = [(d[6:10], d[3:5], d[:2], d[11:]) for d in dates]
    assert keys == sorted(keys, reverse=True)


def test_demo_links_resolve_except_one_deliberate_404():
    article_links = set()
    for name in ("index.html", "trang-2.html", "trang-3.html"):
        page = DEMO / "tin-hoat-dong" / name
        article_links |= {h for h in _demo_links(page) if h.startswith("/tin-hoat-dong/") and h.endswith(".aspx")}
    missing = [h for h in article_links if not _demo_file(h).is_file()]
    assert len(missing) == 1, missing
    assert len(list((DEMO / "tin-hoat-dong").glob("*.aspx"))) == 25
    for page in DEMO.rglob("*.*"):
        if page.suffix not in (".html", ".aspx"):
            continue
        for href in _demo_links(page):
            path = urlsplit(href).path
            if href in missing or path.startswith("/_layouts/"):  # robots.txt keeps crawlers out of /_layouts/
                continue
            target = DEMO / "index.html" if path == "/" else _demo_file(path)
            assert target.is_file(), (page.name, href)


def test_demo_robots_keeps_crawlers_out_of_layouts():
    robots = (DEMO / "robots.txt").read_text(encoding="utf-8")
    assert re.search(r"(?m)^Disallow: /_layouts/\s*$", robots)
