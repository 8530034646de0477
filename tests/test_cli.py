"""The newsflow command: sql output formats, exit codes and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from flows.cli import main

ROOT = Path(__file__).resolve().parent.parent
NEWSFLOW = [sys.executable, "-m", "flows.cli"]


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    path = tmp_path_factory.mktemp("wh") / "w.duckdb"
    assert main(["ingest", str(ROOT / "seeds"), "--warehouse", str(path), "-q"]) == 0
    return path


def test_sql_table_csv_json(filled, capsys):
    assert main(["sql", "SELECT count(*) AS n FROM articles", "--warehouse", str(filled)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].strip() == "n" and "2" in out and "(1 row)" in out
    assert main(["sql", "SELECT title FROM articles ORDER BY title", "--warehouse", str(filled), "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "title" and len(lines) == 3
    assert main(["sql", "SELECT article_id, published_at FROM articles", "--warehouse", str(filled), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data) == 2 and set(data[0]) == {"article_id", "published_at"}


def test_sql_is_read_only(filled, capsys):
    assert main(["sql", "DELETE FROM articles", "--warehouse", str(filled)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsflow: error:") and "read-only" in err
    con = duckdb.connect(str(filled), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2


def test_bad_sql_is_one_line(filled, capsys):
    assert main(["sql", "SELEC nonsense", "--warehouse", str(filled)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("newsflow: error: query failed") and "\n" not in err


def _run(args, **kw):
    return subprocess.run(NEWSFLOW + args, cwd=ROOT, capture_output=True, text=True, timeout=120, **kw)


def test_locked_warehouse_exits_nonzero_with_one_line(tmp_path):
    path = tmp_path / "locked.duckdb"
    holder = subprocess.Popen([sys.executable, "-c",
                               f"import duckdb, time; c = duckdb.connect({str(path)!r}); print('ok', flush=True); time.sleep(60)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ok"
        r = _run(["ingest", "seeds", "--warehouse", str(path), "--lock-timeout", "1"])
        assert r.returncode == 2
        assert r.stderr.count("\n") == 1 and "locked" in r.stderr and "Traceback" not in r.stderr
    finally:
        holder.kill()


def test_corrupt_warehouse_exits_nonzero_with_one_line(tmp_path):
    path = tmp_path / "corrupt.duckdb"
    path.write_bytes(b"this is not a database" * 1000)
    for args in (["ingest", "seeds"], ["sql", "SELECT 1"]):
        r = _run(args + ["--warehouse", str(path)])
        assert r.returncode == 2, r.stderr
        assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
        assert "cannot be opened" in r.stderr and "--warehouse" in r.stderr


def test_unknown_source_and_bad_config(tmp_path):
    r = _run(["ingest", "no-such-thing", "--warehouse", str(tmp_path / "w.duckdb")])
    assert r.returncode == 2 and "unknown source 'no-such-thing'" in r.stderr and "Traceback" not in r.stderr
    bad = tmp_path / "feeds.toml"
    bad.write_text('[[feed]]\nname = "x"\nkind = "rss"\nurl = "http://example.org/rss"\nmax_itmes = 3\n')
    r = _run(["--feeds-file", str(bad), "ingest", "--warehouse", str(tmp_path / "w.duckdb")])
    assert r.returncode == 2 and "feed 'x'" in r.stderr and "max_itmes" in r.stderr
    assert not (tmp_path / "w.duckdb").exists()  # nothing ran


def test_help_explains(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for word in ("ingest", "sql", "feeds", "NEWSFLOW_WAREHOUSE", "PREFECT_API_URL"):
        assert word in out


def test_feeds_lists_state(filled, capsys):
    assert main(["feeds", "--warehouse", str(filled)]) == 0
    out = capsys.readouterr().out
    assert "seeds" in out and "local" in out
