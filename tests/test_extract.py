"""extract(): the contract, on small hand-written pages whose right answers are obvious."""

import unicodedata

import pytest

from archiver import profiles
from archiver.extract import extract

TITLE = "Hội nghị tổng kết công tác Mặt trận năm 2023"
PARAGRAPHS = [
    "Sáng 12/1, Ủy ban MTTQ Việt Nam tỉnh tổ chức Hội nghị tổng kết công tác Mặt trận năm 2023, "
    "triển khai nhiệm vụ năm 2024 với sự tham dự của đại diện các tổ chức thành viên.",
    "Năm 2023, hệ thống Mặt trận các cấp đã chủ động đổi mới nội dung, phương thức hoạt động, "
    "hướng mạnh về khu dân cư, thực hiện tốt vai trò giám sát và phản biện xã hội.",
    "Dịp này, Ủy ban MTTQ Việt Nam tỉnh đã tặng Bằng khen cho 25 tập thể và 40 cá nhân có thành "
    "tích xuất sắc trong công tác Mặt trận năm 2023.",
]


def page(body: str, head: str = "", title: str = f"{TITLE} - Tin tức - Ủy ban MTTQ tỉnh") -> str:
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f'<body><div id="menu"><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a></div>{body}'
        '<div id="footer">Địa chỉ: Số 1 đường Trần Hưng Đạo. Điện thoại: 0123.456789</div></body></html>'
    )


def article(date_line="Thứ sáu, 12/01/2024, 08:09", extra_end="", title=TITLE) -> str:
    paras = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return page(
        f'<div class="detail"><h1>{title}</h1><div class="date">{date_line}</div>'
        f'<div class="content">{paras}{extra_end}</div></div>'
    )


_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Vietnamese as windows-1258 stores it: letters with their vowel marks, tone marks apart."""
    out = bytearray()
    for ch in text:
        decomposed = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in decomposed if c in _TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
        out += (base + tones).encode("cp1258")
    return bytes(out)


def run(html: str, **kw):
    return extract(html.encode("utf-8"), **kw)


# ----------------------------------------------------------------------------- robustness
@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"   ",
        b"\x00\x01\x02\x03" * 500,
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
        b"<html><body><p>unclosed",
        b"<<<>>>&&&;;;",
        "<p>Không có gì</p>".encode("utf-16"),
    ],
)
def test_bad_input_never_raises_and_says_why(body):
    ex = extract(body)
    assert ex.is_article is False
    assert ex.title is None or isinstance(ex.title, str)
    if not body.strip() or body.startswith((b"%PDF", b"\x00")):
        assert any(field == "body" for field, _ in ex.issues)


def test_binary_body_is_reported_not_parsed():
    ex = extract(b"%PDF-1.4 binary" + bytes(range(256)) * 20, url="https://x.gov.vn/a.pdf")
    assert ("body", "not HTML (binary content)") in ex.issues
    assert ex.url == "https://x.gov.vn/a.pdf"


def test_article_missing_date_is_an_issue():
    ex = run(article(date_line=""))
    assert ex.is_article
    assert ex.published_at is None
    assert ("published_at", "no date found") in ex.issues


# ----------------------------------------------------------------------------- decoding
def test_windows_1258_is_decoded_and_composed_to_nfc():
    html = article()
    raw = to_cp1258(html)
    assert "\u0301".encode("cp1258") in raw  # the page really is decomposed
    ex = extract(raw, content_type="text/html; charset=windows-1258")
    assert ex.title == TITLE
    assert unicodedata.is_normalized("NFC", ex.body)
    assert PARAGRAPHS[0] in ex.body


def test_lying_meta_charset_prefers_valid_utf8():
    html = article().replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">')
    ex = extract(html.encode("utf-8"))
    assert ex.title == TITLE
    assert ex.provenance["encoding"].startswith("utf8-over-declared")


def test_decomposed_text_comes_out_nfc():
    ex = extract(unicodedata.normalize("NFD", article()).encode("utf-8"))
    assert ex.title == TITLE
    assert ex.body.startswith(PARAGRAPHS[0])


def test_invalid_bytes_in_a_utf8_page_become_replacement_characters():
    # Declared UTF-8, parsed before any decoding: a stray byte must still fall back to decoding,
    # where it becomes U+FFFD and the rest of the page is read as usual.
    raw = article().encode("utf-8").replace("Dịp này".encode(), "Dịp ".encode() + b"\xff" + " này".encode(), 1)
    ex = extract(raw)
    assert ex.title == TITLE
    assert "Dịp \ufffd này" in ex.body


def test_utf8_header_over_a_legacy_page_uses_its_meta():
    html = article().replace('<meta charset="utf-8">', '<meta charset="windows-1258">')
    ex = extract(to_cp1258(html), content_type="text/html; charset=utf-8")
    assert ex.title == TITLE
    assert ex.provenance["encoding"] == "meta-over-header:cp1258"
    assert PARAGRAPHS[0] in ex.body


# ----------------------------------------------------------------------------- urls
def test_url_from_canonical_then_og_then_httrack():
    canonical = '<link rel="canonical" href="https://a.gov.vn/tin/1.html">'
    og = '<meta property="og:url" content="https://b.gov.vn/tin/2.html">'
    assert run(page("<p>x</p>", head=canonical + og)).url == "https://a.gov.vn/tin/1.html"
    assert run(page("<p>x</p>", head=og)).url == "https://b.gov.vn/tin/2.html"
    httrack = "<!-- Mirrored from c.gov.vn/vi/tin/3.html by HTTrack Website Copier/3.x [XR&CO'2014] -->"
    ex = run(httrack + page("<p>x</p>"))
    assert ex.url == "https://c.gov.vn/vi/tin/3.html"
    assert ex.provenance["url"] == "httrack-comment"


def test_given_url_wins_and_relative_links_resolve_against_it():
    body = article(extra_end='<p><img src="/anh/1.jpg"> <a href="../files/qd.PDF">Quyết định</a></p>')
    ex = run(
        body.replace("<head>", '<head><link rel="canonical" href="/tin/9.html">'), url="https://x.gov.vn/tin/a/9.html"
    )
    assert ex.url == "https://x.gov.vn/tin/a/9.html"
    assert ex.canonical_url == "https://x.gov.vn/tin/9.html"
    assert ex.images == ["https://x.gov.vn/anh/1.jpg"]
    assert ex.attachments == [{"url": "https://x.gov.vn/tin/files/qd.PDF", "text": "Quyết định"}]


# ----------------------------------------------------------------------------- text as shown
def test_text_as_a_browser_shows_it():
    end = (
        "<p>Phong trào phograve;ng chống &amp;ndash; dịch bệnh&nbsp;&nbsp;&nbsp;tiếp tục.<br>Dòng sau.</p>"
        "<p>__________</p><script>var x = 'không phải chữ';</script><style>p{}</style>"
        '<p><img src="data:image/png;base64,iVBORw0KGgo="></p><!-- comment text -->'
    )
    ex = run(article(extra_end=end))
    assert "phograve;ng" in ex.body  # a broken entity stays as typed
    assert "&ndash;" in ex.body  # double-escaped: shown once-decoded
    assert "dịch bệnh tiếp tục.\nDòng sau." in ex.body  # NBSP runs folded, <br> a line break
    assert "____" not in ex.body and "không phải chữ" not in ex.body and "comment text" not in ex.body
    assert ex.images == []  # base64 images are not images of the article
    assert "\n\n".join(PARAGRAPHS) in ex.body


def test_bare_div_paragraphs_and_tables_are_kept():
    divs = "".join(f'<div style="text-align:justify">{p}</div>' for p in PARAGRAPHS)
    table = "<table><tr><td>Trạm An Bình</td><td>4,2</td></tr></table>"
    ex = run(page(f"<h1>{TITLE}</h1><div>12/01/2024 08:09</div><div class='c'>{divs}{table}</div>"))
    assert ex.body.split("\n\n")[:3] == PARAGRAPHS
    assert "Trạm An Bình" in ex.body


# ----------------------------------------------------------------------------- fields
def test_generic_title_date_body_and_provenance():
    ex = run(article())
    assert ex.is_article
    assert ex.title == TITLE
    assert ex.published_at == "2024-01-12T08:09:00+07:00"
    assert ex.body.startswith(PARAGRAPHS[0]) and ex.body.endswith(PARAGRAPHS[-1])
    assert "Trang chủ" not in ex.body and "Địa chỉ" not in ex.body
    assert ex.language == "vi"
    assert ex.provenance["title"] == "generic:title-agreement"
    assert ex.provenance["published_at"] == "dateline"


def test_h1_alone_is_not_the_title_when_others_agree_on_another():
    body = (
        f'<h1 class="portlet-title">Tin nổi bật</h1><div class="headline">{TITLE}</div>'
        f"<div>12/01/2024 08:09</div><div>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}</div>"
    )
    assert run(page(body)).title == TITLE


def test_machine_dates_beat_the_date_line_and_date_only_gains_a_time():
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-01-12",'
        ' "dateModified": "2024-01-12"}</script>'
    )
    html = article(date_line='<time datetime="2024-01-12T08:09:00+0700">12/01/2024 08:09</time>')
    ex = run(html.replace("</head>", head + "</head>"))
    assert ex.published_at == "2024-01-12T08:09:00+07:00"
    assert ex.updated_at is None  # a modification stamp equal to publication is no update


@pytest.mark.parametrize(
    "stamp", ['<time datetime="{}">x</time>', '<span itemprop="datePublished" content="{}">x</span>']
)
def test_a_time_stamp_counts_inside_the_article_area_only(stamp):
    sidebar = '<div class="sidebar">' + stamp.format("2023-06-01T10:00:00+07:00") + "</div>"
    inside = stamp.format("2024-01-12T08:09:00+07:00")
    ex = run(article(date_line="12/01/2024").replace("<body>", "<body>" + sidebar))
    assert ex.published_at == "2024-01-12"  # the sidebar's stamp is not the article's
    ex = run(article(date_line="12/01/2024" + inside).replace("<body>", "<body>" + sidebar))
    assert ex.published_at == "2024-01-12T08:09:00+07:00"


def test_placeholder_midnight_is_date_only():
    assert run(article(date_line="15/10/2014 | 12:00 AM")).published_at == "2014-10-15"


def test_dates_in_title_and_body_are_not_the_publication_date():
    ex = run(article(date_line="", title="Hội sách Thiếu nhi 01/6/2016"))
    assert ex.published_at is None


def test_byline_is_the_right_aligned_name_not_the_photo_credit_or_account():
    end = (
        '<p style="text-align:center"><em>Quang cảnh hội nghị. Ảnh: Kim Chi</em></p>'
        '<p align="right"><strong>Kim Chi</strong></p>'
        '<p align="right" class="account"><strong><em>admin admin</em></strong></p>'
    )
    ex = run(article(extra_end=end))
    assert ex.author == "Kim Chi"
    assert ex.provenance["author"] == "generic:byline-right-aligned"
    assert "admin admin" not in ex.body
    assert ex.body.split("\n\n")[-1] == "Quang cảnh hội nghị. Ảnh: Kim Chi"  # captions belong to the body


@pytest.mark.parametrize(
    "line, author",
    [
        ("Tin, ảnh: P.Y", "P.Y"),
        ("Tác giả: Nguyễn Thị Thu Thủy", "Nguyễn Thị Thu Thủy"),
        ("TRÍ DŨNG", "TRÍ DŨNG"),
        ("Vũ Nguyệt – Nhật Quang", "Vũ Nguyệt – Nhật Quang"),
        ("(N.H)", None),
        ("Ảnh: Mỹ Hoa", None),
        ("Pho Ban bien tap", None),
        ("bientap01", None),
    ],
)
def test_byline_forms(line, author):
    ex = run(article(extra_end=f'<p style="text-align: right;"><b>{line}</b></p>'))
    assert ex.author == author
    if author is not None:
        assert line not in ex.body  # the byline is not body text


@pytest.mark.parametrize(
    "line, source", [("Nguồn: Báo Bạc Liêu", "Báo Bạc Liêu"), ("Theo baochinhphu.vn", "baochinhphu.vn")]
)
def test_source_line(line, source):
    ex = run(
        article(extra_end=f'<p align="right"><strong>Trọng Nghĩa</strong></p><p align="right"><em>{line}</em></p>')
    )
    assert (ex.author, ex.source) == ("Trọng Nghĩa", source)
    assert line not in ex.body


@pytest.mark.parametrize(
    "label, views", [("Số lượt xem: 1.234", 1234), ("View count: 941", 941), ("Lượt xem: 297", 297)]
)
def test_views(label, views):
    ex = run(article(date_line=f"Ngày đăng 12/01/2024 | 8:09 AM | {label}"))
    assert ex.views == views
    assert ex.published_at == "2024-01-12T08:09:00+07:00"


@pytest.mark.parametrize("label", ["LƯỢT XEM: 12", "Lượt đọc: 12", "Số lần XEM 12", "VIEWS 12"])
def test_views_label_in_any_case_after_text_that_lower_cases_to_more_characters(label):
    # "İ" lower-cases to two characters: the views word is still found in the right node
    ex = run(article(date_line=f"Ngày đăng 12/01/2024 | 8:09 AM | <span>İİ</span> <span>{label}</span>"))
    assert ex.views == 12


def test_listing_page_is_not_an_article_and_reports_no_article_fields():
    items = "".join(
        f'<li class="news-item"><a class="news-title" href="/tin/{i}.html">Tin hoạt động số {i} của Ủy ban MTTQ tỉnh</a>'
        f" <span>0{i}/10/2020 14:20</span><p>Tóm tắt tin {i}: Ban Thường trực Ủy ban MTTQ tỉnh ban hành kế hoạch "
        f"tổ chức ngày hội đại đoàn kết toàn dân tộc ở khu dân cư năm 2020.</p></li>"
        for i in range(1, 9)
    )
    ex = run(page(f'<h1>Tin hoạt động</h1><ul class="news-list">{items}</ul>', title="Tin hoạt động - Ủy ban MTTQ"))
    assert ex.is_article is False
    assert (ex.title, ex.published_at, ex.body) == (None, None, None)
    assert ex.provenance["is_article"] == "generic:listing"
    assert ex.issues == []


# ----------------------------------------------------------------------------- profiles
def test_profile_selectors_first_non_empty_wins_and_drop_removes():
    profile = profiles.load("liferay")
    html = page(
        '<div class="asset-full-content-title"></div>'  # empty: the next match is used
        f'<div><div class="asset-full-content-title">{TITLE}</div>'
        '<div class="assetPublishDate">Ngày đăng 20/05/2016 | 11:32 AM | View count: 941</div>'
        '<div class="asset-content"><div class="sapo-wrapper"><p class="sapo"><strong></strong></p></div>'
        f'<div class="journal-content-article">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}'
        '<p align="right"><strong>Kim Chi</strong></p>'
        '<p align="right" class="view-content-author"><strong><em>Phạm Văn Linh</em></strong></p></div></div>'
        '<div class="related_asset"><div>Các tin khác</div><ul><li><a href="/1">Tin khác một</a></li></ul></div></div>'
    )
    ex = run(html, profile=profile)
    assert ex.title == TITLE
    assert ex.provenance["title"] == "profile:div.asset-full-content-title"
    assert ex.published_at == "2016-05-20T11:32:00+07:00"
    assert ex.views == 941
    assert ex.author == "Kim Chi"  # the CMS account in the dropped p.view-content-author is gone
    assert "Phạm Văn Linh" not in ex.body and "Tin khác một" not in ex.body


def test_generic_fills_what_the_profile_does_not_give():
    ex = run(article(), profile=profiles.load("sharepoint"))  # no ExternalClass div on this page
    assert ex.title == TITLE and ex.published_at == "2024-01-12T08:09:00+07:00"
    assert ex.provenance["body"] == "generic:main-content"


def test_relative_dates_need_now():
    html = article(date_line="4 giờ trước")
    assert run(html).published_at is None
    from datetime import datetime, timedelta, timezone

    now = datetime(2024, 1, 12, 12, 30, tzinfo=timezone(timedelta(hours=7)))
    assert run(html, now=now).published_at == "2024-01-12T08:30:00+07:00"
