"""End to end: `newsflow ingest seeds/` into a fresh warehouse, twice."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from flows.cli import main

GOLDEN = Path(__file__).parent / "golden" / "seeds"
TABLES = ["articles", "stories", "entities", "mentions", "summits", "participants", "quotes", "facts",
          "fact_sources", "ingest_errors", "runs", "article_versions", "signatures"]


def counts(path) -> dict[str, int]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        con.close()


@pytest.fixture
def landed(warehouse, seeds_dir, capsys):
    assert main(["ingest", str(seeds_dir), "--warehouse", str(warehouse)]) == 0
    out = capsys.readouterr().out
    return warehouse, out


def test_seeds_land_as_two_clean_articles(landed):
    warehouse, out = landed
    assert "2 new" in out and str(warehouse) in out
    con = duckdb.connect(str(warehouse), read_only=True)
    rows = con.execute("SELECT locator, title, body, duplicate_of, authors FROM articles ORDER BY locator").fetchall()
    assert len(rows) == 2
    for locator, title, body, duplicate_of, authors in rows:
        expected = json.loads((GOLDEN / (Path(locator).stem + ".json")).read_text(encoding="utf-8"))
        assert body == expected["body"]
        assert title == expected["title"]
        assert duplicate_of is None
        assert list(authors) == expected["authors"]


def test_every_contract_table_holds_rows(landed):
    warehouse, _ = landed
    c = counts(warehouse)
    for table in TABLES:
        if table != "ingest_errors":
            assert c[table] > 0, table
    assert c["ingest_errors"] == 0


def test_offsets_slice_to_the_evidence(landed):
    warehouse, _ = landed
    con = duckdb.connect(str(warehouse), read_only=True)
    bad = con.execute("""
        SELECT q.text FROM quotes q JOIN articles a USING (article_id)
        WHERE substr(a.body, q.char_start + 1, q.char_end - q.char_start) <> q.text""").fetchall()
    assert bad == []
    assert con.execute("SELECT count(*) FROM quotes").fetchone()[0] > 0
    spans = con.execute("""
        SELECT f.char_start, f.char_end, length(a.body) FROM article_facts f JOIN articles a USING (article_id)""").fetchall()
    assert spans and all(0 <= s < e <= n for s, e, n in spans)
    m = con.execute("""
        SELECT count(*) FROM mentions m JOIN articles a USING (article_id)
        WHERE m.char_start < 0 OR m.char_end > length(a.body) OR m.char_end <= m.char_start""").fetchone()[0]
    assert m == 0


def test_second_run_changes_no_row_count(landed, capsys):
    warehouse, _ = landed
    before = counts(warehouse)
    assert main(["ingest", "--warehouse", str(warehouse), str(Path(__file__).parent.parent / "seeds")]) == 0
    out = capsys.readouterr().out
    assert "0 new" in out and "2 unchanged" in out
    after = counts(warehouse)
    assert {k: v for k, v in after.items() if k != "runs"} == {k: v for k, v in before.items() if k != "runs"}
    assert after["runs"] == before["runs"] + 1


def test_default_sources_are_the_feeds_file(warehouse, tmp_path, seeds_dir, capsys):
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(f'[[feed]]\nname = "seeds"\nkind = "local"\npath = "{seeds_dir}"\n')
    assert main(["--feeds-file", str(feeds), "ingest", "--warehouse", str(warehouse)]) == 0
    con = duckdb.connect(str(warehouse), read_only=True)
    assert con.execute("SELECT DISTINCT source FROM articles").fetchall() == [("seeds",)]


def test_bad_files_are_recorded_and_the_run_goes_on(warehouse, tmp_path, seeds_dir, capsys):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "binary.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "menu.txt").write_text("Home\nNews\nSport\nContact us\n")
    (inbox / "good.txt").write_bytes((seeds_dir / "nato-strengthens-ukraine-relations.txt").read_bytes())
    assert main(["ingest", str(inbox), "--warehouse", str(warehouse)]) == 0
    out = capsys.readouterr().out
    assert "1 new" in out and "3 failed" in out
    con = duckdb.connect(str(warehouse), read_only=True)
    errors = con.execute("SELECT locator, stage, error FROM ingest_errors ORDER BY locator").fetchall()
    assert [Path(e[0]).name for e in errors] == ["binary.html", "empty.txt", "menu.txt"]
    assert all(e[2] for e in errors)
    con.close()
    # Re-running skips the same failing bytes (no repeated error rows) and lands nothing twice.
    assert main(["ingest", str(inbox), "--warehouse", str(warehouse)]) == 0
    out = capsys.readouterr().out
    assert "skipped 3 input(s) that failed before" in out and "0 failed" in out
    con = duckdb.connect(str(warehouse), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchall()[0][0] == 1
    assert con.execute("SELECT count(*), count(raw_hash) FROM ingest_errors").fetchall() == [(3, 3)]
    con.close()
    # A changed file is tried again at once; --retry-failed tries the unchanged ones too.
    (inbox / "menu.txt").write_text((seeds_dir / "nato-strengthens-ukraine-relations.txt").read_text(encoding="utf-8")
                                    .replace("NATO chiefs", "Alliance chiefs"), encoding="utf-8")
    assert main(["ingest", str(inbox), "--warehouse", str(warehouse)]) == 0
    assert "skipped 2 input(s)" in capsys.readouterr().out
    assert main(["ingest", str(inbox), "--warehouse", str(warehouse), "--retry-failed"]) == 0
    assert "2 failed" in capsys.readouterr().out
    con = duckdb.connect(str(warehouse), read_only=True)
    assert con.execute("SELECT count(*) FROM ingest_errors").fetchall()[0][0] == 5
    assert con.execute("SELECT count(*) FROM articles").fetchall()[0][0] == 2
    con.close()
