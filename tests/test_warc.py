"""WARC export (checked with warcio's own tools) and import (this tool's files and wget/Heritrix-style ones)."""

import gzip
import hashlib
import json
import subprocess
import sys
from base64 import b32encode
from io import BytesIO

import pytest
from conftest import FIXTURES, archiver, assert_one_line_error, rows, run_archiver
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archiver import profiles
from archiver.errors import ArchiverError
from archiver.extract import extract
from archiver.store import Archive, Capture, stored_bytes
from archiver.warc import import_warc, write_warc

ARTICLE_COLUMNS = ("canonical_url", "title", "published_at", "author", "views", "body")
FIXTURE_PAGES = sorted(FIXTURES.glob("*/*.html"))
HTML = "text/html; charset=utf-8"


def fixture_url(page) -> str:
    expected = json.loads(page.with_name(page.name.replace(".html", ".expected.json")).read_text("utf-8"))
    return expected["url"]


def warcio_tool(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "warcio.cli", *map(str, args)], capture_output=True, text=True)


def store_page(archive, crawl_id, url, body, fetched_at, *, gzipped=False, kind="page", site=None, headers=None) -> int:
    """Capture and extract one page the way the live pipeline does."""
    received = headers or [("Content-Type", HTML), ("Server", "Microsoft-IIS/8.5")]
    capture = Capture(
        url=url,
        final_url=url,
        status=200,
        fetched_at=fetched_at,
        body=body,
        content_type=HTML,
        headers=received + ([("Content-Encoding", "gzip")] if gzipped else []),
        request_headers=[("User-Agent", "govnews-archiver test"), ("Accept-Encoding", "gzip, deflate")],
        raw_body=gzip.compress(body) if gzipped else None,
        content_encoding="gzip" if gzipped else None,
        kind=kind,
        site=site or url.split("/")[2],
    )
    capture_id = archive.add_capture(capture, crawl_id)
    profile = profiles.for_url(url)
    ex = extract(body, url, HTML, profile)
    if kind == "article" or ex.is_article:
        archive.save_article(ex, capture_id=capture_id, site=capture.site, fetched_at=fetched_at)
    return capture_id


def build_archive(path) -> Archive:
    """Fixture pages (one served gzip-encoded), plus a 404, a failed fetch and an image."""
    archive = Archive(path)
    crawl_id = archive.begin_crawl(["--url https://mttq.baclieu.gov.vn/"], {"delay": 1.0, "concurrency": 1})
    for n, page in enumerate(FIXTURE_PAGES):
        store_page(
            archive,
            crawl_id,
            fixture_url(page),
            page.read_bytes(),
            f"2024-03-0{1 + n % 2}T02:00:{n:02d}+00:00",
            gzipped=(n == 0),
        )
    archive.add_capture(
        Capture(
            url="https://mttq.baclieu.gov.vn/missing.aspx",
            status=404,
            body=b"<html>gone</html>",
            fetched_at="2024-03-02T03:00:00+00:00",
            content_type=HTML,
            headers=[("Content-Type", HTML)],
            error="http_404",
        ),
        crawl_id,
    )
    archive.add_capture(
        Capture(url="https://mttq.baclieu.gov.vn/slow.aspx", fetched_at="2024-03-02T03:00:01+00:00", error="timeout"),
        crawl_id,
    )
    archive.add_capture(
        Capture(
            url="https://mttq.baclieu.gov.vn/logo.png",
            status=200,
            body=b"\x89PNG\r\n\x1a\nxx",
            fetched_at="2024-03-02T03:00:02+00:00",
            content_type="image/png",
            headers=[("Content-Type", "image/png")],
            kind="other",
        ),
        crawl_id,
    )
    archive.finish_crawl(crawl_id, "finished", {})
    archive.flush()
    return archive


def articles(db) -> list[tuple]:
    return rows(db, f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles ORDER BY canonical_url")


def records(path) -> list:
    with open(path, "rb") as stream:
        return [(r.rec_type, r.rec_headers, r.http_headers, r.raw_stream.read()) for r in ArchiveIterator(stream)]


# -- export ------------------------------------------------------------------------------------


def test_export_passes_warcio_check_and_index(tmp_path):
    with build_archive(tmp_path / "a.db") as archive:
        count = write_warc(archive, tmp_path / "out.warc.gz")
    responses = rows(tmp_path / "a.db", "SELECT count(*) FROM captures WHERE status IS NOT NULL")[0][0]
    assert count == responses == len(FIXTURE_PAGES) + 2
    check = warcio_tool("check", "-v", tmp_path / "out.warc.gz")
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.count("digest pass") == 1 + 2 * count  # warcinfo + request and response per capture
    index = warcio_tool("index", "-f", "warc-type,warc-target-uri", tmp_path / "out.warc.gz")
    listed = [json.loads(line) for line in index.stdout.splitlines()]
    assert [r["warc-type"] for r in listed] == ["warcinfo"] + ["response", "request"] * count
    # each file is a sequence of gzip members, one per record
    with gzip.open(tmp_path / "out.warc.gz") as whole:
        assert whole.read(8) == b"WARC/1.1"


def test_records_carry_sha256_digests_dates_and_links(tmp_path):
    with build_archive(tmp_path / "a.db") as archive:
        write_warc(archive, tmp_path / "out.warc.gz")
        stored = archive.query("SELECT final_url, fetched_at, content_encoding FROM captures WHERE status IS NOT NULL")
    found = records(tmp_path / "out.warc.gz")
    info = found[0]
    assert info[0] == "warcinfo"
    assert b"software: govnews-archiver/" in info[3]
    assert b'"concurrency": 1' in info[3] and b"WARC File Format 1.1" in info[3]
    by_id = {h.get_header("WARC-Record-ID"): (kind, h) for kind, h, _, _ in found}
    dates = {(c["final_url"], c["fetched_at"][:19] + "Z") for c in stored}
    for kind, headers, http, payload in found[1:]:
        for name in ("WARC-Payload-Digest", "WARC-Block-Digest"):
            assert headers.get_header(name).startswith("sha256:")
        other_kind, _ = by_id[headers.get_header("WARC-Concurrent-To")]
        assert {kind, other_kind} == {"request", "response"}
        assert (headers.get_header("WARC-Target-URI"), headers.get_header("WARC-Date")) in dates
        if kind == "response":
            digest = "sha256:" + b32encode(hashlib.sha256(payload).digest()).decode()
            assert headers.get_header("WARC-Payload-Digest") == digest
        else:
            host = headers.get_header("WARC-Target-URI").split("/")[2]
            assert http.protocol == "GET" and http.get_header("Host") == host


def test_response_bytes_are_as_received_with_their_encoding(tmp_path):
    with build_archive(tmp_path / "a.db") as archive:
        write_warc(archive, tmp_path / "out.warc.gz")
    first = FIXTURE_PAGES[0]  # stored gzip-encoded
    responses = {
        h.get_header("WARC-Target-URI"): (http, payload)
        for kind, h, http, payload in records(tmp_path / "out.warc.gz")
        if kind == "response"
    }
    http, payload = responses[fixture_url(first)]
    assert http.get_header("Content-Encoding") == "gzip"
    assert gzip.decompress(payload) == first.read_bytes()
    assert http.get_header("Content-Length") == str(len(payload))
    http, payload = responses[fixture_url(FIXTURE_PAGES[1])]
    assert http.get_header("Content-Encoding") is None and payload == FIXTURE_PAGES[1].read_bytes()
    assert http.get_statuscode() == "200" and http.get_header("Server") == "Microsoft-IIS/8.5"
    assert responses["https://mttq.baclieu.gov.vn/missing.aspx"][0].get_statuscode() == "404"


def test_headers_never_claim_an_encoding_or_chunking_the_bytes_lack(tmp_path):
    body = FIXTURE_PAGES[1].read_bytes()
    with Archive(tmp_path / "a.db") as archive:
        # the archive kept only the decoded bytes, though the server sent them gzip-encoded and chunked
        store_page(
            archive,
            None,
            "https://x.gov.vn/a.html",
            body,
            "2024-01-01T00:00:00+00:00",
            headers=[
                ("Content-Type", HTML),
                ("Content-Encoding", "gzip"),
                ("Transfer-Encoding", "chunked"),
                ("Content-Length", "123"),
            ],
        )
        write_warc(archive, tmp_path / "out.warc.gz")
    ((_, _, http, payload),) = [r for r in records(tmp_path / "out.warc.gz") if r[0] == "response"]
    assert payload == body
    assert http.get_header("Content-Encoding") is None and http.get_header("Transfer-Encoding") is None
    assert http.get_header("X-Archive-Orig-Content-Encoding") == "gzip"
    assert http.get_header("Content-Length") == str(len(body))
    assert warcio_tool("check", tmp_path / "out.warc.gz").returncode == 0


def test_export_filters_by_site_and_fetch_date(tmp_path):
    with build_archive(tmp_path / "a.db") as archive:
        archive.add_capture(
            Capture(
                url="https://other.gov.vn/",
                status=200,
                body=b"<html></html>",
                site="other",
                content_type=HTML,
                fetched_at="2024-03-05T00:00:00+00:00",
            )
        )
        archive.flush()
        assert write_warc(archive, tmp_path / "site.warc.gz", site="other") == 1
        expected = rows(
            tmp_path / "a.db", "SELECT count(*) FROM captures WHERE status IS NOT NULL AND fetched_at >= '2024-03-02'"
        )[0][0]
        assert write_warc(archive, tmp_path / "since.warc.gz", since="2024-03-02") == expected
    uris = {
        h.get_header("WARC-Target-URI") for kind, h, _, _ in records(tmp_path / "site.warc.gz") if kind == "response"
    }
    assert uris == {"https://other.gov.vn/"}


# -- import ------------------------------------------------------------------------------------


def test_round_trip_gives_the_same_articles(tmp_path):
    build_archive(tmp_path / "a.db").close()
    assert articles(tmp_path / "a.db"), "the fixtures hold articles"
    with Archive(tmp_path / "a.db") as archive:
        write_warc(archive, tmp_path / "out.warc.gz")
    with Archive(tmp_path / "b.db") as fresh:
        counts = import_warc(fresh, [tmp_path / "out.warc.gz"])
    assert articles(tmp_path / "b.db") == articles(tmp_path / "a.db")
    assert counts["new"] == len(articles(tmp_path / "a.db"))
    assert counts["skipped_not_html"] == 1 and counts["problem_http_404"] == 1
    # captures keep the bytes as received: the gzip-encoded page is stored encoded, its digest the decoded one
    original = rows(
        tmp_path / "a.db",
        "SELECT url, sha256, content_encoding, fetched_at FROM captures "
        "WHERE content_type LIKE 'text/html%' ORDER BY url",
    )
    imported = rows(tmp_path / "b.db", "SELECT url, sha256, content_encoding, fetched_at FROM captures ORDER BY url")
    assert imported == original
    # request headers travel too, though warcio writes each request after its response
    with_agent = "SELECT url FROM captures WHERE request_headers LIKE '%User-Agent%' ORDER BY url"
    assert rows(tmp_path / "b.db", with_agent) == [
        r for r in rows(tmp_path / "a.db", with_agent) if (r[0],) in rows(tmp_path / "b.db", "SELECT url FROM captures")
    ]
    assert rows(tmp_path / "b.db", with_agent)


def test_round_trip_of_real_pages_uses_their_site_profile(tmp_path, realpages):
    gold = [json.loads(line) for line in (realpages / "gold.jsonl").read_text("utf-8").splitlines()[:6]]
    with Archive(tmp_path / "a.db") as archive:
        for n, page in enumerate(gold):
            store_page(
                archive,
                None,
                page["url"],
                (realpages / "pages" / page["file"]).read_bytes(),
                f"2024-04-01T00:00:{n:02d}+00:00",
                kind="article",
                site="sotttt",
                gzipped=n % 2 == 1,
            )
        write_warc(archive, tmp_path / "out.warc.gz")
    with Archive(tmp_path / "b.db") as fresh:
        import_warc(fresh, [tmp_path / "out.warc.gz"])
    assert articles(tmp_path / "b.db") == articles(tmp_path / "a.db")
    assert rows(tmp_path / "b.db", "SELECT DISTINCT site FROM articles") == [("sotttt",)]


def test_importing_twice_adds_nothing(tmp_path):
    with build_archive(tmp_path / "a.db") as archive:
        write_warc(archive, tmp_path / "out.warc.gz")
    with Archive(tmp_path / "b.db") as fresh:
        import_warc(fresh, [tmp_path / "out.warc.gz"])
        again = import_warc(fresh, [tmp_path / "out.warc.gz"])
    assert again["captures"] == 0 and again["skipped_already_in_archive"] == again["responses"] - 1  # less the PNG
    assert rows(tmp_path / "b.db", "SELECT count(*) FROM article_versions") == [(0,)]


def chunked(data: bytes, size: int = 100) -> bytes:
    parts = [b"%x\r\n%s\r\n" % (len(data[i : i + size]), data[i : i + size]) for i in range(0, len(data), size)]
    return b"".join(parts) + b"0\r\n\r\n"


def write_crawler_style_warc(path, page: bytes, url: str) -> None:
    """A WARC/1.0 file as wget or Heritrix writes one: the HTTP payload gzip-encoded and chunked as sent,
    the request after its response, a revisit, an image, a DNS record."""
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True, warc_version="1.0")
        writer.write_record(writer.create_warcinfo_record("crawl.warc.gz", {"software": "Heritrix/3.4.0"}))
        wire = chunked(gzip.compress(page))
        http = StatusAndHeaders(
            "200 OK",
            [
                ("Content-Type", "text/html; charset=utf-8"),
                ("Content-Encoding", "gzip"),
                ("Transfer-Encoding", "chunked"),
            ],
            protocol="HTTP/1.1",
        )
        response = writer.create_warc_record(
            url,
            "response",
            payload=BytesIO(wire),
            length=len(wire),
            http_headers=http,
            warc_headers_dict={"WARC-Date": "2023-11-20T07:15:42Z"},
        )
        request = writer.create_warc_record(
            url,
            "request",
            http_headers=StatusAndHeaders(
                "GET /x HTTP/1.1", [("Host", "x"), ("User-Agent", "Wget/1.21")], is_http_request=True
            ),
            warc_headers_dict={
                "WARC-Date": "2023-11-20T07:15:42Z",
                "WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID"),
            },
        )
        writer.write_record(response)
        writer.write_record(request)
        image = writer.create_warc_record(
            "https://mttq.baclieu.gov.vn/logo.jpg",
            "response",
            payload=BytesIO(b"\xff\xd8\xff"),
            length=3,
            http_headers=StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")], protocol="HTTP/1.1"),
        )
        writer.write_record(image)
        writer.write_record(
            writer.create_revisit_record(
                url,
                response.rec_headers.get_header("WARC-Payload-Digest"),
                url,
                "2023-11-20T07:15:42Z",
                http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1"),
            )
        )
        dns = b"mttq.baclieu.gov.vn. 300 IN A 203.0.113.7\n"
        writer.write_record(
            writer.create_warc_record(
                "dns:mttq.baclieu.gov.vn",
                "response",
                payload=BytesIO(dns),
                length=len(dns),
                warc_content_type="text/dns",
            )
        )


def test_import_of_a_crawler_warc_with_chunked_gzip_payload(tmp_path):
    page_file = FIXTURES / "mttq-baclieu" / "article-seed.html"
    page, url = page_file.read_bytes(), fixture_url(page_file)
    write_crawler_style_warc(tmp_path / "crawl.warc.gz", page, url)
    assert warcio_tool("check", tmp_path / "crawl.warc.gz").returncode == 0  # the test file itself is sound
    with Archive(tmp_path / "a.db") as archive:
        counts = import_warc(archive, [tmp_path / "crawl.warc.gz"])
        (capture,) = archive.query(
            "SELECT id, url, fetched_at, status, content_encoding, request_headers, site FROM captures"
        )
        assert archive.capture_body(capture["id"]) == page
        stored = stored_bytes(*rows(tmp_path / "a.db", "SELECT body, body_compression FROM captures")[0])
    assert counts["new"] == 1 and counts["skipped_revisit"] == 1 and counts["skipped_not_html"] == 1
    assert counts["skipped_not_http"] == 1  # the DNS record
    assert capture["url"] == url and capture["fetched_at"] == "2023-11-20T07:15:42+00:00" and capture["status"] == 200
    assert gzip.decompress(stored) == page  # kept gzip-encoded, de-chunked
    assert (
        capture["content_encoding"] == "gzip" and capture["site"] == "mttq-baclieu"
    )  # its site profile claims the domain
    assert "Wget/1.21" in capture["request_headers"]  # found though the request came after its response
    expected = extract(page, url, "text/html; charset=utf-8", None)
    assert articles(tmp_path / "a.db") == [
        tuple(
            getattr(expected, c) if c != "canonical_url" else expected.canonical_url or expected.url
            for c in ARTICLE_COLUMNS
        )
    ]


def test_malformed_warc_is_one_line_error(tmp_path):
    (tmp_path / "notes.warc").write_text("this is not a WARC file\n")
    good = tmp_path / "good.warc.gz"
    with build_archive(tmp_path / "a.db") as archive:
        write_warc(archive, good)
    (tmp_path / "cut.warc.gz").write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    for name in ("notes.warc", "cut.warc.gz"):
        with Archive(tmp_path / f"{name}.db") as archive, pytest.raises(ArchiverError) as caught:
            import_warc(archive, [tmp_path / name])
        assert "\n" not in str(caught.value) and name in str(caught.value)
    # the intact records before the cut are kept: a crawl killed mid-write still yields its pages
    imported = rows(tmp_path / "cut.warc.gz.db", "SELECT url, sha256 FROM captures")
    assert imported and set(imported) <= set(rows(tmp_path / "a.db", "SELECT url, sha256 FROM captures"))
    assert f"the {len(imported)} responses before it were imported" in str(caught.value)
    with Archive(tmp_path / "x.db") as archive, pytest.raises(ArchiverError, match="no such WARC file"):
        import_warc(archive, [tmp_path / "absent.warc.gz"])


def test_an_import_from_python_is_recorded_as_a_crawl(tmp_path):
    build_archive(tmp_path / "a.db").close()
    with Archive(tmp_path / "a.db") as archive:
        write_warc(archive, tmp_path / "out.warc.gz")
    with Archive(tmp_path / "b.db") as fresh:
        counts = import_warc(fresh, [tmp_path / "out.warc.gz"])
        with pytest.raises(ArchiverError):
            import_warc(fresh, [tmp_path / "absent.warc.gz"])
    crawls = rows(tmp_path / "b.db", "SELECT id, finish_reason, pages, articles_new, sites FROM crawls ORDER BY id")
    assert [row[1:4] for row in crawls] == [("finished", counts["captures"], counts["new"]), ("failed", 0, 0)]
    assert json.loads(crawls[0][4]) == [str(tmp_path / "out.warc.gz")]
    assert set(rows(tmp_path / "b.db", "SELECT DISTINCT crawl_id FROM captures")) == {(crawls[0][0],)}


# -- commands ----------------------------------------------------------------------------------


def test_commands_export_and_import(tmp_path):
    build_archive(tmp_path / "a.db").close()
    out = tmp_path / "out.warc.gz"
    result = archiver("export", "--db", tmp_path / "a.db", "--format", "warc", "-o", out)
    assert result.returncode == 0, result.stderr
    assert f"captures written to {out}" in result.stderr
    result = archiver("import-warc", out, "--db", tmp_path / "b.db")
    assert result.returncode == 0, result.stderr
    (summary,) = result.stdout.splitlines()
    assert summary.startswith("imported 1 file:") and f"{len(articles(tmp_path / 'a.db'))} new" in summary
    assert rows(tmp_path / "b.db", "SELECT finish_reason, pages FROM crawls") == [
        ("finished", rows(tmp_path / "b.db", "SELECT count(*) FROM captures")[0][0])
    ]
    assert articles(tmp_path / "b.db") == articles(tmp_path / "a.db")


def test_command_errors_are_one_line(tmp_path):
    build_archive(tmp_path / "a.db").close()
    assert_one_line_error(archiver("export", "--db", tmp_path / "a.db", "--format", "warc"), 1)
    (tmp_path / "bad.warc").write_bytes(b"\x00\x01garbage")
    assert_one_line_error(archiver("import-warc", tmp_path / "bad.warc", "--db", tmp_path / "b.db"), 1)


@pytest.mark.e2e
def test_crawled_archive_round_trips_through_the_commands(tmp_path):
    """A real crawl (generic, of fixture pages served on 127.0.0.1), exported and imported by the CLI."""
    from archiver.localserver import serve

    site = tmp_path / "site"
    site.mkdir()
    names = [f"{p.parent.name}-{p.name}" for p in FIXTURE_PAGES]
    for page, name in zip(FIXTURE_PAGES, names, strict=True):
        (site / name).write_bytes(page.read_bytes())
    (site / "index.html").write_text(
        "<html><body>" + "".join(f'<a href="{n}">{n}</a>' for n in names) + "</body></html>"
    )
    server, base = serve(site)
    try:
        crawl = run_archiver("crawl", "--url", f"{base}/index.html", "--db", tmp_path / "a.db", "--delay", "0", "-q")
    finally:
        server.shutdown()
    assert "Traceback" not in crawl.stderr, crawl.stderr
    assert articles(tmp_path / "a.db")
    out = tmp_path / "crawl.warc.gz"
    assert archiver("export", "--db", tmp_path / "a.db", "--format", "warc", "-o", out).returncode == 0
    assert warcio_tool("check", out).returncode == 0
    imported = archiver("import-warc", out, "--db", tmp_path / "b.db")
    assert imported.returncode == 0, imported.stderr
    assert articles(tmp_path / "b.db") == articles(tmp_path / "a.db")
    captures = (
        "SELECT url, status, sha256, fetched_at, site FROM captures WHERE status IS NOT NULL ORDER BY url, fetched_at"
    )
    assert rows(tmp_path / "b.db", captures) == rows(tmp_path / "a.db", captures)


def test_an_older_capture_imported_late_does_not_overwrite_the_article(tmp_path):
    page_file = FIXTURES / "mttq-baclieu" / "article-seed.html"
    page, url = page_file.read_bytes(), fixture_url(page_file)
    write_crawler_style_warc(tmp_path / "old.warc.gz", page, url)  # fetched 2023-11-20
    title = extract(page, url, HTML).title
    newer = page.replace(title.encode(), f"{title} (sửa)".encode())
    with Archive(tmp_path / "a.db") as archive:
        store_page(archive, None, url, newer, "2024-06-01T00:00:00+00:00")
        before = archive.query("SELECT title, capture_id, fetched_at FROM articles")
        counts = import_warc(archive, [tmp_path / "old.warc.gz"])
        assert archive.query("SELECT title, capture_id, fetched_at FROM articles") == before
    assert counts["older_than_archive"] == 1 and counts["captures"] == 1
    assert rows(tmp_path / "a.db", "SELECT count(*) FROM article_versions") == [(0,)]
