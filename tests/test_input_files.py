"""Re-runs over a folder skip files whose size and mtime are those of bytes that already landed, unread."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from flows.cli import main
from tests.warehouse_sql import q


@pytest.fixture
def reads(monkeypatch):
    """Paths read through Path.read_bytes during the test."""
    seen: list[str] = []
    original = Path.read_bytes

    def counting(self):
        seen.append(self.name)
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", counting)
    return seen


def ingest(folder, warehouse, *extra) -> None:
    assert main(["ingest", str(folder), "--warehouse", str(warehouse), "--workers", "1", "-q", *extra]) == 0


def test_unchanged_files_are_not_read_again(tmp_path, seeds_dir, warehouse, reads, capsys):
    folder = tmp_path / "in"
    shutil.copytree(seeds_dir, folder)
    names = sorted(p.name for p in folder.glob("*.txt"))
    ingest(folder, warehouse)
    assert sorted(reads) == names
    assert q(warehouse, "SELECT count(*) FROM input_files") == [(2,)]
    capsys.readouterr()

    reads.clear()
    ingest(folder, warehouse)
    assert reads == [] and "2 unchanged" in capsys.readouterr().out

    # Touched (new mtime, same bytes): read and hashed once, still unchanged, its new mtime remembered.
    touched = folder / names[0]
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 5_000_000_000))
    reads.clear()
    ingest(folder, warehouse)
    assert reads == [names[0]] and "2 unchanged" in capsys.readouterr().out
    reads.clear()
    ingest(folder, warehouse)
    assert reads == []
    capsys.readouterr()

    # Edited: a new size, so it is read and lands as the article's next version.
    text = touched.read_text("utf-8")
    longest = max(text.splitlines(), key=len)  # a line of the article itself, not of the page furniture
    touched.write_text(text.replace(longest, longest + " (Corrected.)", 1), encoding="utf-8")
    reads.clear()
    ingest(folder, warehouse)
    assert names[0] in reads and "1 updated" in capsys.readouterr().out
    assert q(warehouse, "SELECT count(*) FROM article_versions") == [(3,)]

    # --retry-failed reads everything again (it may have inputs to re-extract), and duplicates nothing.
    reads.clear()
    ingest(folder, warehouse, "--retry-failed")
    assert sorted(set(reads)) == names and "2 unchanged" in capsys.readouterr().out
    assert q(warehouse, "SELECT count(*) FROM articles") == [(2,)]


def test_a_failed_file_is_not_remembered_as_landed(tmp_path, warehouse, reads, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.html").write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    ingest(folder, warehouse)
    assert q(warehouse, "SELECT count(*) FROM input_files") == [(0,)]
    reads.clear()
    ingest(folder, warehouse)
    assert reads == ["empty.html"]  # read, then skipped by its hash as failed before
    assert "failed before" in capsys.readouterr().out
