"""Landing edge cases: one URL twice in a batch, inputs remembered across runs, one bad row in a batch."""

from __future__ import annotations

import duckdb

from flows.cli import main
from flows.pipeline import _land
from warehouse.articles import BatchResult, Landed

PAGE = """<html><head><title>{title}</title><link rel="canonical" href="https://news.example.org/vilnius-summit">
</head><body><article><h1>{title}</h1>{paras}</article></body></html>"""


def page(title: str, words: str) -> str:
    paras = "".join(f"<p>{words} Paragraph {i} says NATO leaders met in Vilnius on Tuesday to discuss Ukraine, "
                    f"Sweden and the defence spending pledge agreed by the allies.</p>" for i in range(6))
    return PAGE.format(title=title, paras=paras)


def q(path, sql):
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_two_files_with_one_canonical_url_in_one_batch(tmp_path, warehouse, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.html").write_text(page("Allies meet in Vilnius", "First edition."), encoding="utf-8")
    (folder / "b.html").write_text(page("Allies meet in Vilnius (updated)", "Corrected edition."), encoding="utf-8")
    assert main(["ingest", str(folder), "--warehouse", str(warehouse), "--workers", "1"]) == 0
    out = capsys.readouterr().out
    assert "0 failed" in out, out
    assert q(warehouse, "SELECT count(*) FROM ingest_errors") == [(0,)]
    rows = q(warehouse, "SELECT url, version, title FROM articles")
    assert rows == [("https://news.example.org/vilnius-summit", 2, "Allies meet in Vilnius (updated)")]
    assert q(warehouse, "SELECT version, locator LIKE '%a.html' FROM article_versions ORDER BY version") == [
        (1, True), (2, False)]
    # A re-run sees both inputs as already landed: no third version, no flip back to the first text.
    assert main(["ingest", str(folder), "--warehouse", str(warehouse), "--workers", "1"]) == 0
    assert "2 unchanged" in capsys.readouterr().out
    assert q(warehouse, "SELECT count(*) FROM article_versions") == [(2,)]
    assert q(warehouse, "SELECT version FROM articles") == [(2,)]


class _Doc:
    def __init__(self, name: str):
        self.source, self.locator = "test", name


class _Writer:
    """Fails any batch holding the doc named 'bad'; lands the others (what ArticleWriter does on a bad row)."""

    def __init__(self):
        self.calls = []

    def land(self, docs):
        self.calls.append([d.locator for d in docs])
        if any(d.locator == "bad" for d in docs):
            raise RuntimeError("constraint violated")
        return BatchResult(landed=[Landed(d.locator, "new", "test", None, None, None) for d in docs])


def test_one_bad_row_costs_only_itself():
    failures = []
    writer = _Writer()
    result = _land(writer, [_Doc("a"), _Doc("bad"), _Doc("c")], failures)
    assert [l.article_id for l in result.landed] == ["a", "c"]
    assert failures == [("test", "bad", "land", "RuntimeError: constraint violated")]
    assert writer.calls == [["a", "bad", "c"], ["a"], ["bad"], ["c"]]
