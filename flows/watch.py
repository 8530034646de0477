"""``newsflow watch DIR``: ingest article files as they are dropped into an inbox folder.

The folder is polled (every second by default). A .txt/.html/.htm file at its top level is taken
once its size and modification time have held still for ``settle`` seconds, so half-copied files
are left alone. It is then claimed by moving it to ``done/`` (a clashing name gets ``-1``, ``-2``...),
ingested from there, so each dropped file is its own article even when names repeat, and moved on
to ``failed/`` with a ``<name>.error.txt`` beside it when it cannot be ingested. Files are never
deleted.

With PREFECT_API_URL set, each file emits ``newsflow.inbox.file`` and is ingested as a flow run of
``newsflow-inbox`` started by this process (so the move to done/ or failed/ follows the run's
outcome); without it, the pipeline runs directly and Prefect is never imported.
"""

from __future__ import annotations

import functools
import os
import shutil
import signal
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from flows.config import FeedSpec

SUFFIXES = {".txt", ".html", ".htm"}
INBOX_SOURCE = "inbox"


@dataclass(frozen=True)
class Outcome:
    """What happened to one inbox file."""

    name: str  # the file name as dropped
    moved_to: Path  # its place under done/ or failed/
    ok: bool
    counts: dict = field(default_factory=dict)
    reason: str | None = None


def unique_target(folder: Path, name: str) -> Path:
    """``folder/name``, or ``folder/<stem>-N<suffix>`` with the first N that is free."""
    target = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    n = 1
    while target.exists() or target.with_name(target.name + ".error.txt").exists():
        target = folder / f"{stem}-{n}{suffix}"
        n += 1
    return target


class StableFiles:
    """Remembers each candidate's (size, mtime) and since when it has not changed."""

    def __init__(self, settle: float = 1.0, clock: Callable[[], float] = time.monotonic):
        self.settle = settle
        self.clock = clock
        self._seen: dict[Path, tuple[tuple[int, int], float]] = {}

    def ready(self, folder: Path) -> list[Path]:
        """Files of ``folder`` whose size and mtime held still for ``settle`` seconds, oldest first."""
        now = self.clock()
        current: dict[Path, tuple[tuple[int, int], float]] = {}
        out = []
        try:
            entries = list(os.scandir(folder))
        except FileNotFoundError:
            return []
        for entry in entries:
            if entry.name.startswith(".") or Path(entry.name).suffix.lower() not in SUFFIXES:
                continue
            try:
                if not entry.is_file(follow_symlinks=False):
                    continue
                st = entry.stat(follow_symlinks=False)
            except OSError:  # vanished between listing and stat
                continue
            path = Path(entry.path)
            key = (st.st_size, st.st_mtime_ns)
            prev = self._seen.get(path)
            since = prev[1] if prev and prev[0] == key else now
            current[path] = (key, since)
            if prev and prev[0] == key and now - since >= self.settle:
                out.append((st.st_mtime_ns, path.name, path))
        self._seen = current
        return [p for _, _, p in sorted(out)]

    def forget(self, path: Path) -> None:
        """Stop tracking a file (it was moved away)."""
        self._seen.pop(path, None)


@functools.cache
def inbox_flow():
    """The ``newsflow-inbox`` flow, built on first use so that direct runs never import Prefect."""
    from prefect import flow

    from flows.ingest import run_observed

    @flow(name="newsflow-inbox", log_prints=True, flow_run_name="inbox-{name}")
    def ingest_inbox_file(path: str, warehouse: str, name: str = "", source: str = INBOX_SOURCE,
                          lock_timeout: float = 600.0) -> dict:
        """Ingest one file the watcher took from its inbox."""
        summary = run_observed([FeedSpec(name=source, kind="local", path=path)], warehouse, lock_timeout=lock_timeout)
        print(summary.render())
        return summary.as_dict()

    return ingest_inbox_file


def ingest_file(path: Path, warehouse: str, *, source: str = INBOX_SOURCE, lock_timeout: float = 600.0,
                use_prefect: bool = False, name: str = "") -> dict:
    """Ingest one claimed file, as a flow run or directly; returns the run summary as a dict."""
    if use_prefect:
        return inbox_flow()(path=str(path), warehouse=warehouse, name=name or path.name, source=source,
                            lock_timeout=lock_timeout)
    from flows.pipeline import run_ingest

    spec = FeedSpec(name=source, kind="local", path=str(path))
    return run_ingest([spec], warehouse, lock_timeout=lock_timeout, progress=None).as_dict()


def _move(src: Path, folder: Path, name: str) -> Path:
    """Move ``src`` into ``folder`` under ``name`` or, if taken, a suffixed name; returns where it went."""
    folder.mkdir(parents=True, exist_ok=True)
    target = unique_target(folder, name)
    shutil.move(str(src), str(target))
    return target


def handle_file(path: Path, done: Path, failed: Path, warehouse: str, *, source: str = INBOX_SOURCE,
                lock_timeout: float = 600.0, use_prefect: bool = False, inbox: Path | None = None) -> Outcome:
    """Claim one ready file into done/, ingest it, and move it to failed/ (with the reason) if that fails."""
    name = path.name
    claimed = _move(path, done, name)
    if use_prefect:
        from flows import events

        events.inbox_file(claimed, inbox or path.parent, warehouse)
    try:
        result = ingest_file(claimed, warehouse, source=source, lock_timeout=lock_timeout,
                             use_prefect=use_prefect, name=name)
    except Exception as exc:  # the run itself failed (e.g. warehouse locked too long): keep the file, say why
        reasons = [f"run: {type(exc).__name__}: {exc}"]
        counts: dict = {}
    else:
        counts = result.get("counts", {})
        reasons = [f"{f['stage']}: {f['error']}" for f in result.get("failures", [])]
        if result.get("status") != "completed":
            reasons.append(f"run: status {result.get('status')}")
    if not reasons:
        return Outcome(name, claimed, True, counts)
    target = _move(claimed, failed, claimed.name)
    target.with_name(target.name + ".error.txt").write_text(
        f"{name}: could not be ingested into {warehouse}\n" + "\n".join(reasons) + "\n", encoding="utf-8")
    return Outcome(name, target, False, counts, "; ".join(reasons))


def watch_inbox(inbox: str | Path, warehouse: str, *, done: str | Path | None = None, failed: str | Path | None = None,
                poll: float = 1.0, settle: float = 1.0, source: str = INBOX_SOURCE, lock_timeout: float = 600.0,
                use_prefect: bool = False, stop: Callable[[], bool] = lambda: False,
                report: Callable[[Outcome], None] | None = None) -> list[Outcome]:
    """Poll ``inbox`` until ``stop()`` is true, handling each file once it is stable.

    Args:
        inbox: the folder users drop files into (created if missing).
        warehouse: the DuckDB file to land articles in.
        done: where ingested files go (default ``<inbox>/done``).
        failed: where files that could not be ingested go (default ``<inbox>/failed``).
        poll: seconds between scans.
        settle: seconds a file's size and mtime must hold still before it is taken.
        source: the ``articles.source`` name of inbox articles.
        lock_timeout: seconds to wait for another writer to release the warehouse.
        use_prefect: run each file as a ``newsflow-inbox`` flow run and emit ``newsflow.inbox.file``.
        stop: polled between files and scans; return True to stop.
        report: called with each file's outcome.
    """
    inbox = Path(inbox).resolve()
    inbox.mkdir(parents=True, exist_ok=True)
    done = Path(done).resolve() if done else inbox / "done"
    failed = Path(failed).resolve() if failed else inbox / "failed"
    tracker = StableFiles(settle=settle)
    outcomes = []
    while not stop():
        for path in tracker.ready(inbox):
            if stop():
                break
            outcome = handle_file(path, done, failed, warehouse, source=source, lock_timeout=lock_timeout,
                                  use_prefect=use_prefect, inbox=inbox)
            tracker.forget(path)
            outcomes.append(outcome)
            if report:
                report(outcome)
        if not stop():
            time.sleep(poll)
    return outcomes


def print_outcome(outcome: Outcome) -> None:
    """One line per file on stdout."""
    if outcome.ok:
        c = outcome.counts
        print(f"newsflow watch: {outcome.name} -> {outcome.moved_to} ({c.get('new', 0)} new, {c.get('updated', 0)} "
              f"updated, {c.get('duplicate', 0)} duplicate, {c.get('unchanged', 0)} unchanged)", flush=True)
    else:
        print(f"newsflow watch: {outcome.name} -> {outcome.moved_to}: {outcome.reason}", flush=True)


def run_watch(inbox: str, warehouse: str, *, done: str | None = None, failed: str | None = None, poll: float = 1.0,
              source: str = INBOX_SOURCE, lock_timeout: float = 600.0) -> int:
    """The ``newsflow watch`` command: watch until Ctrl-C or SIGTERM; returns the exit status."""
    stopping = []

    def _stop(signum, frame):  # finish the file in hand, then leave
        stopping.append(signum)

    previous = signal.signal(signal.SIGTERM, _stop)
    use_prefect = bool(os.environ.get("PREFECT_API_URL"))
    mode = f"each file a newsflow-inbox flow run on {os.environ['PREFECT_API_URL']}" if use_prefect else \
        "direct (set PREFECT_API_URL for flow runs and events)"
    print(f"newsflow watch: watching {Path(inbox).resolve()} every {poll:g} s into {Path(warehouse).resolve()}; "
          f"{mode}; Ctrl-C stops", file=sys.stderr, flush=True)
    try:
        watch_inbox(inbox, str(Path(warehouse).resolve()), done=done, failed=failed, poll=poll, source=source,
                    lock_timeout=lock_timeout, use_prefect=use_prefect, stop=lambda: bool(stopping),
                    report=print_outcome)
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
    print("newsflow watch: stopped", file=sys.stderr, flush=True)
    return 0
