"""`archiver serve`: datasette with the shipped metadata, folded search over HTTP and in a real browser."""

import base64
import hashlib
import importlib.util
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import ROOT, assert_one_line_error, free_port
from test_search import build_archive

from archiver.datasette.metadata import QUERIES, TABLES, build_metadata
from archiver.store import Archive

HAS_DATASETTE = importlib.util.find_spec("datasette") is not None
needs_datasette = pytest.mark.skipif(not HAS_DATASETTE, reason="datasette is not installed (pip install -e '.[serve]')")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SHADOW_SUFFIXES = ("data", "idx", "docsize", "config", "content")
XU_PHAT = "https://danang.gov.vn/tin/1"


def env() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def get_json(url: str):
    with urllib.request.urlopen(url, timeout=20) as response:
        return json.load(response)


@contextmanager
def archiver_serve(db: Path, *options: str):
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "archiver", "serve", "--db", str(db), "--port", str(port), *options],
        env=env(),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                get_json(base + "/-/versions.json")
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"archiver serve did not start: {process.communicate()[0]}") from None
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_serve_without_datasette_says_how_to_install(tmp_path):
    db = build_archive(tmp_path / "archive.db")
    fake = tmp_path / "hidden" / "datasette"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("raise ImportError('datasette hidden for this test')\n")
    result = subprocess.run(
        [sys.executable, "-m", "archiver", "serve", "--db", str(db), "--port", str(free_port())],
        env={**env(), "PYTHONPATH": f"{fake.parent}{os.pathsep}{ROOT}"},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert_one_line_error(result, 1)
    assert "pip install -e '.[serve]'" in result.stderr


def test_metadata_describes_every_table_and_column(tmp_path):
    with Archive(tmp_path / "archive.db") as archive:
        objects = archive.db.execute(
            "SELECT name, type, sql FROM sqlite_master WHERE type IN ('table', 'view')"
        ).fetchall()
        virtual = {name for name, _, sql in objects if sql and sql.startswith("CREATE VIRTUAL TABLE")}
        shadow = {f"{v}_{suffix}" for v in virtual for suffix in SHADOW_SUFFIXES}
        described = {name for name, _, _ in objects if name not in virtual | shadow and not name.startswith("sqlite_")}
        assert described == set(TABLES)
        for name in described:
            columns = [row[1] for row in archive.db.execute(f"PRAGMA table_info([{name}])")]
            assert set(TABLES[name]["columns"]) == set(columns), name
    articles = build_metadata("archive")["databases"]["archive"]["tables"]["articles"]
    assert articles["fts_table"] == "articles_fts"
    assert articles["facets"] == ["site", "category", "published_month", "author"]


@pytest.mark.e2e
@needs_datasette
def test_search_facets_and_canned_queries_over_http(tmp_path):
    db = build_archive(tmp_path / "archive.db")
    with archiver_serve(db) as base:
        for typed in ("xu phat", "đà nẵng", "Xử phạt"):
            found = get_json(f"{base}/archive/articles.json?_shape=array&_search={urllib.parse.quote_plus(typed)}")
            assert [row["canonical_url"] for row in found] == [XU_PHAT], typed
        table = get_json(f"{base}/archive/articles.json")
        assert set(table["facet_results"]) == {"site", "category", "published_month", "author"}
        searched = get_json(f"{base}/archive/search.json?_shape=array&q=da+nang+xu+phat")
        assert [row["canonical_url"] for row in searched] == [XU_PHAT]
        assert "[Đà Nẵng xử phạt]" in searched[0]["snippet"]  # one word of four syllables
        assert get_json(f"{base}/archive/search.json?_shape=array&q=") == []
        views = get_json(f"{base}/archive/most_viewed.json?_shape=array")
        assert [row["views"] for row in views] == [1200, 300, 50]
        per_month = get_json(f"{base}/archive/articles_per_site_per_month.json?_shape=array")
        assert {(r["site"], r["published_month"], r["articles"]) for r in per_month} == {
            ("danang", "2024-03", 1),
            ("hue", "2024-01", 1),
            ("hue", "2023-12", 1),
        }
        assert len(get_json(f"{base}/archive/latest_articles.json?_shape=array")) == 3
        with sqlite3.connect(db) as conn:
            conn.execute(
                "INSERT INTO article_versions (canonical_url, title, changed_at) VALUES (?, 'old', '2024-05-01T00:00:00+00:00')",
                (XU_PHAT,),
            )
        changed = get_json(f"{base}/archive/changed_since.json?_shape=array&since=2024-04-01")
        assert [(row["canonical_url"], row["changes"]) for row in changed] == [(XU_PHAT, 1)]
        assert get_json(f"{base}/archive/changed_since.json?_shape=array&since=2024-06-01") == []
    assert set(QUERIES) == {"latest_articles", "articles_per_site_per_month", "search", "changed_since", "most_viewed"}


# -- a real browser, driven over the DevTools protocol ----------------------------------------------


class Browser:
    """Headless Chromium and one page, spoken to over the DevTools protocol (websocket-client)."""

    def __init__(self, profile: Path):
        self.process = subprocess.Popen(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,1000",
                f"--user-data-dir={profile}",
                "--remote-debugging-port=0",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        port = self._devtools_port(profile / "DevToolsActivePort")
        pages = self._pages(port)
        import websocket

        self.socket = websocket.create_connection(pages[0]["webSocketDebuggerUrl"], timeout=30, suppress_origin=True)
        self.next_id = 0
        self.send("Page.enable")

    def _pages(self, port: int) -> list:
        """The page targets, once the DevTools endpoint answers (it may lag behind its port file)."""
        deadline = time.monotonic() + 30
        while True:
            try:
                return [t for t in get_json(f"http://127.0.0.1:{port}/json/list") if t["type"] == "page"]
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def _devtools_port(self, port_file: Path) -> int:
        deadline = time.monotonic() + 30
        while not (port_file.exists() and port_file.read_text().strip()):
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError("chromium did not start")
            time.sleep(0.1)
        return int(port_file.read_text().split()[0])

    def send(self, method: str, wait_event: str | None = None, **params):
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        result, seen_event = None, wait_event is None
        while result is None or not seen_event:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise AssertionError(f"{method}: {message['error']}")
                result = message["result"]
            elif message.get("method") == wait_event:
                seen_event = True
        return result

    def evaluate(self, expression: str):
        return self.send("Runtime.evaluate", expression=expression, returnByValue=True)["result"].get("value")

    def type_text(self, text: str):
        for char in text:
            self.send("Input.dispatchKeyEvent", type="keyDown", key=char, text=char)
            self.send("Input.dispatchKeyEvent", type="keyUp", key=char)

    def press_enter(self, wait_event: str):
        self.send(
            "Input.dispatchKeyEvent", type="keyDown", key="Enter", code="Enter", windowsVirtualKeyCode=13, text="\r"
        )
        self.send(
            "Input.dispatchKeyEvent", wait_event, type="keyUp", key="Enter", code="Enter", windowsVirtualKeyCode=13
        )

    def close(self):
        self.socket.close()
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.mark.e2e
@needs_datasette
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_search_box_in_a_real_browser(tmp_path):
    pytest.importorskip("websocket", reason="websocket-client is not installed")
    db = build_archive(tmp_path / "archive.db")
    # ignore_cleanup_errors: Chromium's helper processes may still write its profile as it shuts down
    with (
        archiver_serve(db) as base,
        tempfile.TemporaryDirectory(prefix="chromium-", ignore_cleanup_errors=True) as profile,
    ):
        browser = Browser(Path(profile))
        try:
            browser.send("Page.navigate", "Page.loadEventFired", url=f"{base}/archive/articles")
            assert browser.evaluate("document.querySelectorAll('table.rows-and-columns tbody tr').length") == 3
            assert (
                browser.evaluate(
                    "document.activeElement.blur(); document.querySelector('input[name=_search]').focus(); "
                    "document.activeElement.name"
                )
                == "_search"
            )
            browser.type_text("xu phat")
            browser.press_enter("Page.loadEventFired")
            assert "_search=xu+phat" in browser.evaluate("location.search")
            listed = browser.evaluate(
                "Array.from(document.querySelectorAll('table.rows-and-columns tbody tr'), r => r.innerText)"
            )
            assert len(listed) == 1 and "Đà Nẵng xử phạt 12 cơ sở vi phạm" in listed[0]
            shot = browser.send("Page.captureScreenshot", format="png")
            (tmp_path / "search-results.png").write_bytes(base64.b64decode(shot["data"]))
        finally:
            browser.close()


@needs_datasette
def test_only_searches_of_the_articles_table_go_to_the_ranked_view():
    from archiver.datasette.plugins.fold_search import ranked_location

    form = "_search=xu+phat&_sort=published_at&_sort_by_desc=on&site=hue"
    assert ranked_location("/archive/articles", form) == "/archive/articles_search?_search=xu+phat&site=hue"
    assert ranked_location("/archive/articles.json", "_search=a&_sort=views") == (
        "/archive/articles_search.json?_search=a&_sort=views"
    )
    for path, query in [
        ("/archive/articles", "_search="),
        ("/archive/articles", "site=hue"),
        ("/archive/captures", "_search=a"),
    ]:
        assert ranked_location(path, query) is None


@needs_datasette
def test_no_sql_turns_off_visitors_sql_but_not_search_or_canned_queries(tmp_path):
    db = build_archive(tmp_path / "archive.db")
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    sql = "/archive.json?" + urllib.parse.urlencode({"sql": "select count(*) from articles"})
    with archiver_serve(db) as base:
        assert get_json(base + sql)["rows"] == [[3]]  # datasette's default: any read-only SQL
    with archiver_serve(db, "--no-sql") as base:
        with pytest.raises(urllib.error.HTTPError) as refused:
            get_json(base + sql)
        assert refused.value.code == 403
        found = get_json(base + "/archive/articles.json?" + urllib.parse.urlencode({"_search": "xu phat"}))
        assert [row[0] if isinstance(row, list) else row for row in found["rows"]]
        canned = next(iter(QUERIES))
        assert urllib.request.urlopen(f"{base}/archive/{canned}", timeout=20).status == 200
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before  # serving never wrote the archive
