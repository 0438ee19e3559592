"""WARC export and import: the archive's captures as standard web-archive records, and back.

Export writes WARC/1.1, one gzip member per record, with sha256 digests: a `warcinfo` record, then for
each stored response a `request` and a `response` record carrying the HTTP headers and the body bytes
exactly as stored (still content-encoded when the archive kept them that way).

Import reads WARC files from this tool or other crawlers (Heritrix, Browsertrix, `wget --warc-file`),
stores each HTML response as a capture and extracts an article from it the way a live crawl does.
"""

import gzip
import json
import logging
import re
import zlib
from collections import Counter, OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from http import HTTPStatus
from importlib.metadata import version
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import BufferedReader, ChunkedDataReader
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders, StatusAndHeadersParserException
from warcio.utils import Digester
from warcio.warcwriter import WARCWriter

from . import __version__, profiles
from .errors import ArchiverError
from .export import where_clause
from .ingest import HTML_TYPES, Ingester
from .output import output_file
from .profiles import Profile
from .store import Archive, Capture, decode_payload, stored_bytes

log = logging.getLogger(__name__)
SOFTWARE = f"govnews-archiver/{__version__}"
WARC_FORMAT = "WARC File Format 1.1"
WARC_SPEC = "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"
# pywb's convention for a received header the record no longer matches (kept, renamed, for the record).
ORIGINAL_PREFIX = "X-Archive-Orig-"
# Encodings store.decode_payload() can undo: only then can the archive keep the encoded bytes.
STORABLE_ENCODINGS = ("gzip", "x-gzip", "deflate")
GZIP_MAGIC = b"\x1f\x8b"
FILE_SIGNATURES = (b"WARC/", b"filedesc://")  # WARC, or the ARC files older crawls left
HTML_SNIFF = re.compile(rb"<!doctype\s+html|<html[\s>]", re.IGNORECASE)
# A payload larger than a crawl would fetch (DOWNLOAD_MAXSIZE) is skipped; gzip/deflate are not
# expanded past it (a bomb costs this much memory, not what it would expand to).
MAX_PAYLOAD = 16 * 1024 * 1024
REQUESTS_KEPT = 64  # requests waiting for their response: they sit next to each other in a WARC
COUNT_KEYS = (
    "records",
    "responses",
    "captures",
    "new",
    "changed",
    "same",
    "older_than_archive",
    "not_article",
    "failed",
    "skipped_not_html",
    "skipped_revisit",
    "skipped_already_in_archive",
)
OUTCOMES_COUNTED_AS_IS = ("new", "changed", "same", "not_article", "older_than_archive")
WARC_ERRORS = (ArchiveLoadFailed, StatusAndHeadersParserException, zlib.error, EOFError, ValueError)


# -- export ------------------------------------------------------------------------------------


class Sha256WARCWriter(WARCWriter):
    """warcio's writer digests with sha1 (RecordBuilder._create_digester); WARC/1.1 allows any algorithm."""

    @staticmethod
    def _create_digester():
        return Digester("sha256")


def write_warc(
    archive: Archive, path, site: str | None = None, since: str | None = None, until: str | None = None
) -> int:
    """Write every capture that got a response to a gzipped WARC file; returns how many.

    `site` matches captures.site; `since`/`until` (YYYY-MM-DD, inclusive) match the day it was fetched.
    The file appears complete or not at all (archiver/output.py), never over the archive.
    """
    path = Path(path)
    where, params = _capture_filter(site, since, until)
    count = 0
    with output_file(path, archive.path, binary=True) as out:
        writer = Sha256WARCWriter(out, gzip=True, warc_version="1.1")
        writer.write_record(_warcinfo(writer, archive, path.name, where, params, site, since, until))
        cursor = archive.db.conn.execute(
            "SELECT url, final_url, status, method, request_headers, headers, content_type, body, "
            f"body_compression, content_encoding, fetched_at FROM captures{where} ORDER BY id",
            params,
        )
        for row in cursor:  # streamed: memory stays flat however large the archive
            request, response = _records(writer, *row)
            response.rec_headers.add_header("WARC-Concurrent-To", request.rec_headers.get_header("WARC-Record-ID"))
            writer.write_request_response_pair(request, response)
            count += 1
    return count


def _capture_filter(site, since, until) -> tuple[str, list]:
    """Captures that hold a response, of a site, fetched between since and until."""
    return where_clause("fetched_at", site, since, until, ("status IS NOT NULL",))


def _warcinfo(writer, archive, filename, where, params, site, since, until):
    """The file's description: software, format, the export's filters, the settings of each crawl."""
    lines = [
        ("software", f"{SOFTWARE} (warcio/{version('warcio')})"),
        ("format", WARC_FORMAT),
        ("conformsTo", WARC_SPEC),
        ("description", "Captures exported from a govnews-archiver archive"),
    ]
    filters = {k: v for k, v in (("site", site), ("since", since), ("until", until)) if v}
    if filters:
        lines.append(("export-filter", json.dumps(filters)))
    crawl_ids = f"SELECT DISTINCT crawl_id FROM captures{where}"
    for crawl in archive.db.conn.execute(
        f"SELECT id, started_at, finished_at, sites, settings FROM crawls WHERE id IN ({crawl_ids}) ORDER BY id",
        params,
    ):
        crawl_id, started, finished, sites, settings = crawl
        record = {
            "id": crawl_id,
            "started_at": started,
            "finished_at": finished,
            "sites": json.loads(sites or "[]"),
            "settings": json.loads(settings or "{}"),
        }
        lines.append(("crawl", json.dumps(record, ensure_ascii=False, sort_keys=True)))
    payload = "".join(f"{name}: {value}\r\n" for name, value in lines).encode("utf-8")
    return writer.create_warc_record(
        "",
        "warcinfo",
        payload=BytesIO(payload),
        length=len(payload),
        warc_content_type="application/warc-fields",
        warc_headers_dict={"WARC-Filename": filename},
    )


def _records(
    writer,
    url,
    final_url,
    status,
    method,
    request_headers,
    headers,
    content_type,
    body,
    body_compression,
    content_encoding,
    fetched_at,
):
    """The request and response records of one capture."""
    target = final_url or url  # the stored response is the one the last redirect led to
    payload = stored_bytes(body, body_compression)
    date = warc_date(fetched_at)
    response_headers = response_header_list(json.loads(headers or "[]"), content_type, content_encoding, len(payload))
    response = writer.create_warc_record(
        target,
        "response",
        payload=BytesIO(payload),
        length=len(payload),
        warc_headers_dict={"WARC-Date": date},
        http_headers=StatusAndHeaders(status_line(status), response_headers, protocol="HTTP/1.1"),
    )
    parts = urlsplit(target)
    request_target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    sent = [tuple(h) for h in json.loads(request_headers or "[]")]
    if not any(name.lower() == "host" for name, _ in sent):
        sent.insert(0, ("Host", parts.netloc))
    request = writer.create_warc_record(
        target,
        "request",
        warc_headers_dict={"WARC-Date": date},
        http_headers=StatusAndHeaders(f"{method or 'GET'} {request_target} HTTP/1.1", sent, is_http_request=True),
    )
    return request, response


def status_line(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


def response_header_list(
    received: list, content_type: str | None, content_encoding: str | None, length: int
) -> list[tuple[str, str]]:
    """The received headers, made true of the bytes written.

    The body is written de-chunked, and decoded when the archive did not keep the encoded bytes, so
    Transfer-Encoding, and a Content-Encoding the bytes no longer carry, are kept only under
    X-Archive-Orig-*; Content-Length states the written length.
    """
    headers, had_length = [], False
    for name, value in received:
        lower = name.lower()
        if lower == "transfer-encoding" or (lower == "content-encoding" and not content_encoding):
            headers.append((ORIGINAL_PREFIX + name, value))
        elif lower == "content-length" and not had_length:
            had_length = True
            if value.strip() != str(length):
                headers.append((ORIGINAL_PREFIX + name, value))
            headers.append(("Content-Length", str(length)))
        elif lower != "content-length":
            headers.append((name, value))
    names = {name.lower() for name, _ in headers}
    if content_encoding and "content-encoding" not in names:
        headers.append(("Content-Encoding", content_encoding))
    if content_type and "content-type" not in names:
        headers.append(("Content-Type", content_type))
    if length and not had_length:
        headers.append(("Content-Length", str(length)))
    return headers


def warc_date(fetched_at: str) -> str:
    """An archive timestamp (UTC ISO 8601) as a WARC-Date: UTC, 'Z', fractions only when present."""
    moment = datetime.fromisoformat(fetched_at)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat(timespec="microseconds" if moment.microsecond else "seconds") + "Z"


def fetched_at_from(warc_date_value: str | None) -> str:
    if not warc_date_value:
        raise ValueError("a record has no WARC-Date")
    moment = datetime.fromisoformat(warc_date_value.strip().replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    moment = moment.astimezone(UTC)
    return moment.isoformat(timespec="microseconds" if moment.microsecond else "seconds")


# -- import ------------------------------------------------------------------------------------


def import_warc(archive: Archive, paths, site: str | None = None) -> dict:
    """Store the HTML responses of WARC files as captures and extract their articles, as one crawl.

    `site` forces one profile for every page; by default a page gets the profile whose domains
    cover its host, else generic extraction (keeping only pages that read as articles).
    The import takes the archive's crawl lock and is recorded in the crawls table (finished, or
    failed with what was imported before the failure).
    Returns counts: records, responses, captures, new/changed/same articles, and what was skipped.
    """
    paths = [Path(p) for p in paths]
    archive.lock_for_crawl()
    crawl_id = archive.begin_crawl([str(p) for p in paths], {"import": "warc", "site": site})
    importer = _Importer(archive, crawl_id, site)
    try:
        for path in paths:
            if not path.is_file():
                raise ArchiverError(f"no such WARC file: {path}")
        if site:
            profiles.load(site)  # an unknown name fails before any file is read
        for path in paths:
            importer.read_file(path)
    except ArchiverError:
        archive.finish_crawl(crawl_id, "failed", crawl_counts(importer.counts))
        raise
    finally:
        archive.flush()
    archive.finish_crawl(crawl_id, "finished", crawl_counts(importer.counts))
    return dict(importer.counts)


def crawl_counts(counts: Mapping[str, int]) -> dict[str, int]:
    """The import's counts in the shape the crawls table records."""
    problems = sum(v for k, v in counts.items() if k.startswith("problem_"))
    outcomes = {f"articles/{o}": counts.get(o, 0) for o in ("new", "changed", "same")}
    return {**counts, **outcomes, "pages": counts.get("captures", 0), "errors": problems + counts.get("failed", 0)}


class _CheckedIterator(ArchiveIterator):
    """warcio stops quietly where a gzipped file is cut short; this notes whether the last member ended."""

    cut_short = False

    def close(self):
        decompressor = self.reader.decompressor if self.reader is not None else None
        if decompressor is not None and not getattr(decompressor, "eof", True):
            self.cut_short = True
        super().close()


@dataclass
class _Response:
    """A response read from a WARC, held until the next record (which may be its request) is seen."""

    capture: Capture
    profile: Profile | None
    links: set[str]  # its WARC-Record-ID and WARC-Concurrent-To values


class _Importer:
    def __init__(self, archive: Archive, crawl_id: int | None, site: str | None):
        self.archive, self.crawl_id, self.site = archive, crawl_id, site
        self.ingester = Ingester(archive, crawl_id)
        self.counts: Counter = Counter(dict.fromkeys(COUNT_KEYS, 0))
        # wget writes a request before its response, Heritrix and warcio after it: a response is held
        # back one record so that a request following it can still give it its request headers.
        self.requests: OrderedDict[str, list] = OrderedDict()
        self.pending: _Response | None = None

    def read_file(self, path: Path) -> None:
        offset, before = 0, self.counts["captures"]
        try:
            with open(path, "rb") as stream:
                check_signature(stream)
                records = _CheckedIterator(stream, arc2warc=True)  # ARC records get WARC headers
                for record in records:
                    self.counts["records"] += 1
                    check_complete_headers(record)
                    self.read_record(record)
                    records.read_to_end()
                    check_complete_block(record)
                    offset = records.get_record_offset() + records.get_record_length()  # the next one's start
                if records.cut_short:
                    raise ArchiveLoadFailed("the file ends in the middle of a record")
        except WARC_ERRORS as exc:
            self.store_pending()
            done = self.counts["captures"] - before
            reason = " ".join(str(exc).split()) or type(exc).__name__
            if offset == 0 and done == 0:
                raise ArchiverError(f"{path}: not a readable WARC file: {reason}") from None
            raise ArchiverError(
                f"{path}: damaged or cut short at byte {offset}: {reason}; the {done} responses before it were imported"
            ) from None
        except OSError as exc:
            raise ArchiverError(f"cannot read {path}: {exc.strerror or exc}") from None
        self.store_pending()

    def read_record(self, record) -> None:
        kind = record.rec_type
        if kind == "request":
            self.remember_request(record)
            return
        self.store_pending()
        if kind == "revisit":
            self.counts["skipped_revisit"] += 1
        elif kind == "response" and record.http_headers is not None:
            self.counts["responses"] += 1
            self.pending = self.read_response(record)
        elif kind == "response":
            self.counts["skipped_not_http"] += 1  # dns:, whois: and the like

    def remember_request(self, record) -> None:
        if record.http_headers is None:
            return
        headers = list(record.http_headers.headers)
        links = record_links(record)
        if self.pending is not None and links & self.pending.links:
            self.pending.capture.request_headers = headers
            self.store_pending()
            return
        for link in links:
            self.requests[link] = headers
        while len(self.requests) > REQUESTS_KEPT:  # requests of skipped responses: forget the oldest
            self.requests.popitem(last=False)

    def read_response(self, record) -> _Response | None:
        http = record.http_headers
        content_type = http.get_header("Content-Type")
        status = status_code(http)
        if status is None:
            self.counts["skipped_bad_status_line"] += 1
            return None
        if not is_html_type(content_type):  # decided before reading: a WARC may hold large media
            self.counts["skipped_not_html"] += 1
            return None
        raw = record.raw_stream.read()  # after the HTTP headers: maybe chunked, maybe content-encoded
        check_complete_block(record)
        decoded = decoded_payload(raw, http)
        if decoded is None:
            self.counts["skipped_unknown_encoding"] += 1
            return None
        body, stored, encoding = decoded
        if not content_type and not HTML_SNIFF.search(body[:1024]):
            self.counts["skipped_not_html"] += 1
            return None
        url = (record.rec_headers.get_header("WARC-Target-URI") or "").strip().strip("<>")
        if not well_formed_url(url):  # one bad record: skipped, the file read on
            log.warning("skipped a response record with a malformed WARC-Target-URI: %r", url[:200])
            self.counts["skipped_bad_target_uri"] += 1
            return None
        if len(body) > MAX_PAYLOAD:
            log.warning("%s: skipped, its payload is over %d bytes once decoded (too_large)", url, MAX_PAYLOAD)
            self.counts["skipped_too_large"] += 1
            return None
        fetched_at = fetched_at_from(record.rec_headers.get_header("WARC-Date"))
        if self.archive.holds_capture(url, fetched_at, body):
            self.counts["skipped_already_in_archive"] += 1
            return None
        profile = profiles.for_page(url, self.site)
        links = record_links(record)
        request_headers = next((self.requests.pop(k) for k in links if k in self.requests), [])
        capture = Capture(
            url=url,
            final_url=url,
            status=status,
            fetched_at=fetched_at,
            headers=list(http.headers),
            request_headers=request_headers,
            body=body,
            raw_body=stored,
            content_encoding=encoding,
            content_type=content_type,
            kind=page_kind(url, profile),
            site=profile.name if profile else urlsplit(url).hostname,
        )
        return _Response(capture, profile, links)

    def store_pending(self) -> None:
        """Store the held response as a capture, then its article as a live crawl would."""
        if self.pending is None:
            return
        capture, profile = self.pending.capture, self.pending.profile
        self.pending = None
        outcome = self.ingester.ingest(capture, profile.name if profile else None, keep_newer=True)
        self.counts["captures"] += 1
        if outcome in OUTCOMES_COUNTED_AS_IS:
            self.counts[outcome] += 1
        elif outcome == "extract_failed":
            self.counts["failed"] += 1
        else:
            self.counts[f"problem_{outcome}"] += 1


def well_formed_url(url: str) -> bool:
    try:
        return bool(urlsplit(url).hostname)
    except ValueError:  # http://[x]/
        return False


def record_links(record) -> set[str]:
    return {v for k in ("WARC-Record-ID", "WARC-Concurrent-To") if (v := record.rec_headers.get_header(k))}


def check_complete_headers(record) -> None:
    if record.format.startswith("warc") and record.rec_headers.get_header("Content-Length") is None:
        raise ArchiveLoadFailed("a record has no Content-Length (its header is cut short)")


def check_complete_block(record) -> None:
    """warcio hands out what is there; a block shorter than its Content-Length is a cut file."""
    if getattr(record.raw_stream, "limit", 0) > 0:
        raise ArchiveLoadFailed("a record ends before its Content-Length")


def check_signature(stream) -> None:
    """Refuse a file that does not start like a WARC (or ARC) file; warcio would read some as ARC."""
    head = stream.read(2)
    stream.seek(0)
    if head == GZIP_MAGIC:
        try:
            with gzip.GzipFile(fileobj=stream) as member:
                head = member.read(16)
        except (OSError, EOFError) as exc:
            raise ArchiveLoadFailed(f"broken gzip data: {exc}") from None
        stream.seek(0)
    else:
        head = stream.read(16)
        stream.seek(0)
    if not head.startswith(FILE_SIGNATURES):
        raise ArchiveLoadFailed(f"it starts with {head[:12]!r}, not 'WARC/'")


def decoded_payload(raw: bytes, http: StatusAndHeaders) -> tuple[bytes, bytes | None, str | None] | None:
    """(payload to extract from, bytes to store when they still carry an encoding, that encoding).

    Chunking is always undone. A gzip/deflate body keeps its encoded bytes (the archive stores them as
    received); a body whose Content-Encoding cannot be undone here, or that turns out not to be encoded
    at all, is stored decoded (or as is) with no encoding recorded. None: an encoding nothing here
    can undo (br without the brotli module, stacked encodings).
    """
    chunked = (http.get_header("Transfer-Encoding") or "").lower().strip() == "chunked"
    unchunked = ChunkedDataReader(BytesIO(raw)).read() if chunked else raw
    encoding = (http.get_header("Content-Encoding") or "").lower().strip()
    if not encoding or encoding == "identity":
        return unchunked, None, None
    if encoding in STORABLE_ENCODINGS:
        try:
            return decode_payload(unchunked, encoding, MAX_PAYLOAD + 1), unchunked, encoding
        except zlib.error:
            return unchunked, None, None  # the crawler stored it decoded but kept the header
    if encoding in BufferedReader.get_supported_decompressors():  # br when brotli is installed
        return BufferedReader(BytesIO(unchunked), decomp_type=encoding).read(), None, None
    return None


def is_html_type(content_type: str | None) -> bool:
    """HTML by its Content-Type; a response without one is sniffed once read."""
    media = (content_type or "").split(";")[0].strip().lower()
    return not media or media in HTML_TYPES


def status_code(http: StatusAndHeaders) -> int | None:
    try:
        return int(http.get_statuscode())
    except (TypeError, ValueError):
        return None


def page_kind(url: str, profile) -> str:
    """'article' when the profile says the URL is one (kept whatever it reads as); 'other' (a listing, a
    static page: captured, never an article) when the profile names its article URLs and this is none of
    them, as a profile crawl keeps only the articles its listings name; without a profile 'page', which
    the extractor's verdict decides."""
    if profile is None:
        return "page"
    pattern = profile.crawl.get("article_url")
    if not pattern:
        return "article"
    return "article" if _compiled(pattern[0]).search(url) else "other"


@cache
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern)
