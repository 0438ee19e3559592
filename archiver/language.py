"""The page's language: as its markup states it, else Vietnamese when its letters say so."""

import re

from .models import Found

_VIETNAMESE_LETTERS = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)


def find_language(meta, sample: str) -> Found | None:
    if meta.lang:
        return Found(meta.lang.split("-")[0].split("_")[0].lower(), "html-lang")
    content_language = meta.get("content-language", "language", "og:locale")
    if content_language:
        return Found(content_language.split("-")[0].split("_")[0].lower(), "meta:language")
    if sample and len(_VIETNAMESE_LETTERS.findall(sample[:3000])) >= 20:
        return Found("vi", "generic:diacritics")
    return None
