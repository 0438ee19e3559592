"""The page's kind (archiver/verdict.py): articles and notices are archived as articles; static pages
(introductions, organisation charts, contacts, login forms, site maps) and listings keep only their
captures. With a profile, the fields its selectors found are never blanked."""

import gzip
import json

import pytest
from conftest import FIXTURES, rows, run_archiver

from archiver import profiles
from archiver.extract import extract
from archiver.localserver import serve
from archiver.store import Archive, Capture

MENU = "".join(
    f'<li><a href="/{slug}.html">{name}</a></li>'
    for slug, name in [
        ("gioi-thieu", "Giới thiệu"),
        ("co-cau-to-chuc", "Cơ cấu tổ chức"),
        ("lien-he", "Liên hệ"),
        ("dang-nhap", "Đăng nhập"),
        ("so-do-cong", "Sơ đồ cổng"),
    ]
)
FOOTER = (
    '<div class="footer"><p>CỔNG THÔNG TIN ĐIỆN TỬ SỞ THÔNG TIN VÀ TRUYỀN THÔNG</p>'
    "<p>Địa chỉ: Số 185 Giảng Võ, Quận Đống Đa, Thành phố Hà Nội - Điện thoại: (024) 35123536</p></div>"
)
PROSE = (
    "Sở Thông tin và Truyền thông tổ chức hội nghị tổng kết công tác năm và triển khai nhiệm vụ năm tới, "
    "với sự tham dự của lãnh đạo các phòng, ban và đơn vị sự nghiệp trực thuộc Sở trên địa bàn thành phố."
)


def page(title: str, content: str, date_line: str = "", head_title: str = "Sở Thông tin và Truyền thông") -> bytes:
    return (
        f"<html lang='vi'><head><meta charset='utf-8'><title>{title} - {head_title}</title></head><body>"
        f"<ul class='menu'>{MENU}</ul><div id='main'><h1 class='title'>{title}</h1>{date_line}"
        f"<div class='content'>{content}</div></div>{FOOTER}</body></html>"
    ).encode()


NOTICE = page(
    "Công khai số liệu dự toán thu chi ngân sách được giao năm 2018 của Sở Thông tin và Truyền thông",
    "<p>Sở Thông tin và Truyền thông công khai số liệu dự toán năm 2018.</p>"
    '<p>Chi tiết xem tại <a href="/documents/du-toan-2018.pdf">đây</a> ./.</p>',
    "<div class='date'>Ngày đăng 16/11/2018 | 11:03 PM</div>",
)
ARTICLE = page(
    "Hội nghị tổng kết công tác thông tin và truyền thông năm 2018",
    f"<p>{PROSE}</p><p>{PROSE}</p>",
    "<div class='date'>Ngày đăng 20/12/2018 | 08:00 AM</div>",
)
INTRODUCTION = page("Giới thiệu", f"<p>{PROSE}</p><p>{PROSE}</p>")
ORGANISATION = page("Cơ cấu tổ chức", "<ul>" + "".join(f"<li>Phòng {n}: {PROSE[:60]}</li>" for n in range(6)) + "</ul>")
CONTACT = page("Liên hệ", f"<p>{FOOTER}</p><p>Email: vanthu@example.gov.vn. {PROSE}</p>")
LOGIN = page(
    "Đăng nhập",
    "<form method='post'><label>Tên đăng nhập</label><input name='user'><label>Mật khẩu</label>"
    "<input type='password' name='pass'><button>Đăng nhập</button></form>",
)
SITE_MAP = page(
    "Sơ đồ cổng",
    "<ul>"
    + "".join(f"<li><a href='/muc-{n}.html'>Chuyên mục thông tin điện tử số {n} của cổng</a></li>" for n in range(12))
    + "</ul>",
)
STATIC = {"gioi-thieu": INTRODUCTION, "co-cau-to-chuc": ORGANISATION, "lien-he": CONTACT, "dang-nhap": LOGIN}


def test_a_short_dated_notice_is_archived_with_its_attachment():
    ex = extract(NOTICE, "https://so.example.gov.vn/thong-bao/1.html")
    assert ex.kind == "notice" and ex.is_article
    assert ex.title.startswith("Công khai số liệu dự toán")
    assert ex.published_at == "2018-11-16T23:03:00+07:00"
    assert "công khai số liệu dự toán" in (ex.lead or "") + (ex.body or "")
    assert [a["url"] for a in ex.attachments] == ["https://so.example.gov.vn/documents/du-toan-2018.pdf"]


def test_an_article_is_an_article():
    ex = extract(ARTICLE, "https://so.example.gov.vn/tin/1.html")
    assert ex.kind == "article" and ex.is_article and ex.title and ex.body


@pytest.mark.parametrize("slug", [*STATIC, "so-do-cong"])
def test_static_pages_and_site_maps_are_no_articles_and_report_no_article_fields(slug):
    body = STATIC.get(slug, SITE_MAP)
    ex = extract(body, f"https://so.example.gov.vn/{slug}.html")
    assert ex.kind in ("static", "listing") and not ex.is_article, ex.kind
    assert ex.title is None and ex.body is None and ex.published_at is None
    assert ex.provenance["is_article"].startswith("generic:")


def test_an_undated_signed_text_under_a_short_title_is_an_article():
    """A feature with a short title and no date is no introduction when its writer signs it at the end."""
    unsigned = page("Mùa lễ hội của người M'Nông", f"<p>{PROSE}</p><p>{PROSE}</p>")
    signed = page(
        "Mùa lễ hội của người M'Nông",
        f"<p>{PROSE}</p><p>{PROSE}</p><p style='text-align:right'><strong>Nguyễn Khắc Anh</strong></p>",
    )
    assert extract(unsigned, "https://so.example.gov.vn/mua-le-hoi.html").kind == "static"
    ex = extract(signed, "https://so.example.gov.vn/mua-le-hoi.html")
    assert ex.kind == "article" and ex.is_article
    assert (ex.title, ex.author, ex.published_at) == ("Mùa lễ hội của người M'Nông", "Nguyễn Khắc Anh", None)
    assert ex.body.startswith(PROSE[:40]) and "Nguyễn Khắc Anh" not in ex.body


LIFERAY_NOTICE = (
    "<html><head><meta charset='utf-8'><title>Kế hoạch tài chính</title></head><body>"
    "<div class='asset-full-content-title'>Công khai số liệu dự toán thu chi ngân sách năm 2018 (lần 3)</div>"
    "<div class='assetPublishDate'>16/11/2018 | 08:00 AM</div><div class='asset-content'>"
    "<div class='journal-content-article'><p>Chi tiết xem tại "
    "<a href='/documents/723399/0/QD276.pdf'>đây</a></p></div></div>" + FOOTER + "</body></html>"
).encode()


def test_with_a_profile_a_notice_keeps_every_field_the_profile_found():
    url = "https://sotttt.hanoi.gov.vn/vi/ke-hoach-tai-chinh/-/view_content/3021800-cong-khai.html"
    ex = extract(LIFERAY_NOTICE, url, profile=profiles.load("sotttt"))
    assert ex.kind == "notice" and ex.is_article
    assert ex.title == "Công khai số liệu dự toán thu chi ngân sách năm 2018 (lần 3)"
    assert ex.published_at == "2018-11-16T08:00:00+07:00"
    assert ex.body == "Chi tiết xem tại đây"
    assert [a["url"] for a in ex.attachments] == ["https://sotttt.hanoi.gov.vn/documents/723399/0/QD276.pdf"]


def test_the_kind_is_stored_on_the_row(tmp_path):
    ex = extract(NOTICE, "https://so.example.gov.vn/thong-bao/1.html")
    with Archive(tmp_path / "a.db") as archive:
        capture_id = archive.add_capture(
            Capture(url=ex.url, status=200, fetched_at="2024-01-01T00:00:00+00:00", body=NOTICE, kind="page")
        )
        archive.save_article(ex, capture_id=capture_id, site="so", fetched_at="2024-01-01T00:00:00+00:00")
        assert archive.query("SELECT kind FROM articles") == [{"kind": "notice"}]


def test_an_article_reached_under_two_addresses_in_one_crawl_is_not_changed(tmp_path):
    """A first crawl reaching /vi/x.html and /x.html (same canonical link, links resolved differently)."""
    first = extract(ARTICLE, "https://so.example.gov.vn/vi/tin/1.html")
    again = extract(
        ARTICLE.replace(b"</p></div>", "</p><p>Xem <a href='anh.pdf'>tại đây</a></p></div>".encode(), 1),
        "https://so.example.gov.vn/tin/1.html",
    )
    first.canonical_url = again.canonical_url = "https://so.example.gov.vn/tin/1.html"
    with Archive(tmp_path / "a.db") as archive:
        crawl_id = archive.begin_crawl(["https://so.example.gov.vn/"], {})
        outcomes = []
        for ex in (first, again):
            capture = Capture(url=ex.url, status=200, fetched_at="2024-01-01T00:00:00+00:00", body=b"x", kind="page")
            capture_id = archive.add_capture(capture, crawl_id)
            outcomes.append(archive.save_article(ex, capture_id=capture_id, site="so", fetched_at=capture.fetched_at))
        assert outcomes == ["new", "same"]
        assert archive.query("SELECT count(*) AS n FROM article_versions") == [{"n": 0}]
        # a later crawl that finds the text changed still says so
        capture_id = archive.add_capture(
            Capture(url=again.url, status=200, fetched_at="2024-02-01T00:00:00+00:00", body=b"y", kind="page"),
            archive.begin_crawl(["https://so.example.gov.vn/"], {}),
        )
        assert archive.save_article(again, capture_id=capture_id, site="so", fetched_at="2024-02-01") == "changed"


@pytest.mark.e2e
def test_a_generic_crawl_of_a_portal_keeps_only_the_news(tmp_path):
    site = tmp_path / "portal"
    site.mkdir()
    links = "".join(f"<li><a href='/{name}.html'>{name}</a></li>" for name in ("tin-1", "thong-bao-1"))
    (site / "index.html").write_bytes(page("Trang chủ", f"<ul>{links}</ul>"))
    (site / "tin-1.html").write_bytes(ARTICLE)
    (site / "thong-bao-1.html").write_bytes(NOTICE)
    (site / "so-do-cong.html").write_bytes(SITE_MAP)
    for slug, body in STATIC.items():
        (site / f"{slug}.html").write_bytes(body)
    server, base = serve(site)
    try:
        db = tmp_path / "a.db"
        result = run_archiver("crawl", "--url", f"{base}/index.html", "--db", db, "--delay", "0", "-q")
        assert "Traceback" not in result.stderr, result.stderr
    finally:
        server.shutdown()
    kept = rows(db, "SELECT url, kind FROM articles ORDER BY url")
    assert kept == [(f"{base}/thong-bao-1.html", "notice"), (f"{base}/tin-1.html", "article")]
    captured = {url.rsplit("/", 1)[1] for (url,) in rows(db, "SELECT url FROM captures")}
    assert {"gioi-thieu.html", "co-cau-to-chuc.html", "lien-he.html", "dang-nhap.html", "so-do-cong.html"} <= captured
    assert rows(db, "SELECT articles_new, articles_changed FROM crawls") == [(2, 0)]


SAVED_KINDS = FIXTURES / "saved_portal_kinds"  # pages of the saved sotttt portal (README there)
NOTICE_FOOTER = "185 Giảng Võ"  # the site's footer, never a notice's body


def unpacked(packed_folder, tmp_path):
    folder = tmp_path / "saved"
    for packed in packed_folder.rglob("*.html.gz"):
        target = folder / packed.relative_to(packed_folder).with_suffix("")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(gzip.decompress(packed.read_bytes()))
    return folder


def imported(folder, db, *args) -> dict:
    result = run_archiver("import-dir", folder, "--db", db, "-q", *args)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    return {
        asset_of(url): (kind, title, body, json.loads(attachments))
        for url, kind, title, body, attachments in rows(db, "SELECT url, kind, title, body, attachments FROM articles")
    }


def asset_of(url: str) -> str:
    return url.split("/view_content/")[1].split("-")[0] if "/view_content/" in url else url


def test_a_generic_import_of_the_saved_portal_keeps_notices_and_no_static_page(tmp_path):
    """A one-item tender listing (a section's name over one item, and the list's pages), a banner over the
    footer, an undated label over the footer: no rows. The short notices are notices with their own text."""
    kept = imported(unpacked(SAVED_KINDS, tmp_path), tmp_path / "a.db", "--generic")
    assert set(kept) == {"703317", "3021800", "690267"}, sorted(kept)
    for kind, _, body, _ in kept.values():
        assert kind == "notice" and NOTICE_FOOTER not in (body or "")
    assert kept["690267"][2] is None  # a title, a date line, nothing more
    assert kept["703317"][2] == "Chi tiết xem tại file đính kèm./."
    assert kept["3021800"][2] == "Chi tiết xem tại đây" and kept["3021800"][3][0]["url"].endswith(".pdf")
    assert rows(tmp_path / "a.db", "SELECT count(*) FROM captures") == [(9,)]  # every page is archived


SECTION_PAGES = ["cong-khai-ngan-sach3046", "phong-chong-dich-benh-covid-1917b6", "dsttdt"]


@pytest.mark.parametrize("name", SECTION_PAGES)
def test_a_section_page_showing_its_last_dated_items_is_a_listing(name):
    """Page 2 of "Công khai ngân sách" (two items and the pages 1 and 2), page 2 of a section with a headline-
    long name, a section whose first item's date line is read inside the body: each item a linked title
    with its own date line, under the section's name; no article."""
    saved = gzip.decompress((SAVED_KINDS / f"{name}.html.gz").read_bytes())
    ex = extract(saved, f"http://127.0.0.1:1/{name}.html?p_p_id=101&_101_cur=2")
    assert (ex.kind, ex.is_article, ex.provenance["is_article"]) == ("listing", False, "generic:listing")
    assert ex.title is None and ex.body is None and ex.published_at is None


def test_with_its_profile_a_dated_item_with_no_text_is_a_notice_with_every_field_read(tmp_path):
    kept = imported(unpacked(SAVED_KINDS, tmp_path), tmp_path / "a.db", "--site", "sotttt")
    assert set(kept) == {"703317", "3021800", "690267"}, sorted(kept)
    kind, title, body, attachments = kept["690267"]
    assert (kind, title, body, attachments) == ("notice", "Quyết định kiện toàn Ban chỉ đạo ISO của Sở", None, [])
    assert rows(tmp_path / "a.db", "SELECT published_at FROM articles WHERE url LIKE '%/690267-%'") == [("2013-08-20",)]


def test_site_and_generic_exclude_each_other(tmp_path):
    result = run_archiver("import-dir", tmp_path, "--site", "sotttt", "--generic", "--db", tmp_path / "a.db")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip() == "archiver: --site and --generic exclude each other"
