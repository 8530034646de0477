"""The Prefect flow: a thin shell over ``flows.pipeline.run_ingest`` with batch-sized tasks."""

from __future__ import annotations

import os
from typing import Callable, Sequence

from prefect import flow, task
from prefect.runtime import flow_run

from extractors.models import RawDocument
from flows.config import DEFAULT_FEEDS_FILE, FeedSpec, warehouse_path
from flows.pipeline import ProcessResult, RunSummary, new_run_id, process_batch, resolve_sources, run_ingest


class Batch:
    """A batch of documents as one opaque task parameter.

    Prefect walks list, dict and dataclass parameters item by item (looking for futures to wait on and
    recording task inputs): for 192 documents that cost ~26 ms of the flow process's CPU per task run
    (benchmarks/RESULTS_throughput.md, run E). A plain object is a single leaf to that walk; it pickles like its
    list for Dask.
    """

    __slots__ = ("docs",)

    def __init__(self, docs: Sequence[RawDocument]):
        self.docs = docs

    def __len__(self) -> int:
        return len(self.docs)

    def __repr__(self) -> str:  # what Prefect shows as the task run's parameter
        return f"Batch({len(self.docs)} documents)"


@task(name="clean-dedup-extract", cache_policy=None, persist_result=False)
def process_batch_task(batch: Batch, processor: Callable | None = None) -> ProcessResult:
    """Decode, clean, hash, sign and extract facts for one batch (on ``processor``'s pool when given)."""
    return processor(batch.docs) if processor is not None else process_batch(batch.docs)


def dask_task_runner(address: str | None = None, workers: int | None = None):
    """A ``DaskTaskRunner`` on a scheduler address, or on a LocalCluster of ``workers`` single-thread processes."""
    try:
        from prefect_dask import DaskTaskRunner
    except ModuleNotFoundError:
        raise RuntimeError("--task-runner dask needs prefect-dask: pip install 'newsflow[dask]'") from None
    if address:
        return DaskTaskRunner(address=address)
    return DaskTaskRunner(cluster_kwargs={"n_workers": workers or os.cpu_count() or 1, "threads_per_worker": 1,
                                          "dashboard_address": None})


def publish_artifacts(summary: RunSummary) -> None:
    """A markdown summary and a table of what landed, visible on the flow run in Prefect's UI."""
    from prefect.artifacts import create_markdown_artifact, create_table_artifact

    create_markdown_artifact(key="ingest-summary", markdown=f"```\n{summary.render()}\n```",
                             description="newsflow ingest summary")
    rows = [{"article_id": l.article_id, "status": l.status, "title": l.title or "", "url": l.url or "",
             "story_id": l.story_id or "", "duplicate_of": l.duplicate_of or "", "quotes": l.quotes, "facts": l.facts}
            for l in summary.landed if l.status != "unchanged"][:500]
    if rows:
        create_table_artifact(key="ingest-articles", table=rows, description="articles landed by this run")


@flow(name="newsflow-ingest", log_prints=True)
def ingest_flow(
    sources: list[str] | None = None,
    warehouse: str | None = None,
    allow_private_network: bool = False,
    feeds_file: str = DEFAULT_FEEDS_FILE,
    lock_timeout: float = 600.0,
    workers: int | None = None,
    task_runner: str = "default",
    retry_failed: bool = False,
) -> dict:
    """Fetch or load the sources, clean, deduplicate, extract summit facts and land them in DuckDB.

    ``task_runner="dask"`` submits the batch tasks to the flow's task runner (run the flow
    ``.with_options(task_runner=dask_task_runner(...))``); otherwise batch tasks run on a local process pool
    of ``workers`` processes (1: in the flow's process).
    """
    specs = resolve_sources(sources or [], feeds_file)
    summary = run_observed(specs, warehouse_path(warehouse), allow_private_network=allow_private_network,
                           lock_timeout=lock_timeout, workers=workers, task_runner=task_runner,
                           retry_failed=retry_failed)
    print(summary.render())
    return summary.as_dict()


FLOW_BATCH_SIZE = 192  # documents per task run when the CPU stages run on the local process pool


def run_observed(specs: Sequence[FeedSpec], warehouse: str, workers: int | None = 1, task_runner: str = "default",
                 **kwargs) -> RunSummary:
    """``run_ingest`` inside a flow run: batch tasks, events for each batch and feed, artifacts at the end."""
    from flows.events import RunEvents
    from flows.parallel import make_processor

    run_id = new_run_id()
    events = RunEvents(warehouse, run_id=run_id)
    processor = None if task_runner == "dask" else make_processor(workers)
    if task_runner == "dask":  # each batch task runs on a Dask worker; this process stays the only writer
        kwargs.update(submit=lambda raws: process_batch_task.submit(Batch(raws)),
                      max_in_flight=max(3, 2 * (workers or os.cpu_count() or 1)))
    elif processor is not None:  # batch tasks in Prefect's threads, their documents on the process pool
        # Each task run costs the server ~30 ms of CPU plus its state events: one task run per landing batch
        # (192 documents, 2 in flight) keeps that to a few dozen task runs for thousands of pages.
        kwargs.update(submit=lambda raws: process_batch_task.submit(Batch(raws), processor))
        kwargs.setdefault("batch_size", FLOW_BATCH_SIZE)
        kwargs.setdefault("max_in_flight", 2)
    try:
        summary = run_ingest(specs, warehouse, process=lambda raws: process_batch_task(Batch(raws)), progress=print,
                             flow_run_id=str(flow_run.id), run_id=run_id, on_batch=events.on_batch, on_feed=events.on_feed, **kwargs)
    except Exception as exc:
        events.run_failed(str(flow_run.id), [s.name for s in specs], exc)
        raise
    finally:
        if processor is not None:
            processor.close()
    publish_artifacts(summary)
    return summary
