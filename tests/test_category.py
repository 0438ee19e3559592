"""The category an analyst counts on: the portal's name for it, without the punctuation around it."""

import pytest

from archiver.category import clean_category
from archiver.extract import extract


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("- Tin tức sự kiện", "Tin tức sự kiện"),
        ("» Thanh tra", "Thanh tra"),
        ("  | Kinh tế |  ", "Kinh tế"),
        ("[Thông báo]", "Thông báo"),
        ("• Chỉ đạo điều hành:", "Chỉ đạo điều hành"),
        ("Văn hóa - Xã hội", "Văn hóa - Xã hội"),  # a hyphen inside the name stays
        ("Hoạt động Đảng, Đoàn thể", "Hoạt động Đảng, Đoàn thể"),
        (" - – ", None),
        (None, None),
    ],
)
def test_portal_punctuation_is_not_part_of_the_category(raw, name):
    assert clean_category(raw) == name


def page(title: str, breadcrumb: str = "") -> bytes:
    return (
        f"<html><head><title>{title}</title></head><body>{breadcrumb}"
        "<h1>Hội nghị tổng kết công tác năm 2023</h1>"
        "<p>Sáng ngày 5/1/2024, Sở Tài chính tổ chức hội nghị tổng kết công tác năm 2023 và triển khai "
        "nhiệm vụ năm 2024. Tham dự có lãnh đạo các phòng, ban, đơn vị trực thuộc Sở.</p></body></html>"
    ).encode()


def test_title_middle_has_no_separator_left():
    # "<article> - <category> - <site>", as the Liferay portal of sotttt.hanoi.gov.vn writes it,
    # gave "- Tin tức sự kiện" before
    html = page("Hội nghị tổng kết công tác năm 2023 - Tin tức sự kiện - Sở Tài chính")
    assert extract(html).category == "Tin tức sự kiện"


def test_breadcrumb_item_with_an_arrow():
    crumbs = '<div class="breadcrumb"><a href="/">Trang chủ</a><a href="/tin">» Tin tức - Sự kiện</a></div>'
    assert extract(page("Hội nghị tổng kết", crumbs)).category == "Tin tức - Sự kiện"


def test_real_pages_categories_are_clean(realpages):
    categories = set()
    for path in sorted((realpages / "pages").glob("sotttt_*.html")):
        category = extract(path.read_bytes()).category
        if category:
            categories.add(category)
    assert "Tin tức sự kiện" in categories and "Báo chí - xuất bản - truyền thông" in categories
    assert all(c == clean_category(c) and not c.startswith("-") for c in categories), categories
