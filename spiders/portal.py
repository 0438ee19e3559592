"""The portal spider: discovery only. It finds article pages and hands every response to the pipeline.

Two modes:
- profile mode (`sites=`): start from a profile's listing pages, follow its pagination, sitemaps and
  feeds; article links are those the profile's selectors and URL pattern name.
- generic mode (`urls=`): stay on each start URL's host and follow links breadth-first; the pipeline
  keeps the pages whose content reads as an article.
"""

import re
from collections.abc import Callable
from datetime import date
from email.utils import parsedate_to_datetime
from urllib.parse import urldefrag, urljoin, urlsplit

import scrapy
from lxml import etree
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
)
from scrapy.linkextractors import IGNORED_EXTENSIONS
from scrapy.settings.default_settings import URLLENGTH_LIMIT  # UrlLengthMiddleware's limit (not changed here)
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.sitemap import Sitemap
from twisted.internet.defer import CancelledError
from twisted.internet.error import ConnectionRefusedError, DNSLookupError, TCPTimedOutError, TimeoutError

from archiver import dates, profiles
from archiver.crawl import CrawlMemory
from archiver.ingest import REFUSALS
from archiver.middlewares import OffsiteRedirect
from archiver.store import Archive, utc_now

SKIPPED_EXTENSIONS = tuple(f".{ext}" for ext in IGNORED_EXTENSIONS)
# "Next page" links a listing shows when the profile names none.
FAILURE_REASONS = (
    ((OffsiteRedirect,), "offsite_redirect"),
    # over DOWNLOAD_MAXSIZE: announced by Content-Length, or while it streamed (Scrapy cancels the download)
    ((DownloadCancelledError, CancelledError), "too_large"),
    ((CannotResolveHostError, DNSLookupError), "dns_lookup_failed"),
    ((DownloadTimeoutError, TimeoutError, TCPTimedOutError), "timeout"),
    ((DownloadConnectionRefusedError, ConnectionRefusedError), "connection_refused"),
    ((DownloadFailedError,), "download_failed"),
)
NEXT_TEXT = re.compile(r"^\s*(trang sau|tiếp|tiếp theo|sau|next|›|»|>>?)\s*$", re.I)


def failure_reason(failure) -> str:
    """A short, countable name for why a request produced no response."""
    if failure.check(HttpError):
        return f"http_{failure.value.response.status}"
    for kinds, reason in FAILURE_REASONS:
        if failure.check(*kinds):
            return reason
    if failure.check(IgnoreRequest):  # Scrapy tells these apart only by their message
        message = str(failure.value)
        if "DOWNLOAD_MAXSIZE" in message:  # HttpCompressionMiddleware: it grew past it as it was decompressed
            return "too_large"
        if "robots.txt" in message:
            return "robots_disallowed"
    if "redirect" in str(failure.value).lower():
        return "redirect_loop"
    return type(failure.value).__name__


def listed_date(texts: list[str]) -> date | None:
    """The date of a listing item: its date line's, not one quoted in its title ('... (27/7/1947 - 27/7/2022)')."""
    lines = [t.strip() for t in texts if t.strip()]
    for line in lines:
        if dates.is_date_line(line) and (found := dates.parse_date(line)):
            return found.value.date()
    in_text = dates.find_dates(" ".join(lines))
    return in_text[0][0].value.date() if in_text else None


class PortalSpider(scrapy.Spider):
    name = "portal"

    def __init__(
        self,
        sites: str = "",
        urls: str = "",
        since: str = "",
        max_pages: str = "",
        base_url: str = "",
        refresh_days: str = "",
        full: str = "",
        **kwargs,
    ):
        super().__init__(**kwargs)
        self.profiles = [profiles.load(name) for name in sites.split(",") if name]
        self.generic_urls = [u for u in urls.split(",") if u]
        self.since: date | None = date.fromisoformat(since) if since else None
        self.budget = int(max_pages) if max_pages else None
        self.allowed_hosts = {urlsplit(u).hostname for u in self.generic_urls}
        if base_url:
            self.allowed_hosts.add(urlsplit(base_url).hostname)
        for profile in self.profiles:
            self.allowed_hosts.update(urlsplit(u).hostname for u in profile.crawl.get("start_urls", ()) if "//" in u)
        self.allowed_domains_of_profiles = tuple(d for p in self.profiles for d in p.domains)
        self.seen: set[str] = set()
        self.base_url = base_url
        self.refresh_days = int(refresh_days) if refresh_days else None
        self.full = bool(full)
        self._memory: CrawlMemory | None = None
        # Coverage (see CrawlMemory): the chains this crawl walks (start URL -> site), the ones whose listing
        # pages failed, and what cut the whole walk short ('budget': --max-pages refused a request;
        # 'since': --since left articles out).
        self.chains: dict[str, str | None] = {}
        self.failed_chains: set[str] = set()
        self.cuts: set[str] = set()

    @property
    def memory(self) -> CrawlMemory:
        """What earlier crawls archived, read when the crawl starts (start())."""
        if self._memory is None:
            raise RuntimeError("the spider has not started: no crawl memory read yet")
        return self._memory

    @memory.setter
    def memory(self, memory: CrawlMemory) -> None:
        self._memory = memory

    # -- scheduling ------------------------------------------------------------------------

    def may_visit(self, host: str) -> bool:
        """A host this crawl goes to: a start host (or --base-url's), or a profile's domain or its subdomain."""
        host = host.lower()
        return host in self.allowed_hosts or any(
            host == d or host.endswith("." + d) for d in self.allowed_domains_of_profiles
        )

    def rebase(self, url: str) -> str:
        """A profile start URL moved onto --base-url (a local mirror or the demo portal)."""
        if not self.base_url:
            return url
        parts = urlsplit(url)
        return urljoin(self.base_url, parts.path + (f"?{parts.query}" if parts.query else ""))

    def request(self, url: str, callback, **meta) -> scrapy.Request | dict | None:
        """A request for a URL not yet requested, within the page budget (--max-pages).

        A URL longer than URLLENGTH_LIMIT gives instead a failure item ('url_too_long'), so that it is
        recorded: Scrapy's UrlLengthMiddleware would drop its request without a word.

        Articles an earlier crawl archived are not fetched again; pages fetched before may be asked for
        conditionally (ask_conditionally).
        """
        if url in self.seen:
            return None
        if meta["kind"] in ("article", "page") and url in self.memory.known:
            self.crawler.stats.inc_value("archiver/skipped_known")
            self.reached(meta.get("site"))
            return None
        if self.budget is not None:
            if self.budget <= 0:
                self.cuts.add("budget")
                return None
            self.budget -= 1
        self.seen.add(url)
        if len(url) > URLLENGTH_LIMIT:
            return {"url": url, "kind": meta["kind"], "site": meta.get("site"), "error": "url_too_long"}
        headers = self.memory.validators.get(url, {}) if self.ask_conditionally(meta) else {}
        # dont_filter: `seen` already deduplicates, and a redirect back to a seen URL must reach the
        # redirect limit (and be recorded as a loop) instead of vanishing in Scrapy's duplicate filter.
        return scrapy.Request(
            url, callback=callback, errback=self.on_error, meta=meta, headers=headers, dont_filter=True
        )

    def ask_conditionally(self, meta: dict) -> bool:
        """Send If-None-Match / If-Modified-Since? Only where a 304 cannot hide what the archive lacks: never
        with --full; on a listing (or a sitemap, a feed, a --url crawl's page) only while the archive holds
        its chain walked to the end; not on listings in a refresh (an unchanged listing still leads to
        articles to fetch again). An article asked for again is asked for conditionally."""
        if self.full:
            return False
        if meta["kind"] == "article":
            return True
        if meta["kind"] == "listing" and self.refresh_days is not None:
            return False
        return self.memory.complete(meta.get("chain"))

    def reached(self, site: str | None, n: int = 1) -> None:
        """The crawl of `site` met something the archive already holds (or --since left out): it is alive."""
        self.crawler.stats.inc_value(f"archiver/reached/{site}", n)

    def finish_reason(self, scrapy_reason: str) -> str:
        """The crawls row's finish_reason: interrupted (Ctrl-C or SIGTERM: Scrapy's 'shutdown'), budget
        (--max-pages refused a page), since (--since left articles out), or finished."""
        if scrapy_reason == "shutdown":
            return "interrupted"
        if scrapy_reason != "finished":
            return scrapy_reason
        return next((cut for cut in ("budget", "since") if cut in self.cuts), "finished")

    def coverage_outcome(self, finish_reason: str) -> dict[str, tuple[str | None, str | None]]:
        """Each chain's site and why the archive does not hold it walked to its end (None: it does)."""
        outcome: dict[str, tuple[str | None, str | None]] = {}
        for chain, site in self.chains.items():
            why = None if finish_reason == "finished" else finish_reason
            if why is None and chain in self.failed_chains:
                why = "listing_error"
            outcome[chain] = (site, why)
        return outcome

    async def start(self):
        with Archive(self.crawler.settings.get("ARCHIVE_DB")) as archive:
            self.memory = CrawlMemory(archive, self.refresh_days)
            starts = self.start_points()
            self.chains = {url: site for url, _, site, _ in starts}
            # until this crawl ends well, the archive does not hold these chains walked to their end
            crawl_id = self.crawler.settings.getint("ARCHIVE_CRAWL_ID") or None
            archive.set_coverage({url: (site, "running") for url, site in self.chains.items()}, crawl_id)
        for url, callback, site, kind in starts:
            if req := self.request(url, callback, site=site, kind=kind, start=True, chain=url):
                yield req
        for url, site in self.retries():
            if req := self.request(url, self.parse_article, site=site, kind="article"):
                self.crawler.stats.inc_value("archiver/retried")
                yield req

    def retries(self) -> list[tuple[str, str]]:
        """(URL, site) of the articles of this crawl's sites whose last fetch failed (CrawlMemory.failed),
        on a host this crawl goes to."""
        names = {profile.name for profile in self.profiles}
        return [
            (url, site)
            for url, site in sorted(self.memory.failed.items())
            if site in names and self.may_visit(urlsplit(url).hostname or "")
        ]

    def start_points(self) -> list[tuple[str, Callable, str | None, str]]:
        """(URL, callback, site, kind) of each chain this crawl walks: a profile's listings, sitemaps and
        feeds, and each --url start."""
        starts: list[tuple[str, Callable, str | None, str]] = [
            (self.rebase(url), callback, profile.name, kind)
            for profile in self.profiles
            for key, callback, kind in (
                ("start_urls", self.parse_listing, "listing"),
                ("sitemaps", self.parse_sitemap, "other"),
                ("feeds", self.parse_feed, "other"),
            )
            for url in profile.crawl.get(key, ())
        ]
        starts += [(url, self.parse_page, urlsplit(url).hostname, "page") for url in self.generic_urls]
        return starts

    def captured(self, response, kind: str | None = None) -> dict:
        meta = response.meta
        return {
            "response": response,
            "kind": kind or meta["kind"],
            "site": meta["site"],
            "profile": meta["kind"] != "page",
            "fetched_at": utc_now(),
        }

    def on_error(self, failure):
        request = failure.request
        meta = request.meta
        reason = failure_reason(failure)
        if meta.get("start"):
            self.crawler.stats.inc_value("archiver/start_failed")
            self.crawler.stats.set_value("archiver/start_failed_reason", f"{request.url}: {reason}")
        if meta.get("kind") != "article" and meta.get("chain") and reason not in REFUSALS:
            self.failed_chains.add(meta["chain"])  # what lies beyond the page was not walked
        yield {
            "url": (meta.get("redirect_urls") or [request.url])[0],  # the page asked for, not where it led
            "final_url": request.url,
            "kind": meta.get("kind", "page"),
            "site": meta.get("site"),
            "error": reason,
        }

    # -- profile mode ----------------------------------------------------------------------

    def parse_listing(self, response):
        yield self.captured(response)
        chain, site = response.meta.get("chain"), response.meta["site"]
        if response.status == 304:  # asked for only in a chain walked to its end: nothing new further on
            self.reached(site)
            return
        if response.status != 200 or not hasattr(response, "css"):
            self.failed_chains.add(chain)
            return
        profile = profiles.load(site)
        entries = list(self.listing_entries(response, profile))
        archived = self.memory.known.intersection(url for url, _ in entries)  # one look-up a page (a cluster's Redis)
        known = sum(url in archived for url, _ in entries)
        self.reached(site, known)
        if self.only_known(entries, known, chain):
            return
        older = dated = 0
        for url, published in entries:
            dated += published is not None
            if self.since and published and published < self.since:
                older += 1
                continue
            if req := self.request(url, self.parse_article, site=site, kind="article", chain=chain):
                yield req
        if older:
            self.cuts.add("since")
            self.reached(site, older)
        if dated and older == dated:
            return  # every dated item is older than --since: pages further on are older still
        for url in self.next_pages(response, profile):
            if req := self.request(url, self.parse_listing, site=site, kind="listing", chain=chain):
                yield req

    def only_known(self, entries, known: int, chain: str | None) -> bool:
        """A listing whose articles are all archived already, in a chain the archive holds walked to its
        end: an incremental crawl stops paginating here. (While the chain is not, it walks on.)"""
        if self.full or not entries or not self.memory.complete(chain):
            return False
        return known == len(entries)

    def listing_entries(self, response, profile):
        """(article URL, listed date or None) for each article a listing page shows."""
        crawl = profile.crawl
        pattern = re.compile(crawl["article_url"][0]) if crawl.get("article_url") else None
        link_css = ", ".join(crawl.get("article_links", ())) or "a[href]"
        item_css = ", ".join(crawl.get("listing_item", ()))
        blocks = response.css(item_css) if item_css else [response]
        stats, site = self.crawler.stats, profile.name
        # how far down the profile's selectors the page went: the crawl's summary names the one that matched nothing
        stats.inc_value(f"archiver/listing/{site}/pages")
        stats.inc_value(f"archiver/listing/{site}/items", len(blocks) if item_css else 0)
        for block in blocks:
            listed = None
            if item_css and self.since:  # the listed date matters only to --since
                listed = listed_date(block.xpath(".//text()").getall())
            for href in block.css(link_css).xpath("@href").getall():
                stats.inc_value(f"archiver/listing/{site}/links")
                url = urldefrag(response.urljoin(href.strip()))[0]
                if pattern is None or pattern.search(url):
                    stats.inc_value(f"archiver/listing/{site}/entries")
                    yield url, listed
                    if item_css:
                        break

    def next_pages(self, response, profile) -> list[str]:
        selectors = profile.crawl.get("next_page", ())
        if selectors:
            hrefs = response.css(", ".join(selectors)).xpath("@href").getall()
        else:
            hrefs = [
                a.xpath("@href").get()
                for a in response.css("a[href]")
                if NEXT_TEXT.match(" ".join(a.css("::text").getall())) or a.attrib.get("rel") == "next"
            ]
        return [response.urljoin(h) for h in hrefs if h and not h.startswith("javascript:")][:1]

    def parse_article(self, response):
        yield self.captured(response)

    def parse_sitemap(self, response):
        yield self.captured(response, "other")
        profile = profiles.load(response.meta["site"])
        try:
            sitemap = Sitemap(response.body)
        except (etree.XMLSyntaxError, ValueError):
            return
        pattern = re.compile(profile.crawl["article_url"][0]) if profile.crawl.get("article_url") else None
        chain = response.meta.get("chain")
        for entry in sitemap:
            url = entry.get("loc", "")
            if sitemap.type == "sitemapindex":
                if req := self.request(url, self.parse_sitemap, site=profile.name, kind="other", chain=chain):
                    yield req
            elif (pattern is None or pattern.search(url)) and not self.older_than_since(entry.get("lastmod")):
                if req := self.request(url, self.parse_article, site=profile.name, kind="article", chain=chain):
                    yield req

    def parse_feed(self, response):
        yield self.captured(response, "other")
        try:
            root = etree.fromstring(response.body, etree.XMLParser(recover=True))
        except etree.XMLSyntaxError:
            return
        if root is None:
            return
        for entry in root.iter("item", "{*}entry"):
            link = entry.findtext("link") or (
                entry.find("{*}link").get("href") if entry.find("{*}link") is not None else None
            )
            stamp = entry.findtext("pubDate") or entry.findtext("{*}published") or entry.findtext("{*}updated")
            if link and not self.older_than_since(stamp):
                meta = {"site": response.meta["site"], "kind": "article", "chain": response.meta.get("chain")}
                if req := self.request(link.strip(), self.parse_article, **meta):
                    yield req

    def older_than_since(self, stamp: str | None) -> bool:
        """A sitemap or feed entry dated before --since (left out: the crawl does not cover everything)."""
        if not (self.since and stamp):
            return False
        found = self.stamp_date(stamp)
        older = found is not None and found < self.since
        if older:
            self.cuts.add("since")
        return older

    @staticmethod
    def stamp_date(stamp: str) -> date | None:
        stamp = stamp.strip()
        parsed = dates.parse_iso(stamp)
        if parsed is not None:
            return parsed.value.date()
        try:  # an RSS date: 'Tue, 02 Jan 2024 08:00:00 +0700'
            return parsedate_to_datetime(stamp).date()
        except (TypeError, ValueError):
            return None

    # -- generic mode ----------------------------------------------------------------------

    def parse_page(self, response):
        yield self.captured(response)
        if response.status == 304:
            self.reached(response.meta["site"])
        elif response.status >= 500 or response.status == 429:  # a 404 is a dead link; this may come back
            self.failed_chains.add(response.meta.get("chain"))
        if response.status != 200 or not hasattr(response, "css"):
            return
        chain = response.meta.get("chain")
        for href in response.css("a[href]").xpath("@href").getall():
            url = urldefrag(response.urljoin(href.strip()))[0]
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or parts.hostname not in self.allowed_hosts:
                continue
            if parts.path.lower().endswith(SKIPPED_EXTENSIONS):
                continue
            if req := self.request(url, self.parse_page, site=response.meta["site"], kind="page", chain=chain):
                yield req
