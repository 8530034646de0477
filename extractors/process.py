"""The CPU stages for one document: decode, clean, hash, sign, extract facts. Pure, so it runs in any worker."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timezone

from extractors.decode import UndecodableError, decode_bytes, looks_like_html
from extractors.dedup import content_hash, minhash_from_shingles, shingle_array, shingles_to_bytes, signature_to_bytes
from extractors.stories import StoryFeatures, story_features
from extractors.models import CleanedDoc, Extraction, RawDocument
from extractors.textdump import clean_text_dump

MIN_BODY_WORDS = 20  # fewer words than this after cleaning is not an article


def extract_facts(body: str, **kwargs) -> Extraction:
    """``extractors.facts.extract_facts``, imported on first use: compiling its patterns takes ~0.5-0.8 s,
    which a re-run with nothing new (and the writer process of a parallel run) never needs to pay."""
    from extractors.facts import extract_facts as extract

    return extract(body, **kwargs)


class ExtractionFailure(ValueError):
    """A document that yields no article; ``stage`` says which step gave up."""

    def __init__(self, stage: str, message: str):
        super().__init__(message)
        self.stage = stage


@dataclass(frozen=True)
class ProcessedDoc:
    """A document after every CPU stage, ready for the warehouse to decide new / duplicate / update."""

    source: str
    locator: str
    url: str | None
    guid: str | None
    identity_key: str
    fetched_at: datetime | None
    raw_hash: str
    cleaned: CleanedDoc
    content_hash: str
    signature: bytes
    extraction: Extraction
    story_features: StoryFeatures | None = None  # the story clusterer's input, computed here, off the writer
    warnings: tuple[str, ...] = ()  # stages that failed without costing the article (recorded in ingest_errors)
    shingles: bytes = b""  # the body's shingle_array as uint64 bytes: the writer's exact near-dup check reuses it


def entity_keys(extraction: Extraction) -> tuple[str, ...]:
    """The entity keys a story clusterer sees for an article (sorted, distinct)."""
    return tuple(sorted({m.entity_key for m in extraction.mentions}))


def raw_hash(raw: RawDocument) -> str:
    """sha256 of the bytes as delivered: unchanged input can skip every CPU stage."""
    return raw.sha256


def identity_key(raw: RawDocument, canonical_url: str | None = None) -> str:
    """What makes two deliveries the same article: canonical URL, else feed GUID, else the file."""
    if canonical_url:
        return canonical_url
    if raw.url and not raw.url.startswith("file:"):
        return raw.url
    if raw.guid:
        return f"guid:{raw.guid}"
    return raw.url or f"file:{raw.locator}"


def clean_document(raw: RawDocument) -> CleanedDoc:
    """Decode and clean one document: trafilatura for HTML, the line classifier for text dumps."""
    try:
        text = decode_bytes(raw.content, raw.charset, raw.content_type)
    except UndecodableError as exc:
        raise ExtractionFailure("decode", str(exc)) from None
    is_html = "html" in (raw.content_type or "") or looks_like_html(text)
    if is_html:
        from extractors.html import clean_html  # trafilatura: ~1 s of start-up that text-only runs never pay

        cleaned = clean_html(text, raw.url)
    else:
        cleaned = clean_text_dump(text)
    return merge_feed_metadata(cleaned, raw.meta)


def merge_feed_metadata(cleaned: CleanedDoc, meta: dict) -> CleanedDoc:
    """Feed-entry metadata is trusted over the page's own (the order of trust of the README)."""
    if not meta:
        return cleaned
    changes: dict = {}
    if meta.get("title"):
        changes["title"] = meta["title"]
    if meta.get("authors") and not cleaned.authors:
        changes["authors"] = tuple(meta["authors"])
    if isinstance(meta.get("published_at"), datetime):
        changes["published_at"] = meta["published_at"]
        changes["published_source"] = "feed"
    for key in ("site_name", "language"):
        if meta.get(key) and not getattr(cleaned, key):
            changes[key] = meta[key]
    return replace(cleaned, **changes) if changes else cleaned


def process_document(raw: RawDocument) -> ProcessedDoc:
    """Every CPU stage for one document; raises ExtractionFailure for input that yields no article."""
    cleaned = clean_document(raw)
    if len(cleaned.body.split()) < MIN_BODY_WORDS:
        raise ExtractionFailure(
            "clean", f"no article text found ({len(cleaned.body.split())} words after removing boilerplate)"
        )
    if cleaned.published_at is not None and cleaned.published_at.tzinfo is None:
        cleaned = replace(cleaned, published_at=cleaned.published_at.replace(tzinfo=timezone.utc))
    warnings: tuple[str, ...] = ()
    try:
        extraction = extract_facts(
            cleaned.body, title=cleaned.title, published_at=cleaned.published_at,
            authors=cleaned.authors + cleaned.contributors,
        )
    except Exception as exc:  # a bug in one rule must not cost the article: land it without facts, say so
        extraction = Extraction()
        warnings = (f"article landed without facts: {type(exc).__name__}: {exc} (please report this input)",)
    body_shingles = shingle_array(cleaned.body)
    features = story_features(cleaned.title or "", cleaned.body, entity_keys(extraction))
    return ProcessedDoc(
        source=raw.source,
        locator=raw.locator,
        url=cleaned.canonical_url or (raw.url if raw.url and not raw.url.startswith("file:") else None),
        guid=raw.guid,
        identity_key=identity_key(raw, cleaned.canonical_url),
        fetched_at=raw.fetched_at,
        raw_hash=raw_hash(raw),
        cleaned=cleaned,
        content_hash=content_hash(cleaned.body),
        signature=signature_to_bytes(minhash_from_shingles(body_shingles)),
        extraction=extraction,
        shingles=shingles_to_bytes(body_shingles),
        warnings=warnings,
        story_features=features,
    )
