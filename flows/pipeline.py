"""The ingest pipeline as plain functions: sources -> process (CPU) -> land (warehouse) -> summary.

``flows/ingest.py`` wraps the batch steps in Prefect tasks; ``run_ingest`` also runs without Prefect
(ad hoc runs with no server configured), so both paths share every line of logic here.
"""

from __future__ import annotations

import os
import sys
import time
import uuid
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from extractors.models import RawDocument
from extractors.process import ExtractionFailure, ProcessedDoc, process_document, raw_hash
from flows.config import ConfigError, FeedSpec, load_feeds
from flows.sources import KnownInput, SourceContext, SourceFailure, get_source_class
from warehouse import store
from warehouse.articles import ArticleWriter, BatchResult, Landed

# Documents per processing/landing batch: each landing transaction also saves the story clusterer's state
# (0.5-8 MB), so bigger batches cost the writer less per page (landing 4.1 -> 2.8 ms/page at 2,000 pages).
BATCH_SIZE = 192
Failure = tuple[str, str, str, str]  # (source, locator, stage, error)


@dataclass
class ProcessResult:
    """The CPU stage's output for a batch: processed documents and per-document failures."""

    docs: list[ProcessedDoc] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    seconds: float = 0.0  # CPU-stage time spent on this batch, wherever it ran
    cpu: float = 0.0  # CPU seconds of the process(es) that ran it, for the same span
    failed_inputs: dict[str, str] = field(default_factory=dict)  # locator -> raw hash, deterministic failures only


@dataclass
class RunSummary:
    """What a run did, for the terminal, the runs table and Prefect artifacts."""

    run_id: str
    warehouse: str
    sources: list[str]
    counts: Counter = field(default_factory=Counter)
    failures: list[Failure] = field(default_factory=list)
    warnings: list[Failure] = field(default_factory=list)  # landed, but a stage failed (e.g. facts)
    landed: list[Landed] = field(default_factory=list)
    per_feed: dict[str, Counter] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    status: str = "completed"
    stages: dict[str, float] = field(default_factory=dict)  # seconds: startup, load, process, process_cpu, wait, land

    def as_dict(self) -> dict:
        """A JSON-friendly view (the flow's return value)."""
        return {
            "run_id": self.run_id, "warehouse": self.warehouse, "status": self.status, "sources": self.sources,
            "counts": dict(self.counts), "totals": self.totals, "seconds": round(self.seconds, 3), "stages": self.stages,
            "failures": [dict(zip(("source", "locator", "stage", "error"), f)) for f in self.failures],
            "warnings": [dict(zip(("source", "locator", "stage", "error"), f)) for f in self.warnings],
        }

    def _listing(self, name: str, note: str, items: list[Failure], shown: int = 10) -> list[str]:
        """Summary lines for failures or warnings: a header, the first ``shown``, and how to see the rest."""
        if not items:
            return []
        lines = [f"  {name} ({len(items)}; {note}):"]
        lines += [f"    - [{stage}] {locator}: {error}" for _, locator, stage, error in items[:shown]]
        if len(items) > shown:
            lines.append(f"    ... and {len(items) - shown} more: newsflow sql \"SELECT * FROM ingest_errors "
                         f"WHERE run_id = '{self.run_id}'\"")
        return lines

    def render(self) -> str:
        """The readable summary printed at the end of a run."""
        c = self.counts
        lines = [
            f"newsflow ingest: run {self.run_id} {self.status} in {self.seconds:.1f} s",
            f"  articles: {c['new']} new, {c['updated']} updated, {c['unchanged']} unchanged, "
            f"{c['duplicate']} duplicate, {c['failed']} failed",
            f"  warehouse now holds: {self.totals.get('articles', 0)} articles in {self.totals.get('stories', 0)} "
            f"stories, {self.totals.get('quotes', 0)} quotes, {self.totals.get('facts', 0)} facts, "
            f"{self.totals.get('summits', 0)} summits",
        ]
        if c["refreshed"]:
            lines.insert(2, f"  re-extracted the facts of {c['refreshed']} article(s) that had landed without them")
        if c["failed_before"]:
            lines.insert(2, f"  skipped {c['failed_before']} input(s) that failed before with the same bytes "
                            "(see ingest_errors; --retry-failed tries them again)")
        if len(self.per_feed) > 1:
            for feed, fc in self.per_feed.items():
                lines.append(f"  [{feed}] {fc['new']} new, {fc['unchanged']} unchanged, {fc['duplicate']} duplicate, "
                             f"{fc['failed']} failed")
        lines += self._listing("failures", "all in table ingest_errors", self.failures)
        lines += self._listing("warnings", "landed, but a stage failed; in table ingest_errors", self.warnings)
        lines.append(f"  warehouse: {self.warehouse}")
        if self.stages and self.seconds >= 10:  # where a long run went (CPU is summed over parallel workers)
            st = self.stages
            lines.append(f"  time: startup {st['startup']:.1f} s, reading {st['load']:.1f} s, CPU stages "
                         f"{st['process']:.1f} s ({st['process_cpu']:.1f} CPU-s), waiting for them {st['wait']:.1f} s, "
                         f"landing {st['land']:.1f} s")
        return "\n".join(lines)


def resolve_sources(args: Sequence[str], feeds_file: str | Path) -> list[FeedSpec]:
    """Turn SOURCE arguments (files, folders, URLs, feed names) into FeedSpecs; none means every enabled feed."""
    feeds_path = Path(feeds_file)
    feeds = load_feeds(feeds_path) if feeds_path.exists() or not args else {}
    if not args:
        enabled = [f for f in feeds.values() if f.enabled]
        if not enabled:
            raise ConfigError(f"{feeds_path} has no enabled feed; add a [[feed]] or name a SOURCE")
        return enabled
    specs = []
    for arg in args:
        if arg in feeds:
            specs.append(feeds[arg])
        elif arg.startswith(("http://", "https://")):
            kind = "sitemap" if "sitemap" in arg.lower() else "rss"
            specs.append(FeedSpec(name=arg, kind=kind, url=arg))
        elif os.path.exists(arg):
            path = str(Path(arg).resolve())
            same = [f for f in feeds.values() if f.kind == "local" and f.path and str(Path(f.path).resolve()) == path]
            specs.append(same[0] if same else FeedSpec(name=f"local:{arg}", kind="local", path=path))
        else:
            names = ", ".join(sorted(feeds)) or "none"
            raise ConfigError(f"unknown source {arg!r}: not a file, folder, http(s) URL or feed name (feeds in {feeds_path}: {names})")
    for spec in specs:
        get_source_class(spec.kind)  # fail before anything runs on an unknown kind
    return specs


def process_batch(raws: Sequence[RawDocument]) -> ProcessResult:
    """The CPU stages over a batch; a document that fails becomes a failure, never an exception."""
    out = ProcessResult()
    started, cpu_started = time.perf_counter(), time.process_time()
    for raw in raws:
        try:
            out.docs.append(process_document(raw))
        except ExtractionFailure as exc:  # the same bytes will fail the same way: remember them
            out.failures.append((raw.source, raw.locator, exc.stage, str(exc)))
            out.failed_inputs[raw.locator] = raw_hash(raw)
        except Exception as exc:  # a bug or garbage we did not foresee: record it, keep going
            out.failures.append((raw.source, raw.locator, "process", f"{type(exc).__name__}: {exc}"))
    out.seconds = time.perf_counter() - started
    out.cpu = time.process_time() - cpu_started
    return out


class _Ready:
    """A batch processed in-process, shaped like a future."""

    def __init__(self, value: ProcessResult):
        self.value = value

    def result(self) -> ProcessResult:
        """The ProcessResult, at once."""
        return self.value


def _land(writer: ArticleWriter, docs: Sequence[ProcessedDoc], failures: list[Failure]) -> BatchResult:
    """Land a batch in one transaction; if that fails, land its documents one by one so one bad row
    costs only itself (recorded as a ``land`` failure) and never the rest of the batch."""
    try:
        return writer.land(docs)
    except Exception:
        if len(docs) == 1:
            raise
    result = BatchResult()
    for doc in docs:
        try:
            one = writer.land([doc])
        except Exception as exc:
            failures.append((doc.source, doc.locator, "land", f"{type(exc).__name__}: {exc}"))
            continue
        result.landed += one.landed
        result.merged_stories.update(one.merged_stories)
    return result


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def warehouse_totals(con) -> dict[str, int]:
    """Row counts of the public tables, for the summary."""
    q = {
        "articles": "SELECT count(*) FROM articles",
        "independent": "SELECT count(*) FROM articles WHERE duplicate_of IS NULL",
        "stories": "SELECT count(*) FROM stories",
        "quotes": "SELECT count(*) FROM quotes",
        "facts": "SELECT count(*) FROM facts",
        "summits": "SELECT count(*) FROM summits",
        "errors": "SELECT count(*) FROM ingest_errors",
    }
    return {k: con.execute(sql).fetchall()[0][0] for k, sql in q.items()}


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def new_run_id() -> str:
    """A fresh run id (12 hex digits)."""
    return uuid.uuid4().hex[:12]


def run_ingest(
    specs: Sequence[FeedSpec],
    warehouse: str,
    *,
    allow_private_network: bool = False,
    lock_timeout: float = 60.0,
    batch_size: int = BATCH_SIZE,
    process: Callable[[Sequence[RawDocument]], ProcessResult] = process_batch,
    progress: Callable[[str], None] | None = _progress,
    on_batch: Callable[[BatchResult], None] | None = None,
    flow_run_id: str | None = None,
    on_feed: Callable[[str, Counter], None] | None = None,
    submit: Callable[[Sequence[RawDocument]], Any] | None = None,
    max_in_flight: int = 2,
    retry_failed: bool = False,
    run_id: str | None = None,
) -> RunSummary:
    """Ingest every source into the warehouse; item failures are recorded, never raised.

    Args:
        specs: the feeds to read (see ``resolve_sources``).
        warehouse: path of the DuckDB file (created and migrated if needed).
        allow_private_network: let http sources reach loopback/private addresses (tests, intranets).
        lock_timeout: seconds to wait for another writer to release the warehouse.
        batch_size: documents per processing/landing batch.
        process: the CPU stage over a batch (Prefect passes a task; a pool may run it in parallel).
        progress: where progress lines go (None for silence).
        on_batch: called after each landed batch (events, artifacts).
        flow_run_id: the Prefect flow run, recorded in ``runs``.
        on_feed: called with (feed name, its final counts) once each feed is done (events).
        submit: starts the CPU stage on a batch and returns a future (``.result()`` gives the ProcessResult):
            a ``flows.parallel`` processor, or a Prefect task's ``.submit``. Up to ``max_in_flight`` batches
            are then processed while the next files are read; they land in order. Overrides ``process``.
        max_in_flight: batches submitted but not yet landed (bounds memory: a batch's raw bytes and results).
        run_id: the id recorded in ``runs`` (default: a new random one).
        retry_failed: process again inputs whose exact bytes failed to decode/clean/extract in an earlier run
            (by default they are skipped and counted as ``failed_before``, so re-runs do not repeat errors),
            and extract again the facts of unchanged inputs that landed without facts (status ``refreshed``).
    """
    started = time.monotonic()
    stages = dict.fromkeys(("startup", "load", "process", "process_cpu", "wait", "land"), 0.0)
    summary = RunSummary(run_id=run_id or new_run_id(), warehouse=warehouse, sources=[s.name for s in specs])
    con = store.connect(warehouse, lock_timeout=lock_timeout)
    try:
        store.migrate(con)
        store.start_run(con, summary.run_id, summary.sources, flow_run_id)
        writer = ArticleWriter(con, summary.run_id)
        known_files = {} if retry_failed else store.load_input_files(con)  # --retry-failed reads every file
        stages["startup"] = time.monotonic() - started
        for spec in specs:
            fc = summary.per_feed.setdefault(spec.name, Counter())
            state = store.load_feed_state(con, spec.name)
            ctx = SourceContext(
                allow_private_network=allow_private_network or spec.allow_private_network,
                is_known=writer.knows, feed_state=state, user_agent=spec.user_agent,
                file_unchanged=lambda locator, size, mtime_ns: known_files.get(locator) == (size, mtime_ns),
            )
            file_stats: dict[str, tuple[int, int, str]] = {}  # local files read this run: size, mtime, hash
            feed_failures: list[Failure] = []
            feed_warnings: list[Failure] = []
            failed_inputs: dict[str, str] = {}
            in_flight: deque = deque()  # futures of submitted batches, landed oldest first

            def land_next() -> None:
                t0 = time.monotonic()
                processed = in_flight.popleft().result()
                t1 = time.monotonic()
                feed_failures.extend(processed.failures)
                failed_inputs.update(processed.failed_inputs)
                result = _land(writer, processed.docs, feed_failures)
                for d in processed.docs:
                    if d.warnings:  # remembered by their bytes, so that --retry-failed can extract them again
                        feed_warnings.extend((d.source, d.locator, "facts", w) for w in d.warnings)
                        failed_inputs[d.locator] = d.raw_hash
                stages["wait"] += t1 - t0
                stages["land"] += time.monotonic() - t1
                stages["process"] += processed.seconds
                stages["process_cpu"] += processed.cpu
                for landed in result.landed:
                    fc[landed.status] += 1
                summary.landed.extend(result.landed)
                if on_batch:
                    on_batch(result)
                if progress and (fc.total() >= batch_size or len(specs) > 1):
                    progress(f"[{spec.name}] {fc['new']} new, {fc['unchanged']} unchanged, "
                             f"{fc['duplicate']} duplicate, {len(feed_failures)} failed so far")

            try:
                source = get_source_class(spec.kind)(spec)
                batches = _batches(source.documents(ctx), batch_size)
                while True:
                    t0 = time.monotonic()
                    batch = next(batches, None)
                    if batch is None:
                        break
                    raws = []
                    for item in batch:
                        if isinstance(item, SourceFailure):
                            feed_failures.append((spec.name, item.locator, item.stage, item.error))
                        elif isinstance(item, KnownInput):  # same size and mtime as bytes that landed: not read
                            fc["unchanged"] += 1
                        else:
                            digest = raw_hash(item)
                            if item.stat is not None:
                                file_stats[item.locator] = (*item.stat, digest)
                            if writer.is_unchanged(item.locator, digest) and not (
                                    retry_failed and writer.landed_without_facts(item.locator, digest)):
                                fc["unchanged"] += 1
                                continue
                            if not retry_failed and writer.failed_before(item.locator, digest):
                                fc["failed_before"] += 1
                                continue
                            raws.append(item)
                    stages["load"] += time.monotonic() - t0
                    if not raws:
                        in_flight.append(_Ready(ProcessResult()))
                    elif submit is not None:
                        in_flight.append(submit(raws))
                    else:
                        in_flight.append(_Ready(process(raws)))
                    while len(in_flight) > (max_in_flight if submit is not None else 0):
                        land_next()
                while in_flight:
                    land_next()
            except Exception as exc:  # one feed failing never stops the others
                feed_failures.append((spec.name, spec.locator, "source", f"{type(exc).__name__}: {exc}"))
                while in_flight:  # batches already read still land
                    try:
                        land_next()
                    except Exception as exc2:
                        feed_failures.append((spec.name, spec.locator, "land", f"{type(exc2).__name__}: {exc2}"))
            fc["failed"] = len(feed_failures)
            # Files whose bytes are now in the warehouse (landed now or before): skipped unread next time.
            store.save_input_files(con, [(loc, size, mtime, digest) for loc, (size, mtime, digest) in file_stats.items()
                                         if writer.is_unchanged(loc, digest)], summary.run_id)
            summary.failures += feed_failures
            summary.warnings += feed_warnings
            store.record_errors(con, summary.run_id, feed_failures + feed_warnings, failed_inputs)
            store.save_feed_state(con, spec.name, ctx.feed_state, summary.run_id,
                                  "failed" if feed_failures and not fc["new"] + fc["unchanged"] else "ok",
                                  fc["new"], fc["failed"])
            summary.counts.update(fc)
            if on_feed:
                on_feed(spec.name, Counter(fc))
        summary.totals = warehouse_totals(con)
        counts = dict(summary.counts)
        counts.update(documents_seen=sum(counts.get(k, 0) for k in ("new", "updated", "unchanged", "duplicate",
                                                                     "refreshed", "failed")),
                      articles_new=counts.get("new", 0), articles_updated=counts.get("updated", 0),
                      articles_unchanged=counts.get("unchanged", 0), articles_duplicate=counts.get("duplicate", 0),
                      stories=summary.totals["stories"], quotes=summary.totals["quotes"], facts=summary.totals["facts"])
        summary.seconds = time.monotonic() - started
        summary.stages = {k: round(v, 3) for k, v in stages.items()}
        store.finish_run(con, summary.run_id, summary.status, counts)
    finally:
        con.close()
    return summary
