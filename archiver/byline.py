"""The newsroom byline and the source line at the end of an article body.

A byline is a short line after the last prose paragraph that reads as a name (people,
initials, upper case, or an organisation) and is set apart: right-aligned, bold,
italic, or labelled `Tác giả:` / `Tin, ảnh:`. Not bylines: photo credits (`Ảnh: ...`,
`(N.H)`), captions, CMS accounts (`admin admin`, `Pho Ban bien tap`), and a second
name line printed after the byline (the CMS signature under the newsroom's).
"""

import re
from dataclasses import dataclass
from functools import cached_property

from .dates import looks_like_date_line
from .text import clean, fold_diacritics

# Role words before a byline: "Tác giả:", "Tin, ảnh:", "Bài và ảnh:", "PV:", "Nhóm PV"
# "#Tin, bài:" (a hashtag), "Tin_Phương_Thuỷ" (underscores for spaces); "TH:" (tổng hợp) only with a colon,
# as "Th." opens titles ("Th.S").
_ROLE = re.compile(
    r"^\s*#?\s*(?:(?:tác\s+giả(?:\s+bài\s+viết)?|tin\s*(?:,|và|&|-)?\s*(?:ảnh|bài)|bài\s*(?:,|và|&|-)?\s*ảnh|"
    r"ảnh\s*(?:,|và|&|-)?\s*bài|bài\s+viết|người\s+(?:viết|đưa)(?:\s+(?:tin|bài))?|thực\s+hiện|phóng\s+viên|nhóm\s+(?:pv|phóng\s+viên)|"
    r"pv|ctv|tin|bài|st|sưu\s+tầm|author|by)\s*[:：.\-–_]|(?:th|tổng\s+hợp)\s*[:：])\s*",
    re.IGNORECASE,
)
# "Tin, ảnh Trường THCS Linh Hồ": the compound roles say what follows is the author, colon or not.
_COMPOUND_ROLE = re.compile(
    r"^\s*(?:tin\s*(?:,|và|&)\s*ảnh|bài\s*(?:,|và|&)\s*ảnh|ảnh\s*(?:,|và|&)\s*bài)\s*[:：.\-–]?\s+", re.IGNORECASE
)
# "Phạm Văn Phải – Phó Hiệu trưởng Trường THPT Việt Vinh", "(Nguyễn Ngọc Sơn - Phó CVP Sở)", "Phi Tiến – Quỹ
# Bảo vệ và Phát triển rừng": a name and the writer's post or unit, closing the article.
_NAME_AND_POST = re.compile(
    r"^\s*\(?\s*(?P<name>[^()\-–—:]{4,40}?)\s*[-–—]\s*(?P<post>(?:phó|trưởng|hiệu\s+trưởng|giám\s+đốc|chủ\s+tịch|"
    r"bí\s+thư|giáo\s+viên|gv|tổ\s+trưởng|tổng\s+phụ\s+trách|nhân\s+viên|cán\s+bộ|chuyên\s+viên|thư\s+ký|"
    r"cvp|chánh\s+văn\s+phòng|văn\s+phòng|trường|phòng|sở|công\s+đoàn|đoàn\s+trường|công\s+chức|viên\s+chức|"
    r"thư\s+viện|quỹ|trung\s+tâm|ban|hội|đài|chi\s+cục|cục|ubnd|[uủ]y\s+ban)\b[^()]{0,80}?)\s*\)?\s*\.?\s*$",
    re.IGNORECASE,
)
NAME_AND_POST_MAX_WORDS = 5
# A newspaper signing a reprint: "Báo Đắk Nông", "Tạp chí Cộng sản", "TTXVN" (a source, not an author).
_NEWSPAPER = r"(?:báo(?!\s+cáo)|tạp\s+chí|thông\s+tấn\s+xã|ttxvn)(?!\w)"
_NEWSPAPER_ALONE = re.compile(r"^\s*[(\[]?\s*(?P<paper>" + _NEWSPAPER + r"[^()\[\]]{0,50}?)\s*[)\]]?\s*\.?\s*$", re.I)
# "Hồng Thắm - Báo Đắk Nông": the writer and the newspaper.
_NAME_AND_PAPER = re.compile(
    r"^\s*\(?\s*(?P<name>[^()\-–—:/]{2,40}?)\s*[-–—/]\s*(?P<paper>" + _NEWSPAPER + r"[^()]{0,50}?)\s*\)?\s*\.?\s*$",
    re.IGNORECASE,
)
# Liferay prints the account that created the entry in p.view-content-author: never the byline.
_ACCOUNT_LINE_CLASS = re.compile(r"(?<![\w-])view-content-author(?![\w-])")
_TAIL_SIGNATURE = re.compile(r"\(([^()]{4,120})\)\s*\.?\s*$")  # "... năm 2021. (Nguyễn Ngọc Sơn - Phó CVP Sở)"
_SOURCE = re.compile(
    r"^\s*[(\[]?\s*(?:nguồn(?:\s+tin)?|theo)\s*[:：]?\s*(?P<src>[^()\[\]]+?(?:\s*\([^()\[\]]{1,30}\))?)\s*[)\]]?\s*[.]?\s*$",
    re.IGNORECASE,
)
# "Ảnh: ..." opening the line, or "(Ảnh: ...)" / "(Nguồn: ...)" anywhere in it. Two patterns:
# one alternation searched over a long paragraph would try the anchored branch at every position.
_PHOTO_CREDIT_START = re.compile(
    r"\s*[(\[]?\s*(?:ảnh|hình|hình\s+ảnh|photo|video|clip)\s*(?:minh\s+họa\s*)?[:：]", re.IGNORECASE
)
_PHOTO_CREDIT_PAREN = re.compile(r"\((?:ảnh|nguồn)\s*[:：]", re.IGNORECASE)
_PAREN_INITIALS = re.compile(r"^\s*\(\s*[^()]{1,30}\)\s*$")
# CMS accounts and editorial roles, matched on folded text: they are who pressed "publish".
_ACCOUNT = re.compile(
    r"\b(?:admin|administrator|qu[aả]n\s+tr[iị](?:\s+vi[eê]n)?|webmaster|ban\s+bi[eê]n\s+t[aậ]p|"
    r"bi[eê]n\s+t[aậ]p(?:\s+vi[eê]n)?|editor|user\d*|(?:ph[oó]\s+)?tr[uư][oở]ng\s+ph[oò]ng|"
    r"ph[oó]\s+ban|tr[uư][oở]ng\s+ban|ph[oó]\s+ph[oò]ng|c[oộ]ng\s+t[aá]c\s+vi[eê]n|ad\s+min|demo)\b",
    re.IGNORECASE,
)
# A login name: one lower-case token with digits or separators ("bientap01", "nguyen.van_a").
_LOGIN = re.compile(r"^[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*\d*$")
# "Trường" opens a school's name ("Trường THCS Linh Hồ") and a person's ("Trường Giang - Sở GDĐT AG"): a person's
# when one word follows, no kind of school, then the end or a separator.
_SCHOOL_KINDS = r"thcs|thpt|th|tiểu|mầm|mẫu|mn|đại|cao|trung|chính|phổ|pt|ptdt|dtnt|nghề|quân|bồi|năng|dân"
_NOT_A_PERSON = r"(?!\s+(?!(?:" + _SCHOOL_KINDS + r")\b)\w+\s*(?:[-–—,(]|$))"
_ORG_START = re.compile(
    r"^(?:sở|ban|phòng|quỹ|báo|đài|trung\s+tâm|ubnd|ủy\s+ban|uỷ\s+ban|văn\s+phòng|cổng|hội|bộ|cục|chi\s+cục|"
    r"tổng\s+cục|trường"
    + _NOT_A_PERSON
    + r"|viện|công\s+an|thanh\s+tra|mặt\s+trận|mttq|huyện|tỉnh|thành\s+ủy|tỉnh\s+ủy|"
    r"đảng\s+ủy|liên\s+đoàn|đoàn|hđnd|tạp\s+chí|thông\s+tấn|ttxvn|vnexpress|tuổi\s+trẻ|tổ|liên\s+đội|chi\s+đoàn|"
    r"chi\s+bộ|thcs|thpt|tiểu\s+học|mầm\s+non)\b",
    re.IGNORECASE,
)
_NAME_CONNECTORS = {"-", "–", "—", "&", "/", "và", ",", "+"}
_WORD_SPLIT = re.compile(r"\s+|(?<=,)")
_SENTENCE_END = re.compile(r"[.!?…:;]$")
_HAS_DIGIT = re.compile(r"\d")
MAX_PERSON_WORDS = 8
MAX_ORG_WORDS = 14
MAX_BYLINE_CHARS = 80
CLOSING_RUN_MAX_BLOCKS = 30
PROSE_MIN_WORDS = 14


@dataclass
class Closing:
    author: str | None = None
    author_index: int | None = None
    author_rule: str = ""  # (set with author)
    source: str | None = None
    source_index: int | None = None
    remove: tuple = ()  # indices of blocks that are byline/source/account/signature lines


def strip_role(text: str) -> tuple[str, bool]:
    """'Tin, ảnh: P.Y' -> ('P.Y', True)."""
    m = _ROLE.match(text) or _COMPOUND_ROLE.match(text)
    if not m:
        return text, False
    return text[m.end() :].strip(), True


def name_before_post(text: str) -> str | None:
    """'Phạm Văn Phải – Phó Hiệu trưởng Trường THPT Việt Vinh' -> 'Phạm Văn Phải'; None for other lines."""
    if len(text) > MAX_BYLINE_CHARS + 40:
        return None
    m = _NAME_AND_POST.match(text)
    if not m:
        return None
    name = m.group("name").strip()
    if len(name.split()) > NAME_AND_POST_MAX_WORDS or _ORG_START.match(name) or not looks_like_name(name):
        return None
    return name


# "KHÁNH HIỀN (Đài Truyền thanh huyện)": the writer's unit in brackets after the name.
_IN_BRACKETS_AT_END = re.compile(r"\s*\((?P<inside>[^()]{2,60})\)\s*\.?\s*$")


# "Hoàng Diệu, XDCQ&ĐT": the writer's office as an abbreviation after a comma (capitals with no vowel, or joined
# by '&': never a syllable of a name).
_OFFICE_AFTER_COMMA = re.compile(r",\s*(?P<office>[A-ZĐ&]{2,12})\s*\.?\s*$")
_VOWEL = re.compile(r"[AEIOUY]")


def without_unit(name: str) -> str:
    """'KHÁNH HIỀN (Đài Truyền thanh huyện)' -> 'KHÁNH HIỀN'; 'Mạnh Hùng - Phòng VHTT huyện Cư Jút' -> 'Mạnh Hùng';
    'Hoàng Diệu, XDCQ&ĐT' -> 'Hoàng Diệu'; other text as it is."""
    m = _IN_BRACKETS_AT_END.search(name)
    if m and m.start() > 0 and _ORG_START.match(m.group("inside").strip()):
        return name[: m.start()].strip()
    m = _OFFICE_AFTER_COMMA.search(name)
    if m and m.start() > 0 and ("&" in m["office"] or not _VOWEL.search(m["office"])):
        return name[: m.start()].strip()
    return name_before_post(name) or name


def name_and_paper(text: str) -> tuple[str | None, str | None]:
    """'Hồng Thắm - Báo Đắk Nông' -> ('Hồng Thắm', 'Báo Đắk Nông'); 'Báo Đắk Nông' -> (None, 'Báo Đắk Nông');
    (None, None) for other lines."""
    if len(text) > MAX_BYLINE_CHARS or not looks_like_name(text.strip(" .()[]")):
        return None, None
    alone = _NEWSPAPER_ALONE.match(text)
    if alone:
        return None, alone.group("paper")
    m = _NAME_AND_PAPER.match(text)
    if not m:
        return None, None
    name = clean_name(m.group("name"))
    if not name or _ORG_START.match(name) or not looks_like_name(name) or is_account(name):
        return None, None
    return name, m.group("paper")


# "Như Tâm (Theo AFP, Reuters)": the agencies the writer drew on, in brackets after the name.
_SOURCE_IN_BRACKETS = re.compile(r"\s*\((?:theo|nguồn)\b[^()]*\)\s*\.?\s*$", re.IGNORECASE)


def clean_name(text: str) -> str:
    text, _ = strip_role(clean(text))
    return _SOURCE_IN_BRACKETS.sub("", text).strip(" .,;:-–—\u00a0")


def is_account(text: str) -> bool:
    """A CMS account rather than a newsroom byline: role titles and login names."""
    t = text.strip()
    if _LOGIN.match(t) and (any(c.isdigit() for c in t) or any(c in "._-" for c in t) or len(t) > 12):
        return True
    return bool(_ACCOUNT.search(t))


def is_photo_credit(text: str) -> bool:
    return bool(
        _PHOTO_CREDIT_START.match(text)
        or ("(" in text and _PHOTO_CREDIT_PAREN.search(text))
        or _PAREN_INITIALS.match(text)
    )


# A button that copies an address: a chrome line of its own (body.py), or closing a source line ('Theo Đời sống
# Pháp luật Copy link').
COPY_LINK_BUTTON = r"copy\s+link|lấy\s+link|sao\s+chép\s+liên\s+kết"
_COPY_BUTTON = re.compile(r"\s+(?:" + COPY_LINK_BUTTON + r")\s*$", re.IGNORECASE)
# A line that is only an address: right after the source line, the source's own (its 'Link bài gốc').
_ADDRESS_ALONE = re.compile(r"^https?://\S+$")


def source_of(text: str) -> str | None:
    """'Nguồn: Báo Bạc Liêu' -> 'Báo Bạc Liêu'; 'Theo baochinhphu.vn' -> 'baochinhphu.vn'."""
    if len(text) > MAX_BYLINE_CHARS:
        return None
    m = _SOURCE.match(text)
    if not m:
        return None
    source = _COPY_BUTTON.sub("", m.group("src")).strip(" .,;:")
    words = source.split()
    if not source or len(words) > 10:
        return None
    if text.lstrip("([ ").lower().startswith("theo") and not (":" in text[:8] or _looks_like_source(source)):
        return None
    return source


def _looks_like_source(source: str) -> bool:
    """After a bare 'Theo', a source is a site or a capitalised outlet, not prose ('Theo đó, ...')."""
    if "." in source and " " not in source:
        return True
    first = source.split()[0]
    return first[:1].isupper() and "," not in source


def looks_like_name(text: str) -> bool:
    t = text.strip(" .\u00a0")
    if not t or len(t) > MAX_BYLINE_CHARS or _HAS_DIGIT.search(t):
        return False
    if _SENTENCE_END.search(t) and not re.search(r"\b\w\.\w?$", t):
        return False
    org = bool(_ORG_START.match(t))
    words = [w for w in _WORD_SPLIT.split(t) if w and w not in _NAME_CONNECTORS]
    if not words or len(words) > (MAX_ORG_WORDS if org else MAX_PERSON_WORDS):
        return False
    if org:
        return t[0].isupper()
    for word in words:
        w = word.strip("\"'“”‘’().,")
        if not w:
            continue
        if not w[0].isupper():
            return False
    return True


def _is_prose(text: str) -> bool:
    words = text.split(None, PROSE_MIN_WORDS)  # (a paragraph's words need not all be split off)
    if len(words) >= PROSE_MIN_WORDS:
        return True
    return len(words) >= 6 and text.rstrip().endswith((".", "./.", "!", "?", "…")) and not looks_like_name(text)


_AUTHOR_CLASS = re.compile(r"author|byline|tac-?gia|writer|signature", re.IGNORECASE)


def _marked(block) -> bool:
    """Set apart the way bylines are: right-aligned, wholly bold or italic, or a class saying so."""
    return block.align == "right" or block.bold or block.italic or bool(_AUTHOR_CLASS.search(block.classes))


def _is_caption_like(blocks, i) -> bool:
    return blocks[i].align == "center" or _after_image(blocks, i)


def _after_image(blocks, i) -> bool:
    prev = next((b for b in reversed(blocks[:i]) if b.text or b.images), None)
    return prev is not None and bool(prev.images) and not prev.text


def _signs(name: str) -> bool:
    """After a role word: a name, or an organisation as the writer typed it ('trường THCS Linh Hồ')."""
    return looks_like_name(name) or looks_like_name(name[:1].upper() + name[1:]) and bool(_ORG_START.match(name))


# The site's own name, as printed and as its address spells it: "Trường THCS Nguyễn Huệ" and
# edu.viettel.vn/vtu-longdien-thcsnguyenhue. Keys are the names folded to letters and digits.
_TITLE_PARTS = re.compile(r"\s+[-–—|]\s+")
_ADDRESS_PARTS = re.compile(r"^[a-z]+://(?P<host>[^/?#]+)(?:/(?P<first>[^/?#]+))?", re.IGNORECASE)
_GENERIC_OPENING = re.compile(r"^(?:truong|cong\s+thong\s+tin(?:\s+dien\s+tu)?|trang\s+thong\s+tin)\s+")
SITE_NAME_MIN_KEY = 8
_NOT_IN_KEY = re.compile(r"[^a-z0-9]")


def _key(text: str) -> str:
    folded = fold_diacritics(text)
    return _NOT_IN_KEY.sub("", folded.casefold())


class SiteName:
    """What the page says the site is called (og:site_name, the <title>'s parts after the article's title)
    and its address; folded only when a name is checked against it (most pages never ask)."""

    def __init__(self, title: str = "", site_name: str = "", url: str | None = None):
        self._title, self._site_name, self._url = title, site_name, url

    @classmethod
    def of(cls, title: str, site_name: str, url: str | None) -> "SiteName":
        return cls(title, site_name, url)

    @cached_property
    def names(self) -> frozenset:
        """Keys of the printed names."""
        printed = [self._site_name] + _TITLE_PARTS.split(self._title.strip())[1:]  # the first part: the article's title
        return frozenset(k for k in map(_key, printed) if k)

    @cached_property
    def address(self) -> str:
        """Key of the host and the first path segment."""
        m = _ADDRESS_PARTS.match(self._url or "")
        return _key((m.group("host") or "") + (m.group("first") or "")) if m else ""

    @cached_property
    def brand(self) -> str:
        """Key of the host's first name ('soha' of soha.vn, 'kenh14' of m.kenh14.vn)."""
        m = _ADDRESS_PARTS.match(self._url or "")
        labels = (m.group("host") or "").lower().removeprefix("www.").removeprefix("m.").split(".") if m else []
        return _key(labels[0]) if len(labels) >= 2 else ""

    def is_own(self, name: str) -> bool:
        """'Trường THCS Nguyễn Huệ' on the site of that school: the name itself or, its generic opening
        dropped, a long enough part of the address; 'Soha' on soha.vn: the host's first name."""
        folded = fold_diacritics(name).casefold()
        key = _NOT_IN_KEY.sub("", folded)  # _key(name), folding once
        if not key:
            return False
        if key in self.names or key == self.brand:
            return True
        short = _key(_GENERIC_OPENING.sub("", folded.strip()))
        return len(short) >= SITE_NAME_MIN_KEY and short in self.address


NO_SITE = SiteName()  # a page that names no site


# An element between the title and the text that the template marks as the byline: a class word
# "author" or "byline" ("author cms-author" on plo.vn), not a longer one ("view-content-author": Liferay's account).
_HEADER_BYLINE_CLASS = re.compile(r"(?:^|\s)(?:author|byline|tac-?gia)(?:\s|$)", re.IGNORECASE)


def is_header_byline_class(classes: str | None) -> bool:
    return bool(classes and _HEADER_BYLINE_CLASS.search(classes))


def header_byline(text: str, site: SiteName = NO_SITE) -> str | None:
    """The byline element's text as the author ('THUẬN VĂN - LÊ ÁNH'): a name, never an account, the site or a
    source ('Theo Phạm Trường': the writer of the newspaper the article is taken from)."""
    if source_of(clean(text)):
        return None
    name = without_unit(clean_name(text))
    if not name or not looks_like_name(name) or is_account(name) or site.is_own(name):
        return None
    return name


def find_closing(
    blocks, site: SiteName = NO_SITE, article_end: int | None = None, stated: str | None = None
) -> Closing:
    """Byline and source among the short lines after the last prose paragraph. Lines from article_end on
    are outside the article's text: there, or in a line the template marks as the author field, the site's
    own name is the CMS's default for that field, not a byline. A line that is the author the page's metadata
    states (`stated`: initials such as 'TP' look like no name) is the byline."""
    result = Closing()
    remove = []
    names = []  # (index, name, labelled)
    stated_at = None  # the line that is the author the metadata states
    scanned = 0
    last_line = True  # no text after this block but captions
    for i in range(len(blocks) - 1, -1, -1):
        block = blocks[i]
        text = _without_bracketed_date(block.text)
        if not text:
            continue
        scanned += 1
        if scanned > CLOSING_RUN_MAX_BLOCKS:
            break
        if _ADDRESS_ALONE.match(text) and i > 0 and source_of(blocks[i - 1].text):
            remove.append(i)  # the source's address under its name
            continue
        source = source_of(text)
        if source and not _is_caption_like(blocks, i):
            if result.source is None:
                result.source, result.source_index = source, i
            remove.append(i)
            continue
        if _ACCOUNT_LINE_CLASS.search(block.classes or ""):
            remove.append(i)
            continue
        writer, paper = name_and_paper(text)
        if paper and not _is_caption_like(blocks, i):
            if result.source is None:
                result.source, result.source_index = paper, i
            if writer:
                names.append((i, writer, True))
            else:
                remove.append(i)
            continue
        name, labelled = strip_role(text)
        if labelled:
            name = without_unit(name)
        if labelled and name and is_account(name):
            remove.append(i)  # 'Người viết: Ad Min'
            continue
        if labelled and name and _cms_field(blocks, i, article_end) and site.is_own(name):
            remove.append(i)  # 'Tác giả: Trường THCS Nguyễn Huệ' on that school's site, under every article
            continue
        if labelled and name and is_photo_credit(text) is False and _signs(name.strip(" .")):
            names.append((i, name, True))
            continue
        person = name_before_post(text)
        if person and not _after_image(blocks, i):
            names.append((i, person, True))
            continue
        if is_photo_credit(text) or looks_like_date_line(text):
            continue
        if len(text) <= MAX_BYLINE_CHARS and is_account(text):
            remove.append(i)
            continue
        if _is_prose(text):
            break
        set_apart = _marked(block) and looks_like_name(text) and not block.heading and not _is_caption_like(blocks, i)
        if (set_apart or (last_line and _alone_name(blocks, i, text))) and not site.is_own(text):
            names.append((i, text, False))
        elif stated and text.strip(" .").casefold() == stated.casefold():
            names.append((i, text.strip(" ."), True))
            stated_at = i
        last_line = last_line and _is_caption_like(blocks, i)  # a closing photo gallery's captions come after
    in_prose = not names  # a signature inside the last paragraph: the paragraph stays
    if in_prose:
        names = _tail_signature(blocks)
    if names:
        names.sort()
        labelled_names = [n for n in names if n[2]]
        if labelled_names:
            chosen = labelled_names[-1]
        else:
            chosen = names[-1]
            # Two name lines in a row at the end: the first is the newsroom's byline,
            # the second the CMS account that signed the entry.
            if len(names) >= 2 and _adjacent(blocks, names[-2][0], names[-1][0]):
                chosen = names[-2]
                remove.extend(n[0] for n in names if n[0] > chosen[0])
        index, name, was_labelled = chosen
        result.author = clean_name(name)
        result.author_index = index
        result.author_rule = "generic:byline-label" if was_labelled else _rule(blocks[index])
        if not was_labelled and not _marked(blocks[index]):
            result.author_rule = "generic:byline-alone"
        if index == stated_at:
            result.author_rule = "generic:byline-stated"
        if not in_prose:
            remove.append(index)
    result.remove = tuple(sorted(set(remove)))
    return result


def _cms_field(blocks, i: int, article_end: int | None) -> bool:
    """The line is the CMS's author field: after the article's text, or marked by its class."""
    return (article_end is not None and i >= article_end) or bool(_AUTHOR_CLASS.search(blocks[i].classes or ""))


ALONE_NAME_WORDS = (2, 4)


def _alone_name(blocks, i: int, text: str) -> bool:
    """The last line, a person's name alone after the last prose paragraph (a byline not set apart)."""
    block, text = blocks[i], text.strip(" .")
    words = text.split()
    if block.heading or not ALONE_NAME_WORDS[0] <= len(words) <= ALONE_NAME_WORDS[1] or _ORG_START.match(text):
        return False
    if not looks_like_name(text) or is_account(text) or _is_caption_like(blocks, i):
        return False
    prev = next((b for b in reversed(blocks[:i]) if b.text), None)
    return prev is not None and _is_prose(prev.text)


def _without_bracketed_date(text: str) -> str:
    """'Bình Phương (Cập nhật ngày 15-03-2019)' -> 'Bình Phương': a date in brackets closing a byline line."""
    m = _IN_BRACKETS_AT_END.search(text) if text.endswith((")", ").")) else None
    if m and m.start() > 0 and looks_like_date_line(m["inside"]):
        return text[: m.start()]
    return text


def _tail_signature(blocks) -> list:
    """The writer's name and post in brackets at the end of the last paragraph: [(index, name, True)] or []."""
    last = next((i for i in range(len(blocks) - 1, -1, -1) if blocks[i].text), None)
    if last is None:
        return []
    m = _TAIL_SIGNATURE.search(blocks[last].text)
    name = name_before_post(m.group(1)) if m else None
    return [(last, name, True)] if name else []


def _adjacent(blocks, a: int, b: int) -> bool:
    return all(not blocks[k].text for k in range(a + 1, b))


def _rule(block) -> str:
    if block.align == "right":
        return "generic:byline-right-aligned"
    if block.bold:
        return "generic:byline-bold"
    return "generic:byline-italic"
