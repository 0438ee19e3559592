"""A page's links (href, src) as absolute URLs, and which of them are attached files."""

from urllib.parse import urljoin

ATTACHMENT_EXTENSIONS = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".zip", ".rar")


def absolute(base: str | None, href: str | None) -> str | None:
    """href resolved against the page's URL; None for what is no link to another resource
    (empty, javascript:, mailto:, data:, tel:, an in-page #fragment). An href urljoin cannot
    read (a broken IPv6 host) is kept as written."""
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith(("javascript:", "mailto:", "data:", "#", "tel:")):
        return None
    if not base or href.startswith(("http://", "https://")):
        return href
    try:
        return urljoin(base, href)
    except ValueError:
        return href


def is_attachment_href(href: str) -> bool:
    path = href.split("?", 1)[0].split("#", 1)[0].lower()
    return path.endswith(ATTACHMENT_EXTENSIONS)
