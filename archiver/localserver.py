"""Serve a folder of saved pages on 127.0.0.1: the demo portal, and the portals of the tests and benchmarks."""

import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HTML = "text/html; charset=utf-8"


class PortalHandler(SimpleHTTPRequestHandler):
    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".html": HTML,
        ".htm": HTML,
        ".aspx": HTML,
        ".php": HTML,
    }

    def log_message(self, format, *args):  # quiet: the crawl reports what matters
        pass


def serve(folder: Path, port: int = 0) -> tuple[ThreadingHTTPServer, str]:
    """Start serving `folder` in a background thread; returns the server and its base URL."""
    handler = partial(PortalHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"
