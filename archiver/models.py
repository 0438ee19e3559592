"""The records that flow between extraction, storage and export."""

from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

T = TypeVar("T")

# The article fields, in the order they are printed and stored.
ARTICLE_FIELDS = (
    "url",
    "canonical_url",
    "title",
    "published_at",
    "updated_at",
    "author",
    "source",
    "views",
    "lead",
    "body",
    "category",
    "images",
    "attachments",
    "language",
    "kind",
)
# Fields whose absence on an article page is recorded as an extraction issue.
EXPECTED_FIELDS = ("title", "published_at", "body")


@dataclass
class Extraction:
    """What extract() read from one page: typed values, the rule behind each, and what was missing."""

    url: str | None = None
    canonical_url: str | None = None
    title: str | None = None
    published_at: str | None = None  # ISO 8601 with +07:00, or YYYY-MM-DD when no real time is shown
    updated_at: str | None = None
    author: str | None = None
    source: str | None = None
    views: int | None = None
    lead: str | None = None
    body: str | None = None  # plain text of lead and body, paragraphs separated by a blank line, NFC
    category: str | None = None
    images: list[str] = field(default_factory=list)
    attachments: list[dict] = field(default_factory=list)  # {"url": ..., "text": ...}
    language: str | None = None
    provenance: dict[str, str] = field(default_factory=dict)  # field -> rule, e.g. "profile:css", "jsonld"
    issues: list[tuple[str, str]] = field(default_factory=list)  # (field, reason)
    kind: str | None = None  # what the page is (verdict.py): article, notice, listing, static
    is_article: bool = False  # the page is archived as an article: an article or a notice

    def to_dict(self) -> dict:
        record = {name: getattr(self, name) for name in ARTICLE_FIELDS}
        record["provenance"] = dict(self.provenance)
        return record


@dataclass
class Found(Generic[T]):
    """One field's value as a generic rule found it: the value, the rule, and where on the page."""

    value: T
    rule: str
    el: Any = None  # the element it was read from
    anchor: Any = None  # for a title: its first occurrence, where the date line is looked for
