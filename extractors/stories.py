"""Incremental story grouping: which articles report the same real-world event.

A story is a centroid, not a list of texts: the summed, L2-normalised term vectors of its articles
over a vocabulary hashed to a fixed dimension, plus summed entity vectors, its size and its time
span. A new article joins the most similar story when the similarity clears a threshold, starts a
new story otherwise, and merges two stories when it clears the threshold for both (it bridges them).

Similarity mixes three signals:
  * lexical: cosine of the article's TF-IDF vector and the story centroid, IDF from document
    frequencies counted as articles arrive (bounded: one counter per hashed dimension);
  * entities: cosine of entity vectors (``StoryInput.entities`` when given, else capitalised
    tokens and multi-word names, plus four-digit years, which tell apart recurring events);
  * time: when both sides have dates, the score is scaled down with the distance from the story's
    time span, so the same kind of event a year later starts a new story.

All hashing is deterministic (crc32), so the same inputs in the same order give the same ids.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import re
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone

import numpy as np

from extractors.dedup import normalize_text

__all__ = ["StoryInput", "StoryAssignment", "StoryClusterer", "story_id_for"]


@dataclass(frozen=True)
class StoryInput:
    """One article as the clusterer sees it."""

    article_id: str
    title: str
    body: str
    published_at: datetime | None
    entities: tuple[str, ...] = ()  # entity keys from the facts stage; empty -> heuristic


@dataclass(frozen=True)
class StoryAssignment:
    """Where an article went: its story, and the stories it caused to be absorbed into it."""

    story_id: str
    merged: tuple[str, ...] = ()


_STOP = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my myself no nor not now of off on once only or other our ours ourselves out over own said same
    she should so some such than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves says say told according new one two three year years day
    days time week last first also like get got may might must us mr mrs ms just still back well even
    many much make made way since around however""".split()
) | frozenset(  # dateline and timestamp words: every article has them, they say nothing about the event
    """january february march april may june july august september october november december jan feb mar
    apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue
    wed thu fri sat sun today yesterday tomorrow am pm gmt utc edt est pdt pst cdt cst bst et pt updated
    posted published am pm st nd rd th""".split()
)
_TOKEN = re.compile(r"[^\W\d_][\w'-]*[^\W_]|[^\W\d_]|\d[\d.,]*\d|\d")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b((?:[A-Z][\w'-]*[a-z][\w'-]*|[A-Z]{2,})(?:\s+(?:[A-Z][\w'-]*|of|de|al|van|von)){0,3})")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_SENT_START = re.compile(r"(?:^|[.!?\"']\s+|\n)([A-Z][\w'-]*)")


def story_id_for(article_id: str) -> str:
    """Deterministic story id derived from the id of the story's first article."""
    return "story-" + hashlib.blake2b(article_id.encode("utf-8"), digest_size=8).hexdigest()


def _hash(token: str, dim: int) -> int:
    """Deterministic bucket of a token in ``[0, dim)``."""
    return zlib.crc32(token.encode("utf-8")) % dim


def _sparse(counts: dict[int, float]) -> tuple[np.ndarray, np.ndarray]:
    """Dict of dimension -> weight as sorted (int64 dims, float64 values)."""
    if not counts:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float64)
    dims = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    vals = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
    order = np.argsort(dims)
    return dims[order], vals[order]


def _unit(vals: np.ndarray) -> np.ndarray:
    """L2-normalised copy (zero vector stays zero)."""
    n = float(np.sqrt((vals * vals).sum()))
    return vals / n if n > 0 else vals


def _dot(ad: np.ndarray, av: np.ndarray, bd: np.ndarray, bv: np.ndarray) -> float:
    """Dot product of two sorted sparse vectors."""
    _, ia, ib = np.intersect1d(ad, bd, assume_unique=True, return_indices=True)
    return float((av[ia] * bv[ib]).sum()) if len(ia) else 0.0


@dataclass
class _Story:
    """Centroid state of one story."""

    story_id: str
    size: int
    term_dims: np.ndarray  # sum of the members' unit TF vectors (sparse, sorted dims)
    term_vals: np.ndarray
    ent_dims: np.ndarray  # sum of the members' unit entity vectors
    ent_vals: np.ndarray
    first: float | None = None  # publication time span (POSIX seconds) of members with dates
    last: float | None = None
    extra: dict = field(default_factory=dict)


def _add_sparse(ad, av, bd, bv, cap: int):
    """Sum of two sparse vectors, keeping the ``cap`` heaviest dimensions (bounded state)."""
    dims = np.concatenate([ad, bd])
    vals = np.concatenate([av, bv])
    u, inv = np.unique(dims, return_inverse=True)
    out = np.zeros(len(u), dtype=np.float64)
    np.add.at(out, inv, vals)
    if len(u) > cap:
        keep = np.sort(np.argpartition(-out, cap)[:cap])
        u, out = u[keep], out[keep]
    return u, out


def _timestamp(dt: datetime | None) -> float | None:
    """POSIX seconds, naive datetimes taken as UTC."""
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.timestamp()


class StoryClusterer:
    """Incremental story assignment over hashed TF-IDF centroids, entities and time.

    Args:
        threshold: minimum combined similarity to join a story.
        merge_threshold: minimum similarity to a second story for the article to merge the two.
        dim: size of the hashed vocabulary (bounds the document-frequency table).
        entity_weight: share of the entity cosine in the combined similarity.
        time_scale_days: distance (days) outside a story's span at which the score is halved.
        max_terms: dimensions kept per centroid (bounds the state per story).
    """

    def __init__(self, threshold: float = 0.3, merge_threshold: float | None = None, dim: int = 1 << 18,
                 entity_weight: float = 0.4, time_scale_days: float = 3.0, max_terms: int = 400,
                 title_weight: float = 2.0, linkage: str = "average",
                 lead_words: int = 40, story_merge_threshold: float | None = None):
        self.threshold = threshold
        self.merge_threshold = threshold if merge_threshold is None else merge_threshold
        self.dim = dim
        self.entity_weight = entity_weight
        self.time_scale_days = time_scale_days
        self.max_terms = max_terms
        self.title_weight = title_weight
        self.linkage = linkage
        self.lead_words = lead_words
        self.story_merge_threshold = story_merge_threshold
        self.df = np.zeros(dim, dtype=np.int32)
        self.n_docs = 0
        self.stories: dict[str, _Story] = {}

    # -- features -------------------------------------------------------------------------------
    def _terms(self, doc: StoryInput) -> dict[int, float]:
        """Sublinear TF of content words (title counted ``title_weight`` times), hashed."""
        counts: dict[int, float] = {}
        for text, w in ((doc.title or "", self.title_weight), (doc.body or "", 1.0)):
            for tok in _TOKEN.findall(normalize_text(text)):
                if tok in _STOP or len(tok) < 2 or (tok[0].isdigit() and not _YEAR.fullmatch(tok)):
                    continue  # bare numbers are mostly times and dates; years are kept
                h = _hash(tok, self.dim)
                counts[h] = counts.get(h, 0.0) + w
        return {h: 1.0 + math.log(c) for h, c in counts.items()}

    def _entities(self, doc: StoryInput) -> dict[int, float]:
        """Entity keys (given or guessed from capitalisation) and years, hashed, sublinear counts."""
        counts: dict[str, float] = {}
        if doc.entities:
            for key in doc.entities:
                counts[key] = counts.get(key, 0.0) + 1.0
        else:
            # Names in the headline and lead say who the story is about; later ones are background.
            text = f"{doc.title or ''}\n{' '.join((doc.body or '').split(' ')[: self.lead_words])}"
            starts = {m.group(1) for m in _SENT_START.finditer(text)}
            for m in _NAME.finditer(text):
                name = m.group(1)
                if name in starts and " " not in name:
                    continue  # a lone capitalised sentence opener is usually not a name
                low = name.lower()
                if low in _STOP:
                    continue
                counts["e:" + low] = counts.get("e:" + low, 0.0) + 1.0
                for part in low.split()[1:]:  # "Joe Biden" also counts as "biden" for later mentions
                    if part not in _STOP and len(part) > 2:
                        counts["e:" + part] = counts.get("e:" + part, 0.0) + 0.5
        lead = f"{doc.title or ''}\n{' '.join((doc.body or '').split(' ')[: self.lead_words])}"
        for y in _YEAR.findall(lead):
            counts["y:" + y] = counts.get("y:" + y, 0.0) + 1.0
        out: dict[int, float] = {}
        for key, c in counts.items():
            h = _hash(key, self.dim)
            out[h] = out.get(h, 0.0) + 1.0 + math.log(c)
        return out

    def _idf(self, dims: np.ndarray) -> np.ndarray:
        """Smoothed IDF of the given dimensions under the current document frequencies."""
        return np.log((self.n_docs + 1.0) / (self.df[dims] + 1.0)) + 1.0

    # -- scoring --------------------------------------------------------------------------------
    def _cosines(self, stories: list[_Story], kind: str, dims: np.ndarray, vals: np.ndarray) -> np.ndarray:
        """Cosine of one IDF-weighted unit vector with every story's IDF-weighted centroid, vectorised."""
        n = len(stories)
        if n == 0 or len(dims) == 0:
            return np.zeros(n)
        all_dims = np.concatenate([getattr(s, f"{kind}_dims") for s in stories])
        all_vals = np.concatenate([getattr(s, f"{kind}_vals") for s in stories])
        owner = np.repeat(np.arange(n), [len(getattr(s, f"{kind}_dims")) for s in stories])
        if self.linkage == "average":
            # Members were added as unit TF-IDF vectors: dot / size is their mean cosine with the article.
            weighted = all_vals
            norms = np.array([s.size for s in stories], dtype=np.float64)
        else:
            weighted = all_vals * self._idf(all_dims)
            norms = np.sqrt(np.bincount(owner, weights=weighted * weighted, minlength=n))
        pos = np.searchsorted(dims, all_dims)
        pos[pos == len(dims)] = 0
        doc = np.where(dims[pos] == all_dims, vals[pos], 0.0)
        dots = np.bincount(owner, weights=weighted * doc, minlength=n)
        return np.divide(dots, norms, out=np.zeros(n), where=norms > 0)

    def _scores(self, stories: list[_Story], td, tv, ed, ev, ts: float | None) -> np.ndarray:
        """Combined similarity of an article (IDF-weighted unit vectors) with each story."""
        lex = self._cosines(stories, "term", td, tv)
        if len(ed):
            ent = self._cosines(stories, "ent", ed, ev)
            has_ent = np.array([len(s.ent_dims) > 0 for s in stories], dtype=bool)
            score = np.where(has_ent, (1.0 - self.entity_weight) * lex + self.entity_weight * ent, lex)
        else:
            score = lex
        if ts is not None:
            for i, s in enumerate(stories):
                if s.first is not None:
                    gap = max(0.0, s.first - ts, ts - s.last) / 86400.0
                    score[i] *= 1.0 / (1.0 + gap / self.time_scale_days)
        return score

    def observe(self, doc: StoryInput) -> None:
        """Count an article's terms in the document frequencies without assigning it to a story.

        Use it to warm the IDF on a background sample before the first run; later runs inherit
        the frequencies through ``state()``.
        """
        td, _ = _sparse(self._terms(doc))
        ed, _ = _sparse(self._entities(doc))
        self.n_docs += 1
        self.df[td] += 1
        self.df[ed] += 1

    def assign(self, doc: StoryInput) -> StoryAssignment:
        """Place one article into a story (new, existing, or a merge of several).

        Args:
            doc: the article; ``published_at`` may be None (then time is ignored).

        Returns:
            The story id and the ids of stories this article merged into it.
        """
        terms = self._terms(doc)
        ents = self._entities(doc)
        td, tv_raw = _sparse(terms)
        ed, ev_raw = _sparse(ents)
        # Document frequencies are updated first so that a term seen for the first time is rare.
        self.n_docs += 1
        self.df[td] += 1
        self.df[ed] += 1
        tv = _unit(tv_raw * self._idf(td))
        ev = _unit(ev_raw * self._idf(ed))
        ts = _timestamp(doc.published_at)

        stories = list(self.stories.values())
        scores = self._scores(stories, td, tv, ed, ev, ts)
        scored = sorted(zip(scores.tolist(), (s.story_id for s in stories)), key=lambda x: (-x[0], x[1]))
        hits = [sid for score, sid in scored if score >= self.threshold]
        if not hits:
            sid = story_id_for(doc.article_id)
            self.stories[sid] = _Story(sid, 0, td[:0], tv[:0], ed[:0], ev[:0])
            target, merged = sid, ()
        else:
            target = hits[0]
            merged = tuple(sid for score, sid in scored[1:] if score >= self.merge_threshold)
        story = self.stories[target]
        for sid in merged:
            self._absorb(story, self.stories.pop(sid))
        avg = self.linkage == "average"
        story.term_dims, story.term_vals = _add_sparse(story.term_dims, story.term_vals, td,
                                                       tv if avg else _unit(tv_raw), self.max_terms)
        story.ent_dims, story.ent_vals = _add_sparse(story.ent_dims, story.ent_vals, ed,
                                                     ev if avg else _unit(ev_raw), self.max_terms)
        story.size += 1
        if ts is not None:
            story.first = ts if story.first is None else min(story.first, ts)
            story.last = ts if story.last is None else max(story.last, ts)
        if avg and self.story_merge_threshold is not None and story.size > 1:
            merged += self._merge_close_stories(story)
        return StoryAssignment(target, merged)

    def _merge_close_stories(self, story: _Story) -> tuple[str, ...]:
        """Absorb every story whose average link with the grown ``story`` clears the threshold.

        This is one step of average-linkage agglomeration, run where the grouping just changed; it
        makes the final grouping depend less on arrival order.
        """
        others = [s for s in self.stories.values() if s.story_id != story.story_id]
        if not others:
            return ()
        lex = self._cosines(others, "term", story.term_dims, story.term_vals) / story.size
        if len(story.ent_dims):
            ent = self._cosines(others, "ent", story.ent_dims, story.ent_vals) / story.size
            has_ent = np.array([len(s.ent_dims) > 0 for s in others], dtype=bool)
            score = np.where(has_ent, (1.0 - self.entity_weight) * lex + self.entity_weight * ent, lex)
        else:
            score = lex
        for i, s in enumerate(others):
            if s.first is not None and story.first is not None:
                gap = max(0.0, s.first - story.last, story.first - s.last) / 86400.0
                score[i] *= 1.0 / (1.0 + gap / self.time_scale_days)
        close = sorted(s.story_id for s, sc in zip(others, score.tolist()) if sc >= self.story_merge_threshold)
        for sid in close:
            self._absorb(story, self.stories.pop(sid))
        return tuple(close)

    def _absorb(self, into: _Story, other: _Story) -> None:
        """Fold ``other``'s centroid into ``into``."""
        into.term_dims, into.term_vals = _add_sparse(into.term_dims, into.term_vals, other.term_dims,
                                                     other.term_vals, self.max_terms)
        into.ent_dims, into.ent_vals = _add_sparse(into.ent_dims, into.ent_vals, other.ent_dims,
                                                   other.ent_vals, self.max_terms)
        into.size += other.size
        for t in (other.first, other.last):
            if t is not None:
                into.first = t if into.first is None else min(into.first, t)
                into.last = t if into.last is None else max(into.last, t)

    # -- persistence ----------------------------------------------------------------------------
    _PARAMS = ("threshold", "merge_threshold", "dim", "entity_weight", "time_scale_days", "max_terms",
               "title_weight", "linkage", "lead_words",
               "story_merge_threshold")

    def state(self) -> bytes:
        """Compact serialisation (parameters, document frequencies, centroids; no texts, no pickle)."""
        stories = list(self.stories.values())
        meta = {
            "version": 1,
            "params": {p: getattr(self, p) for p in self._PARAMS},
            "n_docs": self.n_docs,
            "stories": [[s.story_id, s.size, s.first, s.last] for s in stories],
        }
        arrays = {"meta": np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8)}
        nz = np.flatnonzero(self.df)
        arrays["df_dims"], arrays["df_vals"] = nz.astype(np.int64), self.df[nz]
        for name in ("term", "ent"):
            d = [getattr(s, f"{name}_dims") for s in stories]
            v = [getattr(s, f"{name}_vals") for s in stories]
            arrays[f"{name}_len"] = np.array([len(x) for x in d], dtype=np.int64)
            arrays[f"{name}_dims"] = np.concatenate(d).astype(np.int32) if d else np.empty(0, np.int32)
            arrays[f"{name}_vals"] = np.concatenate(v).astype(np.float64) if v else np.empty(0, np.float64)
        buf = io.BytesIO()
        np.savez_compressed(buf, **arrays)
        return buf.getvalue()

    @classmethod
    def from_state(cls, b: bytes) -> StoryClusterer:
        """Rebuild a clusterer from ``state()`` bytes; it continues exactly where it stopped."""
        with np.load(io.BytesIO(b), allow_pickle=False) as z:
            meta = json.loads(z["meta"].tobytes().decode("utf-8"))
            if meta.get("version") != 1:
                raise ValueError(f"unknown story state version {meta.get('version')}; rebuild the state")
            self = cls(**meta["params"])
            self.n_docs = meta["n_docs"]
            self.df[z["df_dims"]] = z["df_vals"]
            parts = {}
            for name in ("term", "ent"):
                bounds = np.concatenate([[0], np.cumsum(z[f"{name}_len"])])
                dims, vals = z[f"{name}_dims"].astype(np.int64), z[f"{name}_vals"].astype(np.float64)
                parts[name] = [(dims[a:e], vals[a:e]) for a, e in zip(bounds[:-1], bounds[1:])]
        for i, (sid, size, first, last) in enumerate(meta["stories"]):
            (tdm, tvl), (edm, evl) = parts["term"][i], parts["ent"][i]
            self.stories[sid] = _Story(sid, size, tdm, tvl, edm, evl, first, last)
        return self
