"""The Vietnamese date grammar: field-guide variants, real pages, traps."""

import json
import subprocess
import sys
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import REALPAGES

from archiver.dates import (
    LABELS_UPDATED,
    VN_TZ,
    VnDate,
    find_dates,
    is_date_line,
    is_excluded_context,
    parse_date,
    parse_iso,
    read_date_line,
    split_published_updated,
)

NOW = datetime(2024, 3, 28, 15, 7, 42, tzinfo=VN_TZ)


# ------------------------------------------------------------------ absolute forms
# (text, expected iso()) — iso() is a bare date exactly when date_only is True.
ABSOLUTE = [
    # field guide
    ("Thứ tư, 27/05/2020, 08:09", "2020-05-27T08:09:00+07:00"),
    ("Ngày đăng 20/05/2016 | 11:32 AM | View count: 941", "2016-05-20T11:32:00+07:00"),
    ("30/05/2016 | 5:34 PM", "2016-05-30T17:34:00+07:00"),
    ("04/02/2022 | 6:02 PM", "2022-02-04T18:02:00+07:00"),
    ("08/01/2026 - 18:21", "2026-01-08T18:21:00+07:00"),
    ("17/06/2025 13:43", "2025-06-17T13:43:00+07:00"),
    ("Thứ Tư 07/02/2024 08:28", "2024-02-07T08:28:00+07:00"),
    ("04:35 15/03/2016", "2016-03-15T04:35:00+07:00"),
    ("15/10/2020, 13:29", "2020-10-15T13:29:00+07:00"),
    ("15/10/2020,13:29", "2020-10-15T13:29:00+07:00"),
    ("Đăng ngày 28 - 08 - 2015", "2015-08-28"),
    ("Ngày 27 tháng 5 năm 2020", "2020-05-27"),
    ("Cập nhật lúc 08:09 ngày 27/05/2020", "2020-05-27T08:09:00+07:00"),
    ("Chính trị 28-05-2024", "2024-05-28"),
    ("VĂN HÀO - TRẦN HỮU 30/04/2016 11:39", "2016-04-30T11:39:00+07:00"),
    # header chrome is still a date; deciding it is chrome is the extractor's job
    ("Thứ năm, ngày 28 tháng 3 năm 2024", "2024-03-28"),
    # weekday spellings and cases
    ("THỨ HAI, 02/03/2020 | 07:00", "2020-03-02T07:00:00+07:00"),
    ("thứ bảy 07/03/2020", "2020-03-07"),
    ("Thứ 2, 02/03/2020 10:15", "2020-03-02T10:15:00+07:00"),
    ("Thứ 7 - 07/03/2020 - 10:15", "2020-03-07T10:15:00+07:00"),
    ("Chủ nhật, 08/03/2020 21:05", "2020-03-08T21:05:00+07:00"),
    ("CN, 08/03/2020 | 08:09", "2020-03-08T08:09:00+07:00"),
    # DMY traps: never month first
    ("04/02/2022", "2022-02-04"),
    ("01/12/2021 09:00", "2021-12-01T09:00:00+07:00"),
    ("12/01/2021", "2021-01-12"),
    ("4/2/2022", "2022-02-04"),
    ("27.05.2020", "2020-05-27"),
    ("27-5-2020", "2020-05-27"),
    ("27/05/20", "2020-05-27"),
    ("27/05/99", "1999-05-27"),
    # 12-hour clocks
    ("Ngày đăng 13/07/2022 | 11:52 PM | View count: 86", "2022-07-13T23:52:00+07:00"),
    ("Ngày đăng 25/10/2018 | 12:16 PM", "2018-10-25T12:16:00+07:00"),
    ("27/05/2020 12:30 AM", "2020-05-27T00:30:00+07:00"),
    ("27/05/2020 | 04:30 PM", "2020-05-27T16:30:00+07:00"),
    ("27/05/2020 5:34 pm", "2020-05-27T17:34:00+07:00"),
    ("27/05/2020 5:34 p.m.", "2020-05-27T17:34:00+07:00"),
    ("27/05/2020 08:09 SA", "2020-05-27T08:09:00+07:00"),
    ("27/05/2020 02:30 CH", "2020-05-27T14:30:00+07:00"),
    ("27/05/2020 12:05 SA", "2020-05-27T00:05:00+07:00"),
    ("27/05/2020 lúc 3 giờ chiều", "2020-05-27T15:00:00+07:00"),
    ("lúc 8 giờ sáng ngày 27/05/2020", "2020-05-27T08:00:00+07:00"),
    # other clock spellings, seconds
    ("08h09 ngày 27/05/2020", "2020-05-27T08:09:00+07:00"),
    ("27/05/2020 08g09", "2020-05-27T08:09:00+07:00"),
    ("8 giờ 09 phút ngày 27/05/2020", "2020-05-27T08:09:00+07:00"),
    ("27/05/2020 08:09:33", "2020-05-27T08:09:33+07:00"),
    ("27/05/2020 (08:09)", "2020-05-27T08:09:00+07:00"),
    ("27/05/2020 – 08:09", "2020-05-27T08:09:00+07:00"),
    ("27 tháng 05 năm 2020, 08:09 GMT+7", "2020-05-27T08:09:00+07:00"),
    ("27 tháng Năm, 2020", "2020-05-27"),
    ("ngày 1 tháng Mười Hai năm 2019", "2019-12-01"),
    ("2020/05/27 08:09", "2020-05-27T08:09:00+07:00"),
    # view counts never read as times or dates
    ("Lượt xem: 1.234 | 27/05/2020 08:09", "2020-05-27T08:09:00+07:00"),
    ("27/05/2020 | Số lượt xem: 297", "2020-05-27"),
    ("Ngày đăng 22/12/2012 | 12:00 AM | View count: 750", "2012-12-22"),
    # a time that is not next to the date stays apart
    ("27/05/2020 | Tác giả: Minh | 08:09", "2020-05-27"),
]


@pytest.mark.parametrize("text,expected", ABSOLUTE)
def test_absolute_dates(text, expected):
    got = parse_date(text)
    assert got is not None, text
    assert got.iso() == expected
    assert got.rule == "fastpath"
    assert got.value.utcoffset() == timedelta(hours=7)
    assert got.date_only == (len(expected) == 10)


# The 12:00 AM placeholder means "no time shown".
@pytest.mark.parametrize("text", ["27/05/2020 | 12:00 AM", "27/05/2020 12:00 SA", "27/05/2020"])
def test_placeholder_midnight_is_date_only(text):
    got = parse_date(text)
    assert got.date_only is True
    assert got.value == datetime(2020, 5, 27, tzinfo=VN_TZ)
    assert got.iso() == "2020-05-27"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("thứ năm, 11 04 2019 09:30", "2019-04-11T09:30:00+07:00"),
        ("chủ nhật, 28 07 2019 19:05", "2019-07-28T19:05:00+07:00"),
        ("Thứ 2 05 08 2019", "2019-08-05"),
    ],
)
def test_a_weekday_before_a_spaced_day_month_year_makes_it_a_date(text, expected):
    got = parse_date(text)
    assert got is not None and got.iso() == expected and got.rule == "fastpath"
    assert is_date_line(text)


@pytest.mark.parametrize("text", ["Mã số 11 04 2019", "Điện thoại 0261 3 11 04 2019", "thứ năm, 31 02 2019"])
def test_spaced_numbers_without_a_weekday_are_no_date(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("text", ["27/05/2020 00:00", "27/05/2020 00:00:00", "Thứ tư, 27/5/2020, 00:00 (GMT+7)"])
def test_a_printed_24_hour_midnight_is_a_time(text):
    """A reader cannot tell a printed 00:00 from a post at midnight: it is kept, unlike the 12:00 AM placeholder."""
    got = parse_date(text)
    assert (got.date_only, got.iso()) == (False, "2020-05-27T00:00:00+07:00")


def test_noon_is_not_a_placeholder():
    got = parse_date("27/05/2020 | 12:00 PM")
    assert (got.date_only, got.value.hour, got.value.minute) == (False, 12, 0)


@pytest.mark.parametrize(
    "text",
    [
        "31/02/2020",
        "30/02/2021 10:00",
        "32/01/2020",
        "15/13/2020",
        "29/02/2019",
        "01/01/1989",
        "01/01/2101",
        "00/05/2020",
        "ngày 31 tháng 4 năm 2020",
        "2020-02-30",
    ],
)
def test_invalid_dates_give_none(text):
    assert parse_date(text) is None
    assert find_dates(text) == []


def test_leap_day_is_valid():
    assert parse_date("29/02/2020").iso() == "2020-02-29"


def test_invalid_time_leaves_the_date_alone():
    got = parse_date("27/05/2020 25:61")
    assert got.iso() == "2020-05-27"


@pytest.mark.parametrize(
    "text",
    ["", "   ", "Sơ đồ cổng", "View count: 941", "Lượt xem: 1.234", "12:30", "tháng 5/2020", "2020", "Thứ hai"],
)
def test_no_date(text):
    assert parse_date(text) is None


@pytest.mark.parametrize("junk", ["\x00", "9" * 500, "27/05/" + "9" * 40, "ngày " * 200, "lúc 99:99 ngày 99/99/9999"])
def test_never_raises(junk):
    parse_date(junk)
    parse_date(junk, NOW)
    find_dates(junk, NOW)
    is_date_line(junk)
    split_published_updated(junk, NOW)


# ------------------------------------------------------------------ relative
RELATIVE = [
    ("4 giờ trước", datetime(2024, 3, 28, 11, 7, tzinfo=VN_TZ), False),
    ("15 phút trước", datetime(2024, 3, 28, 14, 52, tzinfo=VN_TZ), False),
    ("1 giờ 20 phút trước", datetime(2024, 3, 28, 13, 47, tzinfo=VN_TZ), False),
    ("2 tiếng trước", datetime(2024, 3, 28, 13, 7, tzinfo=VN_TZ), False),
    ("3 ngày trước", datetime(2024, 3, 25, tzinfo=VN_TZ), True),
    ("1 tuần trước", datetime(2024, 3, 21, tzinfo=VN_TZ), True),
    ("hôm qua", datetime(2024, 3, 27, tzinfo=VN_TZ), True),
    ("Hôm qua lúc 10:30", datetime(2024, 3, 27, 10, 30, tzinfo=VN_TZ), False),
    ("10:30 hôm qua", datetime(2024, 3, 27, 10, 30, tzinfo=VN_TZ), False),
    ("hôm nay 08:15", datetime(2024, 3, 28, 8, 15, tzinfo=VN_TZ), False),
    ("hôm kia", datetime(2024, 3, 26, tzinfo=VN_TZ), True),
    ("vừa xong", datetime(2024, 3, 28, 15, 7, tzinfo=VN_TZ), False),
]


@pytest.mark.parametrize("text,expected,date_only", RELATIVE)
def test_relative(text, expected, date_only):
    got = parse_date(text, NOW)
    assert got is not None
    assert got.value == expected
    assert got.date_only is date_only
    assert got.rule == "relative"


@pytest.mark.parametrize("text", [t for t, _, _ in RELATIVE])
def test_relative_without_now_is_none(text):
    assert parse_date(text) is None


def test_relative_now_naive_is_vietnam_time_and_other_zones_convert():
    naive = NOW.replace(tzinfo=None)
    assert parse_date("4 giờ trước", naive).value == datetime(2024, 3, 28, 11, 7, tzinfo=VN_TZ)
    utc_now = NOW.astimezone(UTC)  # 08:07 UTC
    got = parse_date("hôm qua", utc_now)
    assert got.value == datetime(2024, 3, 27, tzinfo=VN_TZ)
    assert got.value.utcoffset() == timedelta(hours=7)


def test_relative_day_boundary_uses_vietnam_date():
    # 18:30 UTC on the 27th is already 01:30 on the 28th in Hanoi.
    late_utc = datetime(2024, 3, 27, 18, 30, tzinfo=UTC)
    assert parse_date("hôm qua", late_utc).iso() == "2024-03-27"


def test_absolute_beats_relative_on_the_same_line():
    assert parse_date("Hôm nay, 02/03/2020", NOW).iso() == "2020-03-02"


# ------------------------------------------------------------------ ISO
ISO = [
    ("2020-05-27T08:09:00+07:00", "2020-05-27T08:09:00+07:00"),
    ("2020-05-27T08:09:00+0700", "2020-05-27T08:09:00+07:00"),
    ("2020-05-27T01:09:00Z", "2020-05-27T08:09:00+07:00"),
    ("2020-05-27T03:09:00+02:00", "2020-05-27T08:09:00+07:00"),
    ("2020-05-26T20:09:00-05:00", "2020-05-27T08:09:00+07:00"),
    ("2020-05-27T08:09:00", "2020-05-27T08:09:00+07:00"),
    ("2020-05-27T08:09", "2020-05-27T08:09:00+07:00"),
    ("2020-05-27 08:09:33.123456+07:00", "2020-05-27T08:09:33+07:00"),
    (" 2020-05-27 ", "2020-05-27"),
    ("2020-05-27T00:00:00+07:00", "2020-05-27"),
    ("2020-05-27ICT08:09:00", "2020-05-27T08:09:00+07:00"),  # PHP's date('Y-m-dTH:i:s'): the zone for the T
    ("2020-05-27GMT01:09:00", "2020-05-27T08:09:00+07:00"),
]


@pytest.mark.parametrize("text,expected", ISO)
def test_parse_iso(text, expected):
    got = parse_iso(text)
    assert got.rule == "iso"
    assert got.iso() == expected
    assert got.value.utcoffset() == timedelta(hours=7)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "27/05/2020",
        "2020-05-27EST08:09:00",
        "2020-13-01",
        "2020-05-27T25:00:00",
        "2020-05-27T08:09:00+99:00",
        "soon",
    ],
)
def test_parse_iso_rejects(text):
    assert parse_iso(text) is None


def test_parse_date_accepts_iso():
    assert parse_date("2020-05-27T08:09:00+0700").rule == "iso"


def test_vndate_iso_format():
    assert VnDate(datetime(2020, 5, 27, 8, 9, tzinfo=VN_TZ), False, "x").iso() == "2020-05-27T08:09:00+07:00"
    assert VnDate(datetime(2020, 5, 27, tzinfo=VN_TZ), True, "x").iso() == "2020-05-27"


# ------------------------------------------------------------------ normalisation
def test_nfd_and_nbsp_input():
    text = unicodedata.normalize("NFD", "Thứ\u00a0tư,\u00a0ngày 27 tháng 5 năm 2020 lúc 8 giờ 09")
    assert text != unicodedata.normalize("NFC", text)
    assert parse_date(text).iso() == "2020-05-27T08:09:00+07:00"
    text = unicodedata.normalize("NFD", "Ngày đăng\u00a027/05/2020\u00a0|\u00a05:34\u00a0PM\u200b")
    assert parse_date(text).iso() == "2020-05-27T17:34:00+07:00"


# ------------------------------------------------------------------ find_dates
@pytest.mark.parametrize(
    "text,spans",
    [
        ("Ngày đăng 20/05/2016 | 11:32 AM | View count: 941", ["20/05/2016 | 11:32 AM"]),
        ("Cập nhật lúc 08:09 ngày 27/05/2020", ["08:09 ngày 27/05/2020"]),
        ("Thứ tư, 27/05/2020, 08:09", ["27/05/2020, 08:09"]),
        ("Đăng 27/05/2020 08:09 | Cập nhật 28/05/2020 10:00", ["27/05/2020 08:09", "28/05/2020 10:00"]),
        ("04:35 15/03/2016 | 05:00 16/03/2016", ["04:35 15/03/2016", "05:00 16/03/2016"]),
        ("Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ", ["03/02/2020"]),
        ("Hội sách 01/6/2016 mở cửa ngày 1/6, bế mạc 5 tháng 6 năm 2016", ["01/6/2016", "5 tháng 6 năm 2016"]),
        ("Cập nhật 4 giờ trước", ["4 giờ trước"]),
    ],
)
def test_find_dates_offsets_slice_back(text, spans):
    found = find_dates(text, NOW)
    assert [text[a:b] for _, a, b in found] == spans
    for vd, a, b in found:
        assert parse_date(text[a:b], NOW) == vd


def test_find_dates_offsets_on_nfd_text_point_into_the_original():
    text = unicodedata.normalize("NFD", "Đăng ngày 27 tháng 5 năm 2020 lúc 8 giờ 09 — Cập nhật: 28/05/2020")
    found = find_dates(text)
    pieces = [unicodedata.normalize("NFC", text[a:b]) for _, a, b in found]
    assert pieces == ["27 tháng 5 năm 2020 lúc 8 giờ 09", "28/05/2020"]
    assert [vd.iso() for vd, _, _ in found] == ["2020-05-27T08:09:00+07:00", "2020-05-28"]


def test_find_dates_skips_relative_without_now():
    assert find_dates("4 giờ trước") == []
    assert len(find_dates("4 giờ trước", NOW)) == 1


# ------------------------------------------------------------------ date lines
@pytest.mark.parametrize(
    "text",
    [
        "Ngày đăng 20/05/2016 | 11:32 AM | View count: 941",
        "30/05/2016 | 5:34 PM",
        "Thứ tư, 27/05/2020, 08:09",
        "Chính trị 28-05-2024",
        "VĂN HÀO - TRẦN HỮU 30/04/2016 11:39",
        "Cập nhật lúc 08:09 ngày 27/05/2020",
        "Đăng ngày 28 - 08 - 2015",
        "Tác giả: Nguyễn Văn A | 27/05/2020 08:09",
        "Thứ năm, ngày 28 tháng 3 năm 2024",
        "4 giờ trước",
        "Hôm qua lúc 10:30",
        "Ngày đăng: 27/05/2020 Hiệu lực: 01/07/2020",
    ],
)
def test_is_date_line(text):
    assert is_date_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ quy định xử phạt vi phạm hành chính",
        "Sáng ngày 12/5/2016, Sở Thông tin và Truyền thông đã tổ chức Hội nghị tổng kết",
        "Hội sách Thiếu nhi 01/6/2016",  # a title quoting a date
        "Kế hoạch số 123/KH-UBND ngày 27/05/2020 về việc triển khai chuyển đổi số năm 2020",
        "View count: 941",
        "Hội nghị tổng kết cuộc thi viết thư quốc tế UPU 45",
        "",
        "Ngày đăng " + "rất dài " * 40 + "27/05/2020",
    ],
)
def test_is_not_date_line(text):
    assert not is_date_line(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hiệu lực: 01/07/2020",
        "Ngày hiệu lực: 01/07/2020",
        "Ngày có hiệu lực 01/07/2020",
        "HIỆU LỰC 01/07/2020",
        "Ngày ban hành: 15/05/2020",
        "Ngày hết hiệu lực: 01/01/2025",
        "Hôm nay, Thứ năm, ngày 28 tháng 3 năm 2024",
        "Hôm nay: 28/03/2024",
        "Giấy phép số 123/GP-TTĐT ngày 01/01/2020",
        "- Hieu luc: 01/07/2020",
    ],
)
def test_excluded_context(text):
    assert is_excluded_context(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ngày đăng 20/05/2016 | 11:32 AM | View count: 941",
        "Hôm nay 10:30",
        "hôm nay lúc 08:15",
        "Ngày đăng: 27/05/2020 Hiệu lực: 01/07/2020",
        "Cập nhật lúc 08:09 ngày 27/05/2020",
        "23/04/2019 | 2:41 PM",
        "",
    ],
)
def test_not_excluded_context(text):
    assert not is_excluded_context(text)


# ------------------------------------------------------------------ published / updated
@pytest.mark.parametrize(
    "text,published,updated",
    [
        (
            "Đăng ngày 27/05/2020 08:09 | Cập nhật 28/05/2020 10:00",
            "2020-05-27T08:09:00+07:00",
            "2020-05-28T10:00:00+07:00",
        ),
        ("Cập nhật: 28/05/2020 10:00 | Ngày đăng: 27/05/2020", "2020-05-27", "2020-05-28T10:00:00+07:00"),
        ("Cập nhật lúc 08:09 ngày 27/05/2020", "2020-05-27T08:09:00+07:00", None),
        ("Ngày đăng 20/05/2016 | 11:32 AM | View count: 941", "2016-05-20T11:32:00+07:00", None),
        ("27/05/2020 08:09 - 28/05/2020 10:00", "2020-05-27T08:09:00+07:00", "2020-05-28T10:00:00+07:00"),
        ("Updated 28/05/2020 | Posted 27/05/2020", "2020-05-27", "2020-05-28"),
        ("Sơ đồ cổng", None, None),
    ],
)
def test_split_published_updated(text, published, updated):
    p, u = split_published_updated(text, NOW)
    assert (p and p.iso(), u and u.iso()) == (published, updated)


DATE_LINE_CASES = [
    "Đăng ngày 27/05/2020 08:09 | Cập nhật 28/05/2020 10:00",
    "Ngày đăng 20/05/2016 | 11:32 AM | View count: 941",
    "30/05/2016 | 5:34 PM",
    "19/03/2013 | 12:00 AM",
    "4 giờ trước",
    "Hôm qua lúc 10:30",
    "Hôm nay, Thứ năm, ngày 28 tháng 3 năm 2024",
    "Hiệu lực: 01/07/2020",
    "Ngày đăng: 27/05/2020 Hiệu lực: 01/07/2020",
    "Hội sách Thiếu nhi 01/6/2016",
    "Sáng ngày 12/5/2016, Sở Thông tin và Truyền thông đã tổ chức Hội nghị tổng kết",
    "Ngày đăng: 27 thg 5 2020",
    "2020-05-27T08:09:00+07:00",
    "Updated 28/05/2020 | Posted 27/05/2020",
    "",
]


@pytest.mark.parametrize("now", [None, NOW])
@pytest.mark.parametrize("text", DATE_LINE_CASES)
def test_read_date_line_is_split_of_a_date_line(text, now):
    """One tokenisation gives what the three separate checks give."""
    expected = (None, None)
    if is_date_line(text) and not is_excluded_context(text):
        expected = split_published_updated(text, now)
    assert read_date_line(text, now) == expected


def test_labels_updated():
    for label in ("Cập nhật", "Cập nhật lúc", "Ngày cập nhật", "Updated", "CẬP NHẬT"):
        assert LABELS_UPDATED.search(label + " 28/05/2020"), label
    assert not LABELS_UPDATED.search("Ngày đăng 28/05/2020")


# ------------------------------------------------------------------ fallback
def test_dateparser_fallback_only_for_what_the_fast_path_misses():
    got = parse_date("Ngày đăng: 27 thg 5 2020")  # abbreviated month: not a fast-path form
    assert got is not None and got.rule == "dateparser"
    assert got.iso() == "2020-05-27"
    assert got.value.utcoffset() == timedelta(hours=7)


def test_dateparser_is_not_imported_at_module_import():
    code = "import sys, archiver.dates as d; d.parse_date('27/05/2020 08:09'); print('dateparser' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert out.stdout.strip() == "False"


# ------------------------------------------------------------------ real pages
def _gold_minute(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _load_jsonl(name: str) -> list[dict]:
    path = REALPAGES / name
    if not path.exists():
        pytest.skip(f"{path} absent")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_listing_date_lines_match_gold():
    items = [item for listing in _load_jsonl("listings.jsonl") for item in listing["items"]]
    assert items
    for item in items:
        got = parse_date(item["date_line"])
        assert got is not None, item["date_line"]
        assert got.value == _gold_minute(item["published_at"]), item["date_line"]
        assert got.date_only == item["date_only"], item["date_line"]
        assert is_date_line(item["date_line"]), item["date_line"]
        assert not is_excluded_context(item["date_line"])
        assert len(find_dates(item["date_line"])) == 1


def test_article_date_lines_match_gold():
    lxml_html = pytest.importorskip("lxml.html")
    records = [r for r in _load_jsonl("gold.jsonl") if r["published_at"]]
    assert records
    for rec in records:
        tree = lxml_html.parse(str(REALPAGES / "pages" / rec["file"]))
        lines = [d.text_content() for d in tree.xpath('//div[contains(@class, "assetPublishDate")]')]
        assert lines, rec["file"]
        got = parse_date(lines[0])
        assert got is not None, (rec["file"], lines[0])
        assert got.value == _gold_minute(rec["published_at"]), rec["file"]
        assert got.date_only == rec["date_only"], rec["file"]
        assert is_date_line(lines[0]), lines[0]
