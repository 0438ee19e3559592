"""Fast path of archiver.dates against dateparser pinned to Vietnamese/DMY.

    python bench/dates.py [--repeat N]

Both parsers see the same ~30 date lines in the same run; dateparser is warmed up
once first (its first call loads language data, ~300 ms).  Importable:
``sys.path.insert(0, bench_dir); import dates; dates.run(repeat)``.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from archiver import dates as vd  # noqa: E402

# Realistic date lines: every variant from the field guide and the real pages.
CORPUS = [
    "Ngày đăng 20/05/2016 | 11:32 AM | View count: 941",
    "Ngày đăng 02/05/2013 | 12:00 AM | View count: 1123",
    "Ngày đăng 13/07/2022 | 11:52 PM | View count: 86",
    "Ngày đăng 25/10/2018 | 12:16 PM",
    "30/05/2016 | 5:34 PM",
    "04/02/2022 | 6:02 PM",
    "14/07/2022 | 03:53 PM",
    "04/09/2015 | 12:00 AM",
    "Thứ tư, 27/05/2020, 08:09",
    "Thứ Tư 07/02/2024 08:28",
    "Chủ nhật, 12/01/2020 - 07:15",
    "08/01/2026 - 18:21",
    "17/06/2025 13:43",
    "04:35 15/03/2016",
    "15/10/2020, 13:29",
    "Đăng ngày 28 - 08 - 2015",
    "Ngày 27 tháng 5 năm 2020",
    "Thứ năm, ngày 28 tháng 3 năm 2024",
    "Cập nhật lúc 08:09 ngày 27/05/2020",
    "Cập nhật: 27/05/2020 08:09:33",
    "Chính trị 28-05-2024",
    "VĂN HÀO - TRẦN HỮU 30/04/2016 11:39",
    "27/05/2020 08:09 SA",
    "27/05/2020 02:30 CH",
    "08h09 ngày 27/05/2020",
    "27.05.2020",
    "27/05/20",
    "Lượt xem: 1.234 | 27/05/2020 | 10:00",
    "4 giờ trước",
    "hôm qua lúc 10:30",
]
NOW = datetime(2024, 3, 28, 15, 0, tzinfo=vd.VN_TZ)


def _time_per_call(fn, strings: list[str], repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        for s in strings:
            fn(s)
    return (time.perf_counter() - start) / (repeat * len(strings)) * 1e6


def run(repeat: int = 200, dateparser_repeat: int | None = None) -> dict:
    """Microseconds per string for both parsers, their ratio and fast-path coverage."""
    import dateparser

    settings = {k: v for k, v in vd.DATEPARSER_SETTINGS.items() if k != "REQUIRE_PARTS"}
    settings["RELATIVE_BASE"] = NOW.replace(tzinfo=None)

    def fast(s):
        return vd.parse_date(s, NOW)

    def slow(s):
        return dateparser.parse(s, languages=["vi"], settings=settings)

    results = {s: fast(s) for s in CORPUS}
    fast_handled = sum(1 for r in results.values() if r is not None and r.rule != "dateparser")
    dp_handled = sum(1 for s in CORPUS if slow(s) is not None)  # doubles as the warm-up
    dp_repeat = dateparser_repeat or max(1, repeat // 20)
    fast_us = _time_per_call(fast, CORPUS, repeat)
    dp_us = _time_per_call(slow, CORPUS, dp_repeat)
    return {
        "strings": len(CORPUS),
        "fast_us_per_string": round(fast_us, 2),
        "dateparser_us_per_string": round(dp_us, 1),
        "ratio": round(dp_us / fast_us, 1),
        "fast_path_handled": fast_handled,
        "dateparser_handled": dp_handled,
        "unhandled_by_fast_path": [s for s, r in results.items() if r is None or r.rule == "dateparser"],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=200, help="passes over the corpus for the fast path")
    args = ap.parse_args()
    r = run(args.repeat)
    print(
        f"fast path: {r['fast_us_per_string']} us/string; dateparser (vi, DMY): "
        f"{r['dateparser_us_per_string']} us/string; ratio {r['ratio']:.0f}x"
    )
    print(
        f"fast path handled {r['fast_path_handled']}/{r['strings']} strings on its own; "
        f"dateparser alone parsed {r['dateparser_handled']}/{r['strings']}"
    )
    if r["unhandled_by_fast_path"]:
        print("not handled by the fast path:", r["unhandled_by_fast_path"])


if __name__ == "__main__":
    main()
