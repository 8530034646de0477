"""Frozen data classes shared by every stage: the contract between sources, extractors and warehouse.

Offsets everywhere are 0-based and end-exclusive into the cleaned article body, so
``body[char_start:char_end]`` (or SQL ``substr(body, char_start + 1, char_end - char_start)``)
is exactly the evidence text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property


@dataclass(frozen=True)
class RawDocument:
    """One document as a source delivered it, before any cleaning."""

    source: str  # feed name (or "cli" for ad hoc paths/URLs)
    locator: str  # file path or final URL: where it came from, for errors and provenance
    content: bytes  # the raw bytes; decoding is the cleaner's job
    content_type: str = ""  # "text/html", "text/plain", ... (declared or guessed from the suffix)
    url: str | None = None  # canonical URL when known (http sources)
    fetched_at: datetime | None = None
    charset: str | None = None  # declared charset (HTTP header), if any
    guid: str | None = None  # feed entry id, when the document came through a feed
    meta: dict = field(default_factory=dict)  # feed-level metadata: title, authors, published_at, ...
    stat: tuple[int, int] | None = None  # local files: (size, mtime_ns) when read, for the next run's quick check

    @cached_property
    def sha256(self) -> str:
        """sha256 of the bytes as delivered, computed once: the reader's skip check and the worker share it
        (the cached value travels with the document when it is pickled to a worker process)."""
        return hashlib.sha256(self.content).hexdigest()


@dataclass(frozen=True)
class CleanedDoc:
    """A document reduced to its article: body text plus metadata."""

    body: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    contributors: tuple[str, ...] = ()
    published_at: datetime | None = None
    published_source: str | None = None  # where the date came from: feed | meta | jsonld | byline | url | comments
    modified_at: datetime | None = None
    site_name: str | None = None
    language: str | None = None
    canonical_url: str | None = None
    removed: tuple[str, ...] = ()  # kinds of boilerplate removed, e.g. ("comments", "faq")


@dataclass(frozen=True)
class EntityRef:
    """A real-world entity as the extractor resolved it; ``key`` is stable across articles."""

    key: str  # e.g. "person:volodymyr-zelensky", "org:nato", "country:ua", "city:vilnius"
    kind: str  # person | organization | country | place
    name: str  # canonical display name
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention:
    entity_key: str
    char_start: int
    char_end: int


@dataclass(frozen=True)
class Quote:
    text: str  # exactly body[char_start:char_end], without the quotation marks
    char_start: int
    char_end: int
    speaker: str | None  # display name of the speaker, or None when unknown
    speaker_key: str | None  # EntityRef.key of the speaker
    sentence_start: int = 0  # the sentence(s) the quote stands in
    sentence_end: int = 0
    kind: str = "direct"  # direct | partial


@dataclass(frozen=True)
class Participant:
    entity_key: str
    name: str
    role: str | None
    affiliation: str | None


@dataclass(frozen=True)
class Summit:
    key: str  # stable across articles, e.g. "nato-summit-2023-vilnius"
    name: str
    organization: str | None
    city: str | None
    country: str | None
    start_date: date | None
    end_date: date | None


@dataclass(frozen=True)
class Fact:
    key: str  # canonical identity: the same fact from two articles has the same key
    kind: str  # decision | pledge | outcome | membership | reaction
    statement: str  # canonical, human-readable statement
    char_start: int  # evidence span in the body: a sentence, or a speaker's lead-in and run of quotations
    char_end: int
    actor: str | None = None
    action: str | None = None
    object: str | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything the facts stage found in one article."""

    entities: tuple[EntityRef, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    participants: tuple[Participant, ...] = ()
    summit: Summit | None = None
    facts: tuple[Fact, ...] = ()
