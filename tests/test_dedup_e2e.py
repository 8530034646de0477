"""Duplicates, versions and stories through the whole pipeline into a real warehouse."""

from __future__ import annotations

import shutil
from pathlib import Path

from flows.cli import main
from tests.warehouse_sql import q

SEED = "nato-strengthens-ukraine-relations.txt"


def syndicated_copy(text: str) -> str:
    """What a partner site makes of a wire story: a new headline, a dropped paragraph, a tweak."""
    lines = text.split("\n")
    lines[0] = "NATO Leaders Offer Ukraine New Council But No Membership Date"
    body = "\n".join(lines)
    body = body.replace("The Turkish president has been looking to foster his relationship with Biden, even though he "
                        "has yet to publicly comment on the deal concerning Sweden’s membership.\n", "")
    return body.replace("NATO chiefs convened on Wednesday", "NATO leaders convened on Wednesday")


def test_syndicated_copy_is_a_duplicate_and_adds_no_source(tmp_path, seeds_dir, warehouse, capsys):
    assert main(["ingest", str(seeds_dir), "--warehouse", str(warehouse), "-q"]) == 0
    facts_before = q(warehouse, "SELECT fact_id, source_count FROM facts ORDER BY fact_id")
    parts_before = q(warehouse, "SELECT entity_id, source_count FROM participants ORDER BY entity_id")
    partner = tmp_path / "partner"
    partner.mkdir()
    (partner / "copy.txt").write_text(syndicated_copy((seeds_dir / SEED).read_text(encoding="utf-8")), encoding="utf-8")
    assert main(["ingest", str(partner), "--warehouse", str(warehouse), "-q"]) == 0
    assert "1 duplicate" in capsys.readouterr().out
    rows = q(warehouse, """
        SELECT c.duplicate_kind, c.duplicate_score, o.locator, c.story_id = o.story_id
        FROM articles c JOIN articles o ON c.duplicate_of = o.article_id""")
    assert len(rows) == 1
    kind, score, original, same_story = rows[0]
    assert kind == "near" and 0.8 <= score < 1.0 and original.endswith(SEED) and same_story
    assert q(warehouse, "SELECT fact_id, source_count FROM facts ORDER BY fact_id") == facts_before
    assert q(warehouse, "SELECT entity_id, source_count FROM participants ORDER BY entity_id") == parts_before
    assert q(warehouse, "SELECT count(*), sum(article_count) FROM stories") == [(1, 2)]


def test_exact_copy_under_another_name(tmp_path, seeds_dir, warehouse):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(seeds_dir / SEED, folder / "a.txt")
    text = (seeds_dir / SEED).read_text(encoding="utf-8")
    (folder / "b.txt").write_text(text + "\n\n", encoding="utf-8")  # other bytes, same normalised text
    assert main(["ingest", str(folder), "--warehouse", str(warehouse), "-q"]) == 0
    rows = q(warehouse, "SELECT duplicate_kind, count(*) FROM articles GROUP BY ALL ORDER BY 1 NULLS FIRST")
    assert rows == [(None, 1), ("exact", 1)]


def test_changed_text_at_the_same_file_is_a_new_version(tmp_path, seeds_dir, warehouse, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    target = folder / "story.txt"
    shutil.copy(seeds_dir / SEED, target)
    assert main(["ingest", str(folder), "--warehouse", str(warehouse), "-q"]) == 0
    target.write_text(target.read_text(encoding="utf-8").replace(
        "NATO chiefs convened on Wednesday", "NATO chiefs convened on Wednesday in Vilnius"), encoding="utf-8")
    assert main(["ingest", str(folder), "--warehouse", str(warehouse), "-q"]) == 0
    assert "1 updated" in capsys.readouterr().out
    assert q(warehouse, "SELECT count(*), max(version), count(duplicate_of) FROM articles") == [(1, 2, 0)]
    assert q(warehouse, "SELECT count(*) FROM article_versions") == [(2,)]
    assert "in Vilnius" in q(warehouse, "SELECT body FROM articles")[0][0]
    # Derived rows were replaced, not doubled.
    quotes = q(warehouse, "SELECT count(*), count(DISTINCT char_start) FROM quotes")[0]
    assert quotes[0] == quotes[1] > 0


def test_arrival_order_gives_the_same_groups(tmp_path, seeds_dir):
    orders = []
    for name, files in (("ab", sorted(seeds_dir.glob("*.txt"))), ("ba", sorted(seeds_dir.glob("*.txt"))[::-1])):
        wh = tmp_path / f"{name}.duckdb"
        for f in files:
            assert main(["ingest", str(f), "--warehouse", str(wh), "-q"]) == 0
        rows = q(wh, "SELECT locator, story_id, duplicate_of IS NULL FROM articles ORDER BY locator")
        groups = {}
        for loc, story, independent in rows:
            groups.setdefault(story, []).append(Path(loc).name)
            assert independent
        orders.append(sorted(sorted(g) for g in groups.values()))
    assert orders[0] == orders[1] and len(orders[0]) == 1  # the seeds are one story, whatever the order
