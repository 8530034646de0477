"""One writer at a time: simultaneous ingests queue on the warehouse lock; a lock held too long is one clear line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import duckdb

NEWSFLOW = str(Path(sys.executable).parent / "newsflow")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PREFECT_API_URL", None)  # direct runs: the lock, not the server, is under test
    env.pop("NEWSFLOW_WAREHOUSE", None)
    return env


def _start(folder: Path, warehouse: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([NEWSFLOW, "ingest", str(folder), "--warehouse", str(warehouse), "-q", *extra],
                            env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_simultaneous_ingests_both_finish_with_every_row(tmp_path, seeds_dir, warehouse):
    seeds = sorted(seeds_dir.glob("*.txt"))
    folders = []
    for i, seed in enumerate(seeds[:2]):
        folder = tmp_path / f"batch{i}"
        folder.mkdir()
        shutil.copy(seed, folder / seed.name)
        folders.append(folder)
    # Hold the write lock while both start, so they really contend for it instead of running in turn by luck.
    holder = duckdb.connect(str(warehouse))
    procs = [_start(f, warehouse, "--lock-timeout", "120") for f in folders]
    time.sleep(2.0)
    holder.close()
    results = [p.communicate(timeout=240) for p in procs]
    for proc, (out, err) in zip(procs, results):
        assert proc.returncode == 0, err
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        rows = con.execute("SELECT source, count(*) FROM articles GROUP BY 1 ORDER BY 1").fetchall()
        runs = con.execute("SELECT status, count(*) FROM runs GROUP BY 1").fetchall()
    finally:
        con.close()
    assert rows == sorted((f"local:{f}", 1) for f in folders)
    assert runs == [("completed", 2)]


def test_a_warehouse_locked_too_long_is_one_line_and_a_nonzero_exit(tmp_path, seeds_dir, warehouse):
    holder = duckdb.connect(str(warehouse))
    try:
        proc = _start(seeds_dir, warehouse, "--lock-timeout", "1")
        out, err = proc.communicate(timeout=120)
    finally:
        holder.close()
    assert proc.returncode != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "is locked by another newsflow or DuckDB process" in lines[0] and "--lock-timeout" in lines[0]
    assert "Traceback" not in err
