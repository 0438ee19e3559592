"""Vietnamese date grammar: date lines, listing dates, relative times, ISO stamps.

Everything is day/month/year and Vietnam time (+07:00, no DST).  A fast path of
precompiled regexes handles the forms seen on government portals; dateparser
(pinned to Vietnamese, DMY) is only a lazy fallback for what the fast path does
not recognise.

Conventions:
* The Liferay ``12:00 AM`` placeholder of migrated items (``12:00 SA`` too) is
  treated as "no time shown" (``date_only``); a 24-hour ``00:00`` printed for the
  reader is a time (a reader cannot tell it from a post at midnight).
* Relative times ("4 giờ trước") need the caller's ``now``; without it they give
  None rather than the wall clock, so results are reproducible.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

from archiver.text import clean, fold_diacritics

__all__ = [
    "VN_TZ",
    "VnDate",
    "parse_date",
    "parse_iso",
    "find_dates",
    "is_date_line",
    "may_be_date_line",
    "looks_like_date_line",
    "is_excluded_context",
    "LABELS_UPDATED",
    "EXCLUDED_CONTEXT_LABELS",
    "split_published_updated",
    "read_date_line",
]

VN_TZ = timezone(timedelta(hours=7), "Asia/Ho_Chi_Minh")

MIN_YEAR, MAX_YEAR = 1990, 2100

DATEPARSER_SETTINGS = {
    "DATE_ORDER": "DMY",
    "TIMEZONE": "Asia/Ho_Chi_Minh",
    "RETURN_AS_TIMEZONE_AWARE": True,
    "PREFER_DAY_OF_MONTH": "first",
    # Without this dateparser turns "tháng 5/2020" or a bare weekday into an
    # invented day; a publication date needs all three parts.
    "REQUIRE_PARTS": ["day", "month", "year"],
}


@dataclass(frozen=True)
class VnDate:
    value: datetime  # tz-aware, +07:00
    date_only: bool  # no real time shown (including the 12:00 AM placeholder)
    rule: str  # "fastpath", "relative", "iso", "dateparser"

    def iso(self) -> str:
        if self.date_only:
            return self.value.date().isoformat()
        return self.value.isoformat(timespec="seconds")


# --------------------------------------------------------------------------- tokens
# One alternation scanned left to right.  Order matters where two alternatives
# could start at the same place: ISO before Y-M-D (its offset would otherwise
# read as a time), relative before clock time ("4 giờ 30 phút trước").
_SEP_DASHES = r"\-–—"  # escaped: it goes inside character classes
_MONTH_BY_NAME = {
    "một": 1, "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7,
    "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12,
}  # fmt: skip
# Longest first so "mười hai" is not read as "mười".
_MONTH_NAMES = "|".join(n.replace(" ", r"\s+") for n in sorted(_MONTH_BY_NAME, key=len, reverse=True))
# Tokens that start with a letter (v, l, s or h) ...
_LETTER_TOKEN_PARTS = [
    # "View count: 941", "Lượt xem: 1.234": consumed so the number is never a date/time.
    r"(?P<views>(?<!\w)(?:view\s*count|views?|số\s+lượt\s+xem|lượt\s+xem|lượt\s+đọc|lượt\s+truy\s+cập)"
    r"\s*:?\s*\d+(?:[.,]\d{3})*)",
    r"(?P<relday>(?<!\w)hôm\s+(?P<relday_w>qua|nay|kia)(?!\w))",
    r"(?P<justnow>(?<!\w)vừa\s+xong(?!\w))",
]
# ... and those that start with a digit.
_DIGIT_TOKEN_PARTS = [
    r"(?P<iso>(?<!\d)(?P<iso_y>\d{4})-(?P<iso_m>\d{2})-(?P<iso_d>\d{2})[T ](?P<iso_h>\d{2}):(?P<iso_mi>\d{2})"
    r"(?::(?P<iso_s>\d{2})(?:[.,]\d+)?)?(?P<iso_tz>Z|[+-]\d{2}(?::?\d{2})?)?(?![\d:]))",
    r"(?P<ymd>(?<![\d/.-])(?P<ymd_y>(?:19|20|21)\d{2})(?P<ymd_sep>[-/])(?P<ymd_m>\d{1,2})(?P=ymd_sep)"
    r"(?P<ymd_d>\d{1,2})(?![\d/]))",
    # 27/05/2020, 27-5-20, 27.05.2020, "28 - 08 - 2015"
    r"(?P<dmy>(?<![\d/])(?<!\d[.,])(?P<dmy_d>\d{1,2})\s*(?P<dmy_sep>[/.\-–—])\s*(?P<dmy_m>\d{1,2})(?!\d)\s*(?P=dmy_sep)\s*"
    r"(?P<dmy_y>\d{4}|\d{2})(?![\d/])(?!\.\d))",
    # "11 04 2019": day, month and year apart by spaces (LacViet SharePoint's "thứ năm, 11 04 2019 09:30"),
    # a date only after a weekday (_tokenise), else a run of numbers
    r"(?P<sdmy>(?<![\d/.,:])(?P<s_d>\d{1,2}) (?P<s_m>\d{1,2}) (?P<s_y>(?:19|20)\d{2})(?![\d/.,:]))",
    # 27 tháng 5 năm 2020, 27 tháng 05, 2020, 27 tháng 5/2020, 27 tháng Năm, 2020 (not "tuần 4 tháng 5 năm
    # 2020": the fourth week of May)
    r"(?P<verbal>(?<!\d)(?<!tuần )(?<!tuần\xa0)(?P<v_d>\d{1,2})\s+tháng\s+"
    r"(?:(?P<v_m>\d{1,2})|(?P<v_mn>" + _MONTH_NAMES + r")(?!\w))"
    r"\s*(?:,\s*|/\s*|năm\s+|\s)\s*(?P<v_y>\d{4})(?!\d))",
    # 4 giờ trước, 15 phút trước, 2 ngày trước, 1 giờ 20 phút trước
    r"(?P<rel>(?<!\d)(?P<rel_n>\d{1,3})\s*(?P<rel_u>giây|phút|giờ|tiếng|ngày|tuần)\s*"
    r"(?:(?P<rel_n2>\d{1,2})\s*(?P<rel_u2>phút|giây)\s*)?trước(?!\w))",
    # 08:09, 08:09:33, 5:34 PM, 08h09, 08g09, 02:30 CH, 8 giờ 09 (phút), 8h, 8 giờ sáng
    r"(?P<time>(?<![\d:/])(?<!\d\.)(?:(?P<t_h>\d{1,2})(?::|h|g)(?P<t_mi>\d{2})(?::(?P<t_s>\d{2}))?"
    r"|(?P<t_h2>\d{1,2})\s*giờ\s*(?P<t_mi2>\d{1,2})(?:\s*phút)?"
    r"|(?P<t_h3>\d{1,2})\s*(?:h|giờ)(?!\w))(?![\d:])"
    r"(?:\s*(?P<t_ap>[ap]\.?m\.?|sa|ch|sáng|trưa|chiều|tối|đêm)(?!\w))?)",
]
# The leading lookahead lets the engine skip the positions where no token starts; the second one sends a
# digit to the alternatives that start with one, a letter straight to the others. A digit is never a case
# variant of a letter: alternatives of the two groups never start at the same place.
_TOKEN = re.compile(
    r"(?=[\dvlsh])(?:(?=\d)(?:" + "|".join(_DIGIT_TOKEN_PARTS) + ")|" + "|".join(_LETTER_TOKEN_PARTS) + ")",
    re.IGNORECASE,
)

# What may separate a date from its time: punctuation, "lúc", "ngày", "vào lúc".
_GAP = re.compile(
    r"[\s,;|/(\[" + _SEP_DASHES + r"]*(?:(?:vào\s+)?lúc|vào|ngày)?[\s,;|:(\[" + _SEP_DASHES + r"]*",
    re.IGNORECASE,
)
_MAX_GAP = 14

_AFTERNOON = {"pm", "p.m.", "p.m", "pm.", "ch", "chiều", "tối"}
_MORNING = {"am", "a.m.", "a.m", "am.", "sa", "sáng"}
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\ufeff\u00ad"), None)
_INVISIBLE_TO_SPACE = dict.fromkeys(_INVISIBLE, " ")
_INVISIBLE_RE = re.compile("[\u200b\ufeff\u00ad]")
_DATE_KINDS = frozenset({"ymd", "dmy", "sdmy", "verbal", "relday"})


class _Tok:
    """One scanned token; date-like tokens get the clock time paired with them."""

    __slots__ = ("kind", "start", "end", "m", "time", "midnight_shown", "span_start", "span_end")

    def __init__(self, kind: str, m: re.Match):
        self.kind = kind
        self.m = m
        self.start, self.end = m.span()
        self.time: tuple[int, int, int] | None = None
        self.midnight_shown = False  # a 24-hour 00:00 printed, not the 12:00 AM placeholder
        self.span_start, self.span_end = self.start, self.end


def _year(text: str) -> int:
    y = int(text)
    if len(text) == 2:
        y += 1900 if y >= 90 else 2000
    return y


def _clock(m: re.Match) -> tuple[int, int, int] | None:
    """(h, m, s) in 24h from a time token, or None when out of range."""
    if m.group("t_h") is not None:
        h, mi, s = int(m.group("t_h")), int(m.group("t_mi")), int(m.group("t_s") or 0)
    elif m.group("t_h2") is not None:
        h, mi, s = int(m.group("t_h2")), int(m.group("t_mi2")), 0
    else:  # "8h", "8 giờ sáng": the hour alone
        h, mi, s = int(m.group("t_h3")), 0, 0
    marker = (m.group("t_ap") or "").lower()
    if marker and h <= 12:
        if marker in _AFTERNOON:
            h = h % 12 + 12
        elif marker in _MORNING:
            h = h % 12
        elif marker == "trưa" and 1 <= h <= 5 or marker == "đêm" and 6 <= h <= 11:  # "1 giờ trưa" = 13:00
            h += 12
    if h > 23 or mi > 59 or s > 59:
        return None
    return h, mi, s


def _local(d: date, clock: tuple[int, int, int] | None, rule: str, midnight_shown: bool = False) -> VnDate:
    if clock is None or (clock == (0, 0, 0) and not midnight_shown):
        return VnDate(datetime(d.year, d.month, d.day, tzinfo=VN_TZ), True, rule)
    return VnDate(datetime(d.year, d.month, d.day, *clock, tzinfo=VN_TZ), False, rule)


def _as_vn(now: datetime) -> datetime:
    if now.tzinfo is None or now.tzinfo.utcoffset(now) is None:
        return now.replace(tzinfo=VN_TZ)
    return now.astimezone(VN_TZ)


def _calendar_date(y: int, mo: int, d: int) -> date | None:
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def _tokenise(s: str) -> list[_Tok]:
    # (every alternative of _TOKEN is one named group: lastgroup names the kind of token)
    return [
        _Tok(kind, m)
        for m in _TOKEN.finditer(s)
        if (kind := m.lastgroup) is not None and kind != "views" and (kind != "sdmy" or _after_weekday(s, m.start()))
    ]


def _after_weekday(s: str, at: int) -> bool:
    return _WEEKDAY_BEFORE.search(s, max(0, at - _WEEKDAY_BEFORE_CHARS), at) is not None


def _adjacent(s: str, a_end: int, b_start: int) -> bool:
    return b_start - a_end <= _MAX_GAP and _GAP.fullmatch(s, a_end, b_start) is not None


def _pair_times(s: str, toks: list[_Tok]) -> None:
    """Attach each clock time to the date it belongs to (before or after it)."""
    for i, tok in enumerate(toks):
        if tok.kind != "time":
            continue
        prev = toks[i - 1] if i > 0 else None
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        prev_ok = (
            prev is not None and prev.kind in _DATE_KINDS and prev.time is None and _adjacent(s, prev.end, tok.start)
        )
        next_ok = nxt is not None and nxt.kind in _DATE_KINDS and _adjacent(s, tok.end, nxt.start)
        # "27/05 08:09 | 28/05 10:00": a time between two dates goes to the earlier one,
        # unless that one already has a time ("04:35 15/03 | 05:00 16/03").
        target = prev if prev_ok else (nxt if next_ok else None)
        if target is None:
            continue
        clock = _clock(tok.m)
        if clock is None:
            continue
        target.time = clock
        target.midnight_shown = clock == (0, 0, 0) and tok.m.group("t_ap") is None
        target.span_start = min(target.start, tok.start)
        target.span_end = max(target.end, tok.end)
        tok.kind = "used-time"


def _resolve(tok: _Tok, now: datetime | None) -> VnDate | None:
    m, kind = tok.m, tok.kind
    if kind == "dmy":
        d = _calendar_date(_year(m.group("dmy_y")), int(m.group("dmy_m")), int(m.group("dmy_d")))
        return _local(d, tok.time, "fastpath", tok.midnight_shown) if d else None
    if kind == "verbal":
        name = m.group("v_mn")
        month = _MONTH_BY_NAME[" ".join(name.lower().split())] if name else int(m.group("v_m"))
        d = _calendar_date(int(m.group("v_y")), month, int(m.group("v_d")))
        return _local(d, tok.time, "fastpath", tok.midnight_shown) if d else None
    if kind == "sdmy":
        d = _calendar_date(int(m.group("s_y")), int(m.group("s_m")), int(m.group("s_d")))
        return _local(d, tok.time, "fastpath", tok.midnight_shown) if d else None
    if kind == "ymd":
        d = _calendar_date(int(m.group("ymd_y")), int(m.group("ymd_m")), int(m.group("ymd_d")))
        return _local(d, tok.time, "fastpath", tok.midnight_shown) if d else None
    if kind == "iso":
        return parse_iso(m.group())
    if now is None:
        return None
    now = _as_vn(now)
    if kind == "relday":
        back = {"nay": 0, "qua": 1, "kia": 2}[m.group("relday_w").lower()]
        return _local(now.date() - timedelta(days=back), tok.time, "relative")
    if kind == "rel":
        delta = _rel_delta(m.group("rel_n"), m.group("rel_u"))
        if m.group("rel_n2"):
            delta += _rel_delta(m.group("rel_n2"), m.group("rel_u2"))
        if m.group("rel_u").lower() in ("ngày", "tuần"):
            return _local(now.date() - delta, None, "relative")
        # "4 giờ trước" is only as precise as its unit: keep the minute, drop seconds.
        return VnDate((now - delta).replace(second=0, microsecond=0), False, "relative")
    if kind == "justnow":
        return VnDate(now.replace(second=0, microsecond=0), False, "relative")
    return None


_REL_UNITS = {"giây": "seconds", "phút": "minutes", "giờ": "hours", "tiếng": "hours", "ngày": "days", "tuần": "weeks"}


def _rel_delta(n: str, unit: str) -> timedelta:
    return timedelta(**{_REL_UNITS[unit.lower()]: int(n)})


def _paired_tokens(s: str) -> list[_Tok]:
    """The tokens of s, clock times attached to their dates (the same whatever `now` is)."""
    toks = _tokenise(s)
    if toks:
        _pair_times(s, toks)
    return toks


def _resolve_all(toks: list[_Tok], now: datetime | None) -> tuple[list[tuple[VnDate, int, int]], bool]:
    """The dates of paired tokens with offsets, and whether any date-like token was seen."""
    out = []
    seen = False
    for tok in toks:
        if tok.kind in ("time", "used-time"):
            continue
        seen = True
        vd = _resolve(tok, now)
        if vd is not None:
            out.append((vd, tok.span_start, tok.span_end))
    return out, seen


def _scan(s: str, now: datetime | None) -> tuple[list[tuple[VnDate, int, int]], bool]:
    """All date expressions in s with offsets, and whether any date-like token was seen."""
    return _resolve_all(_paired_tokens(s), now)


# --------------------------------------------------------------------------- ISO
# PHP's date('Y-m-dTH:i:s') prints the server's zone abbreviation where the T belongs (NukeViet 4's
# article:published_time: "2020-10-14ICT11:11:53"); the abbreviations whose offset is certain are read.
_ZONE_ABBREVIATIONS = {"ICT": VN_TZ, "UTC": UTC, "GMT": UTC}
_ISO_SEPARATOR = r"(?:[T ]|(?P<abbr>" + "|".join(_ZONE_ABBREVIATIONS) + "))"
_ISO_FULL = re.compile(
    r"(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})"
    r"(?:"
    + _ISO_SEPARATOR
    + r"(?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,]\d+)?)?\s*(?P<tz>Z|[+-]\d{2}(?::?\d{2})?)?)?"
)


def _offset(tz: str | None) -> timezone:
    if not tz:
        return VN_TZ
    if tz in ("Z", "z"):
        return UTC
    sign = -1 if tz[0] == "-" else 1
    digits = tz[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + (int(digits[2:4]) if len(digits) >= 4 else 0)
    return timezone(sign * timedelta(minutes=minutes))


def parse_iso(text: str) -> VnDate | None:
    """Machine-readable stamps: <time datetime>, article:published_time, JSON-LD."""
    if not text:
        return None
    m = _ISO_FULL.fullmatch(text.strip())
    if m is None:
        return None
    d = _calendar_date(int(m["y"]), int(m["mo"]), int(m["d"]))
    if d is None:
        return None
    if m["h"] is None:
        return _local(d, None, "iso")
    h, mi, s = int(m["h"]), int(m["mi"]), int(m["s"] or 0)
    if h > 23 or mi > 59 or s > 59:
        return None
    try:
        tz = _offset(m["tz"]) if m["tz"] or not m["abbr"] else _ZONE_ABBREVIATIONS[m["abbr"]]
        value = datetime(d.year, d.month, d.day, h, mi, s, tzinfo=tz).astimezone(VN_TZ)
    except ValueError:  # offset out of range
        return None
    return VnDate(value, value.time() == datetime.min.time(), "iso")


# --------------------------------------------------------------------------- fallback
# Labels and noise removed before handing a line to dateparser, which gives up
# when any of them is left in ("Ngày đăng ...", "Cập nhật: ...").
_WEEKDAY = (
    r"(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s*nhật|cn"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)"
)
_LABEL = (
    r"(?:ngày\s+đăng|đăng\s+ngày|đăng\s+lúc|ngày\s+xuất\s+bản|xuất\s+bản|thời\s+gian\s+đăng|ngày\s+cập\s+nhật"
    r"|cập\s+nhật(?:\s+lúc|\s+ngày)?|đăng\s+tải|ngày\s+gửi|gửi\s+lúc|đăng|posted(?:\s+on)?|published(?:\s+on)?"
    r"|updated?(?:\s+on)?|date|vào\s+lúc|lúc|ngày|gmt\s*\+\s*0?7(?::?00)?)"
)
_VIEWS = r"(?:view\s*count|views?|số\s+lượt\s+xem|lượt\s+xem|lượt\s+đọc|lượt\s+truy\s+cập)\s*:?\s*[\d.,]*"
# A weekday just before a spaced day-month-year ("chủ nhật, 28 07 2019"): searched in the few characters before it.
_WEEKDAY_BEFORE = re.compile(r"(?<!\w)" + _WEEKDAY + r"\s*,?\s*\Z", re.IGNORECASE)
_WEEKDAY_BEFORE_CHARS = 14
# A label, weekday or view count as a whole word. The lookahead names the letters they start with: the engine
# skips other positions without trying the lookbehind and every alternative.
_NOISE_WORD = r"(?=[cdđfglmnpstuvwx])(?<!\w)(?:" + _VIEWS + "|" + _WEEKDAY + "|" + _LABEL + r")(?!\w)"
_NOISE = re.compile(_NOISE_WORD + r"\s*:?", re.IGNORECASE)
_HAS_YEAR = re.compile(r"(?<!\d)(?:19|20|21)\d{2}(?!\d)")
_dateparser = None


def _strip_noise(s: str) -> str:
    return re.sub(r"\s+", " ", _NOISE.sub(" ", s)).strip(" ,|-–—:;")


def _fallback(s: str, now: datetime | None) -> VnDate | None:
    global _dateparser
    rest = _strip_noise(s)
    if not rest or len(rest) > 60 or not _HAS_YEAR.search(rest):
        return None
    if _dateparser is None:  # ~300 ms on first use; never pay it at import
        import dateparser

        _dateparser = dateparser
    settings = dict(DATEPARSER_SETTINGS)
    if now is not None:
        settings["RELATIVE_BASE"] = _as_vn(now).replace(tzinfo=None)
    try:
        got = _dateparser.parse(rest, languages=["vi"], settings=settings)
    except Exception:  # dateparser raises on odd input; a date line is never worth a crash
        return None
    if got is None or not MIN_YEAR <= got.year <= MAX_YEAR:
        return None
    if got.tzinfo is None:
        got = got.replace(tzinfo=VN_TZ)
    got = got.astimezone(VN_TZ).replace(microsecond=0)
    return VnDate(got, got.time() == datetime.min.time(), "dateparser")


# Java's Date.toString(), printed as is by JSP portals: "Mon Oct 15 09:12:00 ICT 2018" (the zone
# is the server's, Indochina Time on Vietnamese portals), rewritten as "15/10/2018 09:12:00".
_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_JAVA_DATE = re.compile(
    r"(?<!\w)(?:mon|tue|wed|thu|fri|sat|sun)\s+(?P<mon>" + "|".join(_EN_MONTHS) + r")\s+(?P<d>\d{1,2})\s+"
    r"(?P<clock>\d{1,2}:\d{2}(?::\d{2})?)\s+(?:[a-z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?\s+)?(?P<y>\d{4})(?!\d)",
    re.IGNORECASE,
)


# An English date, month first: "Nov. 19, 2019", "November 14, 2019", "Fri 6:45 PM, Feb 16, 2018" (the
# month capitalised: a Vietnamese word is never one), rewritten as "19/11/2019".
_ENGLISH_DATE = re.compile(
    r"(?<!\w)(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,\s*"
    r"(?P<y>\d{4})(?!\d)"
)


def _java_date_as_dmy(m: re.Match) -> str:
    """Java prints a time on every Date: midnight is a date stored without one."""
    clock = "" if m["clock"].strip("0:") == "" else f" {m['clock']}"
    return f"{m['d']}/{_EN_MONTHS.index(m['mon'].lower()) + 1}/{m['y']}{clock}"


def _java_to_dmy(s: str) -> str:
    """Dates written the English way (Java's Date.toString(), month-first), rewritten day first."""
    if ":" in s:
        s = _JAVA_DATE.sub(_java_date_as_dmy, s)
    if "," in s:
        s = _ENGLISH_DATE.sub(lambda m: f"{m['d']}/{_EN_MONTHS.index(m['mon'].lower()) + 1}/{m['y']}", s)
    return s


# --------------------------------------------------------------------------- public
def _normalise(text: str | None) -> str:
    """clean() without the whitespace folding the regexes do not need (it costs more than the parse)."""
    if not text:
        return ""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if _INVISIBLE_RE.search(text):  # str.translate walks every character: only when needed
        text = text.translate(_INVISIBLE)
    return text.strip()


def parse_date(text: str, now: datetime | None = None) -> VnDate | None:
    """One date expression, possibly wrapped in date-line labels and noise.

    Absolute dates win over relative words on the same line ("Hôm nay, 28/03/2024").
    Invalid dates (31/02/2020) and relative times without ``now`` give None.
    """
    s = _java_to_dmy(_normalise(text))
    if not s:
        return None
    if s[0].isdigit() and _ISO_FULL.fullmatch(s):
        return parse_iso(s)
    found, seen = _scan(s, now)
    if found:
        for vd, _, _ in found:
            if vd.rule != "relative":
                return vd
        return found[0][0]
    if seen:  # recognised but invalid or relative without now: dateparser would only guess
        return None
    return _fallback(s, now)


def _prepare(text: str) -> tuple[str, list[int] | None, list[int] | None]:
    """Text for scanning with offsets still pointing into the original.

    NFC input keeps its length (invisible characters become spaces).  NFD input is
    composed per base character, recording where each composed character came from.
    """
    if unicodedata.is_normalized("NFC", text):
        if _INVISIBLE_RE.search(text):
            text = text.translate(_INVISIBLE_TO_SPACE)
        return text, None, None
    parts, starts, ends = [], [], []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        composed = unicodedata.normalize("NFC", text[i:j]).translate(_INVISIBLE_TO_SPACE)
        parts.append(composed)
        starts.extend([i] * len(composed))
        ends.extend([j] * len(composed))
        i = j
    return "".join(parts), starts, ends


def find_dates(text: str, now: datetime | None = None) -> list[tuple[VnDate, int, int]]:
    """Every date expression in text (fast path only), with (start, end) offsets into text."""
    if not text:
        return []
    s, starts, ends = _prepare(text)
    found, _ = _scan(s, now)
    if starts is None or ends is None:
        return found
    return [(vd, starts[a], ends[b - 1]) for vd, a, b in found]


# Fixed instant used only to recognise relative expressions when judging a line's shape.
_SHAPE_NOW = datetime(2000, 1, 1, tzinfo=VN_TZ)
_STRONG = re.compile(_NOISE_WORD, re.IGNORECASE)
_TIME_SHOWN = re.compile(r"\d\s*(?::\s*\d|h|g\d|giờ)", re.IGNORECASE)
_WORD = re.compile(r"\w[\w./&'-]*")
MAX_DATE_LINE_CHARS = 160
# Words allowed beside the date: a category ("Chính trị") or authors ("VĂN HÀO - TRẦN HỮU").
# With no time/label/weekday/view-count to vouch for the line, fewer: a title such as
# "Hội sách Thiếu nhi 01/6/2016" must not pass.
MAX_EXTRA_WORDS_STRONG = 6
MAX_EXTRA_WORDS_WEAK = 3


def is_date_line(text: str) -> bool:
    """True when a short text is essentially a date line, not prose that quotes a date."""
    s = clean(text)
    if not s or len(s) > MAX_DATE_LINE_CHARS:
        return False
    return _date_line_shape(s, _scan(s, _SHAPE_NOW)[0])


_ANY_DIGIT = re.compile(r"\d")


def may_be_date_line(text: str) -> bool:
    """The two cheap tests (short, has a digit) in front of the date grammar: it runs on many lines."""
    return len(text) <= MAX_DATE_LINE_CHARS and _ANY_DIGIT.search(text) is not None


def looks_like_date_line(text: str) -> bool:
    """is_date_line() behind its cheap tests: for the many lines of a page that are not dates."""
    return may_be_date_line(text) and is_date_line(text)


def _date_line_shape(s: str, found: list) -> bool:
    """The dates found in s (relative ones resolved) leave only a few other words beside them."""
    if not found:
        return False
    rest, last = [], 0
    strong = False
    for vd, a, b in found:
        rest.append(s[last:a])
        last = b
        strong = strong or vd.rule == "relative" or _TIME_SHOWN.search(s, a, b) is not None
    rest.append(s[last:])
    leftover = " ".join(rest)
    strong = strong or _STRONG.search(leftover) is not None
    words = _WORD.findall(_NOISE.sub(" ", leftover))
    limit = MAX_EXTRA_WORDS_STRONG if strong else MAX_EXTRA_WORDS_WEAK
    return len(words) <= limit


# Lines that carry a date that is never the publication date.  Patterns are matched
# at the start of the line, on text folded to lower case without diacritics.
EXCLUDED_CONTEXT_LABELS: tuple[str, ...] = (
    r"(?:ngay\s+)?(?:co\s+)?hieu\s+luc",  # Hiệu lực / Ngày hiệu lực / Ngày có hiệu lực
    r"(?:ngay\s+)?het\s+hieu\s+luc",
    r"(?:ngay\s+)?ban\s+hanh",  # a document's issue date
    r"ngay\s+ky",
    r"ngay\s+(?:het\s+)?han|han\s+(?:chot|nop|xu\s+ly)|thoi\s+han",
    r"ngay\s+sinh",
    r"ngay\s+cap\b",
    r"giay\s+phep",  # footer licence "Giấy phép số ... ngày ..."
    r"(?:copyright|ban\s+quyen)",
    # Header chrome "Hôm nay, Thứ năm, 28/03/2024"; a bare "Hôm nay 10:30" on a listing
    # is a real relative date and stays.
    r"hom\s+nay\b(?=.*(?:thu\s*(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s*nhat|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|thang))",
)
_EXCLUDED = re.compile(r"[\s\W_]*(?:" + "|".join(EXCLUDED_CONTEXT_LABELS) + r")")


def is_excluded_context(text: str) -> bool:
    """True for lines whose date is an effective/issue/expiry date or header chrome."""
    s = clean(text)
    return bool(s) and _excluded(s)


# Every excluded label starts with a letter: a line opening with a number ("23/04/2019 | 2:41 PM")
# needs no folding to be told it is none of them.
_LEADS_WITH_NUMBER = re.compile(r"[\s\W_]*\d")


def _excluded(s: str) -> bool:
    if _LEADS_WITH_NUMBER.match(s):
        return False
    return _EXCLUDED.match(fold_diacritics(s).casefold()) is not None


LABELS_UPDATED = re.compile(
    r"(?<!\w)(?:ngày\s+cập\s+nhật|cập\s+nhật(?:\s+lúc|\s+ngày)?|updated?(?:\s+on)?|last\s+modified"
    r"|sửa\s+đổi|chỉnh\s+sửa)(?!\w)",
    re.IGNORECASE,
)


def split_published_updated(text: str, now: datetime | None = None) -> tuple[VnDate | None, VnDate | None]:
    """(published, updated) from a date line that may hold both.

    A single date is the published date even under "Cập nhật": many portals print
    only that.  With two or more, the one introduced by an update label is the
    update; otherwise the first is published and the second updated.
    """
    s = clean(text)
    return _split(s, find_dates(s, now), now)


def read_date_line(text: str, now: datetime | None = None) -> tuple[VnDate | None, VnDate | None]:
    """split_published_updated() of a date line; (None, None) when text is no date line
    (is_date_line) or an excluded one (is_excluded_context). The line is tokenised once for all
    three questions."""
    s = _java_to_dmy(clean(text))
    if not s or len(s) > MAX_DATE_LINE_CHARS:
        return None, None
    toks = _paired_tokens(s)
    shape_found = _resolve_all(toks, _SHAPE_NOW)[0]
    if not _date_line_shape(s, shape_found) or _excluded(s):
        return None, None
    # (s is clean: NFC without invisible characters, so find_dates(s) would scan s itself)
    found = [f for f in shape_found if f[0].rule != "relative"] if now is None else _resolve_all(toks, now)[0]
    return _split(s, found, now)


def _split(s: str, found: list, now: datetime | None) -> tuple[VnDate | None, VnDate | None]:
    if not found:
        return parse_date(s, now), None
    if len(found) == 1:
        return found[0][0], None
    published = updated = None
    last = 0
    for vd, a, b in found:
        is_update = LABELS_UPDATED.search(s, last, a) is not None
        last = b
        if is_update and updated is None:
            updated = vd
        elif not is_update and published is None:
            published = vd
    if published is None or updated is None:
        return found[0][0], found[1][0]
    return published, updated
