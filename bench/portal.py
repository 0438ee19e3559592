"""A generated Liferay portal of N article pages and their listings, served on 127.0.0.1.

    python bench/portal.py [--pages N] [--categories a,b,c] [--port P]

Prints ``READY http://127.0.0.1:PORT`` on stdout once it listens, then serves until killed.
Pages are rendered per request from templates (no files, flat memory at any N):

- article ``i`` (0..N-1) lives in category ``categories[i % C]`` at
  ``/vi/<category>/-/view_content/<ID0+i>-<slug>.html``; newer articles have smaller ``i``;
- each category's listing is ``/vi/<category>`` (page 1) and
  ``/vi/<category>?p_p_id=101&...&_101_cur=N``, 20 items a page, newest first, with the
  Liferay page iterator (page menu, results line, first/previous/next/last buttons);
- ``/robots.txt`` allows ``/vi/``.

Templates come from the real Liferay pages in ``../shared/realpages/pages`` (read at start, never
copied): each article keeps its template's full chrome, and gets its own title, date line, view
count, body paragraphs (drawn from the real bodies) and byline, so pages are ~40-60 KB like the
real ones. Without that folder a built-in template of the same shape is used.

The server is a small asyncio HTTP/1.1 server with keep-alive: one process, one core; at ~400
pages/s it stays well below that (rendering a page is a bytes join).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import html
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import formatdate
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

REALPAGES = Path(__file__).resolve().parents[2] / "shared" / "realpages"
DEFAULT_CATEGORIES = ("tin-tuc-su-kien",)
PAGE_SIZE = 20
FIRST_ID = 5_000_000  # above every real asset id, so generated ids never meet a real one
NEWEST = datetime(2024, 8, 24, 16, 30)
STEP = timedelta(hours=7, minutes=13)  # between consecutive articles
PLACEHOLDER_BEFORE = datetime(2016, 1, 1)  # items "migrated" before this show the 12:00 AM placeholder
MAX_TEMPLATE_BYTES = 100_000  # leave out the page with a 275 KB inline image

# One slot in a template: \x00name\x00.
SLOT = re.compile("\x00(\\w+)\x00")
TITLE_TAG = re.compile(r"(<title>)\s*(.*?)(\s+-\s+[^<]*</title>)", re.S)
TITLE_DIV = re.compile(r'(<div class="asset-full-content-title">)(.*?)(</div>)', re.S)
DATE_DIV = re.compile(r'(<div class="assetPublishDate[^"]*">)(.*?)(</div>)', re.S)
DATE_TEXT = re.compile(r"\d{1,2}/\d{1,2}/\d{4}\s*\|\s*\d{1,2}:\d{2}\s*[AP]M")
VIEW_COUNT = re.compile(r"(View count:\s*)\d+")
BODY_START = re.compile(r'<div class="journal-content-article">')
CMS_ACCOUNT = re.compile(r'<p[^>]*class="view-content-author"')
MIRRORED = re.compile(r"Mirrored from \S+/view_content/(\d+)-([^ ]+?)\.html")
PARAGRAPH = re.compile(r"<p(?:\s[^>]*)?>.*?</p>", re.S)
TAGS = re.compile(r"<[^>]+>")
LISTING_ITEM = re.compile(r'<div class="asset-bounddary">')
PAGE_ITERATOR = re.compile(
    r'<div class="taglib-page-iterator".*?<ul class="pager lfr-pagination-buttons">.*?</ul>', re.S
)
NON_SLUG = re.compile(r"[^a-z0-9]+")


# -- text pools ---------------------------------------------------------------------------------


def slugify(title: str) -> str:
    folded = unicodedata.normalize("NFKD", title.replace("đ", "d").replace("Đ", "D"))
    ascii_only = folded.encode("ascii", "ignore").decode().lower()
    return NON_SLUG.sub("-", ascii_only)[:90].strip("-") or "bai-viet"


def visible_text(fragment: str) -> str:
    return " ".join(html.unescape(TAGS.sub(" ", fragment)).split())


def prose_paragraphs(body: str) -> list[str]:
    """Body paragraphs worth reusing: real prose, no images, no byline, no CMS account."""
    keep = []
    for p in PARAGRAPH.findall(body):
        text = visible_text(p)
        if len(text) >= 80 and "<img" not in p and "view-content-author" not in p and "base64" not in p:
            keep.append(p)
    return keep


FALLBACK_TITLES = [
    "Hội nghị tổng kết công tác thông tin và truyền thông năm 2023",
    "Triển khai kế hoạch chuyển đổi số trên địa bàn thành phố",
    "Tăng cường quản lý hoạt động báo chí, xuất bản",
    "Thông báo kết quả thi tuyển công chức",
    "Tập huấn kỹ năng bảo đảm an toàn thông tin cho cán bộ, công chức",
]
FALLBACK_PARAGRAPHS = [
    "<p>Sáng ngày 12/5, Sở Thông tin và Truyền thông đã tổ chức hội nghị với sự tham dự của đại diện "
    "các sở, ban, ngành, UBND các quận, huyện, thị xã và các doanh nghiệp viễn thông trên địa bàn.</p>",
    "<p>Thực hiện Kế hoạch số 58/KH-UBND ngày 21/02/2022 của UBND Thành phố, các đơn vị đã chủ động "
    "triển khai nhiệm vụ, bảo đảm tiến độ và chất lượng, góp phần hoàn thành các chỉ tiêu được giao.</p>",
    "<p>Phát biểu tại hội nghị, đồng chí Phó Giám đốc Sở đề nghị các đơn vị tiếp tục nâng cao chất lượng "
    "cung cấp dịch vụ công trực tuyến, đẩy mạnh ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước.</p>",
    "<p>Theo báo cáo, trong năm qua toàn Thành phố đã có hơn 900.000 lượt người dân và doanh nghiệp sử dụng "
    "dịch vụ công trực tuyến mức độ 3, 4; tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%.</p>",
    "<p>Nhân dịp này, Sở đã khen thưởng 2 tập thể và 26 cá nhân có thành tích xuất sắc, nhằm kịp thời động "
    "viên và khuyến khích các đơn vị tiếp tục phấn đấu trong thời gian tới./.</p>",
]
FALLBACK_AUTHORS = ["Kim Chi", "Phạm Linh", "Mỹ Hoa", "P. Mai", "Trọng Nghĩa"]


def read_jsonl(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# -- templates ----------------------------------------------------------------------------------


@dataclass
class Template:
    """A page cut into literal bytes and named slots: parts alternate literal, slot, literal, ..."""

    parts: list
    category: str = ""
    body_chars: int = 3000

    @classmethod
    def from_marked(cls, marked: str, **kw) -> Template:
        pieces = SLOT.split(marked)
        return cls([p.encode() if i % 2 == 0 else p for i, p in enumerate(pieces)], **kw)

    def render(self, values: dict[str, bytes]) -> bytes:
        return b"".join(p if i % 2 == 0 else values[p] for i, p in enumerate(self.parts))


def article_template(page: str, category: str) -> Template | None:
    """Mark the slots of a real article page; None when its markup is not the expected Liferay one."""
    mirrored = MIRRORED.search(page)
    body_start = BODY_START.search(page)
    if not (mirrored and body_start and TITLE_DIV.search(page) and DATE_DIV.search(page)):
        return None
    account = CMS_ACCOUNT.search(page, body_start.end())
    if not account:
        return None
    body_chars = len(page[body_start.end() : account.start()])
    page = page[: body_start.end()] + "\x00body\x00" + page[account.start() :]
    page = TITLE_TAG.sub(lambda m: m.group(1) + "\x00title\x00" + m.group(3), page, count=1)
    page = TITLE_DIV.sub(lambda m: m.group(1) + "\x00title\x00" + m.group(3), page, count=1)

    def date_line(m):
        inner = DATE_TEXT.sub("\x00date\x00", m.group(2), count=1)
        return m.group(1) + VIEW_COUNT.sub(lambda v: v.group(1) + "\x00views\x00", inner) + m.group(3)

    page = DATE_DIV.sub(date_line, page, count=1)
    old_id, old_slug = mirrored.groups()
    page = page.replace(f"{old_id}-{old_slug}", "\x00idslug\x00")
    page = re.sub(rf"(?<!\d){old_id}(?!\d)", "\x00id\x00", page)
    return Template.from_marked(page, category=category, body_chars=body_chars)


def listing_template(page: str) -> Template | None:
    """The real listing cut at its 20 items and its page iterator."""
    items = [m.start() for m in LISTING_ITEM.finditer(page)]
    iterator = PAGE_ITERATOR.search(page)
    if not items or not iterator or iterator.start() < items[0]:
        return None
    marked = page[: items[0]] + "\x00items\x00\x00pager\x00" + page[iterator.end() :]
    marked = TITLE_TAG.sub(lambda m: m.group(1) + "\x00title\x00" + m.group(3), marked, count=1)
    return Template.from_marked(marked)


CHROME_LINKS = "".join(
    f'<li><a href="/vi/chuyen-muc-{i}">Chuyên mục {i} của Sở Thông tin và Truyền thông</a></li>' for i in range(160)
)
FALLBACK_HEAD = (
    '<!DOCTYPE html> <html class="aui ltr" dir="ltr" lang="vi-VN"> <head> <title>\x00title\x00 - Tin tức sự kiện - '
    'Sở Thông Tin Và Truyền Thông</title> <meta content="text/html; charset=UTF-8" http-equiv="content-type" />'
    "<script>var Liferay = {ThemeDisplay: {getLanguageId: function() {return 'vi_VN';}}};</script>"
    + "<script>/* theme scripts */ "
    + "var a=1;" * 1500
    + "</script></head><body><nav><ul>"
    + CHROME_LINKS
    + "</ul></nav>"
)
FALLBACK_FOOT = (
    "<footer><div>Sơ đồ cổng</div><ul>"
    + CHROME_LINKS
    + "</ul><p>Số 185 Giảng Võ, Đống Đa, Hà Nội</p></footer></body></html>"
)
FALLBACK_ARTICLE = (
    FALLBACK_HEAD + '<section class="portlet" id="portlet_101"><h1 class="portlet-title">Tin tức nổi bật</h1><div>'
    '<div class="asset-full-content-title">\x00title\x00</div>'
    '<div class="assetPublishDate block_timer"> Ngày đăng \x00date\x00 &nbsp;|&nbsp;View count: \x00views\x00 </div>'
    '<div class="asset-full-content show-asset-title"><div class="asset-content" id="_101_\x00id\x00">'
    '<div class="sapo-wrapper clearfix"><p class="sapo"></p></div>'
    '<div class="journal-content-article">\x00body\x00<p align="right" class="view-content-author"><strong><em>'
    "admin admin</em></strong></p></div></div></div>"
    '<div class="related_asset"><div class="title">Các tin khác</div><ul>'
    + "".join(
        f'<li><a href="/vi/tin-tuc-su-kien/-/view_content/{i}-tin-khac.html">Tin khác số {i}</a></li>'
        for i in range(10)
    )
    + '</ul></div><div class="asset-control-detail"><a href="?_101_viewMode=print">In trang</a></div>'
    '<link rel="canonical" href="/vi/tin-tuc-su-kien/-/view_content/\x00idslug\x00.html"/></div></section>'
    + FALLBACK_FOOT
)
FALLBACK_LISTING = (
    FALLBACK_HEAD + '<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_101_">'
    '<section class="portlet" id="portlet_101"><h1 class="portlet-title">Tin tức nổi bật</h1>'
    '<div class="portlet-body">\x00items\x00\x00pager\x00</div></section></div>' + FALLBACK_FOOT
)


# -- the portal ---------------------------------------------------------------------------------


class Portal:
    """Renders every page of a portal of `pages` articles spread over `categories`."""

    def __init__(
        self, pages: int, categories: tuple[str, ...] = DEFAULT_CATEGORIES, realpages: Path = REALPAGES / "pages"
    ):
        self.pages = pages
        self.categories = tuple(categories)
        self.first_id = FIRST_ID  # the asset id of article 0: another gives another portal's articles
        self.source = "real Liferay pages" if realpages.is_dir() else "built-in template"
        self.article_templates, self.listing, titles, paragraphs, authors = self._load(realpages)
        self.titles = titles or FALLBACK_TITLES
        self.paragraphs = [p.encode() for p in (paragraphs or FALLBACK_PARAGRAPHS)]
        self.authors = authors or FALLBACK_AUTHORS
        by_category: dict[str, list[Template]] = {}
        for t in self.article_templates:
            by_category.setdefault(t.category, []).append(t)
        # Each category's articles wear its own templates when the real set has some.
        self.templates_for = {c: by_category.get(c) or self.article_templates for c in self.categories}

    # loading

    def _load(self, folder: Path):
        templates, titles, paragraphs, authors = [], [], [], []
        listing = None
        if folder.is_dir():
            for path in sorted(folder.glob("*.html")):
                page = path.read_text(encoding="utf-8")
                name = path.stem
                if name.startswith("sotttt_listing_"):
                    listing = listing or (listing_template(page) if "tin-tuc-su-kien" in name else None)
                    continue
                if name.endswith("_print") or len(page.encode()) > MAX_TEMPLATE_BYTES:
                    continue
                category = name.split("_")[1]
                template = article_template(page, category)
                if template is None:
                    continue
                templates.append(template)
                title = TITLE_DIV.search(page)
                titles.append(visible_text(title.group(2)))
                body = page[BODY_START.search(page).end() :]
                paragraphs.extend(prose_paragraphs(body[: CMS_ACCOUNT.search(body).start()]))
            authors = self._bylines(folder.parent / "gold.jsonl")
            titles += self._listed_titles(folder.parent / "listings.jsonl")
        if not templates:
            templates = [Template.from_marked(FALLBACK_ARTICLE, category="tin-tuc-su-kien")]
        return templates, listing or Template.from_marked(FALLBACK_LISTING), titles, paragraphs, authors

    @staticmethod
    def _bylines(gold: Path) -> list[str]:
        names = {record.get("author") for record in read_jsonl(gold)}
        return sorted(n for n in names if n)

    @staticmethod
    def _listed_titles(listings: Path) -> list[str]:
        return [
            item["title"] for record in read_jsonl(listings) for item in record.get("items", ()) if item.get("title")
        ]

    # addressing

    def category_of(self, index: int) -> str:
        return self.categories[index % len(self.categories)]

    def articles_in(self, category: str) -> int:
        c = self.categories.index(category)
        return max(0, (self.pages - c + len(self.categories) - 1) // len(self.categories))

    def listing_pages(self, category: str) -> int:
        return max(1, -(-self.articles_in(category) // PAGE_SIZE))

    def title_of(self, index: int) -> str:
        return self.titles[(index * 7919) % len(self.titles)]

    def article_path(self, index: int) -> str:
        return (
            f"/vi/{self.category_of(index)}/-/view_content/{self.first_id + index}-{slugify(self.title_of(index))}.html"
        )

    def published(self, index: int) -> datetime:
        return NEWEST - STEP * index

    def views(self, index: int) -> int:
        return (index * 2654435761) % 3000

    @staticmethod
    def listing_query(category: str, page: int) -> str:
        return (
            f"{category}?p_p_id=101&amp;p_p_lifecycle=0&amp;p_p_state=normal&amp;p_p_mode=view&amp;"
            "p_p_col_id=column-1&amp;p_p_col_pos=1&amp;p_p_col_count=2&amp;_101_delta=20&amp;_101_keywords=&amp;"
            f"_101_advancedSearch=false&amp;_101_andOperator=true&amp;p_r_p_564233524_resetCur=false&amp;_101_cur={page}"
        )

    # rendering

    def respond(self, target: str) -> tuple[int, bytes]:
        parts = urlsplit(target)
        path = unquote(parts.path)
        if path == "/robots.txt":
            return 200, b"User-agent: *\nDisallow: /c/\nDisallow: /group/\nAllow: /vi/\n"
        segments = path.strip("/").split("/")
        if len(segments) == 2 and segments[0] == "vi" and segments[1] in self.categories:
            cur = parse_qs(parts.query).get("_101_cur", ["1"])[0]
            page = int(cur) if cur.isdigit() else 0
            if 1 <= page <= self.listing_pages(segments[1]):
                return 200, self.render_listing(segments[1], page)
        if len(segments) == 5 and segments[0] == "vi" and segments[2:4] == ["-", "view_content"]:
            asset = segments[4].split("-", 1)[0]
            index = int(asset) - self.first_id if asset.isdigit() else -1
            if 0 <= index < self.pages and self.article_path(index) == path:
                return 200, self.render_article(index)
        return 404, b"<html><body><h1>Not Found</h1><p>The requested resource was not found.</p></body></html>"

    def render_article(self, index: int) -> bytes:
        templates = self.templates_for[self.category_of(index)]
        template = templates[index % len(templates)]
        rng = random.Random(index)
        when = self.published(index)
        placeholder = when < PLACEHOLDER_BEFORE
        date = (
            when.strftime("%d/%m/%Y")
            + " | "
            + ("12:00 AM" if placeholder else f"{(when.hour - 1) % 12 + 1}:{when:%M %p}")
        )
        title = self.title_of(index)
        # Mostly the template's own body length (real pages vary), never fewer than three paragraphs.
        target = max(1500, int(template.body_chars * rng.uniform(0.7, 1.3)))
        body, size = [], 0
        while size < target or len(body) < 3:
            paragraph = self.paragraphs[rng.randrange(len(self.paragraphs))]
            body.append(paragraph)
            size += len(paragraph)
        if rng.random() < 0.6:
            author = html.escape(self.authors[rng.randrange(len(self.authors))])
            body.append(f'<p align="right"><strong>{author}</strong></p>'.encode())
        slug = slugify(title)
        return template.render(
            {
                "title": html.escape(title, quote=False).encode(),
                "date": date.encode(),
                "views": str(self.views(index)).encode(),
                "body": b"\n".join(body),
                "idslug": f"{self.first_id + index}-{slug}".encode(),
                "id": str(self.first_id + index).encode(),
            }
        )

    def render_listing(self, category: str, page: int) -> bytes:
        c, n = self.categories.index(category), len(self.categories)
        first = (page - 1) * PAGE_SIZE
        ranks = range(first, min(first + PAGE_SIZE, self.articles_in(category)))
        items = "".join(self.listing_item(rank * n + c, category) for rank in ranks)
        return self.listing.render(
            {
                "title": html.escape(category.replace("-", " ").capitalize()).encode(),
                "items": items.encode(),
                "pager": self.page_iterator(category, page, first, len(ranks)).encode(),
            }
        )

    def listing_item(self, index: int, category: str) -> str:
        when = self.published(index)
        title = html.escape(self.title_of(index))
        href = self.article_path(index).removeprefix("/vi/")
        image = (
            f'<div class="asset-image"><a href="{href}"><img src="/image/journal/article?img_id={self.first_id + index - 1}" '
            'alt=""/></a> </div> '
            if index % 3 == 0
            else ""
        )
        style = "" if image else ' style="margin-left: 0"'
        return (
            '<div class="asset-bounddary"> <div class="asset-abstract "> <!-- <div class="asset_actions_custom_style"> '
            f'</div> --> <div class="asset-content normal-news"> {image}<div class="asset-content-custom"{style} > '
            f'<h3 class="asset-title"> <a href="{href}">{title}</a> </h3> <div class="assetPublishDate block_timer"> '
            f"Ngày đăng {when:%d/%m/%Y | %I:%M %p} &nbsp;|&nbsp;View count: {self.views(index)} </div> "
            f'<div class="asset-summary"> {title} </div> </div> </div> <div class="asset-metadata"> </div> </div> </div> '
        )

    def page_iterator(self, category: str, page: int, first: int, count: int) -> str:
        last = self.listing_pages(category)
        window = range(max(1, page - 12), min(last, max(1, page - 12) + 25) + 1)
        menu = "".join(
            f'<li class="custom-paging" role="presentation"> <a href="{self.listing_query(category, p)}" class=" taglib-icon" '
            f'id="_101_kldx_column1_1_menu_{p}" role="menuitem" > <span class="taglib-text-icon">{p}</span> </a> </li> '
            for p in window
        )

        def button(css: str, label: str, target: int | None) -> str:
            if target is None:
                return f'<li class="disabled{css}"> <a href="javascript:;" target="_self"> {label} </a> </li> '
            return f'<li class="{css}"> <a href="{self.listing_query(category, target)}" target="_self"> {label} </a> </li> '

        total = f"{self.articles_in(category):,}".replace(",", ".")
        return (
            '<div class="taglib-page-iterator" id="_101_ocerSearchContainerPageIterator"> <div class="clearfix lfr-pagination"> '
            '<div class="lfr-pagination-config"> <div class="lfr-pagination-page-selector"> '
            '<div class="btn-group lfr-icon-menu current-page-menu custom-paging"><a class="dropdown-toggle direction-down '
            f'max-display-items-15 btn" href="javascript:;" id="_101_kldx_column1_1_menu" title=" {page} "><span '
            f'class="lfr-icon-menu-text"> {page} </span><i class="caret"></i> </a><ul class="dropdown-menu lfr-menu-list '
            f'direction-down"> {menu}</ul></div> </div> <div class="lfr-pagination-delta-selector"> <div style="margin-right: '
            f'5px"> Trang </div> </div> </div> <small class="search-results"> Hiển thị {first + 1} - {first + count} of {total} '
            'kết quả. </small> <ul class="pager lfr-pagination-buttons"> '
            + button(" first", "&larr; Đầu tiên", 1 if page > 1 else None)
            + button("", "Trước", page - 1 if page > 1 else None)
            + button("", "next", page + 1 if page < last else None)
            + button(" last", "Cuối cùng &rarr;", last if page < last else None)
            + "</ul>"
        )


# -- the server ---------------------------------------------------------------------------------


class HttpConnection(asyncio.Protocol):
    """HTTP/1.1 GET with keep-alive; enough for a crawler, nothing more."""

    portal: Portal

    def connection_made(self, transport):
        self.transport = transport
        self.buffer = b""

    def data_received(self, data: bytes):
        self.buffer += data
        while b"\r\n\r\n" in self.buffer:
            head, _, self.buffer = self.buffer.partition(b"\r\n\r\n")
            request_line, *header_lines = head.split(b"\r\n")
            try:
                method, target, _version = request_line.decode("latin-1").split(" ", 2)
            except ValueError:
                self.transport.close()
                return
            status, body = self.portal.respond(target)
            is_robots = target == "/robots.txt"
            headers = (
                f"HTTP/1.1 {status} {'OK' if status == 200 else 'Not Found'}\r\n"
                f"Date: {formatdate(usegmt=True)}\r\nServer: Apache-Coyote/1.1\r\n"
                f"Content-Type: {'text/plain' if is_robots else 'text/html;charset=UTF-8'}\r\n"
                f"Content-Length: {len(body)}\r\nContent-Language: vi-VN\r\n\r\n"
            )
            self.transport.write(headers.encode() + (body if method != "HEAD" else b""))
            if any(line.lower() == b"connection: close" for line in header_lines):
                self.transport.close()
                return


async def serve(portal: Portal, port: int) -> None:
    HttpConnection.portal = portal
    loop = asyncio.get_running_loop()
    server = await loop.create_server(HttpConnection, "127.0.0.1", port, backlog=256)
    print(f"READY http://127.0.0.1:{server.sockets[0].getsockname()[1]}", flush=True)
    print(
        f"portal: {portal.pages} articles in {len(portal.categories)} categories, "
        f"{sum(portal.listing_pages(c) for c in portal.categories)} listing pages, from {portal.source}",
        file=sys.stderr,
        flush=True,
    )
    async with server:
        await server.serve_forever()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000, help="article pages (default 2000)")
    parser.add_argument("--categories", default=",".join(DEFAULT_CATEGORIES), help="comma-separated category slugs")
    parser.add_argument("--port", type=int, default=0, help="0: any free port")
    parser.add_argument(
        "--realpages",
        type=Path,
        default=REALPAGES,
        help=f"folder of real Liferay pages to build templates from (default {REALPAGES})",
    )
    args = parser.parse_args(argv)
    portal = Portal(args.pages, tuple(c for c in args.categories.split(",") if c), args.realpages / "pages")
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(portal, args.port))
    return 0


if __name__ == "__main__":
    sys.exit(main())
