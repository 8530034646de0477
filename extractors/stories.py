"""Incremental story grouping: which articles report the same real-world event.

A story is a summed vector, not a list of texts: the sum of its articles' unit TF-IDF vectors over a
vocabulary hashed to a fixed dimension, the same for entities, plus its size and time span. A new
article joins the story with the highest mean similarity when that clears a threshold, starts a new
story otherwise, and merges two stories when it is close to both (it bridges them).

Similarity mixes three signals:
  * lexical: mean cosine of the article's TF-IDF vector with the story's members; IDF comes from
    document frequencies counted as articles arrive (one counter per hashed dimension);
  * entities: the same over entity keys (``StoryInput.entities`` when given, else capitalised names
    in the headline and lead, plus four-digit years, which tell recurring events apart);
  * time: when both sides have dates, the score shrinks with the distance from the story's span,
    so the same kind of event a year later starts a new story;
  * years named anywhere in the text (and in numeric dates such as 12/16/08): mean cosine with the
    story's members that name years, mixed in with ``year_weight`` (undated members are neutral).

A story whose members are tightly related asks more of a newcomer: the score needed to join is at
least ``cohesion_share`` times the story's mean pairwise similarity (computed from its sums).

All hashing is deterministic (crc32), so the same inputs in the same order give the same ids.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import re
import zlib
from dataclasses import dataclass
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
    """Where an article went: its story, the stories it caused to be absorbed into it, and earlier
    articles that the new evidence moved to another story (``(article_id, new story_id)`` pairs)."""

    story_id: str
    merged: tuple[str, ...] = ()
    moved: tuple[tuple[str, str], ...] = ()


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
_NAME = re.compile(  # up to four capitalised words ("Jens Stoltenberg", "Bank of England"), acronyms too
    r"(?<![.!?]\s)(?<!^)\b((?:[A-Z][\w'-]*[a-z][\w'-]*|[A-Z]{2,})(?:\s+(?:[A-Z][\w'-]*|of|de|al|van|von)){0,3})"
)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_NUM_DATE = re.compile(r"\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(\d{4}|\d{2})\b")  # 12/16/08, 14/09/2013
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


@dataclass
class _Story:
    """Centroid state of one story."""

    story_id: str
    size: int
    term_dims: np.ndarray  # sum of the members' unit TF-IDF vectors (sparse, sorted dims)
    term_vals: np.ndarray
    ent_dims: np.ndarray  # sum of the members' unit entity vectors
    ent_vals: np.ndarray
    first: float | None = None  # publication time span (POSIX seconds) of members with dates
    last: float | None = None
    seq: int = 0  # n_docs when the story last grew: recently touched stories are never pruned
    years: tuple[int, ...] = ()  # years named in the members' headlines and leads
    year_dims: np.ndarray | None = None  # sum of the members' unit year vectors (whole text)
    year_vals: np.ndarray | None = None
    year_n: int = 0  # members that name a year


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
    """Incremental story assignment over hashed TF-IDF, entities and publication time.

    Stories are kept as average-linkage centroids: the sum of their members' unit TF-IDF vectors
    (IDF as of each member's arrival), so ``dot(article, sum) / size`` is the article's mean cosine
    with the members, which, unlike the cosine with a centroid, does not favour large loose stories.
    Assign each article once; ids are deterministic (``story_id_for`` of a story's first article).

    Args:
        threshold: minimum combined similarity (mean cosine) to join a story.
        merge_threshold: similarity to a second story above which the article merges the two.
        dim: size of the hashed vocabulary (bounds the document-frequency table).
        entity_weight: share of the entity similarity in the combined score.
        time_grace_days: no time penalty within this distance of a story's span.
        time_scale_days: beyond the grace, the score is halved after this many more days.
        max_age_days: stories whose newest dated article is this much older than the newest
            dated article seen are dropped from the state (bounds it in a long-running stream).
        max_terms: dimensions kept per story vector (bounds the state per story).
        title_weight: how many times headline words count.
        lead_words: body words, after the headline, searched for names (the lead names the actors).
        year_penalty: factor on the score when either side is undated and the years named in the
            article's headline/lead and in the story's are disjoint (a stand-in for publication time).
            1.0 (off) by default: on ECB+ it helped one arrival order and hurt shuffled ones.
        keep_recent: stories grown within this many assignments are never pruned.
        year_weight: share of the text-year similarity in the score (0 turns it off).
        cohesion_share: a story of ``cohesion_min_size`` or more members needs at least this share of
            its own mean pairwise similarity to take an article (0 turns it off).
        idf_power: IDF exponent (>1 favours rarer terms); 1.0 by default.
        bigram_weight: weight of adjacent content-word pairs in the term vector (0, off, by default).
        story_merge_threshold: when set, after each assignment the grown story absorbs other stories
            whose average-linkage similarity to it clears this bar (reported in ``merged``); off by
            default (no gain on ECB+ shuffles for twice the time).
    """

    def __init__(self, threshold: float = 0.18, merge_threshold: float | None = 0.3, dim: int = 1 << 18,
                 entity_weight: float = 0.4, time_grace_days: float = 2.0, time_scale_days: float = 7.0,
                 max_age_days: float = 60.0, max_terms: int = 400, title_weight: float = 2.0,
                 lead_words: int = 40, year_penalty: float = 1.0, keep_recent: int = 1000,
                 year_weight: float = 0.1, cohesion_share: float = 0.6, cohesion_min_size: int = 3,
                 idf_power: float = 1.0, bigram_weight: float = 0.0,
                 story_merge_threshold: float | None = None):
        if not 0.0 < threshold < 1.0:
            raise ValueError(f"threshold must be in (0, 1), got {threshold}")
        self.threshold = threshold
        self.merge_threshold = threshold if merge_threshold is None else max(threshold, merge_threshold)
        self.dim = dim
        self.entity_weight = entity_weight
        self.time_grace_days = time_grace_days
        self.time_scale_days = time_scale_days
        self.max_age_days = max_age_days
        self.max_terms = max_terms
        self.title_weight = title_weight
        self.lead_words = lead_words
        self.year_penalty = year_penalty
        self.keep_recent = keep_recent
        self.year_weight = year_weight
        self.cohesion_share = cohesion_share
        self.cohesion_min_size = cohesion_min_size
        self.idf_power = idf_power
        self.bigram_weight = bigram_weight
        self.story_merge_threshold = story_merge_threshold
        self.df = np.zeros(dim, dtype=np.int32)
        self.n_docs = 0
        self.latest: float | None = None  # newest publication time seen (POSIX seconds)
        self.stories: dict[str, _Story] = {}

    # -- features -------------------------------------------------------------------------------
    def _terms(self, doc: StoryInput) -> dict[int, float]:
        """Sublinear TF of content words (title counted ``title_weight`` times), hashed."""
        counts: dict[int, float] = {}
        for text, w in ((doc.title or "", self.title_weight), (doc.body or "", 1.0)):
            prev = None
            for tok in _TOKEN.findall(normalize_text(text)):
                if tok in _STOP or len(tok) < 2 or (tok[0].isdigit() and not _YEAR.fullmatch(tok)):
                    prev = None  # bare numbers are mostly times and dates; years are kept
                    continue
                h = _hash(tok, self.dim)
                counts[h] = counts.get(h, 0.0) + w
                if prev is not None and self.bigram_weight > 0:  # adjacent content words: "bank robbery"
                    b = _hash(prev + " " + tok, self.dim)
                    counts[b] = counts.get(b, 0.0) + w * self.bigram_weight
                prev = tok
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

    def _text_years(self, doc: StoryInput) -> dict[int, float]:
        """Years named anywhere in the text (and in numeric dates), hashed, sublinear counts, unit norm.

        Reports of one event name the same year (its date, the dateline); a similar event in another
        year names another one.
        """
        text = f"{doc.title or ''}\n{doc.body or ''}"
        counts: dict[str, float] = {}
        for y in _YEAR.findall(text):
            counts[y] = counts.get(y, 0.0) + 1.0
        for m in _NUM_DATE.finditer(text):
            y = m.group(1)
            y = y if len(y) == 4 else ("20" + y if int(y) < 50 else "19" + y)
            if _YEAR.fullmatch(y):
                counts[y] = counts.get(y, 0.0) + 1.0
        return {_hash("yr:" + y, self.dim): 1.0 + math.log(c) for y, c in counts.items()}

    def _idf(self, dims: np.ndarray) -> np.ndarray:
        """Smoothed IDF of the given dimensions under the current document frequencies."""
        idf = np.log((self.n_docs + 1.0) / (self.df[dims] + 1.0)) + 1.0
        return idf if self.idf_power == 1.0 else idf ** self.idf_power

    # -- scoring --------------------------------------------------------------------------------
    def _cosines(self, stories: list[_Story], kind: str, dims: np.ndarray, vals: np.ndarray,
                 counts: np.ndarray | None = None) -> np.ndarray:
        """Mean cosine of one unit vector with every story's members, vectorised over all stories.

        ``counts`` are the members each sum is over (default: the story sizes).
        """
        n = len(stories)
        if n == 0 or len(dims) == 0:
            return np.zeros(n)
        all_dims = np.concatenate([getattr(s, f"{kind}_dims") for s in stories])
        all_vals = np.concatenate([getattr(s, f"{kind}_vals") for s in stories])
        owner = np.repeat(np.arange(n), [len(getattr(s, f"{kind}_dims")) for s in stories])
        # Members were added as unit TF-IDF vectors: dot / size is their mean cosine with the article.
        weighted = all_vals
        norms = np.array([s.size for s in stories], dtype=np.float64) if counts is None else counts
        pos = np.searchsorted(dims, all_dims)
        pos[pos == len(dims)] = 0
        doc = np.where(dims[pos] == all_dims, vals[pos], 0.0)
        dots = np.bincount(owner, weights=weighted * doc, minlength=n)
        return np.divide(dots, norms, out=np.zeros(n), where=norms > 0)

    def _lead_years(self, doc: StoryInput) -> tuple[int, ...]:
        """Years named in the headline and lead, sorted."""
        lead = f"{doc.title or ''}\n{' '.join((doc.body or '').split(' ')[: self.lead_words])}"
        return tuple(sorted({int(y) for y in _YEAR.findall(lead)}))

    def _scores(self, stories: list[_Story], td, tv, ed, ev, ts: float | None,
                years: tuple[int, ...] = (), yd=None, yv=None) -> np.ndarray:
        """Combined similarity of an article (IDF-weighted unit vectors) with each story."""
        lex = self._cosines(stories, "term", td, tv)
        if len(ed):
            ent = self._cosines(stories, "ent", ed, ev)
            has_ent = np.array([len(s.ent_dims) > 0 for s in stories], dtype=bool)
            score = np.where(has_ent, (1.0 - self.entity_weight) * lex + self.entity_weight * ent, lex)
        else:
            score = lex
        if yd is not None and len(yd) and self.year_weight > 0 and stories:
            # Year agreement over the members that name a year: pulls same-year reports together and
            # pushes a same-kind event of another year away; members without years are neutral.
            yn = np.array([s.year_n for s in stories], dtype=np.float64)
            ysim = self._cosines(stories, "year", yd, yv, yn)
            frac = yn / np.array([s.size for s in stories], dtype=np.float64)
            score = score + self.year_weight * frac * (ysim - score)
        if ts is not None:
            for i, s in enumerate(stories):
                if s.first is not None:
                    gap = max(0.0, s.first - ts, ts - s.last) / 86400.0 - self.time_grace_days
                    if gap > 0:  # the same kind of event a year later is a different story
                        score[i] *= 1.0 / (1.0 + gap / self.time_scale_days)
        if years:
            for i, s in enumerate(stories):
                if (ts is None or s.first is None) and s.years and not set(years) & set(s.years):
                    score[i] *= self.year_penalty
        return score

    def _cohesion(self, stories: list[_Story]) -> np.ndarray:
        """Mean pairwise similarity of each story's members (0 for single articles), from its sums.

        The members are unit vectors, so ``|sum|^2 = size + sum of pairwise cosines``.
        """
        size = np.array([s.size for s in stories], dtype=np.float64)
        pairs = size * (size - 1.0)
        out = np.zeros(len(stories))
        for kind, w in (("term", 1.0 - self.entity_weight), ("ent", self.entity_weight)):
            sq = np.array([float(np.dot(getattr(s, f"{kind}_vals"), getattr(s, f"{kind}_vals"))) for s in stories])
            out += w * np.divide(sq - size, pairs, out=np.zeros(len(stories)), where=pairs > 0)
        return out

    def _needed(self, stories: list[_Story], floor: float | None = None) -> np.ndarray:
        """Score an article needs to join each story: the threshold, raised for tight stories."""
        if not stories:
            return np.zeros(0)
        coh = self._cohesion(stories)
        size = np.array([s.size for s in stories])
        floor = self.threshold if floor is None else floor
        return np.where(size >= self.cohesion_min_size, np.maximum(floor, self.cohesion_share * coh), floor)

    def _prune(self, ts: float) -> None:
        """Forget stories dated ``max_age_days`` before the newest article that have not grown lately.

        The second condition keeps a backfill of old articles (arriving after newer ones) together.
        """
        self.latest = ts if self.latest is None else max(self.latest, ts)
        horizon = self.latest - self.max_age_days * 86400.0
        recent = self.n_docs - self.keep_recent
        for sid in [sid for sid, s in self.stories.items()
                    if s.last is not None and s.last < horizon and s.seq < recent]:
            del self.stories[sid]

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
        if ts is not None:
            self._prune(ts)

        stories = list(self.stories.values())
        years = self._lead_years(doc)
        yd, yv = _sparse(self._text_years(doc))
        yv = _unit(yv)
        scores = self._scores(stories, td, tv, ed, ev, ts, years, yd, yv)
        scored = sorted(zip(scores.tolist(), (s.story_id for s in stories)), key=lambda x: (-x[0], x[1]))
        need = self._needed(stories)
        need_of = {s.story_id: float(x) for s, x in zip(stories, need)}
        hits = [sid for score, sid in scored if score >= need_of[sid]]
        if not hits:
            sid = story_id_for(doc.article_id)
            self.stories[sid] = _Story(sid, 0, td[:0], tv[:0], ed[:0], ev[:0], year_dims=yd[:0], year_vals=yv[:0])
            target, merged = sid, ()
        else:
            target = hits[0]
            merged = tuple(sid for score, sid in scored[1:]
                           if sid != target and score >= max(self.merge_threshold, need_of[sid]))
        story = self.stories[target]
        for sid in merged:
            self._absorb(story, self.stories.pop(sid))
        story.term_dims, story.term_vals = _add_sparse(story.term_dims, story.term_vals, td, tv, self.max_terms)
        story.ent_dims, story.ent_vals = _add_sparse(story.ent_dims, story.ent_vals, ed, ev, self.max_terms)
        if len(yd):
            story.year_dims, story.year_vals = _add_sparse(story.year_dims, story.year_vals, yd, yv, self.max_terms)
            story.year_n += 1
        story.size += 1
        story.seq = self.n_docs
        story.years = tuple(sorted(set(story.years) | set(years)))[-8:]
        if ts is not None:
            story.first = ts if story.first is None else min(story.first, ts)
            story.last = ts if story.last is None else max(story.last, ts)
        if self.story_merge_threshold is not None:
            merged = merged + self._merge_pass(story)
        return StoryAssignment(target, merged)

    def _merge_pass(self, story: _Story) -> tuple[str, ...]:
        """Absorb into ``story`` the other stories whose members are, on average, close to its members.

        Average linkage between two stories comes from their sums: ``dot(sum_a, sum_b) / (n_a n_b)`` is
        the mean cosine over all cross pairs. Repeats with the grown story until nothing clears the bar.
        """
        absorbed: list[str] = []
        while True:
            others = [s for s in self.stories.values() if s is not story]
            if not others:
                break
            n = float(story.size)
            yd, yv = story.year_dims, story.year_vals
            yv = yv / story.year_n if story.year_n else yv[:0]
            yd = yd if story.year_n else yd[:0]
            scores = self._scores(others, story.term_dims, story.term_vals / n, story.ent_dims,
                                  story.ent_vals / n, None, (), yd, yv)
            need = self._needed(others, self.story_merge_threshold)
            ok = np.flatnonzero(scores >= need)
            if not len(ok):
                break
            best = max(ok.tolist(), key=lambda i: (scores[i], others[i].story_id))
            other = others[best]
            self._absorb(story, self.stories.pop(other.story_id))
            absorbed.append(other.story_id)
        return tuple(absorbed)

    def _absorb(self, into: _Story, other: _Story) -> None:
        """Fold ``other``'s centroid into ``into``."""
        into.term_dims, into.term_vals = _add_sparse(into.term_dims, into.term_vals, other.term_dims,
                                                     other.term_vals, self.max_terms)
        into.ent_dims, into.ent_vals = _add_sparse(into.ent_dims, into.ent_vals, other.ent_dims,
                                                   other.ent_vals, self.max_terms)
        into.year_dims, into.year_vals = _add_sparse(into.year_dims, into.year_vals, other.year_dims,
                                                     other.year_vals, self.max_terms)
        into.year_n += other.year_n
        into.size += other.size
        into.seq = max(into.seq, other.seq)
        into.years = tuple(sorted(set(into.years) | set(other.years)))[-8:]
        for t in (other.first, other.last):
            if t is not None:
                into.first = t if into.first is None else min(into.first, t)
                into.last = t if into.last is None else max(into.last, t)

    # -- persistence ----------------------------------------------------------------------------
    _PARAMS = ("threshold", "merge_threshold", "dim", "entity_weight", "time_grace_days", "time_scale_days",
               "max_age_days", "max_terms", "title_weight", "lead_words",
               "year_penalty", "keep_recent", "year_weight", "cohesion_share", "cohesion_min_size",
               "idf_power", "bigram_weight", "story_merge_threshold")

    def state(self) -> bytes:
        """Compact serialisation (parameters, document frequencies, centroids; no texts, no pickle)."""
        stories = list(self.stories.values())
        meta = {
            "version": 2,
            "params": {p: getattr(self, p) for p in self._PARAMS},
            "n_docs": self.n_docs,
            "latest": self.latest,
            "stories": [[s.story_id, s.size, s.first, s.last, s.seq, list(s.years), s.year_n] for s in stories],
        }
        arrays = {"meta": np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8)}
        nz = np.flatnonzero(self.df)
        arrays["df_dims"], arrays["df_vals"] = nz.astype(np.int64), self.df[nz]
        for name in ("term", "ent", "year"):
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
            version = meta.get("version")
            if version not in (1, 2):
                raise ValueError(f"unknown story state version {version}; rebuild the state")
            # Version 1 (no year vectors) loads with the old defaults for the new parameters.
            params = meta["params"] if version == 2 else {**meta["params"], "year_weight": 0.0,
                                                           "cohesion_share": 0.0, "idf_power": 1.0}
            self = cls(**params)
            self.n_docs = meta["n_docs"]
            self.latest = meta["latest"]
            self.df[z["df_dims"]] = z["df_vals"]
            parts = {}
            for name in ("term", "ent", "year"):
                if f"{name}_len" not in z:
                    parts[name] = [(np.empty(0, np.int64), np.empty(0, np.float64))] * len(meta["stories"])
                    continue
                bounds = np.concatenate([[0], np.cumsum(z[f"{name}_len"])])
                dims, vals = z[f"{name}_dims"].astype(np.int64), z[f"{name}_vals"].astype(np.float64)
                parts[name] = [(dims[a:e], vals[a:e]) for a, e in zip(bounds[:-1], bounds[1:])]
        for i, (sid, size, first, last, seq, years, *rest) in enumerate(meta["stories"]):
            (tdm, tvl), (edm, evl), (ydm, yvl) = parts["term"][i], parts["ent"][i], parts["year"][i]
            self.stories[sid] = _Story(sid, size, tdm, tvl, edm, evl, first, last, seq, tuple(years),
                                       ydm, yvl, rest[0] if rest else 0)
        return self
