"""Start the CPU workers' fork server at once, so that its imports overlap the main process's start-up.

The fork server imports trafilatura, lxml and the facts patterns (~1.5-2 s of one core) before it can
fork the first worker; started lazily, at the first batch, that time is spent while the main process
already waits for results. A run that will clearly need the pool (a local folder holding more files
than ``MIN_PARALLEL``) starts the server before importing anything heavy itself. Nothing here imports
the pipeline, so this module costs nothing to load.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from pathlib import Path
from typing import Iterable

MIN_PARALLEL = 48  # documents before a pool is worth its ~0.5-1 s start-up (seeds/ has 2)
# Imported once in the fork server, inherited by every worker.
PRELOAD = ["extractors.process", "extractors.html", "extractors.facts", "flows.pipeline"]


def count_files(sources: Iterable[str], limit: int) -> int:
    """Article files (as the local source lists them) under the SOURCE arguments that are local paths, up to
    ``limit``; URLs and feed names count 0."""
    from flows.sources.local import list_files  # light: no pipeline, no trafilatura

    seen = 0
    for source in sources:
        path = Path(source)
        if "://" in source or not path.exists():
            continue
        seen += len(list_files(path))
        if seen >= limit:
            return limit
    return seen


_STATE = {"warmed": False, "used": False}


def start_fork_server(for_pool: bool = False) -> bool:
    """Start (or find running) the fork server with the workers' preload; False where there is none.

    ``for_pool``: a process pool is about to fork its workers from it (so ``release`` leaves it alone).
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return False
    from multiprocessing import forkserver

    _STATE["used"] = _STATE["used"] or for_pool
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    forkserver.ensure_running()
    return True


def release() -> None:
    """Stop a fork server that ``warm_up`` started but no pool used (every file was unchanged, say).

    Left alone it would finish its imports before noticing that this process is gone, holding this
    process's stdout open that long (a pipe reader such as ``| tee`` would wait ~1.5 s more).
    """
    if not _STATE["warmed"] or _STATE["used"]:
        return
    from multiprocessing import forkserver

    server = forkserver._forkserver
    pid = getattr(server, "_forkserver_pid", None)
    if pid is None:
        return
    try:
        os.kill(pid, signal.SIGKILL)
        server._stop()
    except (OSError, AttributeError):  # already gone, or another Python's internals: nothing to clean
        pass
    _STATE["warmed"] = False


def warm_up(sources: Iterable[str], workers: int | None, task_runner: str = "default") -> bool:
    """Start the fork server now when this run will use the local pool; True if it was started."""
    if workers == 1 or task_runner != "default":
        return False
    if count_files(sources, MIN_PARALLEL) < MIN_PARALLEL:
        return False
    _STATE["used"] = False  # this run's pool has not forked from it yet
    _STATE["warmed"] = start_fork_server()
    return _STATE["warmed"]
