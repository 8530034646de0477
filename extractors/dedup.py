"""Exact and near-duplicate detection: normalised content hash, MinHash signatures, LSH index.

Pure functions and one small in-memory class; nothing here touches DuckDB, the network or Prefect.

Canonical copy: the article that landed first (earliest arrival) is canonical. ``NearDuplicateIndex.find``
only ever returns an article that was added before, so the pipeline records "new article -> earlier
article" and never rewrites earlier rows. Every article, duplicate or not, should be ``add``-ed, so a
chain of light edits (A -> B -> C) is still caught; the canonical of C is the canonical of the match.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable

import numpy as np

__all__ = [
    "normalize_text",
    "content_hash",
    "tokenize",
    "shingles",
    "shingle_array",
    "jaccard",
    "minhash_signature",
    "signature_to_bytes",
    "signature_from_bytes",
    "NearDuplicateIndex",
]

# Typographic punctuation that NFKC leaves alone, mapped to the ASCII a plain-text copy would use.
_PUNCT_MAP = (
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
        "\u2026": "...", "\u00a0": " ", "\u200b": "", "\u00ad": "", "\ufeff": "",
    }
)
# str.translate with a dict costs a dict lookup per character; a character class finds the few there are.
_PUNCT_RE = re.compile("[" + "".join(_PUNCT_MAP) + "]")
_WORD = re.compile(r"\w+")

# Fixed seed: signatures are stored as BLOBs and compared across runs, so the permutations never change.
_SEED = 0x6E657773  # "news"
_MAX_PERM = 1024
_rng = np.random.default_rng(_SEED)
_PERM_A = _rng.integers(1, 2**63, size=_MAX_PERM, dtype=np.uint64) * np.uint64(2) + np.uint64(1)  # odd
_PERM_B = _rng.integers(0, 2**63, size=_MAX_PERM, dtype=np.uint64)
_SHINGLE_MULT = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9,
                          0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53,
                          0x85EBCA77C2B2AE63, 0x27D4EB2F165667C5], dtype=np.uint64)


def _fold(text: str) -> str:
    """NFKC, typographic punctuation to ASCII, casefold: normalisation without the whitespace pass."""
    if not text:
        return ""
    if text.isascii():  # the common case: nothing to compose or translate, and much faster
        return text.lower()
    text = unicodedata.normalize("NFKC", text)
    return _PUNCT_RE.sub(lambda m: _PUNCT_MAP[m.group()], text).casefold()


def normalize_text(text: str) -> str:
    """NFKC, typographic quotes/dashes to ASCII, casefold, whitespace collapsed and stripped."""
    return " ".join(_fold(text).split())  # str.split and re's \\s agree on what is white space


def content_hash(text: str) -> str:
    """Sha256 hex digest of ``normalize_text(text)``: the key of exact copies."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()


def tokenize(text: str) -> list[str]:
    """Word tokens (``\\w+``) of the normalised text; punctuation is dropped so re-punctuated copies match."""
    return _WORD.findall(_fold(text))


# Tables for the vectorised token hash: which BMP code points are word characters (as ``\w``),
# and powers of an odd multiplier and of its inverse mod 2**64, grown on demand.
_IS_WORD = np.array([chr(i).isalnum() or i == 95 for i in range(0x10000)], dtype=bool)
_P = 0x100000001B3
_P_INV = pow(_P, -1, 2**64)
_POW_TABLES = (np.ones(1, dtype=np.uint64), np.ones(1, dtype=np.uint64))  # one tuple: thread-safe swap


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """First ``n`` powers of ``_P`` and of its inverse (uint64, wrapping)."""
    global _POW_TABLES
    pows, ipows = _POW_TABLES
    if len(pows) < n:
        size = max(n, 2 * len(pows), 1 << 16)
        with np.errstate(over="ignore"):
            p = np.empty(size, dtype=np.uint64)
            p[0] = 1
            p[1:] = np.cumprod(np.full(size - 1, _P, dtype=np.uint64))
            q = np.empty(size, dtype=np.uint64)
            q[0] = 1
            q[1:] = np.cumprod(np.full(size - 1, _P_INV, dtype=np.uint64))
        _POW_TABLES = pows, ipows = p, q
    return pows[:n], ipows[:n]


def _token_hashes(text: str) -> np.ndarray:
    """One uint64 hash per ``\\w+`` token of the folded text, computed without a Python loop.

    A prefix sum of ``c_i * P**i`` gives each token's polynomial hash from its two ends; multiplying by
    ``P**-start`` makes it independent of where the token sits.
    """
    cp = np.frombuffer(_fold(text).encode("utf-32-le"), dtype=np.uint32)
    n = len(cp)
    mask = np.zeros(n + 2, dtype=bool)
    bmp = cp < 0x10000
    mask[1:-1][bmp] = _IS_WORD[cp[bmp]]
    if not bmp.all():  # astral characters are rare: ask Python
        for i in np.flatnonzero(~bmp).tolist():
            mask[i + 1] = chr(int(cp[i])).isalnum()
    edges = np.diff(mask.view(np.int8))
    starts = np.flatnonzero(edges == 1)
    ends = np.flatnonzero(edges == -1)
    pows, ipows = _powers(n)
    prefix = np.zeros(n + 1, dtype=np.uint64)
    with np.errstate(over="ignore"):
        np.cumsum((cp.astype(np.uint64) + np.uint64(1)) * pows, out=prefix[1:])
        return (prefix[ends] - prefix[starts]) * ipows[starts]


def shingle_array(text: str, k: int = 5) -> np.ndarray:
    """Sorted unique 64-bit hashes of word ``k``-shingles, as a uint64 array (vectorised)."""
    th = _token_hashes(text)
    if len(th) == 0:
        return np.empty(0, dtype=np.uint64)
    k = max(1, min(k, len(_SHINGLE_MULT), len(th)))  # a very short text is one shingle of all its words
    n = len(th) - k + 1
    acc = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(k):
            acc ^= th[j : j + n] * _SHINGLE_MULT[j]
            acc = (acc << np.uint64(13)) | (acc >> np.uint64(51))
        acc *= np.uint64(0x94D049BB133111EB)
        acc ^= acc >> np.uint64(31)
    return np.unique(acc)


def shingles(text: str, k: int = 5) -> set[int]:
    """Hashed word ``k``-shingles (k at most 8) of the normalised text."""
    return set(shingle_array(text, k).tolist())


def jaccard(a: np.ndarray | set[int], b: np.ndarray | set[int]) -> float:
    """Exact Jaccard similarity of two shingle sets (sets or sorted unique arrays)."""
    if isinstance(a, set) or isinstance(b, set):
        a, b = set(a), set(b)
        union = len(a | b)
        return len(a & b) / union if union else 1.0
    if len(a) == 0 and len(b) == 0:
        return 1.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    return inter / (len(a) + len(b) - inter)


def _signature_of(sh: np.ndarray, num_perm: int) -> np.ndarray:
    """MinHash of a uint64 shingle array under ``num_perm`` multiply-add-shift hashes."""
    if num_perm > _MAX_PERM:
        raise ValueError(f"num_perm={num_perm} is above the supported {_MAX_PERM}; pick a smaller value")
    if len(sh) == 0:
        return np.full(num_perm, np.iinfo(np.uint32).max, dtype=np.uint32)
    with np.errstate(over="ignore"):
        h = np.multiply(_PERM_A[:num_perm, None], sh[None, :])
        h += _PERM_B[:num_perm, None]
    # The minimum of the full 64-bit value has the minimum top half; shift only the 128 winners.
    return (h.min(axis=1) >> np.uint64(32)).astype(np.uint32)


def minhash_from_shingles(shingle_hashes: np.ndarray, num_perm: int = 128) -> np.ndarray:
    """MinHash signature of an already computed ``shingle_array`` (the same value as ``minhash_signature``)."""
    return _signature_of(np.asarray(shingle_hashes, dtype=np.uint64), num_perm)


def shingles_to_bytes(shingle_hashes: np.ndarray) -> bytes:
    """Little-endian uint64 bytes of a shingle array (to ship it from a worker process)."""
    return np.asarray(shingle_hashes, dtype="<u8").tobytes()


def shingles_from_bytes(b: bytes) -> np.ndarray:
    """Inverse of ``shingles_to_bytes``."""
    return np.frombuffer(b, dtype="<u8").astype(np.uint64)


def minhash_signature(text: str, num_perm: int = 128) -> np.ndarray:
    """Deterministic MinHash signature (uint32, length ``num_perm``) of the text's word 5-shingles."""
    return _signature_of(shingle_array(text), num_perm)


def signature_to_bytes(sig: np.ndarray) -> bytes:
    """Little-endian uint32 bytes of a signature, for a BLOB column."""
    return np.asarray(sig, dtype="<u4").tobytes()


def signature_from_bytes(b: bytes) -> np.ndarray:
    """Inverse of ``signature_to_bytes``."""
    return np.frombuffer(b, dtype="<u4").astype(np.uint32)


class NearDuplicateIndex:
    """MinHash LSH over signatures, with an exact Jaccard check on the candidates.

    Banding uses rows of 5 (25 bands for 128 permutations): a pair at Jaccard 0.6 becomes a
    candidate with probability 0.87, at 0.8 with probability 0.99995. Candidates whose signature
    estimate is far below ``threshold`` are dropped; the rest are checked on exact shingles when the
    texts are available, else on the signature estimate. The index keeps signatures only, never
    texts, so its memory grows by roughly 0.6 kB per article.

    Canonical copy: ``find`` returns an earlier-added article; the earliest arrival of a group is
    canonical and earlier rows are never rewritten.

    Args:
        num_perm: signature length; must match the signatures given.
        threshold: minimum Jaccard on word 5-shingles to call two articles near-duplicates.
        rows_per_band: LSH band width; smaller finds more candidates at lower similarity.
        margin: candidates with a signature estimate below ``threshold - margin`` are skipped
            without an exact check (the estimate's standard error is ~0.035 at 128 permutations).
    """

    def __init__(self, num_perm: int = 128, threshold: float = 0.8, rows_per_band: int = 5,
                 margin: float = 0.2):
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {threshold}")
        if rows_per_band < 1 or rows_per_band > num_perm:
            raise ValueError(f"rows_per_band must be in [1, num_perm={num_perm}], got {rows_per_band}")
        self.num_perm = num_perm
        self.threshold = threshold
        self.rows = rows_per_band
        self.bands = num_perm // rows_per_band
        self.margin = margin
        self._ids: list[str] = []
        self._sigs = np.empty((0, num_perm), dtype=np.uint32)
        self._n = 0
        self._buckets: list[dict[int, int | list[int]]] = [{} for _ in range(self.bands)]
        rng = np.random.default_rng(_SEED + 1)
        self._band_mult = rng.integers(1, 2**63, size=rows_per_band, dtype=np.uint64) | np.uint64(1)

    def __len__(self) -> int:
        """Number of articles added."""
        return self._n

    def _band_keys(self, sig: np.ndarray) -> list[int]:
        """One 64-bit key per band, folding the band's rows together."""
        sig = np.asarray(sig, dtype=np.uint32)
        if sig.shape != (self.num_perm,):
            raise ValueError(f"signature has shape {sig.shape}, the index expects ({self.num_perm},)")
        bands = sig[: self.bands * self.rows].reshape(self.bands, self.rows).astype(np.uint64)
        with np.errstate(over="ignore"):
            keys = (bands * self._band_mult).sum(axis=1) ^ (bands[:, 0] << np.uint64(32))
        return keys.tolist()

    def add(self, article_id: str, signature: np.ndarray) -> None:
        """Index one article's signature."""
        keys = self._band_keys(signature)
        idx = self._n
        if idx == len(self._sigs):  # amortised growth of the signature matrix
            grown = np.empty((max(1024, 2 * len(self._sigs)), self.num_perm), dtype=np.uint32)
            grown[:idx] = self._sigs[:idx]
            self._sigs = grown
        self._sigs[idx] = signature
        self._ids.append(article_id)
        self._n += 1
        for bucket, key in zip(self._buckets, keys):
            hit = bucket.get(key)
            if hit is None:
                bucket[key] = idx
            elif isinstance(hit, list):
                hit.append(idx)
            else:
                bucket[key] = [hit, idx]

    def candidates(self, signature: np.ndarray) -> list[tuple[str, float]]:
        """LSH candidates with their signature Jaccard estimate, best first."""
        found: set[int] = set()
        for bucket, key in zip(self._buckets, self._band_keys(signature)):
            hit = bucket.get(key)
            if hit is None:
                continue
            if isinstance(hit, list):
                found.update(hit)
            else:
                found.add(hit)
        if not found:
            return []
        idx = np.fromiter(found, dtype=np.int64, count=len(found))
        est = (self._sigs[idx] == np.asarray(signature, dtype=np.uint32)).mean(axis=1)
        order = np.argsort(-est, kind="stable")
        return [(self._ids[i], float(e)) for i, e in zip(idx[order].tolist(), est[order].tolist())]

    def find(self, signature: np.ndarray, text: str | None = None,
             text_of: Callable[[str], str | None] | None = None, *,
             shingles: np.ndarray | None = None,
             shingles_of: Callable[[str], np.ndarray | None] | None = None) -> tuple[str, float] | None:
        """An earlier near-duplicate ``(article_id, jaccard)`` at or above ``threshold``, or None.

        Candidates are tried in order of their signature estimate and the first one whose score clears
        the threshold is returned, so a probe costs one exact check when it has a copy however many
        copies of that text the index holds (the cost per article stays flat as the index grows).

        Args:
            signature: the new article's ``minhash_signature``.
            text: the new article's body; with ``text_of`` it switches on the exact check.
            text_of: returns a candidate's body by id (None when unknown: the estimate is used).
            shingles: the new article's ``shingle_array``, if already computed (spares re-reading ``text``).
            shingles_of: returns a candidate's shingle array by id, or None to fall back on ``text_of``.
        """
        floor = self.threshold - self.margin
        mine = shingles
        exact = (text is not None or shingles is not None) and (text_of is not None or shingles_of is not None)
        for cand_id, est in self.candidates(signature):
            if est < floor:
                break
            score = est
            if exact:
                other = shingles_of(cand_id) if shingles_of is not None else None
                if other is None and text_of is not None:
                    body = text_of(cand_id)
                    other = shingle_array(body) if body is not None else None
                if other is not None:
                    if mine is None:
                        mine = shingle_array(text)
                    score = jaccard(mine, other)
            if score >= self.threshold:
                return cand_id, score
        return None
