"""Landing processed documents: new, updated, unchanged or duplicate; stories; derived rows.

One ``ArticleWriter`` per run holds the incremental state (the near-duplicate index rebuilt from the
stored signatures, the story clusterer, the identity and content-hash maps) and lands each batch in
one transaction, so a crash never leaves half a batch behind and a re-run changes nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Sequence

import duckdb
import pyarrow as pa

from collections import OrderedDict

import numpy as np

from extractors.dedup import NearDuplicateIndex, shingle_array, shingles_from_bytes, signature_from_bytes
from extractors.models import Extraction
from extractors.process import ProcessedDoc, entity_keys
from extractors.stories import StoryClusterer, StoryInput
from warehouse import store

STORY_STATE = "story_clusterer"
DERIVED_TABLES = ("mentions", "quotes", "article_summits", "article_participants", "article_facts")
TS = pa.timestamp("us", tz="UTC")
SHINGLE_CACHE = 4096  # recent articles whose shingle arrays stay in memory for the exact near-dup check


@dataclass(frozen=True)
class Landed:
    """What happened to one document; the pipeline counts these and emits events from them."""

    article_id: str
    status: str  # new | updated | unchanged | duplicate | refreshed (same text, facts extracted again)
    source: str
    url: str | None
    title: str | None
    story_id: str | None
    duplicate_of: str | None = None
    duplicate_kind: str | None = None
    duplicate_score: float | None = None
    quotes: int = 0
    facts: int = 0


@dataclass
class BatchResult:
    """The outcome of landing one batch."""

    landed: list[Landed] = field(default_factory=list)
    merged_stories: dict[str, str] = field(default_factory=dict)  # absorbed story id -> surviving id
    moved: dict[str, tuple[str | None, str]] = field(default_factory=dict)  # article id -> (old story, new story)

    def final_story(self, story_id: str) -> str:
        """The story a story id ended up in after this batch's merges (merges can chain)."""
        seen = set()
        while story_id in self.merged_stories and story_id not in seen:
            seen.add(story_id)
            story_id = self.merged_stories[story_id]
        return story_id


def article_id_for(identity_key: str) -> str:
    """Stable article id: the first 16 hex digits of sha256 of the identity key."""
    return hashlib.sha256(identity_key.encode("utf-8")).hexdigest()[:16]


def _quote_id(article_id: str, start: int, end: int) -> str:
    return hashlib.sha256(f"{article_id}:{start}:{end}".encode()).hexdigest()[:16]


class ArticleWriter:
    """Lands batches of ProcessedDoc into the warehouse, deciding new/updated/unchanged/duplicate."""

    def __init__(self, con: duckdb.DuckDBPyConnection, run_id: str):
        self.con = con
        self.run_id = run_id
        self._load()

    def _load(self) -> None:
        """(Re)build the in-memory state from what the warehouse holds (at start, and after a failed batch)."""
        con = self.con
        self.by_identity: dict[str, tuple[str, str, int, str | None]] = {
            r[0]: (r[1], r[2], r[3], r[4])
            for r in con.execute("SELECT identity_key, article_id, content_hash, version, story_id FROM articles").fetchall()
        }
        self.by_hash: dict[str, tuple[str, str | None]] = {}
        for h, aid, story in con.execute(
            "SELECT content_hash, article_id, story_id FROM articles WHERE duplicate_of IS NULL ORDER BY landed_at, article_id"
        ).fetchall():
            self.by_hash.setdefault(h, (aid, story))
        self.canonical_of: dict[str, str] = {r[0]: r[1] for r in con.execute(
            "SELECT article_id, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL").fetchall()}
        self.copies_of: dict[str, list[str]] = {}
        for copy, original in self.canonical_of.items():
            self.copies_of.setdefault(original, []).append(copy)
        self.story_of: dict[str, str | None] = {r[0]: r[1] for r in con.execute("SELECT article_id, story_id FROM articles").fetchall()}
        self.index = NearDuplicateIndex()
        for aid, sig in con.execute(
            "SELECT s.article_id, s.signature FROM signatures s JOIN articles a USING (article_id) ORDER BY a.landed_at, a.article_id"
        ).fetchall():
            self.index.add(aid, signature_from_bytes(bytes(sig)))
        state = store.load_state(con, STORY_STATE)
        self.clusterer = StoryClusterer.from_state(state) if state else StoryClusterer()
        self.seen_raw: set[tuple[str, str]] = {
            (r[0], r[1]) for r in con.execute(
                "SELECT locator, raw_hash FROM articles UNION SELECT locator, raw_hash FROM article_versions "
                "WHERE locator IS NOT NULL").fetchall()
        }
        self.failed_raw: set[tuple[str, str]] = {
            (r[0], r[1]) for r in con.execute(
                "SELECT DISTINCT locator, raw_hash FROM ingest_errors WHERE raw_hash IS NOT NULL "
                "AND stage <> 'facts' AND resolved_run IS NULL").fetchall()
        }
        # Inputs that landed without facts (the facts stage raised): --retry-failed extracts them again.
        self.warned_raw: set[tuple[str, str]] = {
            (r[0], r[1]) for r in con.execute(
                "SELECT DISTINCT locator, raw_hash FROM ingest_errors WHERE raw_hash IS NOT NULL "
                "AND stage = 'facts' AND resolved_run IS NULL").fetchall()
        }
        self._pending_bodies: dict[str, str] = {}
        self._shingles: OrderedDict[str, np.ndarray] = OrderedDict()

    def is_unchanged(self, locator: str, raw_hash: str) -> bool:
        """True when exactly these bytes from this locator have landed before (skip every CPU stage)."""
        return (locator, raw_hash) in self.seen_raw

    def failed_before(self, locator: str, raw_hash: str) -> bool:
        """True when exactly these bytes from this locator failed a deterministic stage in an earlier run."""
        return (locator, raw_hash) in self.failed_raw

    def landed_without_facts(self, locator: str, raw_hash: str) -> bool:
        """True when these bytes landed but their facts stage raised (and no later run extracted them)."""
        return (locator, raw_hash) in self.warned_raw

    def knows(self, key: str) -> bool:
        """Whether an identity key (canonical URL, ``guid:...``, file) has landed."""
        return key in self.by_identity or f"guid:{key}" in self.by_identity

    def _body_of(self, article_id: str) -> str | None:
        if article_id in self._pending_bodies:
            return self._pending_bodies[article_id]
        rows = self.con.execute("SELECT body FROM articles WHERE article_id = ?", [article_id]).fetchall()
        return rows[0][0] if rows else None

    def _shingles_of(self, article_id: str) -> np.ndarray | None:
        """A landed article's shingle array: from the cache of recent articles, else from its stored body."""
        cached = self._shingles.get(article_id)
        if cached is not None:
            self._shingles.move_to_end(article_id)
            return cached
        body = self._body_of(article_id)
        if body is None:
            return None
        return self._remember_shingles(article_id, shingle_array(body))

    def _remember_shingles(self, article_id: str, shingles: np.ndarray) -> np.ndarray:
        self._shingles[article_id] = shingles
        if len(self._shingles) > SHINGLE_CACHE:
            self._shingles.popitem(last=False)
        return shingles

    def _decide(self, doc: ProcessedDoc, result: BatchResult) -> tuple[Landed, int] | None:
        """Classify one document and assign its story; returns (outcome, version) or None if unchanged."""
        c = doc.cleaned
        known = self.by_identity.get(doc.identity_key)
        if known is not None:
            aid, chash, version, story = known
            if chash == doc.content_hash:
                return None
            # Same URL/GUID/file, new text: a new version of the same article, in the same story.
            return Landed(aid, "updated", doc.source, doc.url, c.title, story), version + 1
        aid = article_id_for(doc.identity_key)
        sig = signature_from_bytes(doc.signature)
        dup, kind, score = None, None, None
        if doc.content_hash in self.by_hash:
            dup, kind, score = self.by_hash[doc.content_hash][0], "exact", 1.0
        else:
            mine = shingles_from_bytes(doc.shingles) if doc.shingles else shingle_array(c.body)
            near = self.index.find(sig, shingles=mine, shingles_of=self._shingles_of)
            if near is not None:  # a copy of a copy points at the canonical (earliest) article
                dup, kind, score = self.canonical_of.get(near[0], near[0]), "near", near[1]
        self.index.add(aid, sig)
        self._pending_bodies[aid] = c.body
        if doc.shingles:
            self._remember_shingles(aid, shingles_from_bytes(doc.shingles))
        if dup is not None:
            self.canonical_of[aid] = dup
            self.copies_of.setdefault(dup, []).append(aid)
            story = self.story_of.get(dup)
            landed = Landed(aid, "duplicate", doc.source, doc.url, c.title, story, dup, kind, score)
        else:
            assignment = self.clusterer.assign(StoryInput(
                article_id=aid, title=c.title or "", body=c.body, published_at=c.published_at,
                entities=entity_keys(doc.extraction), features=doc.story_features))
            story = assignment.story_id
            for absorbed in assignment.merged:
                result.merged_stories[absorbed] = story
            for moved_id, new_story in assignment.moved:  # the new evidence re-homed an earlier article
                old = result.moved[moved_id][0] if moved_id in result.moved else self.story_of.get(moved_id)
                result.moved[moved_id] = (old, new_story)
                for member in (moved_id, *self.copies_of.get(moved_id, ())):  # its copies go with it
                    self.story_of[member] = new_story
            self.by_hash[doc.content_hash] = (aid, story)
            landed = Landed(aid, "new", doc.source, doc.url, c.title, story)
        self.story_of[aid] = landed.story_id
        return landed, 1

    def land(self, docs: Sequence[ProcessedDoc]) -> BatchResult:
        """Land one batch in a single transaction."""
        result = BatchResult()
        # Keyed by article id: the same URL twice in one batch (a feed listing an item twice, or an update
        # arriving in the batch that created the article) keeps the latest text and every version.
        article_rows: dict[str, tuple] = {}
        sig_rows: dict[str, tuple[str, bytes]] = {}
        extraction_of: dict[str, Extraction] = {}
        version_rows = []
        refreshed: list[tuple[str, str]] = []  # (locator, raw_hash) whose missing facts are extracted now
        for doc in docs:
            decided = self._decide(doc, result)
            if decided is None:
                aid, story = self.by_identity[doc.identity_key][0], self.by_identity[doc.identity_key][3]
                status = "unchanged"
                if not doc.warnings and self.landed_without_facts(doc.locator, doc.raw_hash):
                    status = "refreshed"  # same text, facts extracted this time (a --retry-failed run)
                    extraction_of[aid] = doc.extraction
                    refreshed.append((doc.locator, doc.raw_hash))
                counts = {"quotes": len(doc.extraction.quotes), "facts": len(doc.extraction.facts)} \
                    if status == "refreshed" else {}
                result.landed.append(Landed(aid, status, doc.source, doc.url, doc.cleaned.title, story, **counts))
                continue
            landed, version = decided
            c = doc.cleaned
            ex = doc.extraction
            landed = Landed(**{**landed.__dict__, "quotes": len(ex.quotes), "facts": len(ex.facts)})
            result.landed.append(landed)
            extraction_of[landed.article_id] = ex
            article_rows[landed.article_id] = (
                landed.article_id, doc.identity_key, doc.source, doc.url, doc.guid, doc.locator, c.title,
                list(c.authors), list(c.contributors), c.published_at, c.published_source, doc.fetched_at,
                store.now(), c.site_name, c.language, c.body, len(c.body.split()), doc.content_hash, doc.raw_hash,
                version, landed.story_id, landed.duplicate_of, landed.duplicate_kind,
                landed.duplicate_score, list(c.removed), self.run_id,
            )
            version_rows.append((landed.article_id, version, doc.content_hash, doc.raw_hash, c.title, c.body,
                                 doc.fetched_at, self.run_id, doc.locator))
            sig_rows[landed.article_id] = (landed.article_id, doc.signature)
            self.by_identity[doc.identity_key] = (landed.article_id, doc.content_hash, version, landed.story_id)
            self.seen_raw.add((doc.locator, doc.raw_hash))
        if not article_rows and not refreshed:
            return result
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            # Only updated articles have rows to replace; a batch of new articles skips seven DELETEs.
            replaced = [l.article_id for l in result.landed if l.status == "updated"]
            store.delete_for_articles(con, ("articles", "signatures") + DERIVED_TABLES, replaced)
            store.delete_for_articles(con, DERIVED_TABLES, [l.article_id for l in result.landed
                                                            if l.status == "refreshed"])
            for locator, digest in refreshed:
                con.execute("UPDATE ingest_errors SET resolved_run = ? WHERE stage = 'facts' AND locator = ? "
                            "AND raw_hash = ? AND resolved_run IS NULL", [self.run_id, locator, digest])
            store.insert_rows(con, "articles", ARTICLE_COLUMNS, list(article_rows.values()),
                              types={"published_at": TS, "fetched_at": TS, "landed_at": TS,
                                     "authors": pa.list_(pa.string()), "contributors": pa.list_(pa.string()),
                                     "removed": pa.list_(pa.string())})
            store.insert_rows(con, "article_versions",
                              ["article_id", "version", "content_hash", "raw_hash", "title", "body", "fetched_at", "run_id",
                               "locator"],
                              version_rows, types={"fetched_at": TS})
            store.insert_rows(con, "signatures", ["article_id", "signature"], list(sig_rows.values()),
                              types={"signature": pa.binary()})
            self._write_derived(list(extraction_of.items()))
            for absorbed, survivor in result.merged_stories.items():
                con.execute("UPDATE articles SET story_id = ? WHERE story_id = ?", [survivor, absorbed])
            for moved_id, (_, new_story) in result.moved.items():
                con.execute("UPDATE articles SET story_id = ? WHERE article_id = ? OR duplicate_of = ?",
                            [result.final_story(new_story), moved_id, moved_id])
            store.save_state(con, STORY_STATE, self.clusterer.state())
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            self._load()  # forget the decisions of the batch that did not land
            raise
        self.warned_raw.difference_update(refreshed)
        self._pending_bodies.clear()  # landed: _body_of reads them from the warehouse from now on
        for absorbed, survivor in result.merged_stories.items():
            for aid, story in list(self.story_of.items()):
                if story == absorbed:
                    self.story_of[aid] = survivor
        return result

    def _write_derived(self, extractions: list[tuple[str, Extraction]]) -> None:
        """Entities (merged by id), mentions, quotes, summits, participants and facts of these articles."""
        con = self.con
        entities: dict[str, tuple[str, str, set[str]]] = {}
        mentions, quotes, summits, parts, facts = [], [], [], [], []
        for aid, ex in extractions:
            for e in ex.entities:
                kind, name, aliases = entities.get(e.key, (e.kind, e.name, set()))
                entities[e.key] = (kind, name, aliases | set(e.aliases))
            mentions += [(aid, m.entity_key, m.char_start, m.char_end) for m in ex.mentions]
            quotes += [(_quote_id(aid, q.char_start, q.char_end), aid, q.speaker_key, q.speaker, q.text,
                        q.char_start, q.char_end, q.sentence_start, q.sentence_end, q.kind) for q in ex.quotes]
            s = ex.summit
            summit_id = s.key if s else None
            if s:
                summits.append((aid, s.key, s.name, s.organization, s.city, s.country, s.start_date, s.end_date))
            parts += [(aid, summit_id, p.entity_key, p.name, p.role, p.affiliation) for p in ex.participants]
            facts += [(aid, f.key, summit_id, f.kind, f.statement, f.actor, f.action, f.object, f.char_start, f.char_end)
                      for f in ex.facts]
        if entities:
            ids = list(entities)
            existing = {r[0]: set(r[1] or []) for r in con.execute(
                "SELECT entity_id, aliases FROM entities WHERE entity_id IN (SELECT unnest(?))", [ids]).fetchall()}
            con.execute("DELETE FROM entities WHERE entity_id IN (SELECT unnest(?))", [ids])
            store.insert_rows(con, "entities", ["entity_id", "kind", "name", "aliases"],
                              [(k, kind, name, sorted(aliases | existing.get(k, set())))
                               for k, (kind, name, aliases) in sorted(entities.items())],
                              types={"aliases": pa.list_(pa.string())})
        store.insert_rows(con, "mentions", ["article_id", "entity_id", "char_start", "char_end"], mentions)
        store.insert_rows(con, "quotes", ["quote_id", "article_id", "speaker_id", "speaker", "text", "char_start",
                                          "char_end", "sentence_start", "sentence_end", "kind"], quotes)
        store.insert_rows(con, "article_summits", ["article_id", "summit_id", "name", "organization", "city",
                                                   "country", "start_date", "end_date"], summits)
        store.insert_rows(con, "article_participants", ["article_id", "summit_id", "entity_id", "name", "role",
                                                        "affiliation"], parts)
        store.insert_rows(con, "article_facts", ["article_id", "fact_id", "summit_id", "kind", "statement", "actor",
                                                 "action", "object", "char_start", "char_end"], facts)


ARTICLE_COLUMNS = [
    "article_id", "identity_key", "source", "url", "guid", "locator", "title", "authors", "contributors",
    "published_at", "published_source", "fetched_at", "landed_at", "site_name", "language", "body", "word_count",
    "content_hash", "raw_hash", "version", "story_id", "duplicate_of", "duplicate_kind", "duplicate_score",
    "removed", "run_id",
]
