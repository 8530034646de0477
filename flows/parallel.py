"""The CPU stages on every core (a process pool) or on a Dask cluster, one batch at a time.

``run_ingest`` hands batches to a processor's ``submit`` and keeps a few in flight, so reading the
next files overlaps cleaning the previous ones; results come back in submission order and the single
warehouse writer lands them in the main process. A processor is also a plain callable
(``process(batch) -> ProcessResult``), so it fits ``run_ingest(process=...)`` unchanged.

Small runs never pay for a pool: the pool (or the Dask cluster) starts only once a run has submitted
``min_parallel`` documents, so ``newsflow ingest seeds/`` stays in-process.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Callable, Protocol, Sequence

from extractors.models import RawDocument
from flows.pipeline import ProcessResult, process_batch
from flows.warmup import MIN_PARALLEL, start_fork_server

LOGGER = logging.getLogger(__name__)

CHUNK_SIZE = 8  # documents per pool task: small enough to balance 2 cores, big enough to amortise pickling


class BatchFuture(Protocol):
    """What ``submit`` returns: anything with ``result()`` (concurrent, Dask or Prefect futures)."""

    def result(self) -> ProcessResult: ...


class _Done:
    """An already computed result, for batches run in-process."""

    def __init__(self, value: ProcessResult):
        self._value = value

    def result(self) -> ProcessResult:
        """The result, at once."""
        return self._value


class _Gathered:
    """A batch split into chunks: ``result()`` joins the chunks' results in submission order."""

    def __init__(self, futures: list):
        self._futures = futures

    def result(self) -> ProcessResult:
        """Every chunk's docs and failures, in order; a chunk lost to a crashed worker fails its documents."""
        out = ProcessResult()
        for fut, chunk in self._futures:
            try:
                part = fut.result()
            except Exception as exc:  # a worker died (segfault, OOM kill): record, never lose the batch silently
                part = ProcessResult(failures=[(r.source, r.locator, "process", f"worker failed: {type(exc).__name__}: {exc}")
                                               for r in chunk])
            out.docs += part.docs
            out.failures += part.failures
            out.failed_inputs.update(getattr(part, "failed_inputs", {}))
            out.seconds += getattr(part, "seconds", 0.0)
            out.cpu += getattr(part, "cpu", 0.0)
        return out


def _chunks(raws: Sequence[RawDocument], size: int) -> list[list[RawDocument]]:
    return [list(raws[i : i + size]) for i in range(0, len(raws), size)]


class _LazyParallel:
    """Shared behaviour: run in-process until ``min_parallel`` documents were submitted, then fan out."""

    def __init__(self, min_parallel: int, chunk_size: int, task: Callable[[Sequence[RawDocument]], ProcessResult]):
        self.task = task
        self.min_parallel = min_parallel
        self.chunk_size = max(1, chunk_size)
        self.submitted = 0
        self.started = False
        self._lock = threading.Lock()  # Prefect may call submit from several task threads at once

    def _start(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _submit_chunk(self, chunk: list[RawDocument]) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    def submit(self, raws: Sequence[RawDocument]) -> BatchFuture:
        """Start processing a batch; ``.result()`` on the return value gives its ProcessResult."""
        with self._lock:
            self.submitted += len(raws)
            serial = not self.started and self.submitted < self.min_parallel
            if not serial and not self.started:
                self._start()
                self.started = True
            if not serial:
                return _Gathered([(self._submit_chunk(c), c) for c in _chunks(raws, self.chunk_size)])
        return _Done(self.task(raws))

    def __call__(self, raws: Sequence[RawDocument]) -> ProcessResult:
        """Process one batch and wait for it (the ``run_ingest(process=...)`` signature)."""
        return self.submit(raws).result()

    def close(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class PoolProcessor(_LazyParallel):
    """``process_batch`` on a ``ProcessPoolExecutor`` kept alive for the whole run.

    Args:
        workers: worker processes (default: one per core).
        min_parallel: documents a run submits before the pool starts; fewer run in-process.
        chunk_size: documents per pool task.
        start_method: ``forkserver`` (default on Linux: workers fork from a server that has already
            imported trafilatura, and never inherit DuckDB's threads or locks) or ``spawn``.
        task: the function run on each chunk (default ``process_batch``); must be picklable.
    """

    def __init__(self, workers: int | None = None, *, min_parallel: int = MIN_PARALLEL, chunk_size: int = CHUNK_SIZE,
                 start_method: str | None = None, task: Callable = process_batch):
        super().__init__(min_parallel, chunk_size, task)
        self.workers = max(1, workers or os.cpu_count() or 1)
        methods = multiprocessing.get_all_start_methods()
        self.start_method = start_method or ("forkserver" if "forkserver" in methods else "spawn")
        self.pool: ProcessPoolExecutor | None = None

    def _start(self) -> None:
        ctx = multiprocessing.get_context(self.start_method)
        if self.start_method == "forkserver":
            start_fork_server(for_pool=True)  # already running if flows.warmup started it with the run
        self.pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=ctx)
        LOGGER.debug("started a %s pool of %d workers", self.start_method, self.workers)

    def _submit_chunk(self, chunk: list[RawDocument]) -> Future:
        try:
            return self.pool.submit(self.task, chunk)
        except BrokenProcessPool:  # a worker died earlier (its chunks became failures): carry on with a fresh pool
            LOGGER.warning("a CPU worker died; restarting the process pool")
            self.pool.shutdown(wait=False, cancel_futures=True)
            self._start()
            return self.pool.submit(self.task, chunk)

    def close(self) -> None:
        """Shut the pool down (waits for running chunks); safe to call twice."""
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


class DaskProcessor(_LazyParallel):
    """``process_batch`` on a Dask cluster through ``distributed.Client``; the writer stays here.

    Args:
        address: a scheduler (``tcp://host:8786``); None starts a ``LocalCluster`` of ``workers`` processes.
        workers: workers of the local cluster (default: one per core).
        min_parallel: documents a run submits before the cluster is contacted; fewer run in-process.
        chunk_size: documents per Dask task.
        cluster_kwargs: extra ``LocalCluster`` arguments (tests pass ``processes=False``).
        task: the function run on each chunk (default ``process_batch``).
    """

    def __init__(self, address: str | None = None, workers: int | None = None, *, min_parallel: int = MIN_PARALLEL,
                 chunk_size: int = CHUNK_SIZE, cluster_kwargs: dict | None = None, task: Callable = process_batch):
        super().__init__(min_parallel, chunk_size, task)
        self.address = address
        self.workers = max(1, workers or os.cpu_count() or 1)
        self.cluster_kwargs = cluster_kwargs or {}
        self.cluster = None
        self.client = None

    def _start(self) -> None:
        try:
            from distributed import Client, LocalCluster
        except ModuleNotFoundError:
            raise RuntimeError("--task-runner dask needs dask[distributed]: pip install 'newsflow[dask]'") from None
        if self.address:
            self.client = Client(self.address)
        else:
            kwargs = {"n_workers": self.workers, "threads_per_worker": 1, "dashboard_address": None,
                      **self.cluster_kwargs}
            self.cluster = LocalCluster(**kwargs)
            self.client = Client(self.cluster)

    def _submit_chunk(self, chunk: list[RawDocument]) -> Any:
        # pure=False: two chunks with equal content are still two tasks (Dask would otherwise dedupe by key)
        return self.client.submit(self.task, chunk, pure=False)

    def close(self) -> None:
        """Close the client and the local cluster, if this processor started them."""
        if self.client is not None:
            self.client.close()
            self.client = None
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None


def make_processor(workers: int | None = None, task_runner: str = "default", dask_address: str | None = None,
                   **kwargs) -> _LazyParallel | None:
    """The processor the CLI asks for: None (serial) for ``--workers 1``, else a pool or Dask."""
    if task_runner == "dask":
        return DaskProcessor(dask_address, workers, **kwargs)
    if workers == 1:
        return None
    return PoolProcessor(workers, **kwargs)
