"""The process-pool processor: same rows as the serial run, failures kept per document, pool shut down."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pytest

from flows.cli import main
from flows.parallel import PoolProcessor, make_processor
from flows.pipeline import ProcessResult, process_batch, resolve_sources, run_ingest

ARTICLE_COLUMNS = "identity_key, locator, title, body, content_hash, raw_hash, duplicate_of, duplicate_kind, version"


def write_corpus(root: Path, seeds_dir: Path) -> Path:
    """A small folder: the two seeds, HTML pages made from their paragraphs, a copy, and a page with no article."""
    root.mkdir()
    paragraphs = []
    for seed in sorted(seeds_dir.glob("*.txt")):
        (root / seed.name).write_bytes(seed.read_bytes())
        paragraphs += [p.strip() for p in seed.read_text(encoding="utf-8").split("\n\n") if len(p.split()) > 25]
    assert len(paragraphs) >= 6, "the seeds changed: pick the test paragraphs another way"
    for i in range(8):
        body = "".join(f"<p>{paragraphs[(i + k) % len(paragraphs)]}</p>" for k in range(4))
        (root / f"page-{i:02d}.html").write_text(
            f"<html><head><title>Page {i}</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>Page {i}</h1>{body}</article><footer>Contact us</footer></body></html>",
            encoding="utf-8")
    (root / "page-08-copy.html").write_bytes((root / "page-03.html").read_bytes())
    (root / "page-04b-empty.html").write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    return root


@pytest.fixture
def corpus(tmp_path, seeds_dir) -> Path:
    return write_corpus(tmp_path / "corpus", seeds_dir)


def article_rows(warehouse: Path) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles ORDER BY locator").fetchall()
    finally:
        con.close()


def test_pool_lands_the_same_rows_as_the_serial_run(corpus, tmp_path):
    specs = resolve_sources([str(corpus)], tmp_path / "feeds.toml")
    serial = run_ingest(specs, str(tmp_path / "serial.duckdb"), batch_size=4, progress=None)
    with PoolProcessor(2, min_parallel=0, chunk_size=2) as pool:
        parallel = run_ingest(specs, str(tmp_path / "pool.duckdb"), batch_size=4, progress=None,
                              submit=pool.submit, max_in_flight=2)
        assert pool.pool is not None, "the pool never started: the test compared serial with serial"
    assert serial.counts == parallel.counts
    assert parallel.counts["new"] >= 8 and parallel.counts["duplicate"] >= 1
    assert [f[1:3] for f in serial.failures] == [f[1:3] for f in parallel.failures]
    rows = article_rows(tmp_path / "pool.duckdb")
    assert rows == article_rows(tmp_path / "serial.duckdb")
    assert len({r[4] for r in rows if r[6] is None}) == parallel.counts["new"]  # distinct content hashes


def test_a_failing_document_does_not_lose_its_chunk(corpus):
    files = sorted(corpus.glob("page-0[0-5]*.html"))
    assert any("empty" in f.name for f in files)
    raws = _read(files)
    with PoolProcessor(2, min_parallel=0, chunk_size=len(raws)) as pool:  # one chunk holds them all
        result = pool(raws)
    assert [d.locator for d in result.docs] == [r.locator for r in raws if "empty" not in r.locator]
    assert [(f[1], f[2]) for f in result.failures] == [(str(corpus / "page-04b-empty.html"), "clean")]
    assert [d.content_hash for d in result.docs] == [d.content_hash for d in process_batch(raws).docs]


def _read(files: list[Path]) -> list:
    from extractors.models import RawDocument

    return [RawDocument(source="test", locator=str(f), content=f.read_bytes(), content_type="text/html",
                        url=f.resolve().as_uri()) for f in files]


def crash_on_marked(raws) -> ProcessResult:
    """A chunk task whose worker dies on a document named *crash* (as on a segfault or an OOM kill)."""
    if any("crash" in r.locator for r in raws):
        os._exit(13)
    return process_batch(raws)


def test_a_dead_worker_becomes_failures_and_the_run_goes_on(corpus, tmp_path):
    (corpus / "page-00a-crash.html").write_bytes((corpus / "page-00.html").read_bytes())
    specs = resolve_sources([str(corpus)], tmp_path / "feeds.toml")
    with PoolProcessor(2, min_parallel=0, chunk_size=1, task=crash_on_marked) as pool:
        summary = run_ingest(specs, str(tmp_path / "w.duckdb"), batch_size=2, progress=None,
                             submit=pool.submit, max_in_flight=1)
    failed = {f[1]: f[3] for f in summary.failures}
    assert "worker failed" in failed[str(corpus / "page-00a-crash.html")]
    seen = sum(summary.counts[k] for k in ("new", "updated", "unchanged", "duplicate", "failed"))
    assert seen == len(list(corpus.iterdir()))
    assert summary.counts["new"] >= 1  # batches after the crash landed on a fresh pool


def test_close_shuts_the_pool_down(corpus):
    raws = _read(sorted(corpus.glob("page-0[0-3].html")))
    pool = PoolProcessor(2, min_parallel=0, chunk_size=1)
    assert len(pool(raws).docs) == 4
    processes = list(pool.pool._processes.values())
    assert processes
    pool.close()
    assert pool.pool is None
    for proc in processes:
        proc.join(timeout=10)
        assert not proc.is_alive()
    pool.close()  # twice is fine


def test_small_runs_stay_in_process(corpus):
    raws = _read(sorted(corpus.glob("page-0[0-1].html")))
    with PoolProcessor(2) as pool:  # default threshold: a couple of documents never start a pool
        assert len(pool(raws).docs) == 2
        assert pool.pool is None


def test_cli_workers_flag(corpus, tmp_path, capsys):
    assert make_processor(1) is None
    assert main(["ingest", str(corpus), "--warehouse", str(tmp_path / "cli.duckdb"), "--workers", "2", "-q"]) == 0
    assert "failed" in capsys.readouterr().out
    assert len(article_rows(tmp_path / "cli.duckdb")) == 11
