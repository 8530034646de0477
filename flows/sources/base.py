"""What every source kind implements, and what the pipeline gives it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, ClassVar, Iterator, Protocol

from extractors.models import RawDocument
from flows.config import FeedSpec


@dataclass(frozen=True)
class SourceFailure:
    """One item a source could not deliver; it becomes an ``ingest_errors`` row."""

    locator: str  # the file or URL that failed
    stage: str  # fetch | parse | decode | security | robots | ...
    error: str  # readable message: what went wrong and, where possible, what to do


@dataclass(frozen=True)
class KnownInput:
    """A local file the warehouse already holds, byte for byte (same size and mtime): counted, not read."""

    locator: str


@dataclass
class SourceContext:
    """What the pipeline lends a source: policy flags and the warehouse's memory of the feed."""

    allow_private_network: bool = False
    is_known: Callable[[str], bool] = lambda key: False  # canonical URL or GUID already landed?
    feed_state: dict = field(default_factory=dict)  # e.g. {"etag": ..., "last_modified": ...}; sources update it in place
    user_agent: str | None = None
    # (locator, size, mtime_ns) -> True when that file, with that size and mtime, has landed before.
    file_unchanged: Callable[[str, int, int], bool] = lambda locator, size, mtime_ns: False


class Source(Protocol):
    """A source kind: turns a FeedSpec into documents (and failures), one at a time."""

    kind: ClassVar[str]

    def __init__(self, spec: FeedSpec) -> None: ...

    def documents(self, ctx: SourceContext) -> Iterator[RawDocument | SourceFailure]: ...
