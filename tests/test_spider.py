"""The portal spider, offline: listings, pagination, --since, sitemaps, feeds and generic link following."""

from types import SimpleNamespace

import pytest
from scrapy.http import HtmlResponse, Request, XmlResponse

from spiders.portal import PortalSpider

LISTING = """<html><body><ul>
<li class="news-item"><a class="news-title" href="/tin-hoat-dong/bai-a-101.aspx">A</a>
  <span class="news-date">27/05/2020 08:09</span></li>
<li class="news-item"><a class="news-title" href="/tin-hoat-dong/bai-b-102.aspx">B</a>
  <span class="news-date">03/01/2019 10:00</span></li>
<li class="news-item"><a class="news-title" href="/lien-he.html">not an article</a></li>
</ul><a class="next" href="/tin-hoat-dong/trang-2.html">Trang sau</a></body></html>"""


def spider(**kwargs) -> PortalSpider:
    s = PortalSpider(**kwargs)
    s.crawler = SimpleNamespace(stats=SimpleNamespace(inc_value=lambda *a, **k: None, set_value=lambda *a: None))
    # the archive holds every chain walked to its end (an incremental crawl); see also the test of an incomplete one
    s.memory = SimpleNamespace(known=set(), validators={}, complete=lambda chain: True)
    return s


def listing_response(body=LISTING, url="http://portal.test/tin-hoat-dong/index.html"):
    request = Request(
        url, meta={"site": "demo", "kind": "listing", "chain": "http://portal.test/tin-hoat-dong/index.html"}
    )
    return HtmlResponse(url, body=body.encode(), encoding="utf-8", request=request)


def requests_of(results):
    return [r for r in results if isinstance(r, Request)]


def test_listing_yields_its_capture_articles_and_next_page():
    results = list(spider(sites="demo").parse_listing(listing_response()))
    assert results[0]["kind"] == "listing" and results[0]["response"].status == 200
    urls = [r.url for r in requests_of(results)]
    assert urls == [
        "http://portal.test/tin-hoat-dong/bai-a-101.aspx",
        "http://portal.test/tin-hoat-dong/bai-b-102.aspx",
        "http://portal.test/tin-hoat-dong/trang-2.html",
    ]


def test_since_skips_older_items_and_stops_when_a_page_is_all_older():
    urls = [r.url for r in requests_of(spider(sites="demo", since="2020-01-01").parse_listing(listing_response()))]
    assert urls == ["http://portal.test/tin-hoat-dong/bai-a-101.aspx", "http://portal.test/tin-hoat-dong/trang-2.html"]
    old = list(spider(sites="demo", since="2021-01-01").parse_listing(listing_response()))
    assert requests_of(old) == []


def test_known_articles_are_skipped_and_pagination_stops_on_a_known_page():
    s = spider(sites="demo")
    s.memory.known = {
        "http://portal.test/tin-hoat-dong/bai-a-101.aspx",
        "http://portal.test/tin-hoat-dong/bai-b-102.aspx",
    }
    assert requests_of(s.parse_listing(listing_response())) == []
    s = spider(sites="demo", full="1")
    s.memory.known = {
        "http://portal.test/tin-hoat-dong/bai-a-101.aspx",
        "http://portal.test/tin-hoat-dong/bai-b-102.aspx",
    }
    assert [r.url for r in requests_of(s.parse_listing(listing_response()))] == [
        "http://portal.test/tin-hoat-dong/trang-2.html"
    ]


def test_a_chain_not_walked_to_its_end_walks_past_known_pages_and_asks_unconditionally():
    s = spider(sites="demo")
    s.memory.known = {
        "http://portal.test/tin-hoat-dong/bai-a-101.aspx",
        "http://portal.test/tin-hoat-dong/bai-b-102.aspx",
    }
    s.memory.complete = lambda chain: False  # an earlier crawl was cut short, or this archive predates coverage
    s.memory.validators = {"http://portal.test/tin-hoat-dong/trang-2.html": {"If-None-Match": '"v1"'}}
    (next_page,) = requests_of(s.parse_listing(listing_response()))
    assert next_page.url == "http://portal.test/tin-hoat-dong/trang-2.html"
    assert b"If-None-Match" not in next_page.headers
    s.memory.complete = lambda chain: True
    s.seen.clear()
    assert requests_of(s.parse_listing(listing_response())) == []  # complete: a page of known articles ends it


def test_full_sends_no_conditional_headers():
    s = spider(sites="demo", full="1")
    s.memory.validators = {"http://portal.test/tin-hoat-dong/trang-2.html": {"If-None-Match": '"v1"'}}
    urls = {r.url: r for r in requests_of(s.parse_listing(listing_response()))}
    assert b"If-None-Match" not in urls["http://portal.test/tin-hoat-dong/trang-2.html"].headers
    s = spider(sites="demo")
    s.memory.validators = {"http://portal.test/tin-hoat-dong/trang-2.html": {"If-None-Match": '"v1"'}}
    urls = {r.url: r for r in requests_of(s.parse_listing(listing_response()))}
    assert urls["http://portal.test/tin-hoat-dong/trang-2.html"].headers[b"If-None-Match"] == b'"v1"'


def test_finish_reason_says_what_cut_the_crawl_short():
    assert spider(sites="demo").finish_reason("shutdown") == "interrupted"
    s = spider(sites="demo", max_pages="1")
    list(s.parse_listing(listing_response()))
    assert s.finish_reason("finished") == "budget"
    s = spider(sites="demo", since="2020-01-01")
    list(s.parse_listing(listing_response()))
    assert s.finish_reason("finished") == "since"
    assert spider(sites="demo").finish_reason("finished") == "finished"


def test_max_pages_is_a_budget_over_all_requests():
    urls = [r.url for r in requests_of(spider(sites="demo", max_pages="2").parse_listing(listing_response()))]
    assert len(urls) == 2


def test_sitemap_entries_matching_the_article_pattern_are_fetched():
    sitemap = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>http://portal.test/tin-hoat-dong/bai-a-101.aspx</loc><lastmod>2020-05-27</lastmod></url>
<url><loc>http://portal.test/tin-hoat-dong/bai-c-103.aspx</loc><lastmod>2018-02-01T10:00:00+07:00</lastmod></url>
<url><loc>http://portal.test/gioi-thieu.html</loc></url></urlset>"""
    request = Request("http://portal.test/sitemap.xml", meta={"site": "demo", "kind": "other"})
    response = XmlResponse(request.url, body=sitemap, request=request)
    urls = [r.url for r in requests_of(spider(sites="demo", since="2019-01-01").parse_sitemap(response))]
    assert urls == ["http://portal.test/tin-hoat-dong/bai-a-101.aspx"]


def test_rss_and_atom_feeds_give_article_requests():
    rss = b"""<rss version="2.0"><channel><item><title>A</title><link>http://portal.test/tin-hoat-dong/bai-a-101.aspx</link>
<pubDate>Wed, 27 May 2020 08:09:00 +0700</pubDate></item><item><link>http://portal.test/tin-hoat-dong/bai-b-102.aspx</link>
<pubDate>Thu, 03 Jan 2019 10:00:00 +0700</pubDate></item></channel></rss>"""
    request = Request("http://portal.test/rss.xml", meta={"site": "demo", "kind": "other"})
    urls = [
        r.url
        for r in requests_of(
            spider(sites="demo", since="2020-01-01").parse_feed(XmlResponse(request.url, body=rss, request=request))
        )
    ]
    assert urls == ["http://portal.test/tin-hoat-dong/bai-a-101.aspx"]
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="http://portal.test/a-1.html"/>
<published>2020-05-27T08:09:00+07:00</published></entry></feed>"""
    urls = [
        r.url
        for r in requests_of(spider(sites="demo").parse_feed(XmlResponse(request.url, body=atom, request=request)))
    ]
    assert urls == ["http://portal.test/a-1.html"]


def test_generic_mode_stays_on_the_host_and_skips_files():
    page = """<html><body><a href="/tin/bai-1.html">1</a><a href="http://other.test/x.html">away</a>
    <a href="/files/qd.pdf">pdf</a><a href="/anh/a.jpg">img</a><a href="/tin/bai-1.html#top">dup</a>
    <a href="mailto:a@b.c">mail</a></body></html>"""
    s = spider(urls="http://portal.test/")
    request = Request("http://portal.test/", meta={"site": "portal.test", "kind": "page"})
    response = HtmlResponse(request.url, body=page.encode(), encoding="utf-8", request=request)
    assert [r.url for r in requests_of(s.parse_page(response))] == ["http://portal.test/tin/bai-1.html"]


@pytest.mark.parametrize("status", [404, 500])
def test_error_responses_are_captured_not_followed(status):
    request = Request("http://portal.test/tin-hoat-dong/index.html", meta={"site": "demo", "kind": "listing"})
    response = HtmlResponse(request.url, status=status, body=LISTING.encode(), encoding="utf-8", request=request)
    results = list(spider(sites="demo").parse_listing(response))
    assert len(results) == 1 and results[0]["response"].status == status


def real_listings():
    from conftest import REALPAGES

    gold = REALPAGES / "listings.jsonl"
    if not gold.is_file():
        pytest.skip("../shared/realpages is not present")
    import json

    return [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_sotttt_profile_reads_the_real_listing_pages(realpages):
    """The site profile's [crawl] selectors against the portal's own saved listings: every listed article,
    in order, with its listed date, and the next page (HTTrack rewrote the links: resolved as its README says)."""
    from datetime import date

    for listing in real_listings():
        body = (realpages / "pages" / listing["file"]).read_bytes()
        request = Request(listing["url"], meta={"site": "sotttt", "kind": "listing"})
        response = HtmlResponse(listing["url"], body=body, encoding="utf-8", request=request)
        s = spider(sites="sotttt", since="2000-01-01")
        entries = list(s.listing_entries(response, s.profiles[0]))
        assert [url for url, _ in entries] == [item["url"] for item in listing["items"]], listing["file"]
        assert [listed for _, listed in entries] == [
            date.fromisoformat(i["published_at"][:10]) for i in listing["items"]
        ]
        (next_url,) = s.next_pages(response, s.profiles[0])
        assert next_url == response.urljoin(listing["next_href_in_file"]), listing["file"]
