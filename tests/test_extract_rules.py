"""The generic extractor on pages it has never seen: rules that must hold on any portal, each on a
small page built here (the article's blocks are found first, then the page is judged)."""

import pytest

from archiver import htmltree, layout
from archiver.extract import extract

SENTENCE = (
    "Nghị định quy định chi tiết về đối tượng áp dụng, điều kiện, trình tự và thủ tục thực hiện, "
    "đồng thời giao trách nhiệm cho các bộ, ngành và địa phương trong việc tổ chức thi hành."
)


def page(body: str, title: str = "Chính sách mới có hiệu lực từ tháng 7/2024") -> bytes:
    return (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title} - Báo Chính phủ</title>'
        f'</head><body><div id="menu"><a href="/">Trang chủ</a> <a href="/chinh-sach">Chính sách</a></div>'
        f"{body}"
        '<div id="footer">Cơ quan chủ quản: Văn phòng Chính phủ. Điện thoại: 080.43162</div></body></html>'
    ).encode()


def article(content: str, title: str = "Chính sách mới có hiệu lực từ tháng 7/2024") -> bytes:
    return page(
        f'<div class="detail"><h1>{title}</h1><div class="date">Thứ hai, 01/07/2024, 06:00</div>'
        f'<div class="content">{content}</div></div>',
        title,
    )


# ----------------------------------------------------------------------------- the listing test
def test_an_article_of_many_linked_policies_is_an_article():
    """The monthly 'new policies in effect' article: one linked heading per policy, prose under each."""
    items = "".join(
        f'<h3><a href="/van-ban/{i}.htm">Nghị định số {i}/2024/NĐ-CP về chính sách hỗ trợ</a></h3><p>{SENTENCE}</p>'
        for i in range(60, 70)
    )
    ex = extract(article(f"<p><b>{SENTENCE}</b></p>{items}"), url="https://baochinhphu.vn/a.htm")
    assert ex.is_article is True
    assert "Nghị định số 69/2024/NĐ-CP" in ex.body and ex.body.count(SENTENCE) == 11


def test_an_article_whose_linked_items_carry_dates_is_an_article():
    items = "".join(
        f'<p><a href="/van-ban/{i}.htm">Thông tư số {i}/2024/TT-BTC ngày {i - 10}/5/2024 của Bộ Tài chính</a>'
        f" có hiệu lực từ ngày 1/7/2024.</p><p>{SENTENCE} {SENTENCE}</p>"
        for i in range(11, 16)
    )
    ex = extract(article(items))
    assert ex.is_article is True
    assert "Thông tư số 15/2024/TT-BTC" in ex.body


def test_inline_read_more_links_do_not_make_an_article_a_listing():
    paragraphs = "".join(
        f'<p>{SENTENCE}</p><p>Xem thêm: <a href="/tin/{i}.htm">Hướng dẫn thi hành nghị định số {i} năm 2024</a></p>'
        for i in range(9)
    )
    ex = extract(article(paragraphs))
    assert ex.is_article is True
    assert ex.body.count(SENTENCE) == 9


def test_an_article_in_one_of_several_same_class_blocks_is_an_article():
    """A column layout: the article's prose in one of several same-class blocks, each with a long link."""
    link = '<p>Nguồn: <a href="/nguon/1.htm">Cổng thông tin điện tử Chính phủ</a></p>'
    prose = "".join(f"<p>{SENTENCE}</p>" for _ in range(6))
    columns = f'<div class="column">{prose}{link}</div>' + f'<div class="column">{link}</div>' * 2
    ex = extract(article(columns))
    assert ex.is_article is True
    assert ex.body.count(SENTENCE) == 6


def test_a_list_of_linked_titles_with_short_summaries_stays_a_listing():
    items = "".join(
        f'<li><a href="/tin/{i}.htm">Ủy ban MTTQ tỉnh tổ chức hội nghị chuyên đề số {i} năm 2024</a>'
        "<p>Hội nghị triển khai kế hoạch giám sát.</p></li>"
        for i in range(10)
    )
    ex = extract(page(f'<h1>Tin hoạt động</h1><ul class="news">{items}</ul>', title="Tin hoạt động"))
    assert ex.is_article is False
    assert ex.provenance["is_article"] == "generic:listing"


# ----------------------------------------------------------------------------- the lead before the body
LEAD = (
    "Từ ngày 1/7/2024, nhiều chính sách mới về tiền lương, bảo hiểm xã hội và đất đai chính thức có hiệu lực, "
    "tác động trực tiếp đến người dân và doanh nghiệp."
)


def article_with_header(header: str) -> bytes:
    """Title, then what sits between it and the body (header), then the body of six paragraphs."""
    body = "".join(f"<p>{SENTENCE} Đoạn {i}.</p>" for i in range(6))
    return page(
        '<div class="detail"><h1>Chính sách mới có hiệu lực từ tháng 7/2024</h1>'
        f'<div class="date">Thứ hai, 01/07/2024, 06:00</div><div class="top">{header}</div>'
        f'<div class="content">{body}</div></div>'
    )


def test_a_lead_paragraph_between_title_and_body_is_the_lead():
    ex = extract(article_with_header(f'<p class="sapo">{LEAD}</p>'))
    assert ex.lead == LEAD and ex.body.startswith(LEAD)


def test_a_photo_caption_before_the_body_is_not_the_lead():
    caption = "Thủ tướng Chính phủ chủ trì phiên họp Chính phủ thường kỳ tháng 6 năm 2024 tại trụ sở Chính phủ ở Hà Nội"
    ex = extract(article_with_header(f'<div class="photo-caption"><p>{caption}</p></div>'))
    assert ex.lead is None or caption not in ex.lead


def test_a_byline_and_date_block_before_the_body_is_not_the_lead():
    byline = (
        "Bởi Nguyễn Văn An, phóng viên thường trú tại Hà Nội<br>Cập nhật 08:15, thứ hai ngày 01/07/2024 theo giờ Hà Nội"
    )
    ex = extract(article_with_header(f"<div>{byline}</div><p>{LEAD}</p>"))
    assert ex.lead == LEAD
    assert "Nguyễn Văn An" not in ex.body


def test_a_promotion_line_before_the_body_is_not_the_lead():
    promo = "Đăng ký nhận bản tin chính sách mới mỗi tuần qua thư điện tử để không bỏ lỡ thông tin quan trọng nào"
    ex = extract(article_with_header(f"<p>{promo}</p>"))
    assert promo not in (ex.body or "")


# ----------------------------------------------------------------------------- sibling blocks
def test_an_article_split_over_sibling_blocks_keeps_every_block_and_skips_the_rails_between():
    """A column layout: each part of the article in its own div of one class, ad rails between
    them, a related list after the last."""
    parts = [
        f"<p>{SENTENCE} Phần {i}.</p><p>Chính phủ giao các bộ hướng dẫn thi hành phần {i} trước ngày 15/7.</p>"
        for i in range(4)
    ]
    rail = '<div class="rail"><a href="/q/1.htm">Quảng cáo: vay ưu đãi lãi suất thấp cho doanh nghiệp</a></div>'
    related = "".join(
        f'<li><a href="/tin/{i}.htm">Tin liên quan số {i} về chính sách tiền lương</a></li>' for i in range(5)
    )
    blocks = f'<div class="story-block">{parts[0]}</div>{rail}<div class="story-block">{parts[1]}</div>{rail}'
    blocks += f'<div class="story-block">{parts[2]}</div>{rail}<div class="story-block">{parts[3]}</div>'
    ex = extract(article(f'{blocks}<ul class="more">{related}</ul>'))
    assert ex.is_article is True
    for i in range(4):
        assert f"Phần {i}." in ex.body and f"thi hành phần {i} trước" in ex.body
    assert "Quảng cáo" not in ex.body and "Tin liên quan" not in ex.body


def test_list_items_of_one_class_are_not_merged_into_an_article():
    """Siblings led by a linked title are items of a list: the one the page is about stays alone."""
    items = "".join(
        f'<div class="item"><a href="/tin/{i}.htm">Ủy ban MTTQ tỉnh tổ chức hội nghị số {i}</a><p>{SENTENCE}</p></div>'
        for i in range(3)
    )
    prose = "".join(f"<p>{SENTENCE} Đoạn {i}.</p>" for i in range(6))
    ex = extract(article(f'<div class="item">{prose}</div>{items}'))
    assert ex.body.count("Đoạn") == 6
    assert "hội nghị số" not in ex.body


def test_the_attached_files_between_sibling_blocks_stay():
    parts = "".join(f'<div class="story-block"><p>{SENTENCE} Phần {i}.</p></div>' for i in range(3))
    files = '<div class="files"><a href="/files/nghi-dinh-73.pdf">Nghị định 73/2024/NĐ-CP (PDF)</a></div>'
    ex = extract(article(parts + files + '<div class="story-block"><p>Phần cuối của bài viết.</p></div>'))
    assert [a["url"] for a in ex.attachments] == ["/files/nghi-dinh-73.pdf"]


# ----------------------------------------------------------------------------- the body's first lines
def test_a_byline_and_update_line_opening_the_body_are_not_body():
    content = "<p>Bởi Nguyễn Văn An</p><p>Cập nhật 08:15 thứ hai, 01/07/2024</p>" + "".join(
        f"<p>{SENTENCE} Đoạn {i}.</p>" for i in range(3)
    )
    ex = extract(article(content))
    assert ex.body.startswith(SENTENCE)
    assert "Nguyễn Văn An" not in ex.body and "Cập nhật" not in ex.body


def test_a_first_paragraph_that_mentions_subscribers_stays():
    first = (
        "Theo thông báo của Bộ Thông tin và Truyền thông, từ ngày 1/7/2024 các nhà mạng phải xác thực lại "
        "thông tin của mọi thuê bao di động, kể cả những thuê bao đăng ký nhận tin nhắn quảng cáo, trước "
        "khi tiếp tục cung cấp dịch vụ cho người dùng trên cả nước."
    )
    ex = extract(article(f"<p>{first}</p><p>{SENTENCE}</p><p>{SENTENCE}</p>"))
    assert ex.body.startswith(first)


# ----------------------------------------------------------------------------- titles
def site_titled(body: str) -> bytes:
    """A template whose <title> names only the site, the same on every page."""
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Trang chủ - Website Sở Tư pháp</title>'
        '</head><body><div class="s4-title"><h1><a href="/">Home</a></h1></div>'
        f'<div class="left"><div class="linkweb-title">Liên kết Website</div></div>{body}'
        '<div class="Footer">Cơ quan chủ quản: Sở Tư pháp. Điện thoại: 0261.3544.443</div></body></html>'
    ).encode()


# The category and the date in a header row of their own, the title and the body in the table after it.
HEADER_ROW_ARTICLE = site_titled(
    '<div class="news"><table><tr><td class="FolderTitle">Tin hoạt động ngành</td>'
    '<td class="Time">(05.07.2019 12:00)</td></tr></table>'
    '<table><tr><td><p class="Title">Thông báo thi tuyển công chức tỉnh năm 2019</p></td></tr>'
    f"<tr><td><div><p>{SENTENCE}</p><p>{SENTENCE}</p></div></td></tr></table></div>"
)


def test_the_title_over_the_content_when_the_title_tag_names_only_the_site():
    ex = extract(HEADER_ROW_ARTICLE)
    assert ex.is_article is True
    assert ex.title == "Thông báo thi tuyển công chức tỉnh năm 2019"
    assert ex.provenance["title"] == "generic:title-over-content"
    assert ex.body.startswith(SENTENCE)


def test_a_list_under_a_heading_with_a_site_only_title_stays_a_listing():
    items = "".join(
        f'<li><h3 class="title"><a href="/tin/{i}">Hội nghị triển khai nhiệm vụ công tác tư pháp số {i}</a></h3>'
        f"<p>Ngày {i}/3/2019, tại hội trường Sở, hội nghị đã diễn ra với sự tham dự của các đơn vị.</p></li>"
        for i in range(1, 10)
    )
    ex = extract(site_titled(f'<div class="news"><h2 class="cat-title">Tin hoạt động ngành</h2><ul>{items}</ul></div>'))
    assert ex.is_article is False
    assert ex.title is None


# ----------------------------------------------------------------------------- printed dates
def test_a_date_line_in_a_header_row_right_above_the_title_is_the_publication_date():
    ex = extract(HEADER_ROW_ARTICLE)
    assert ex.published_at == "2019-07-05T12:00:00+07:00"
    assert ex.provenance["published_at"] == "dateline"


def test_a_week_of_a_month_opening_the_body_is_neither_a_date_nor_dropped():
    """'tuần 4 tháng 5 năm 2019' is the fourth week of May, not 4 May: the line stays the body's first."""
    ex = extract(
        site_titled(
            '<div class="news"><table><tr><td class="FolderTitle">Tiếp công dân</td>'
            '<td class="Time">(31.05.2019 15:07)</td></tr></table>'
            '<table><tr><td><p class="Title">Kết quả tiếp công dân tuần 4 tháng 5 năm 2019</p></td></tr>'
            "<tr><td><div><p>Trong tuần 4 tháng 5 năm 2019 (từ ngày 24-30 tháng 5):</p>"
            f"<p>{SENTENCE}</p></div></td></tr></table></div>"
        )
    )
    assert ex.published_at == "2019-05-31T15:07:00+07:00"
    assert ex.body.startswith("Trong tuần 4 tháng 5 năm 2019 (từ ngày 24-30 tháng 5):")


def eduportal(printed: str, stamp: str) -> bytes:
    """An EduPortal article: the CMS's record time in <meta>, the printed date in the article's own
    header above the title (split over elements, a share row beside it)."""
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Hội thi dân vũ năm 2021</title>'
        f'<meta property="article:published_time" content="{stamp}"></head><body>'
        '<div id="menu"><a href="/">Trang chủ</a></div><article class="news-detail">'
        f'<header><span class="post-date">{printed}</span><div class="block_share">'
        '<a href="#">A<sup>-</sup></a><a href="#">A</a><a href="#">A<sup>+</sup></a><span> | </span></div></header>'
        '<div class="article-content"><div class="a3"><h1 class="title-detail">Hội thi dân vũ năm 2021</h1></div>'
        f'<div class="a5"><div class="content-detail"><p>{SENTENCE}</p><p>{SENTENCE}</p></div></div></div>'
        "</article></body></html>"
    ).encode()


def test_the_printed_date_wins_over_a_disagreeing_machine_stamp():
    ex = extract(eduportal('Thứ 3, 24/08/2021<span class="drash"> | </span>09:46', "2021-08-20T10:17:32+0700"))
    assert ex.published_at == "2021-08-24T09:46:00+07:00"
    assert ex.provenance["published_at"] == "dateline"
    assert ex.provenance["published_at_other"] == "meta:article:published_time 2021-08-20T10:17:32+07:00"


def test_a_machine_stamp_that_agrees_to_the_minute_adds_its_seconds():
    ex = extract(eduportal('Thứ 3, 24/08/2021<span class="drash"> | </span>09:46', "2021-08-24T09:46:23+0700"))
    assert ex.published_at == "2021-08-24T09:46:23+07:00"
    assert ex.provenance["published_at"] == "meta:article:published_time"
    assert "published_at_other" not in ex.provenance


def test_a_site_printing_utc_dates_agrees_with_its_stamp():
    """A WordPress left on UTC prints 27/09 for a post of 28/09 06:36 in Việt Nam: the stamp is right."""
    ex = extract(eduportal("27/09/2021", "2021-09-27T23:36:10+00:00"))
    assert ex.published_at == "2021-09-28T06:36:10+07:00"


# ----------------------------------------------------------------------------- bylines
def test_a_closing_line_of_name_and_post_gives_the_name_as_author():
    """Even centred, as Word-pasted school news prints it; the post is not part of the name."""
    ex = extract(
        article(
            f"<p>{SENTENCE}</p><p>{SENTENCE}</p>"
            '<p style="text-align:center">Phạm Văn Phải – Phó Hiệu trưởng Trường THPT Việt Vinh</p>'
        )
    )
    assert ex.author == "Phạm Văn Phải"
    assert "Phó Hiệu trưởng" not in ex.body


def test_a_name_and_post_in_brackets_closing_the_last_paragraph_is_the_author():
    ex = extract(article(f"<p>{SENTENCE}</p><p>{SENTENCE} (Nguyễn Ngọc Sơn - Phó CVP Sở)</p>"))
    assert ex.author == "Nguyễn Ngọc Sơn"
    assert ex.body.endswith("(Nguyễn Ngọc Sơn - Phó CVP Sở)")


def test_tin_anh_without_a_colon_labels_an_organisation_as_author():
    ex = extract(article(f"<p>{SENTENCE}</p><p>{SENTENCE}</p><p>Tin, ảnh trường THCS&amp;THPT Linh Hồ</p>"))
    assert ex.author == "trường THCS&THPT Linh Hồ"


@pytest.mark.parametrize("label", ["Người đưa tin:", "Người viết tin:", "Người viết bài:"])
def test_the_reporter_labels_open_a_byline(label):
    ex = extract(article(f"<p>{SENTENCE}</p><p>{SENTENCE}</p><p>{label} Trần Thị Hoa</p>"))
    assert ex.author == "Trần Thị Hoa"
    assert "Trần Thị Hoa" not in ex.body


def test_a_source_label_before_a_name_stays_a_source():
    ex = extract(article(f"<p>{SENTENCE}</p><p>{SENTENCE}</p><p>Nguồn tin: Triệu Thị Hương</p>"))
    assert ex.author is None and ex.source == "Triệu Thị Hương"


def test_a_theo_line_with_the_agency_in_brackets_is_a_source_not_a_byline():
    ex = extract(article(f'<p>{SENTENCE}</p><p>{SENTENCE}</p><p style="text-align:right">Theo QV (TTXVN)</p>'))
    assert ex.author is None and ex.source == "QV (TTXVN)"


def test_an_office_abbreviation_after_the_writers_name_is_not_part_of_it():
    ex = extract(article(f"<p>{SENTENCE}</p><p>{SENTENCE}</p><p>Tin bài: Hoàng Diệu, XDCQ&amp;ĐT</p>"))
    assert ex.author == "Hoàng Diệu"


def test_two_writers_apart_by_a_comma_stay_two():
    ex = extract(article(f"<p>{SENTENCE}</p><p>{SENTENCE}</p><p>Tin bài: Hoàng Diệu, Minh Anh</p>"))
    assert ex.author == "Hoàng Diệu, Minh Anh"


def test_a_bare_name_closing_the_article_before_an_update_date_in_brackets_is_the_byline():
    ex = extract(article(f"<p>{SENTENCE}</p><p>{SENTENCE}</p><p>Bình Phương (Cập nhật ngày 15-03-2019)</p>"))
    assert ex.author == "Bình Phương"
    assert "Bình Phương" not in ex.body


def test_a_caption_of_name_and_post_under_a_photo_is_not_the_author():
    ex = extract(
        article(
            f'<p>{SENTENCE}</p><p>{SENTENCE}</p><p><img src="/a.jpg"></p>'
            "<p>Nguyễn Văn An - Giám đốc Sở Giáo dục và Đào tạo</p>"
        )
    )
    assert ex.author is None


def test_a_name_alone_after_the_last_paragraph_is_the_byline_even_before_a_photo_gallery():
    gallery = "".join(
        f'<p style="text-align:center"><img src="/g{i}.jpg"></p><p style="text-align:center">Học sinh lớp 6A{i}</p>'
        for i in range(1, 4)
    )
    ex = extract(article(f"<p>{SENTENCE}</p><p>{SENTENCE}</p><p>Hương Lan</p>{gallery}"))
    assert ex.author == "Hương Lan"
    assert ex.provenance["author"] == "generic:byline-alone"


def test_a_place_or_phrase_closing_the_body_is_not_a_byline():
    ex = extract(article(f"<p>{SENTENCE}</p><p>{SENTENCE}</p><p>Trân trọng thông báo!</p>"))
    assert ex.author is None


# ----------------------------------------------------------------------------- chrome
def test_rating_widgets_advertising_and_copy_link_lines_are_not_body():
    ex = extract(
        article(
            f"<p>{SENTENCE}</p><p>Quảng cáo</p><p>{SENTENCE}</p><p>Copy link</p>"
            "<p>Tổng số điểm của bài viết là: 0 trong 0 đánh giá</p><p>Click để đánh giá bài viết</p>"
        )
    )
    assert ex.body == f"{SENTENCE}\n\n{SENTENCE}"


def test_a_static_page_under_a_heading_with_a_site_only_title_and_no_date_is_no_article():
    ex = extract(site_titled(f'<div class="page"><h2 class="page-title">Giới thiệu chung</h2><p>{SENTENCE}</p></div>'))
    assert ex.is_article is False


def test_a_layout_wrapper_named_like_chrome_does_not_hand_the_body_to_the_footer():
    """Templates wrap the whole page in 'page-header' and each row in 'columns-widget': regions so
    named that hold most of the page are layout. The short article wins over the school's footer."""
    footer = (
        '<div class="footer"><div class="panel-title">Thông tin liên hệ</div>'
        "<p>Trường Tiểu học, Trung học cơ sở và Trung học phổ thông Sao Việt, thành phố Pleiku.</p>"
        "<p>Địa chỉ: 18 Hoàng Đạo Thúy, P.Tây Sơn, TP Pleiku, Gia Lai, Việt Nam, điện thoại tư vấn.</p>"
        "<p>Điện thoại tư vấn, tuyển sinh: 0269.379.4567; 0269.350.1177, hotline 0935.021.638.</p></div>"
    )
    body = (
        '<div class="page-header"><div class="columns-widget row"><article>'
        "<h1>Hội thi Dân vũ tự hào tiến bước dưới cờ Đảng năm 2021</h1>"
        '<div class="date">19/04/2021 00:41</div>'
        f'<div class="content-detail"><p>{SENTENCE}</p><p>{SENTENCE}</p></div></article></div></div>{footer}'
    )
    ex = extract(page(body, "Hội thi Dân vũ tự hào tiến bước dưới cờ Đảng năm 2021"), url="https://t.edu.vn/a.html")
    assert ex.is_article is True
    assert ex.body == f"{SENTENCE}\n\n{SENTENCE}"


def test_a_bold_paragraph_that_no_prose_follows_is_the_article_not_its_lead():
    """A notice of one bold paragraph and its attached form: that paragraph is the body, so the
    page is an article (a lead alone would leave no prose)."""
    notice = (
        "<p><b>Cha mẹ học sinh làm tờ khai y tế cho học sinh theo mẫu (tải xuống tại đây) "
        "và nộp cho giáo viên chủ nhiệm vào ngày tựu trường năm học 2021-2022.</b></p>"
        '<p><a href="/upload/mau.doc">Tập tin đính kèm</a></p>'
    )
    ex = extract(article(notice, "Mẫu tờ khai y tế dành cho học sinh"), url="https://t.edu.vn/a.html")
    assert ex.is_article is True
    assert ex.body.startswith("Cha mẹ học sinh làm tờ khai y tế")


# ----------------------------------------------------------------------------- title
def test_a_json_ld_headline_written_as_html_is_decoded():
    """WordPress SEO plugins put the title into JSON-LD with its HTML entities ('&#8220;')."""
    title = "Trao quà chương trình “Bữa sáng dành tặng miền Trung” cho học sinh"
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
        '"Trao quà chương trình &#8220;Bữa sáng dành tặng miền Trung&#8221; cho học sinh"}</script>'
    )
    body = f'<div class="post"><div class="date">01/07/2024 06:00</div><p>{SENTENCE}</p><p>{SENTENCE}</p></div>'
    raw = page(ld + body, "Trường THCS").replace(b"</head>", b"").replace(b"<body>", b"</head><body>")
    ex = extract(raw, url="https://t.edu.vn/a/")
    assert ex.title == title


# ----------------------------------------------------------------------------- views
def views_of(after_body: str) -> int | None:
    return extract(article(f"<p>{SENTENCE}</p><p>{SENTENCE}</p>{after_body}"), url="https://t.gov.vn/a.html").views


def test_a_views_label_in_one_cell_and_its_count_in_the_next_is_the_view_count():
    assert views_of("<table><tr><td>Lượt xem:</td><td>1.234</td></tr></table>") == 1234


def test_a_count_under_a_views_tooltip_is_the_view_count():
    assert views_of('<div class="tools"><span title="Lượt xem"><i class="fa fa-eye"></i> 57</span></div>') == 57
    assert views_of('<div class="tools"><em class="fa fa-eye" title="Lượt xem"></em> 312</div>') == 312


def test_the_number_of_people_who_read_it_is_the_view_count():
    assert views_of('<span class="css_readCounter">Số lượt người xem : <b>86</b></span>') == 86


def test_a_count_before_its_label_is_the_view_count():
    assert views_of('<div class="asset-view-count-info"><span>1.241 lượt xem</span></div>') == 1241  # Liferay 7
    # a label with a count of its own: the minute before it is not a count
    assert views_of('<div class="meta"><span>17/06/2025 13:43</span> <span>Lượt xem: 523</span></div>') == 523


def test_a_count_inside_a_link_belongs_to_the_item_it_links_to():
    related = '<ul class="other-news"><li><a href="/b.html">Tin khác <span>(610 Lượt xem)</span></a></li></ul>'
    assert views_of(related) is None


def test_a_site_wide_visit_counter_is_never_the_articles_views():
    assert views_of('<div class="box-thongke"><p>Tổng lượt xem: 1.234.567</p></div>') is None
    assert views_of("<ul><li>Đang online: 12 | Lượt xem: 1.234.567</li></ul>") is None
    assert views_of('<div class="hits"><span title="Lượt xem hôm nay">4.321</span></div>') is None


# ----------------------------------------------------------------------------- dates in other shapes
def dated(before_body: str, after_body: str = "") -> str | None:
    title = "Chính sách mới có hiệu lực từ tháng 7/2024"
    content = (
        f'<div class="detail"><h1>{title}</h1>{before_body}'
        f'<div class="content"><p>{SENTENCE}</p><p>{SENTENCE}</p></div>{after_body}</div>'
    )
    return extract(page(content, title), url="https://t.gov.vn/a.html").published_at


def test_a_java_style_date_is_read():
    assert dated('<div class="info">Ngày đăng: Mon Oct 15 09:12:00 ICT 2018</div>') == "2018-10-15T09:12:00+07:00"
    assert dated('<div class="info">Mon Oct 15 00:00:00 ICT 2018</div>') == "2018-10-15"


def test_a_date_and_its_time_in_two_blocks_are_one_date():
    two_items = '<ul class="info"><li>Thứ 2, 30/08/2021</li><li>16:18</li></ul>'
    assert dated(two_items) == "2021-08-30T16:18:00+07:00"
    assert (
        dated('<div class="info"><div>Thứ 2, 30/08/2021</div><div>| 16:18</div></div>') == "2021-08-30T16:18:00+07:00"
    )


def test_a_date_line_of_inline_elements_is_read_with_its_elements_apart():
    spans = '<div class="info"><span>Ngày đăng:</span><span>15/10/2018</span><span>09:30</span></div>'
    assert dated(spans) == "2018-10-15T09:30:00+07:00"


def test_a_labelled_publication_date_under_the_body_is_the_articles():
    assert dated("", '<div class="info">Ngày đăng: 15/10/2018 09:30</div>') == "2018-10-15T09:30:00+07:00"
    cells = "<table><tr><td>Ngày đăng:</td><td>15/10/2018 09:30</td></tr></table>"
    assert dated("", cells) == "2018-10-15T09:30:00+07:00"
    assert dated("", '<div class="other">15/10/2018 09:30</div>') is None  # unlabelled: maybe another article's


# ----------------------------------------------------------------------------- bylines: newspapers, accounts
def closing(line: str):
    ex = extract(article(f"<p>{SENTENCE}</p><p>{SENTENCE}</p>{line}"), url="https://t.gov.vn/a.html")
    return ex.author, ex.source, ex.body


def test_a_writer_and_newspaper_line_gives_the_writer_as_author_and_the_paper_as_source():
    author, source, body = closing('<p style="text-align:right"><b>Hồng Thắm - Báo Đắk Nông</b></p>')
    assert (author, source) == ("Hồng Thắm", "Báo Đắk Nông")
    assert "Báo Đắk Nông" not in body


def test_a_newspaper_named_alone_at_the_end_is_the_source_not_the_author():
    author, source, body = closing('<p style="text-align:right"><b>Báo Đắk Nông</b></p>')
    assert (author, source) == (None, "Báo Đắk Nông")
    assert body.endswith("tổ chức thi hành.")


def test_st_labels_the_author():
    assert closing('<p style="text-align:right"><b>ST: Nguyễn Văn An</b></p>')[0] == "Nguyễn Văn An"


def test_cms_accounts_and_placeholders_are_never_the_author():
    for line in (
        '<p style="text-align:right"><b>Ad Min</b></p>',
        '<p style="text-align:right">demo</p>',
        "<p>Người viết: Ad Min</p>",
        '<p class="view-content-author">Nguyễn Văn Bình</p>',  # Liferay's account line
    ):
        author, _, body = closing(line)
        assert author is None, line
        assert body.endswith("tổ chức thi hành."), line


def test_more_role_labels_name_the_author():
    """'Tác giả bài viết:' (NukeViet 3), 'TH:' (tổng hợp), '#Tin, bài:' and 'Tin_Name' as school pages type them."""
    cases = {
        '<p style="text-align:right">Tác giả bài viết: Trần Văn Bình</p>': "Trần Văn Bình",
        "<p>TH: Hữu Phương - Tùng Nhi</p>": "Hữu Phương - Tùng Nhi",
        "<p>#Tin, bài: Nguyễn Văn An</p>": "Nguyễn Văn An",
        "<p>Tin_Phương_Thuỷ</p>": "Phương_Thuỷ",
    }
    for line, expected in cases.items():
        assert closing(line)[0] == expected, line
    assert closing('<p style="text-align:right"><b>Th.S Nguyễn Văn An</b></p>')[0] == "Th.S Nguyễn Văn An"


def test_a_school_team_or_unit_signing_the_article_is_the_author():
    assert closing('<p style="text-align:right"><b>Tổ Văn phòng</b></p>')[0] == "Tổ Văn phòng"
    assert closing("<p>Tác giả bài viết: Liên đội THCS Hòa Xuân</p>")[0] == "Liên đội THCS Hòa Xuân"


def test_a_name_and_a_civil_servant_or_library_post_gives_the_name():
    assert closing('<p style="text-align:right"><b>Văn Hùng - Công chức Văn hóa - Xã hội</b></p>')[0] == "Văn Hùng"
    assert closing('<p class="has-text-align-right">Nguyễn Thu Trang - Thư viện</p>')[0] == "Nguyễn Thu Trang"


def test_the_writers_unit_after_a_labelled_name_is_not_part_of_the_author():
    """The unit in brackets or after a dash, even with a line of chrome after the byline."""
    line = '<p style="text-align:right">Tin, ảnh KHÁNH HIỀN (Đài Truyền thanh huyện)</p><p>Xem chi tiết tại đây</p>'
    assert closing(line)[0] == "KHÁNH HIỀN"
    assert closing("<p>Tin và ảnh: Mạnh Hùng - Phòng VHTT huyện Cư Jút</p>")[0] == "Mạnh Hùng"
    assert closing("<p>#Tin, bài: Tổ Tiếng Anh (THCS Nguyễn Huệ)</p>")[0] == "Tổ Tiếng Anh"


def school_page(content: str, field: str, url: str, title: str = "Hội nghị cha mẹ học sinh") -> bytes:
    """A school portal's article: the CMS's author field after the article's text."""
    return page(
        f'<div class="detail"><h1>{title}</h1><div class="date">Thứ hai, 01/07/2024, 06:00</div>'
        f'<div class="content">{content}</div><div class="author"><b>Tác giả:</b> {field}</div></div>',
        title,
    )


def test_the_sites_own_name_in_the_cms_author_field_is_not_a_byline():
    """EduPortal fills the author field with the school's name under every article; the signature in the
    text is the byline, and the school signing its own article in the text stays its author."""
    url = "https://edu.viettel.vn/vtu-longdien-thcsnguyenhue/tin-tuc/hoi-nghi.html"
    text = f"<p>{SENTENCE}</p><p>{SENTENCE}</p>"
    ex = extract(school_page(text, "Trường THCS Nguyễn Huệ", url), url=url)
    assert ex.author is None
    assert "Nguyễn Huệ" not in ex.body
    ex = extract(school_page(text + "<p>Tin_Phương_Thuỷ</p>", "Trường THCS Nguyễn Huệ", url), url=url)
    assert ex.author == "Phương_Thuỷ"
    signed = text + "<p>Tin, ảnh: Trường THCS Nguyễn Huệ</p>"
    assert extract(school_page(signed, "Trường THCS Nguyễn Huệ", url), url=url).author == "Trường THCS Nguyễn Huệ"
    other = "https://edu.viettel.vn/vtu-longdien-thcslequydon/tin-tuc/hoi-nghi.html"
    assert extract(school_page(text, "Trường THCS Nguyễn Huệ", other), url=other).author == "Trường THCS Nguyễn Huệ"


def test_the_sites_own_name_in_an_author_field_inside_the_text_container_is_not_a_byline():
    """Where the author field falls inside the element taken for the text, its class still says what it is."""
    url = "https://edu.viettel.vn/vtu-longdien-thcsnguyenhue/tin-tuc/hoi-nghi.html"
    field = '<div class="author"><b>Tác giả:</b> Trường THCS Nguyễn Huệ</div>'
    ex = extract(article(f"<p>{SENTENCE}</p><p>{SENTENCE}</p>{field}"), url=url)
    assert ex.author is None
    assert ex.body.endswith("tổ chức thi hành.")


def test_the_site_named_by_its_title_in_the_cms_author_field_is_not_a_byline():
    url = "https://thcs-hx.example.edu.vn/tin-tuc/hoi-nghi.html"
    ex = extract(
        school_page(
            f"<p>{SENTENCE}</p><p>{SENTENCE}</p>", "Trường THCS Hòa Xuân", url, "Hội nghị - Trường THCS Hòa Xuân"
        ),
        url=url,
    )
    assert ex.author is None


def header_page(header: str) -> bytes:
    title = "Chính sách mới có hiệu lực từ tháng 7/2024"
    return page(
        f'<div class="detail"><h1>{title}</h1><div class="meta">{header}</div>'
        f'<div class="content"><p>{SENTENCE}</p><p>{SENTENCE}</p></div></div>',
        title,
    )


def test_the_element_marked_as_the_byline_between_title_and_text_gives_the_author():
    """A press template's 'div.author' under the title (plo.vn: one link per writer); never an account, nor
    Liferay's account line, whose class only contains the word."""
    two = '<div class="author cms-author"><a href="#">THUẬN VĂN - </a> <a href="#">LÊ ÁNH</a></div>'
    ex = extract(header_page(two), url="https://t.gov.vn/a.html")
    assert (ex.author, ex.provenance["author"]) == ("THUẬN VĂN - LÊ ÁNH", "generic:byline-header")
    assert "LÊ ÁNH" not in ex.body
    for line in ('<span class="author">admin</span>', '<p class="view-content-author">Nguyễn Văn Bình</p>'):
        assert extract(header_page(line), url="https://t.gov.vn/a.html").author is None, line


def test_share_and_print_rows_are_not_body():
    """Rows of chrome items ('Chia sẻ: Facebook Zalo', 'In bài viết | Gửi email | Về đầu trang') go
    as each item alone did; a sentence that uses such words stays."""
    rows = (
        '<div class="row"><span>Chia sẻ:</span> <a href="#">Facebook</a> <a href="#">Zalo</a></div>'
        '<p><a href="#">In bài viết</a> | <a href="#">Gửi email</a> | <a href="#">Về đầu trang</a></p>'
        "<div>Bản in | Gửi bài viết | Lưu bài viết</div>"
    )
    ex = extract(article(f"<p>{SENTENCE}</p><p>{SENTENCE}</p>{rows}"), url="https://t.gov.vn/a.html")
    assert ex.body == f"{SENTENCE}\n\n{SENTENCE}"
    kept = "<p>In ấn và lưu trữ hồ sơ</p>"
    ex = extract(article(f"<p>{SENTENCE}</p><p>{SENTENCE}</p>{kept}"), url="https://t.gov.vn/a.html")
    assert ex.body.endswith("In ấn và lưu trữ hồ sơ")


# ----------------------------------------------------------------------------- captions, boxes, the header
def test_a_caption_repeated_as_a_related_link_is_not_body():
    """The photo's caption reappears as the linked title of a related article: neither copy is the text."""
    caption = "Lãnh đạo tỉnh dâng hương tưởng niệm các anh hùng liệt sĩ tại nghĩa trang"
    content = (
        f'<figure><img src="/a.jpg"><figcaption>{caption}</figcaption></figure><p>{SENTENCE}</p><p>{SENTENCE}</p>'
        f'<p><a href="/tin/2.htm">{caption}</a></p>'
    )
    ex = extract(article(content), url="https://t.gov.vn/a.html")
    assert ex.body == f"{SENTENCE}\n\n{SENTENCE}"


def test_a_caption_printed_once_and_lines_repeated_outside_captions_stay():
    """A Vietnamese caption with its 'Ảnh:' credit is part of the article; a heading that repeats
    (one per section of a recipe or an interview) is the text's."""
    content = (
        '<figure><img src="/a.jpg"><figcaption>Quang cảnh hội nghị. Ảnh: TTXVN</figcaption></figure>'
        f"<h3>Câu hỏi của bạn đọc gửi tới</h3><p>{SENTENCE}</p><h3>Câu hỏi của bạn đọc gửi tới</h3><p>{SENTENCE}</p>"
    )
    ex = extract(article(content), url="https://t.gov.vn/a.html")
    assert ex.body.startswith("Quang cảnh hội nghị. Ảnh: TTXVN")
    assert ex.body.count("Câu hỏi của bạn đọc gửi tới") == 2


def test_english_photo_credits_gallery_controls_and_pointer_lines_are_not_body():
    content = (
        f"<p>{SENTENCE}</p><p>Photo: Hau Dinh, AP</p><p>Image 1 of 8</p><p>Caption</p><p>Close</p>"
        "<p>Officials were seen attempting to control the spread of the plagueCredit: The Siberian Times</p>"
        "<p>Published 7:07 PM EST Nov 19, 2019</p>"
        '<p><a href="/d.htm">CLICK HERE TO GET THE FOX NEWS APP</a></p>'
        "<p>Plague can be easily vaccinated (Image: GETTY)</p><p>Advertisement</p>"
        f'<p>Related: <a href="/b.htm">SpaceX Starship and Super Heavy rocket in pictures</a></p>'
        f'<p>Xem thêm: <a href="/c.htm">Hướng dẫn thi hành nghị định số 12 năm 2024</a></p><p>{SENTENCE}</p>'
    )
    ex = extract(article(content), url="https://t.gov.vn/a.html")
    assert ex.body == f"{SENTENCE}\n\n{SENTENCE}"


def test_boxes_inside_the_article_are_left_out_by_their_class_words():
    boxes = (
        '<div class="box-tinlienquan"><p>Hội nghị tổng kết công tác năm 2023 của ngành tư pháp tỉnh</p></div>'
        '<div class="article-body__newsletter"><p>Đăng ký nhận bản tin hằng tuần của chúng tôi qua email</p></div>'
        '<div class="social-share-buttons"><p>Chia sẻ bài viết này với bạn bè của bạn</p></div>'
        '<div class="d-none d-print-block"><p>Bản in của bài viết được trích xuất từ cổng thông tin</p></div>'
    )
    ex = extract(article(f"<p>{SENTENCE}</p>{boxes}<p>{SENTENCE}</p>"), url="https://t.gov.vn/a.html")
    assert ex.body == f"{SENTENCE}\n\n{SENTENCE}"


def test_a_box_class_around_most_of_the_text_is_the_article_not_a_box():
    wrapped = f'<div class="social-share-content"><p>{SENTENCE}</p><p>{SENTENCE}</p></div>'
    ex = extract(article(wrapped), url="https://t.gov.vn/a.html")
    assert ex.body == f"{SENTENCE}\n\n{SENTENCE}"


def test_a_kicker_above_the_repeated_title_and_english_bylines_are_the_header():
    title = "Chính sách mới có hiệu lực từ tháng 7/2024"
    content = f"<p>Thời sự</p><p>{title}</p><p>By Jane Doe</p><p>Nov. 19, 2019</p><p>{SENTENCE}</p><p>{SENTENCE}</p>"
    ex = extract(article(content, title), url="https://t.gov.vn/a.html")
    assert ex.body == f"{SENTENCE}\n\n{SENTENCE}"


def test_a_records_date_field_below_its_first_line_stays():
    """A complaint record: 'Người gửi', 'Ngày nhận', 'Nội dung' are its fields, not a header."""
    content = f"<p>Người gửi: Nguyễn Văn An</p><p>Ngày nhận: 29/5/2019</p><p>Nội dung: {SENTENCE}</p>"
    ex = extract(article(content), url="https://t.gov.vn/a.html")
    assert "Ngày nhận: 29/5/2019" in ex.body


@pytest.mark.parametrize("style", ["display: none;", "DISPLAY: NONE"])
def test_a_hidden_dialog_is_never_the_article(style):
    """A share-by-email form kept in a display:none dialog holds text but is never shown (the style in any case)."""
    dialog = (
        f'<div id="sharing_email" style="{style}"><form>'
        + "".join(f"<p>{SENTENCE} {SENTENCE}</p>" for _ in range(4))
        + "</form></div>"
    )
    ex = extract(
        page(
            f'{dialog}<div class="detail"><h1>Chính sách mới có hiệu lực từ tháng 7/2024</h1>'
            f'<div class="date">01/07/2024 06:00</div><div class="content"><p>{SENTENCE}</p>'
            f"<p>Bộ Tư pháp hướng dẫn các địa phương triển khai.</p></div></div>"
        )
    )
    assert ex.body.startswith(SENTENCE) and "Bộ Tư pháp hướng dẫn" in ex.body


def test_inline_styles_are_read_in_any_case():
    """Pages saved from Word write `STYLE="DISPLAY: none"` and `TEXT-ALIGN: right`: CSS reads names and
    keywords in any case, and so does the renderer (hidden text left out, the alignment and weight kept)."""
    content = (
        f"<p>{SENTENCE}</p><p style='DISPLAY: NONE'>Đoạn ẩn không hiển thị cho người đọc.</p>"
        f"<p>{SENTENCE} Đoạn hai.</p><p style='TEXT-ALIGN: Right'><span style='FONT-WEIGHT: BOLD'>Nguyễn Văn An</span></p>"
    )
    ex = extract(article(content))
    assert "Đoạn ẩn" not in ex.body and "Đoạn hai" in ex.body
    blocks = layout.render(htmltree.parse(f"<html><body><div>{content}</div></body></html>").find(".//div")).blocks
    closing = next(b for b in blocks if b.text == "Nguyễn Văn An")
    assert closing.align == "right" and closing.bold


# ----------------------------------------------------------------------------- machine dates, site labels
def english_page(head: str, body: str, title: str = "The Impeachment Clock") -> bytes:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f'<body><article><h1>{title.split(": ")[-1]}</h1><div class="story"><p>{SENTENCE}</p><p>{SENTENCE}</p>'
        f"</div>{body}</article></body></html>"
    ).encode()


def test_article_published_meta_names_date_the_page():
    head = '<meta property="article:published" itemprop="datePublished" content="2019-11-19T11:00:09.000Z">'
    ex = extract(english_page(head, ""))
    assert ex.published_at == "2019-11-19T18:00:09+07:00" and ex.is_article is True


def test_the_dates_of_a_json_ld_that_does_not_parse_are_read():
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2019-11-18T16:06:51-05:00",'
        ' "image": {"url": "a.jpg",},}</script>'
    )
    ex = extract(english_page(head, ""))
    assert ex.published_at == "2019-11-19T04:06:51+07:00" and ex.is_article is True


def test_an_itemprop_stamp_in_english_words_dates_the_page():
    body = '<span itemprop="datePublished">Fri 6:45 PM, Feb 16, 2018</span>'
    ex = extract(english_page("", body))
    assert ex.published_at == "2018-02-16T18:45:00+07:00"


def test_the_pages_one_itemprop_stamp_dates_it_wherever_it_lies():
    html = english_page("", "").replace(
        b"</body>", b'<div id="schema"><meta itemprop="datePublished" content="2018-10-03T19:41:33+04:00"></div></body>'
    )
    ex = extract(html)
    assert ex.published_at == "2018-10-03T22:41:33+07:00" and ex.is_article is True


def test_the_headline_after_a_site_label_in_the_html_title_is_the_title():
    """'<title>The Space Review: Seeking a bigger role...' over an <h1> of the headline alone, with a
    byline and a row of share buttons between the <h1> and the text (too far for a heading over it)."""
    header = (
        '<h3 class="byline">by Jeff Foust<br><span class="datetime">Monday, November 18, 2019</span></h3>'
        + "".join(f'<div><a href="/s/{i}">{label}</a></div>' for i, label in enumerate(("Bookmark", "Share", "Print")))
        + "".join(f"<div>Send to {app}</div>" for app in ("Kindle", "Kobo", "Pocket", "Email", "Evernote"))
        + "".join(f"<div>Save to {app}</div>" for app in ("Notion", "Drive", "Dropbox", "OneNote", "Pinboard"))
    )
    html = english_page("", "", title="The Space Review: Seeking a bigger role for a big rocket").replace(
        b'<div class="story">', header.encode() + b'<div class="story">'
    )
    ex = extract(html)
    assert ex.title == "Seeking a bigger role for a big rocket"


# ----------------------------------------------------------------------------- a date in the title's block
def test_a_raw_iso_stamp_printed_after_the_title_is_the_date_not_the_title():
    """'<span>Title</span> <span>2019-06-26T05:00:00.000Z</span>' in one block under a <title> naming only the
    site: the stamp is read as UTC and left out of the title."""
    body = (
        '<div class="news"><div class="TieuDe"><span id="lblTieuDe">Khai giảng lớp tập huấn nghiệp vụ báo chí năm'
        ' 2019</span> <span class="NgayDang">2019-06-26T05:00:00.000Z</span></div>'
        f'<div class="content"><p>{SENTENCE}</p><p>{SENTENCE}</p></div></div>'
    )
    ex = extract(page(body, title="Trường Chính trị tỉnh"))
    assert ex.title == "Khai giảng lớp tập huấn nghiệp vụ báo chí năm 2019"
    assert ex.published_at == "2019-06-26T12:00:00+07:00"


# ----------------------------------------------------------------------------- the portal's name is no title
def test_the_portals_name_in_title_and_banner_is_not_the_title_over_the_article():
    """A template whose <title> is the portal's name, printed again in its banner: the title is the one over
    the article's text."""
    portal = "Trang thông tin điện tử huyện Đắk Glong"
    html = (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{portal}</title></head><body>'
        f'<div class="s4-title">{portal}</div>'
        '<div class="news"><p class="Title">Đại hội đại biểu các dân tộc thiểu số huyện lần thứ III</p>'
        f'<div class="content"><p>{SENTENCE}</p><p>{SENTENCE}</p></div></div></body></html>'
    )
    ex = extract(html.encode())
    assert ex.title == "Đại hội đại biểu các dân tộc thiểu số huyện lần thứ III"


# ----------------------------------------------------------------------------- views
def test_a_view_counter_printed_just_under_the_articles_table_is_the_articles():
    body = (
        '<table class="article"><tr><td><h1>Chính sách mới có hiệu lực từ tháng 7/2024</h1></td></tr>'
        "<tr><td>Thứ hai, 01/07/2024, 06:00</td></tr>"
        f"<tr><td><p>{SENTENCE}</p><p>{SENTENCE}</p></td></tr></table>"
        '<br><span class="css_readCounter">Số lượt người xem: 10</span> <a href="#">Bản in</a>'
    )
    ex = extract(page(body))
    assert ex.views == 10


# ----------------------------------------------------------------------------- a headline set apart opening the text
def test_a_bold_centred_headline_opening_the_text_under_a_section_label_is_the_title():
    """No stated title agrees with the page (its <title> names the site) and the only title-ish element is the
    section's label: the bold, centred line opening the text is the title, not part of the body."""
    html = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Trang chủ - Sở Tài chính</title></head>'
        '<body><div id="menu"><a href="/">Trang chủ</a></div><div class="title-gt"><p><strong>Cải cách hành chính'
        '</strong></p></div><div class="gthieu"><div style="text-align: center"><p style="font-weight: bold">'
        "Ngăn chặn hiệu quả tình trạng nhũng nhiễu, gây phiền hà cho người dân</p></div>"
        f"<p>{SENTENCE}</p><p>{SENTENCE}</p></div></body></html>"
    )
    ex = extract(html.encode())
    assert ex.title == "Ngăn chặn hiệu quả tình trạng nhũng nhiễu, gây phiền hà cho người dân"
    assert ex.kind == "article" and ex.body.startswith(SENTENCE)


def test_a_bold_opening_sentence_is_no_title():
    html = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Trang chủ - Sở Tài chính</title></head>'
        '<body><div class="gthieu"><p style="font-weight: bold">Sở Tài chính đã tổ chức hội nghị tổng kết công'
        f" tác năm 2023 và triển khai nhiệm vụ năm 2024.</p><p>{SENTENCE}</p><p>{SENTENCE}</p></div></body></html>"
    )
    assert extract(html.encode()).title is None


# ----------------------------------------------------------------------------- a photo story
def test_a_photo_storys_slides_whose_captions_are_its_prose_are_the_body():
    """Slides named like a gallery ('item_slide_show') are a box of other photos, except when together they hold
    most of the article's text: then their captions are the story."""
    slides = "".join(
        f'<div class="item_slide_show"><img src="/s{i}.jpg"><div class="desc_cation"><p class="Normal">'
        f"{SENTENCE} Ảnh số {i} của phóng sự.</p></div></div>"
        for i in range(1, 6)
    )
    ex = extract(article(f'<article class="fck_detail">{slides}</article>'))
    assert ex.kind == "article"
    assert ex.body.count(SENTENCE) == 5 and "Ảnh số 5 của phóng sự." in ex.body


def test_a_photo_storys_lead_and_closing_byline_are_read_around_its_slides():
    """The lead's own class names it ('description') inside a wrapper named for photos; the byline closes the
    story after its slides and a video line, outside the run of slides the body is read from."""
    slides = "".join(
        f'<div class="item_slide_show"><img src="/s{i}.jpg"><div class="desc_cation"><p class="Normal">'
        f"{SENTENCE} Ảnh số {i} của phóng sự.</p></div></div>"
        for i in range(1, 6)
    )
    body = (
        '<section class="page-detail"><div class="width-detail-photo"><h1 class="title-detail">Chính sách mới có'
        ' hiệu lực từ tháng 7/2024</h1><p class="description">Hơn 23h, các chiến sĩ bắt đầu ca tuần tra dọc mốc'
        " giới trong đêm giá rét của vùng cao biên giới.</p></div>"
        f'<div class="date">Thứ tư, 13/1/2021, 00:00 (GMT+7)</div><article class="fck_detail">{slides}'
        '<div class="wrap_video"><p>Tuần tra trong băng tuyết. Video: <em>Đồn biên phòng</em></p></div>'
        '<div class="width-detail-photo"><p style="text-align:right;"><strong>Giang Huy - Hoàng Phương</strong>'
        "</p></div></article></section>"
    )
    ex = extract(page(body))
    assert ex.author == "Giang Huy - Hoàng Phương"
    assert ex.body.startswith("Hơn 23h, các chiến sĩ") and ex.body.endswith("Ảnh số 5 của phóng sự.")


# ----------------------------------------------------------------------------- the eighth corpus share
def test_a_name_that_starts_like_a_school_before_its_unit_is_a_person():
    """'Trường' opens a school's name and a person's: 'Trường Giang - Sở GDĐT AG' is the writer and the unit."""
    url = "https://thpt-nbk.example.edu.vn/tin-tuc/quy-doi.html"
    text = f"<p>{SENTENCE}</p><p>{SENTENCE}</p>"
    assert extract(school_page(text, "Trường Giang - Sở GDĐT AG", url), url=url).author == "Trường Giang"
    other = "https://thpt-khac.example.edu.vn/tin-tuc/quy-doi.html"
    signed = extract(school_page(text, "Trường THPT Nguyễn Bỉnh Khiêm", other), url=other)
    assert signed.author == "Trường THPT Nguyễn Bỉnh Khiêm"  # a school signing another school's site: itself


def test_the_author_field_of_the_article_element_after_a_text_of_photos():
    """The text is all in the lead; the body photos; the CMS's author field closes the <article>, past both."""
    html = page(
        '<article class="news-detail"><div class="head"><h1 class="title-detail">Lễ khai giảng năm học mới</h1>'
        '<span class="post-date">Thứ 2, 09/09/2024 | 11:00</span>'
        f'<div class="brief"><p>{SENTENCE}</p></div></div>'
        '<div class="block"><div class="content-detail"><p><img src="/a.jpg"><img src="/b.jpg"></p></div></div>'
        '<div class="row"><div class="author"><b>Tác giả:</b> Phạm Nam Điền</div></div></article>',
        "Lễ khai giảng năm học mới",
    )
    ex = extract(html, url="https://thpt-nbk.example.edu.vn/tin-tuc/khai-giang.html", families=False)
    assert (ex.author, ex.published_at) == ("Phạm Nam Điền", "2024-09-09T11:00:00+07:00")


def test_a_lead_split_over_spans_before_the_body_is_the_lead():
    lead = f"<p><span>{SENTENCE[:12]}</span><span>{SENTENCE[12:]}</span></p>"
    html = page(
        '<div class="detail"><h1>Chính sách mới có hiệu lực từ tháng 7/2024</h1>'
        f'<div class="brief">{lead}</div><div class="content"><p>{SENTENCE} Một.</p><p>{SENTENCE} Hai.</p></div></div>'
    )
    ex = extract(html, url="https://so.example.gov.vn/tin/1.html", families=False)
    assert ex.lead == SENTENCE and ex.body.startswith(SENTENCE + "\n\n" + SENTENCE + " Một.")


def test_a_title_tag_cut_with_an_ellipsis_gives_way_to_the_whole_headline():
    headline = "Sở Giáo dục và Đào tạo triển khai kế hoạch điều chỉnh nội dung, phân phối chương trình các môn học"
    cut = headline[:60] + " ..."
    html = (
        f'<html lang="vi"><head><meta charset="utf-8"><title>{cut}</title><meta property="og:title" content="{cut}">'
        f'</head><body><div class="detail"><span class="date">Thứ 6, 13/03/2020 | 14:40</span>'
        f'<h1 class="title-detail">{headline}</h1><div class="content"><p>{SENTENCE}</p><p>{SENTENCE}</p></div>'
        "</div></body></html>"
    ).encode()
    ex = extract(html, url="https://thpt.example.edu.vn/tin/1.html", families=False)
    assert (ex.title, ex.published_at) == (headline, "2020-03-13T14:40:00+07:00")


def test_the_headline_beats_the_site_name_that_ends_the_title_tag():
    """The <title>'s suffix (the site's name, also in the footer) agrees exactly; the headline only with another
    case ('Bệnh Viện' in the <title>, 'Bệnh viện' in the heading): the headline is the title."""
    html = (
        '<html lang="vi"><head><meta charset="utf-8"><title>Bệnh Viện Lê Văn Việt vinh danh thầy thuốc trẻ tiêu biểu'
        " năm 2025 - Bệnh Viện Lê Văn Việt</title></head><body>"
        '<section class="news"><div class="section-title"><h2>Bệnh viện Lê Văn Việt vinh danh thầy thuốc trẻ tiêu biểu'
        ' năm 2025</h2></div><div class="time"><span class="time">03/03/2025</span></div>'
        f'<div class="contentText"><p>{SENTENCE}</p><p>{SENTENCE}</p><div>Ngọc Hân</div>'
        '<div>Tìm kiếm theo từ khóa :<a href="/s?k=a">benhvien</a>,<a href="/s?k=b">thaythuoc</a></div></div>'
        '</section><div class="footer"><h4><span>Bệnh Viện Lê Văn Việt</span></h4><p>Quận Thủ Đức</p></div>'
        "</body></html>"
    ).encode()
    ex = extract(html, url="https://bv.example.vn/tin-tuc/1.html", families=False)
    assert ex.title == "Bệnh viện Lê Văn Việt vinh danh thầy thuốc trẻ tiêu biểu năm 2025"
    assert (ex.published_at, ex.author) == ("2025-03-03", "Ngọc Hân")
    assert "từ khóa" not in ex.body and ex.body.endswith("tổ chức thi hành.")


def test_initials_after_the_text_that_the_metadata_names_as_author_are_the_byline():
    """'TP' looks like no name; the page's JSON-LD says the article's author is TP: the closing line is the byline."""
    stated = '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", "name": "TP"}}</script>'
    html = article(f"<p>{SENTENCE}</p><p>{SENTENCE}</p><div class='article__author'><p class='name'>TP</p></div>")
    ex = extract(html.replace(b"</head>", stated.encode() + b"</head>"), url="https://bao.example.vn/a.html")
    assert (ex.author, ex.provenance["author"]) == ("TP", "generic:byline-stated")
    assert ex.body.endswith("tổ chức thi hành.")
    unstated = extract(html, url="https://bao.example.vn/a.html")
    assert unstated.author is None and unstated.body.endswith("TP")


def test_the_author_in_microdata_between_title_and_text_is_the_byline():
    byline = (
        '<div class="meta"><span class="kbwcm-author" itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<span itemprop="name">Thế Duyệt</span>, Đời sống Pháp luật</span></div>'
    )
    html = page(
        f'<div class="detail"><h1>Chính sách mới có hiệu lực từ tháng 7/2024</h1>{byline}'
        f'<div class="date">Thứ hai, 01/07/2024, 06:00</div><div class="content"><p>{SENTENCE}</p><p>{SENTENCE}</p></div></div>'
    )
    ex = extract(html, url="https://genk.example.vn/a.chn", families=False)
    assert (ex.author, ex.provenance["author"]) == ("Thế Duyệt", "generic:byline-header")


def test_a_source_box_with_its_copy_buttons_and_address_is_the_source_not_body():
    box = (
        '<div class="link-source"><a href="javascript:;">Theo <span>Đời sống Pháp luật</span> <i>Copy link</i></a>'
        "<div><span>Link bài gốc</span> <span>Lấy link</span></div>"
        "<div>https://doisongphapluat.example.vn/vi-sao-apple-a650753.html</div></div>"
    )
    ex = extract(article(f"<p>{SENTENCE}</p><p>{SENTENCE}</p>{box}"), url="https://genk.example.vn/a.chn")
    assert ex.source == "Đời sống Pháp luật"
    assert ex.body.endswith("tổ chức thi hành.") and "Link bài gốc" not in ex.body


def test_addresses_closing_a_list_of_offers_stay_in_the_text():
    """Only an address right under the source line is the source's; a list's own addresses are its text."""
    offers = "".join(
        f"<p>Offerta {n}: console retro a prezzo speciale</p><p>http://amzn.to/2hY{n}awj</p>" for n in range(4)
    )
    ex = extract(article(f"<p>{SENTENCE}</p><p>{SENTENCE}</p>{offers}"), url="https://blog.example.it/a.html")
    assert ex.body.endswith("http://amzn.to/2hY3awj") and ex.body.count("amzn.to") == 4


def test_a_source_in_the_byline_element_is_no_author():
    """'Theo Phạm Trường' in the element marked as the byline: the writer of the newspaper the article is taken from,
    a source (as the README's rule reads `Theo …`), not this article's author."""
    html = page(
        '<div class="detail"><h1>Chính sách mới có hiệu lực từ tháng 7/2024</h1><p class="author">Theo Phạm Trường</p>'
        f'<div class="date">Thứ hai, 01/07/2024, 06:00</div><div class="content"><p>{SENTENCE}</p><p>{SENTENCE}</p></div></div>'
    )
    ex = extract(html, url="https://cafef.example.vn/a.chn", families=False)
    assert ex.author is None


def test_the_agencies_in_brackets_after_the_name_are_not_the_author():
    byline = "<p style='text-align:right'><strong>Như Tâm (Theo AFP, Reuters)</strong></p>"
    ex = extract(article(f"<p>{SENTENCE}</p><p>{SENTENCE}</p>{byline}"), url="https://vne.example.vn/a.html")
    assert ex.author == "Như Tâm" and "AFP" not in ex.body


def test_a_press_cms_data_role_byline_and_its_boxes_after_the_text():
    """soha.vn (VCCorp): the byline in address[data-role=author]; after the text, a teaser linking another story
    (class 'link-content-footer'), a 'preferred source on Google' box, the source's 'Link bài gốc' line with its
    address, and the fan box's bold 'Soha' (the site's brand: its host's name), none of them the article's."""
    html = page(
        '<article><h1 class="news-title">Chính sách mới có hiệu lực từ tháng 7/2024</h1>'
        '<div class="news-info"><address data-role="author">Hạ Anh</address> | <time>01/07/2024 06:00</time></div>'
        f'<div data-role="content"><p>{SENTENCE}</p><p>{SENTENCE}</p>'
        '<div class="VCSortableInPreviewMode link-content-footer" type="link"><a href="/vo-cu-198.htm">Vợ cũ Đan Trường'
        " tuổi 40 ngày càng sexy, xinh đẹp</a></div></div>"
        "<div><a href='https://www.google.com/preferences/source?q=soha.vn'>Thêm SOHA trên Google</a> Chọn SOHA làm"
        " nguồn ưu tiên trên Google Search.</div>"
        "<div><span>Link bài gốc</span> <span>Lấy link</span> https://m.example.vn/louis-pham-a650822.html</div>"
        "<div class='fan-box'><b>Soha</b></div></article>"
    )
    ex = extract(html, url="https://soha.vn/louis-pham-198.htm", families=False)
    assert ex.author == "Hạ Anh"
    assert ex.body.endswith("tổ chức thi hành.")


# ----------------------------------------------------------------------------- the ninth corpus share
@pytest.mark.parametrize(
    "closing,author",
    [
        ("Phi Tiến – Quỹ Bảo vệ và Phát triển rừng", "Phi Tiến"),  # a fund (qbvr-daknong_2)
        ("Thu Hà - Trung tâm Y tế huyện", "Thu Hà"),
        ("Lan Anh - Ban Tuyên giáo Huyện ủy", "Lan Anh"),
    ],
)
def test_a_closing_name_before_its_unit_is_the_byline(closing, author):
    """'Name – <unit>' closing the text: the unit may be a fund, a centre or a board, not only a department."""
    body = f"<p>{SENTENCE}</p><p>{SENTENCE}</p><p style='text-align:right'><strong>{closing}</strong></p>"
    ex = extract(page(f'<div class="detail"><h1>Hội nghị tổng kết</h1><div class="date">01/07/2024</div>{body}</div>'))
    assert ex.author == author
    assert closing not in ex.body
