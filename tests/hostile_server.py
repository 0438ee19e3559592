"""A hostile portal on 127.0.0.1: each page is one way a server can hurt a crawler.

Every case is bounded, so a crawler that fails to refuse it still ends: the gzip bomb expands to
BOMB_MB, the endless stream stops after ENDLESS_MB. A second server on 127.0.0.2 (another host, as
far as the crawler can tell) only records whether anything asked it for a page.
"""

import gzip
import threading
import time
from functools import cache, partial
from http.server import ThreadingHTTPServer
from pathlib import Path

from archiver.localserver import HTML, PortalHandler

BOMB_MB = 64  # expanded size of the gzip bomb: far above the tests' --max-size, cheap to build
ENDLESS_MB = 256  # where the "endless" chunked stream gives up, so a crawler that never stops still ends
RETRY_AFTER = 1  # seconds a 429 / 503 asks the crawler to wait
SLOW = 5  # seconds /slow.html takes to answer (not linked from /: only a crawl that asks for it waits)
DEPTH = 400  # elements nested above the article: more than libxml2's 256
LONG_URL = "/long?q=" + "x" * 2100  # over Scrapy's URLLENGTH_LIMIT (2083)
ARTICLE = (
    Path(__file__).resolve().parents[1]
    / "archiver"
    / "demo_site"
    / "tin-hoat-dong"
    / ("dai-hoi-dai-bieu-mttq-viet-nam-huyen-tan-hoa-nhiem-ky-2019-2024-1380.aspx")
)
ARTICLE_TITLE = "Đại hội đại biểu MTTQ Việt Nam huyện".encode()  # the start of the page's title, wherever it shows
PAGES = (
    "/bomb.html",
    "/endless.html",
    "/to-localhost.html",
    "/to-other-ip.html",
    "/busy.html",
    "/unavailable.html",
    "/private/secret.html",
    LONG_URL,
    "/bad-canonical.html",
    "/deep.html",
    "/fine.html",
)


@cache
def bomb() -> bytes:
    return gzip.compress(b"<html><body><p>" + b"a" * (BOMB_MB << 20) + b"</p></body></html>", 9)


def article(head: bytes = b"", depth: int = 0, path: str = "") -> bytes:
    """A real article page, keyed by the URL it is served at (its own canonical link and links removed); its
    title carries the path, so each page is an article of its own (the same content elsewhere is the same one)."""
    page = ARTICLE.read_bytes().replace(b'<link rel="canonical"', b'<link rel="alternate"')
    page = page.replace(ARTICLE_TITLE, path.encode() + b" " + ARTICLE_TITLE)
    page = page.replace(b'href="/', b'href="#/').replace(b'href="https://', b'href="#')
    page = page.replace(b"<head id=", head + b"<head id=", 1) if head else page
    if depth:
        start = page.index(b">", page.index(b"<body")) + 1
        page = page[:start] + b"<div>" * depth + page[start:]
    return page


class HostileHandler(PortalHandler):
    protocol_version = "HTTP/1.1"  # chunked transfer, and redirects on one connection
    other_host = ""  # the 127.0.0.2 server's base URL
    requests: list  # (time, Host header, path) of every request, shared by the class of one server
    served: dict  # path -> times answered

    def do_GET(self):
        path = self.path
        self.requests.append((time.monotonic(), self.headers.get("Host", ""), path))
        count = self.served[path] = self.served.get(path, 0) + 1
        port = self.server.server_address[1]
        if path == "/robots.txt":
            self.reply(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        elif path == "/":
            links = "".join(f'<a href="{p}">{p[:40]}</a> ' for p in PAGES)
            self.reply(200, f"<html><body>{links}</body></html>".encode())
        elif path == "/bomb.html":
            self.reply(200, bomb(), headers={"Content-Encoding": "gzip"})
        elif path == "/endless.html":
            self.endless()
        elif path == "/slow.html":
            time.sleep(SLOW)
            self.reply(200, article(path=path))
        elif path == "/to-localhost.html":
            self.redirect(f"http://localhost:{port}/target-localhost.html")
        elif path == "/to-other-ip.html":
            self.redirect(f"{self.other_host}/target-other-ip.html")
        elif path in ("/busy.html", "/unavailable.html") and count == 1:
            status = 429 if path == "/busy.html" else 503
            self.reply(status, b"<html><body>slow down</body></html>", headers={"Retry-After": str(RETRY_AFTER)})
        elif path == "/bad-canonical.html":
            self.reply(200, article(head=b'<link rel="canonical" href="http://[x]/">', path=path))
        elif path == "/deep.html":
            self.reply(200, article(depth=DEPTH, path=path))
        elif path.startswith("/private/") or path.startswith("/target-") or path in PAGES:
            self.reply(200, article(path=path))
        else:
            self.reply(404, b"<html><body>not here</body></html>")

    def reply(self, status: int, body: bytes, ctype: str = HTML, headers: dict | None = None):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location: str):
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def endless(self):
        self.send_response(200)
        self.send_header("Content-Type", HTML)
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("Connection", "close")
        self.end_headers()
        chunk = b"<p>" + b"b" * (64 << 10) + b"</p>"
        frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
        try:
            for _ in range((ENDLESS_MB << 20) // len(chunk)):
                self.wfile.write(frame)
            self.wfile.write(b"0\r\n\r\n")
        except OSError:  # the crawler hung up: what a crawler with a size limit does
            pass
        self.close_connection = True


def _serve(host: str, folder: Path, **attributes) -> tuple[ThreadingHTTPServer, type]:
    handler = type("Handler", (HostileHandler,), {"requests": [], "served": {}, **attributes})
    server = ThreadingHTTPServer((host, 0), partial(handler, directory=str(folder)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, handler


def serve_hostile(folder: Path):
    """(main server, its handler class, other-host server, its handler class, base URL)."""
    other, other_handler = _serve("127.0.0.2", folder)
    other_base = f"http://127.0.0.2:{other.server_address[1]}"
    server, handler = _serve("127.0.0.1", folder, other_host=other_base)
    return server, handler, other, other_handler, f"http://127.0.0.1:{server.server_address[1]}"
