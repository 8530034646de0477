"""Landing edge cases: one URL twice in a batch, inputs remembered across runs, one bad row in a batch."""

from __future__ import annotations

from flows.cli import main
from tests.warehouse_sql import q
from flows.pipeline import _land
from warehouse.articles import BatchResult, Landed

PAGE = """<html><head><title>{title}</title><link rel="canonical" href="https://news.example.org/vilnius-summit">
</head><body><article><h1>{title}</h1>{paras}</article></body></html>"""


def page(title: str, words: str) -> str:
    paras = "".join(f"<p>{words} Paragraph {i} says NATO leaders met in Vilnius on Tuesday to discuss Ukraine, "
                    f"Sweden and the defence spending pledge agreed by the allies.</p>" for i in range(6))
    return PAGE.format(title=title, paras=paras)


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


class _MovingClusterer:
    """Puts every article in its own story, except that the third one moves the first into its story."""

    def __init__(self):
        self.n = 0

    def assign(self, doc):
        from extractors.stories import StoryAssignment

        self.n += 1
        if self.n == 3:
            return StoryAssignment(story_id="s-3", moved=((self.first, "s-3"),))
        if self.n == 1:
            self.first = doc.article_id
        return StoryAssignment(story_id=f"s-{self.n}")

    def state(self) -> bytes:
        return b"stub"


def test_a_moved_article_takes_its_copies_along(tmp_path, seeds_dir, warehouse):
    import shutil

    from extractors.process import process_document
    from flows.sources.local import LocalSource
    from flows.config import FeedSpec
    from flows.sources import SourceContext
    from warehouse import store
    from warehouse.articles import ArticleWriter

    folder = tmp_path / "in"
    folder.mkdir()
    seeds = sorted(seeds_dir.glob("*.txt"))
    shutil.copy(seeds[0], folder / "1-first.txt")
    shutil.copy(seeds[0], folder / "2-copy.txt")  # an exact copy of the first: a duplicate, same story
    shutil.copy(seeds[1], folder / "3-second.txt")
    (folder / "4-third.txt").write_text("Harbour reopens after storm\n\n" + " ".join(
        f"Fishing crews in port {i} returned to work on Monday as the harbour authority lifted the storm "
        f"closure and engineers checked the sea wall for damage." for i in range(12)), encoding="utf-8")
    spec = FeedSpec(name="t", kind="local", path=str(folder))
    docs = [process_document(r) for r in LocalSource(spec).documents(SourceContext())]
    con = store.connect(warehouse)
    store.migrate(con)
    writer = ArticleWriter(con, "run1")
    writer.clusterer = _MovingClusterer()
    result = writer.land(docs)
    statuses = [l.status for l in result.landed]
    assert statuses[:2] == ["new", "duplicate"], statuses
    first, copy = result.landed[0].article_id, result.landed[1].article_id
    assert set(result.moved) == {first} and result.moved[first] == ("s-1", "s-3")
    rows = dict(con.execute("SELECT article_id, story_id FROM articles").fetchall())
    assert rows[first] == rows[copy] == "s-3"
    assert writer.story_of[first] == writer.story_of[copy] == "s-3"
    con.close()


def test_a_facts_bug_costs_the_facts_not_the_article(seeds_dir, warehouse, tmp_path, monkeypatch, capsys):
    import extractors.process as process

    def broken(*args, **kwargs):
        raise IndexError("list index out of range")

    monkeypatch.setattr(process, "extract_facts", broken)
    assert main(["ingest", str(seeds_dir), "--warehouse", str(warehouse), "--workers", "1"]) == 0
    out = capsys.readouterr().out
    assert "2 new" in out and "0 failed" in out and "warnings (2;" in out
    assert q(warehouse, "SELECT count(*) FROM articles") == [(2,)]
    assert q(warehouse, "SELECT count(*) FROM quotes") == [(0,)]
    errors = q(warehouse, "SELECT stage, error, raw_hash, resolved_run FROM ingest_errors")
    assert len(errors) == 2 and all(e[0] == "facts" and "IndexError" in e[1] and e[2] and e[3] is None
                                    for e in errors)
    # A plain re-run leaves them alone (same bytes: unchanged); the bug is still there, so nothing changes.
    assert main(["ingest", str(seeds_dir), "--warehouse", str(warehouse), "--workers", "1"]) == 0
    assert "2 unchanged" in capsys.readouterr().out
    assert q(warehouse, "SELECT count(*) FROM quotes") == [(0,)]
    # Once the facts stage works again, --retry-failed extracts the facts of those articles, once.
    monkeypatch.undo()
    assert main(["ingest", str(seeds_dir), "--warehouse", str(warehouse), "--workers", "1", "--retry-failed"]) == 0
    out = capsys.readouterr().out
    assert "re-extracted the facts of 2 article(s)" in out and "0 failed" in out, out
    assert q(warehouse, "SELECT count(*) FROM articles") == [(2,)]
    assert q(warehouse, "SELECT count(*) FROM article_versions") == [(2,)]
    clean = tmp_path / "clean.duckdb"  # what a run without the bug lands
    assert main(["ingest", str(seeds_dir), "--warehouse", str(clean), "--workers", "1"]) == 0
    capsys.readouterr()
    derived = "SELECT (SELECT count(*) FROM quotes), (SELECT count(*) FROM facts), (SELECT count(*) FROM participants)"
    assert q(warehouse, derived) == q(clean, derived)
    quotes = q(warehouse, "SELECT count(*) FROM quotes")[0][0]
    assert quotes > 10
    assert q(warehouse, "SELECT count(*) FROM ingest_errors WHERE resolved_run IS NULL") == [(0,)]
    # Resolved: a further --retry-failed run has nothing to redo and duplicates nothing.
    assert main(["ingest", str(seeds_dir), "--warehouse", str(warehouse), "--workers", "1", "--retry-failed"]) == 0
    assert "2 unchanged" in capsys.readouterr().out
    assert q(warehouse, "SELECT count(*) FROM quotes") == [(quotes,)]
    assert q(warehouse, "SELECT count(*) FROM summits") == [(1,)]
