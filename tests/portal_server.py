"""A portal on 127.0.0.1 that misbehaves on purpose: 500s, a slow page, a redirect loop, a PDF."""

import os
import threading
import time
from functools import partial
from http.server import ThreadingHTTPServer

from archiver.localserver import PortalHandler

SLOW_SECONDS = 3


class TrapHandler(PortalHandler):
    def do_GET(self):
        path = self.path.split("?")[0]
        if path == "/trap/error-500.html":
            self.reply(500, b"<html><body>Internal Server Error</body></html>")
        elif path == "/trap/slow.html":
            time.sleep(SLOW_SECONDS)
            self.reply(200, b"<html><body>late</body></html>")
        elif path == "/trap/loop.html":
            self.send_response(302)
            self.send_header("Location", "/trap/loop.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/trap/download.aspx":  # an attachment behind a page-like URL
            self.reply(200, b"%PDF-1.4 not really", "application/pdf")
        else:
            super().do_GET()

    def reply(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8"):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def serve_traps(folder, port=0):
    server = ThreadingHTTPServer(("127.0.0.1", port), partial(TrapHandler, directory=str(folder)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


class SavedPortalHandler(PortalHandler):
    """A folder saved by HTTrack served at the portal's own addresses: /vi/tin-tuc-su-kien is the file
    vi/tin-tuc-su-kien.html (HTTrack's saved links, which name the .html files, are served as they are)."""

    def translate_path(self, path):
        local = super().translate_path(path)
        if not os.path.isfile(local) and os.path.isfile(local.rstrip("/") + ".html"):
            return local.rstrip("/") + ".html"
        return local


def serve_saved(folder):
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(SavedPortalHandler, directory=str(folder)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"
