"""extract(): one page's bytes to an Extraction, profile first, generic rules for the rest.

Pure: no network, no clock (`now` only resolves relative dates), no settings. Never
raises on bad input: what could not be read is recorded in `issues`.

With no profile given, the page's CMS family is recognised from its markers (families.py) and its family
profile used, unless `families=False` (a generic read). Per field, a profile's selectors are tried in
order (first non-empty wins) and its `drop` selectors (matched inside the body and the lead) are removed before the text is
read; the generic extractors (title.py, maincontent.py, page_dates.py, view_count.py,
byline.py, body.py, category.py, language.py) fill every field the
profile did not give. Each value records the rule behind it in `provenance`.

Order of work on the one parsed tree: urls, title, body container (and lead), dates,
views, body text with byline/source/attachments, category, language, then the verdict: the page's
kind (verdict.py), which clears article fields on listings and static pages read generically.
"""

import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from . import body as bodymod
from . import byline as bylinemod
from . import dates, htmltree, layout, links, metadata, page_dates, verdict
from .category import clean_category, find_category
from .decode import declared_utf8, decode_html
from .families import recognise
from .htmltree import common_ancestor, is_ancestor, tag_of
from .language import find_language
from .maincontent import best_container, in_template_region, merge_siblings
from .models import EXPECTED_FIELDS, Extraction, Found
from .pagetext import PageText
from .profiles import RECOGNISED, Profile
from .text import clean
from .title import find_title, names_the_portal, title_over_content
from .view_count import find_views, parse_views

log = logging.getLogger(__name__)

_ABSOLUTE = re.compile(r"^https?://", re.IGNORECASE)
_DIGITS = re.compile(r"\d[\d.,\s]*")


# ----------------------------------------------------------------------------- profile rules
@dataclass
class _Rules:
    """A profile's selectors compiled once: key -> [(css, xpath)]."""

    by_key: dict = field(default_factory=dict)

    def get(self, key: str) -> list:
        return self.by_key.get(key, [])


_RULES_CACHE: dict[int, tuple[Profile, _Rules]] = {}


def _rules(profile: Profile | None) -> _Rules:
    if profile is None:
        return _Rules()
    cached = _RULES_CACHE.get(id(profile))
    if cached is not None and cached[0] is profile:
        return cached[1]
    rules = _Rules()
    for key, selectors in profile.extract.items():
        compiled = [(css, htmltree.compile_css(css)) for css in selectors]
        rules.by_key[key] = [(css, xp) for css, xp in compiled if xp is not None]
    drop = [xp.path for _, xp in rules.by_key.get("drop", [])]
    if drop:  # all drop selectors in one XPath union: one walk of the body instead of one each
        rules.by_key["drop"] = [(" , ".join(profile.extract["drop"]), etree.XPath(" | ".join(drop)))]
    _RULES_CACHE[id(profile)] = (profile, rules)
    return rules


def _has_content(el, images: bool = False) -> bool:
    """Any visible text (or, for a body, an image) under el; stops at the first."""
    for node in el.iter():
        tag = tag_of(node)
        if node is not el and node.tail and node.tail.strip():
            return True
        if tag in layout.SKIP_TAGS:
            continue
        if node.text and node.text.strip():
            return True
        if images and tag == "img":
            return True
    return False


def _first_match(page, key: str):
    """(element, css) of the first selector with a non-empty match (text, or images for a body)."""
    for css, xpath in page.rules.get(key):
        for el in page.select(css, xpath):
            if _has_content(el, images=key == "body"):
                return el, css
    return None, None


# ----------------------------------------------------------------------------- page state
@dataclass
class _Page:
    root: object
    meta: metadata.PageMeta
    url: str | None
    rules: _Rules
    now: datetime | None
    ex: Extraction
    title_el: object = None
    title_anchor: object = None  # the title's first occurrence (a breadcrumb may repeat it first)
    container: object = None
    lead_el: object = None
    date_el: object = None
    skip: set = field(default_factory=set)
    body_blocks: list = field(default_factory=list)
    recognised: bool = False  # read with the family its markers show, not a profile named for it
    raw: bytes = b""  # the undecoded body: substring tests on bytes are a memchr, on Vietnamese str much slower
    _text: PageText | None = None
    _selected: dict = field(default_factory=dict)
    _area: object = None

    def select(self, css: str, xpath) -> list:
        """A profile selector's matches on this page, evaluated once (views and dates often share one)."""
        found = self._selected.get(css)
        if found is None:
            found = self._selected[css] = xpath(self.root)
        return found

    @property
    def text(self) -> PageText:
        """The body's text nodes, read on first use (a fully profiled page never needs them)."""
        if self._text is None:
            self._text = PageText(self.root)
        return self._text

    def set(self, name: str, value, rule: str) -> None:
        if value is None or value == "" or value == []:
            return
        setattr(self.ex, name, value)
        self.ex.provenance[name] = rule


# ----------------------------------------------------------------------------- entry point
def extract(
    body: bytes,
    url: str | None = None,
    content_type: str | None = None,
    profile: Profile | None = None,
    now: datetime | None = None,
    *,
    families: bool = True,
) -> Extraction:
    """families: with no profile, read the page with the CMS family its markers show (False: generically)."""
    ex = Extraction(url=url)
    try:
        _extract(ex, body or b"", url, content_type, profile, now, families)
    except Exception as exc:  # a bug must cost one page's fields, never the crawl
        log.exception("extraction failed for %s", url)
        ex.issues.append(("page", f"extraction failed: {type(exc).__name__}: {exc}"))
    return ex


def _decode_and_parse(raw: bytes, content_type):
    """The decoded body and its root (None when nothing parses). A body that declares UTF-8 is
    parsed first and decoded only if the parser finds bytes that are not UTF-8."""
    decoded = declared_utf8(raw, content_type) if htmltree.PARSER_CHECKS_UTF8 else None
    if decoded is not None:
        root = htmltree.parse_utf8(raw)
        if root is not None:
            return decoded, root
    decoded = decode_html(raw, content_type)
    return decoded, htmltree.parse(decoded.text, decoded.utf8)  # (no text, no root: empty or binary)


def _cut_at_depth_limit(root) -> bool:
    """libxml2 stops reading a page where its elements nest htmltree.MAX_DEPTH deep: the last element is
    then that deep. Following last children costs the depth, not the page."""
    depth, el = 0, root
    while len(el) and depth < htmltree.MAX_DEPTH:
        el, depth = el[-1], depth + 1
    return depth >= htmltree.MAX_DEPTH - 1


def _extract(ex, raw: bytes, url, content_type, profile, now, families: bool) -> None:
    decoded, root = _decode_and_parse(raw, content_type)
    if decoded.rule in ("empty", "binary"):
        ex.issues.append(("body", "empty document" if decoded.rule == "empty" else "not HTML (binary content)"))
        _expected_issues(ex)
        return
    if decoded.rule != "scrapy":
        ex.provenance["encoding"] = decoded.rule
    if root is None:
        ex.issues.append(("body", "nothing to parse"))
        _expected_issues(ex)
        return
    if _cut_at_depth_limit(root):
        ex.issues.append(("page", f"too_deep: elements nested deeper than {htmltree.MAX_DEPTH}, the rest is unread"))
        return
    if decoded.encoding.lower().startswith(("utf-16", "utf-32", "utf16", "utf32")):
        raw = decoded.text.encode("utf-8")  # byte-level substring tests below expect ASCII-compatible bytes
    meta = metadata.read(root, decoded.start(metadata.HTTRACK_SCAN))
    page = _Page(root, meta, None, _rules(profile), now, ex, raw=raw)
    _urls(page, url)
    if profile is None and families:
        _family(page)
    _title(page)
    _container(page)
    _published(page)
    _views(page)
    _body(page)
    _category(page)
    _language(page)
    _verdict(page)


# ----------------------------------------------------------------------------- fields
def _urls(page: _Page, given: str | None) -> None:
    meta = page.meta
    canonical = _well_formed(meta.canonical)
    og_url = _well_formed(meta.get("og:url"))
    if given:
        url, rule = given, "given"
    elif canonical and _ABSOLUTE.match(canonical):
        url, rule = canonical, "link:canonical"
    elif og_url and _ABSOLUTE.match(og_url):
        url, rule = og_url, "meta:og:url"
    elif meta.httrack_url:
        url, rule = meta.httrack_url, "httrack-comment"
    else:
        url, rule = None, ""
    page.url = url
    if url:
        page.set("url", url, rule)
    if canonical:
        absolute = links.join(url, canonical) if url else canonical
        if _ABSOLUTE.match(absolute):
            page.set("canonical_url", absolute, "link:canonical")
            return
    if url:
        page.set("canonical_url", url, rule)


def _family(page: _Page) -> None:
    """Read the page with its CMS family's profile, where its markers show one; provenance says it was
    recognised, not named."""
    family = recognise(page.root, page.meta, page.url)
    if family is not None and _an_article_address(family, page.url):
        page.rules, page.recognised = _rules(family), True
        page.ex.provenance["family"] = f"{RECOGNISED}{family.name}"


def _an_article_address(family: Profile, url: str | None) -> bool:
    """A family that names its article addresses ([crawl] article_url) reads only those: elsewhere (a
    Liferay section showing its one item in full, page after page) the generic verdict decides."""
    shapes = family.crawl.get("article_url", ())
    return not (shapes and url) or any(re.search(shape, url) for shape in shapes)


def _well_formed(url: str | None) -> str | None:
    """The URL, or None when it cannot be parsed (http://[x]/): a bad link is ignored, the page still read."""
    if url:
        try:
            urlsplit(url)
        except ValueError:
            return None
    return url


def _title(page: _Page) -> None:
    el, css = _first_match(page, "title")
    if el is not None:
        page.title_el = el
        page.set("title", layout.text_of(el), f"profile:{css}")
        return
    found = find_title(page.root, page.meta, page.text)
    if found is None or found.rule == verdict.WEAK_TITLE_RULE or names_the_portal(found, page.meta.title):
        container = best_container(page.text)
        over = title_over_content(page.text, container) if container is not None else None
        found = over or found
    if found:
        page.title_el = found.el
        page.title_anchor = found.anchor
        page.set("title", found.value, found.rule)


def _container(page: _Page) -> None:
    el, css = _first_match(page, "body")
    if el is not None and page.recognised and _beside_the_article(page, el, css):
        el = None
    if el is not None:
        page.container = el
        page.ex.provenance["body"] = f"profile:{css}"
    else:
        page.container = best_container(page.text, page.title_el)
        if page.container is not None:
            page.container, outside = merge_siblings(page.text, page.container, page.title_el)
            page.skip |= outside
            page.ex.provenance["body"] = "generic:main-content"
    lead, css = _first_match(page, "lead")
    if lead is not None:
        page.lead_el = lead
        page.ex.provenance["lead"] = f"profile:{css}"


def _beside_the_article(page: _Page, el, css: str) -> bool:
    """Where a recognised family's body selector matches several blocks, one that neither holds nor lies in
    the generic main content is another block of the template (a sidebar's rich-text field): a family
    profile may only make a page better. A single match is the template's article field (no scoring)."""
    xpath = dict(page.rules.get("body"))[css]
    if sum(_has_content(match, images=True) for match in page.select(css, xpath)) < 2:
        return False
    generic = best_container(page.text, page.title_el)
    return generic is not None and not is_ancestor(el, generic) and not is_ancestor(generic, el)


def _published(page: _Page) -> None:
    now = page.now
    el, css = _first_match(page, "published")
    if el is not None:
        machine = dates.parse_iso(el.get("datetime") or el.get("content") or "")
        text = layout.text_of(el)
        published, updated = (machine, None) if machine else dates.split_published_updated(text, now)
        if published is not None:
            page.date_el = el
            page.set("published_at", published.iso(), f"profile:{css}")
            if updated is not None:
                page.set("updated_at", updated.iso(), f"profile:{css}")
    upd_el, upd_css = _first_match(page, "updated")
    if upd_el is not None:
        vd = dates.parse_date(layout.text_of(upd_el), now)
        if vd is not None:
            page.set("updated_at", vd.iso(), f"profile:{upd_css}")
    if page.ex.published_at is None:
        _generic_dates(page)
    elif page.ex.updated_at is None:
        _, machine_updated = page_dates.machine_dates(page.meta)  # the profile's date line had no update
        stated = dates.parse_iso(page.ex.published_at)
        updated_later = page_dates.later(machine_updated, Found(stated, "") if stated else None)
        if updated_later is not None:
            page.set("updated_at", updated_later.value.iso(), updated_later.rule)


def _generic_dates(page: _Page) -> None:
    """Machine-readable stamps first, else the date line after the title (or just above it)."""
    container, title_el = page.container, page.title_el
    anchor = page.title_anchor if page.title_anchor is not None else title_el
    scan = page_dates.DateScan()
    if anchor is not None:
        stop = container if container is not None and not is_ancestor(container, anchor) else None
        scan = page_dates.scan_after_title(page.text, anchor, stop, page.now, page.ex.title)
        if scan.published is None:
            scan.take_date(page_dates.scan_before_title(page.text, title_el, _area(page), page.now))
        if scan.published is None:
            scan.take_date(page_dates.scan_after_body(page.text, container, _area(page), page.now))
    machine, machine_upd = page_dates.machine_dates(page.meta)
    time_el = page_dates.time_element_date(page.meta, _area(page))
    if time_el is None and not machine and scan.published is None:
        time_el = page_dates.lone_itemprop_date(page.meta)
    candidates = machine + [time_el]
    stamp = next((c for c in candidates if c is not None), None)
    if stamp is not None:
        stamp = page_dates.refine(stamp, candidates)
    published, other = page_dates.printed_first(stamp, scan.published)
    updated = page_dates.later(machine_upd or scan.updated, published)
    if page.ex.published_at is None and published is not None:
        page.set("published_at", published.value.iso(), published.rule)
        if other is not None:  # kept where the printed date was preferred to it
            page.ex.provenance["published_at_other"] = f"{other.rule} {other.value.iso()}"
    if page.ex.updated_at is None and updated is not None:
        page.set("updated_at", updated.value.iso(), updated.rule)
    if page.date_el is None and scan.line_el is not None:
        page.date_el = scan.line_el
    if (
        page.lead_el is None
        and scan.lead_el is not None
        and container is not None
        and not is_ancestor(container, scan.lead_el)
        and not is_ancestor(container, anchor)  # after a body that holds the title comes the page's footer
    ):
        page.lead_el = scan.lead_el
        page.ex.provenance["lead"] = "generic:lead-before-body"


def _area(page: _Page):
    """The article area: the smallest element holding both the title and the body
    (computed once the container is known; neither changes afterwards)."""
    if page._area is None:
        page._area = _article_area(page.title_el, page.container)
    return page._area


def _article_area(title_el, container):
    if container is None:
        return title_el.getparent() if title_el is not None else None
    area = common_ancestor(title_el, container) if title_el is not None else container
    if area is None or tag_of(area) in ("body", "html"):
        area = container.getparent() if container.getparent() is not None else container
    return area


def _views(page: _Page) -> None:
    for css, xpath in page.rules.get("views"):
        for el in page.select(css, xpath):
            text = layout.text_of(el)
            count = parse_views(text)
            if count is None and _DIGITS.fullmatch(text or ""):
                count = int(re.sub(r"\D", "", text))
            if count is not None:
                page.set("views", count, f"profile:{css}")
                return
    found = find_views(_area(page), page.title_el, page._text)
    if found is not None:
        page.set("views", found.value, found.rule)


def _profile_text(page: _Page, key: str) -> tuple[str | None, str, Any]:
    """(text, rule, element) of the profile's first matching selector for key; (None, "", None) without one."""
    el, css = _first_match(page, key)
    if el is None:
        return None, "", None
    return layout.text_of(el), f"profile:{css}", el


def _body(page: _Page) -> None:
    ex, container = page.ex, page.container
    author, author_rule, author_el = _profile_text(page, "author")
    source, source_rule, source_el = _profile_text(page, "source")
    skip = set(page.skip)
    for scope in (container, page.lead_el):
        if scope is not None:
            for _, xpath in page.rules.get("drop"):  # drop selectors are matched inside the body
                page.skip.update(xpath(scope))
    skip |= page.skip
    for el in (author_el, source_el, page.date_el, page.title_el, page.lead_el):
        if el is not None:
            skip.add(el)
    if container is None:
        if page.lead_el is not None:
            lead_blocks = layout.render(page.lead_el, page.url, page.skip).blocks
            page.set("lead", bodymod.join(lead_blocks), ex.provenance.get("lead", "generic"))
        return
    box = _box_test(page, container)
    if page.title_el is not None and is_ancestor(container, page.title_el):
        rendered = layout.render_after(container, page.title_el, page.url, skip, box=box)
    else:
        rendered = layout.render(container, page.url, skip, box=box)
    blocks = bodymod.cut_chrome(rendered.blocks, ex.title)
    trailing = _closing_left_out(page, skip) + _trailing(page, skip)
    lead_blocks = []
    if page.lead_el is not None:
        lead_blocks = [b for b in layout.render(page.lead_el, page.url, page.skip).blocks if b.text]
        lead_blocks = bodymod.cut_chrome(lead_blocks, ex.title)
    site = bylinemod.SiteName.of(page.meta.title, page.meta.get("og:site_name"), page.url)
    closing = bylinemod.find_closing(
        blocks + trailing, site, article_end=len(blocks), stated=page.meta.jsonld.get("author")
    )
    if author:
        author = bylinemod.clean_name(author)
        if author and not bylinemod.is_account(author):
            page.set("author", author, author_rule)
    if ex.author is None and closing.author:
        page.set("author", closing.author, closing.author_rule)
    if ex.author is None and (header := _header_byline(page, site)):
        page.set("author", header, "generic:byline-header")
    if source:
        page.set("source", bylinemod.source_of(source) or clean(source), source_rule)
    elif closing.source:
        page.set("source", closing.source, "generic:source-line")
    drop = set(closing.remove)
    blocks = [b for i, b in enumerate(blocks) if i not in drop]
    attachments = [a for b in lead_blocks + blocks + trailing for a in b.attachments]
    if not lead_blocks:
        index = bodymod.generic_lead(blocks)
        if index is not None:
            lead_blocks = [blocks[index]]
            blocks = blocks[:index] + blocks[index + 1 :]
            ex.provenance.setdefault("lead", "generic:lead-paragraph")
    lead, text = bodymod.assemble(lead_blocks, blocks)
    page.set("lead", lead, ex.provenance.get("lead", "generic"))
    if text:
        page.set("body", text, ex.provenance.get("body", "generic:main-content"))
    else:
        ex.provenance.pop("body", None)
    page.set("images", rendered.images, ex.provenance.get("body", "generic"))
    page.set("attachments", _unique(attachments), ex.provenance.get("body", "generic"))
    page.body_blocks = blocks


def _header_byline(page: _Page, site: bylinemod.SiteName) -> str | None:
    """The author from the element the template marks as the byline between the title and the text."""
    area, title_el, container = _area(page), page.title_el, page.container
    if area is None or title_el is None or container is None or not is_ancestor(area, title_el):
        return None
    after_title = False
    for el in area.iter(etree.Element):
        if el is container:
            return None
        if el is title_el:
            after_title = True
        elif after_title and _marked_byline(el) and not is_ancestor(title_el, el):
            name_el = el.find(".//*[@itemprop='name']")
            return bylinemod.header_byline(layout.text_of(el if name_el is None else name_el), site)
    return None


def _marked_byline(el) -> bool:
    """Marked as the byline by its class, as the article's author in schema.org microdata, or by a `data-role`."""
    return bylinemod.is_header_byline_class(el.get("class")) or "author" in (el.get("itemprop"), el.get("data-role"))


BOX_MAX_SHARE = 0.5


def _box_test(page: _Page, container):
    """box(el) for the body's rendering: a share row, sign-up form or list of other stories inside the
    container, by its class words; not an element so named that holds most of the text (the article
    wrapped in a 'social-share-content' div). None for a profile's body: its drop selectors say what goes."""
    if page.ex.provenance.get("body", "").startswith("profile:"):
        return None
    text = page.text
    limit = BOX_MAX_SHARE * text.visible_length(container)

    def box(el) -> bool:
        cls = el.get("class")
        return bodymod.is_box_class(cls) and text.visible_length(el) < limit and not _one_of_the_items(el, cls)

    def _one_of_the_items(el, cls) -> bool:
        """One of the same-class siblings that hold most of the text together: a photo story's slides, whose
        captions are its prose."""
        parent = el.getparent()
        if parent is None:
            return False
        return sum(text.visible_length(sibling) for sibling in parent if sibling.get("class") == cls) >= limit

    return box


def _unique(attachments: list) -> list:
    seen, out = set(), []
    for a in attachments:
        if a["url"] not in seen:
            seen.add(a["url"])
            out.append(a)
    return out


TRAILING_RENDER_LIMIT = 16


def _trailing(page: _Page, skip) -> list:
    """Lines after the body container inside the article area, or the <article> holding it (the byline, source,
    views and files that close the article)."""
    area, container = _area(page), page.container
    if area is None or container is None or area is container or not is_ancestor(area, container):
        return []
    area = next(area.iterancestors("article"), area)
    rendered = layout.render_after(
        area, container, page.url, skip, limit=TRAILING_RENDER_LIMIT, stop=bodymod.ends_trailing
    )
    return bodymod.trailing_lines(rendered.blocks)


def _closing_left_out(page: _Page, skip) -> list:
    """Lines after the article's own blocks inside the container that the merge of its sibling blocks left out
    (a photo story's byline after its slides): read for the byline and source, never as body."""
    container: Any = page.container
    children = [child for child in container if page.text.visible_length(child)]
    kept = [i for i, child in enumerate(children) if child not in page.skip]
    if not kept:
        return []
    blocks: list = []
    for child in children[kept[-1] + 1 :]:
        if child in page.skip:
            rendered = layout.render(child, page.url, skip - {child}, stop=bodymod.past_trailing_lines)
            blocks += rendered.blocks
            if rendered.stopped:  # the lines read end there
                break
    return bodymod.trailing_lines(blocks)


def _category(page: _Page) -> None:
    text, rule, _ = _profile_text(page, "category")
    if text := clean_category(text):
        page.set("category", text, rule)
        return
    found = find_category(page.root, page.meta, page.ex.title, page.raw)
    if found:
        page.set("category", found.value, found.rule)


def _language(page: _Page) -> None:
    found = find_language(page.meta, page.ex.body or page.ex.title or "")
    if found:
        page.set("language", found.value, found.rule)


# ----------------------------------------------------------------------------- verdict
def _verdict(page: _Page) -> None:
    """The page's kind; no article fields on a page read generically that is no article or notice."""
    ex = page.ex
    template_body = (
        page.container is not None
        and not ex.provenance.get("body", "").startswith("profile:")  # a profile's body field is the article's
        and in_template_region(page.text, page.container)
    )
    ex.kind, reason = verdict.page_kind(
        ex, page.body_blocks, page.container, template_body=template_body, area=_area(page)
    )
    ex.is_article = ex.kind in verdict.KEPT_KINDS
    if ex.is_article:
        _expected_issues(ex)
    else:
        verdict.clear_article_fields(ex, reason or ex.kind)


def _expected_issues(ex: Extraction) -> None:
    reasons = {"title": "no title found", "published_at": "no date found", "body": "no body found"}
    for name in EXPECTED_FIELDS:
        if getattr(ex, name) in (None, "") and not any(f == name for f, _ in ex.issues):
            ex.issues.append((name, reasons.get(name, "missing")))
