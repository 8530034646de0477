"""`newsflow ingest URL` end to end against the fixture server: fetch, clean, land, increments, hostile feeds."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from flows.cli import main
from tests.http_server import FixtureServer, endless, http_server, respond  # noqa: F401

COMMENT_SNIPPETS = ("Nobody expected a timeline anyway", "Mark my words", "auto-play a video", "Took them long enough",
                    "Leave a comment")


def query(warehouse: Path, sql: str) -> list[tuple]:
    """Rows of a read-only query on the warehouse."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.mark.timeout(120)
def test_ingest_feed_url_lands_clean_articles_then_polls_conditionally(http_server: FixtureServer, tmp_path: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    argv = ["ingest", http_server.url("rss2.xml"), "--allow-private-network", "--warehouse", str(warehouse), "-q"]
    assert main(argv) == 0
    rows = query(warehouse, "SELECT url, title, published_at, body, authors FROM articles ORDER BY url")
    assert {r[0] for r in rows} == {http_server.url(f"articles/{n}.html")
                                   for n in ("vilnius-summit", "sweden-accession", "air-policing")}
    for url, title, published_at, body, _authors in rows:
        assert title and published_at is not None and published_at.tzinfo is not None, url
        assert not any(snippet in body for snippet in COMMENT_SNIPPETS), url
    vilnius = next(r for r in rows if r[0].endswith("vilnius-summit.html"))
    assert vilnius[1] == "NATO leaders agree on Ukraine path at Vilnius summit"
    assert "Membership Action Plan" in vilnius[3]
    assert query(warehouse, "SELECT count(*) FROM ingest_errors") == [(0,)]

    pages_before = {p: len(http_server.requests_to(p)) for p in ("articles/vilnius-summit.html", "articles/air-policing.html")}
    assert main(argv) == 0
    assert http_server.requests_to("rss2.xml")[-1].status == 304
    assert http_server.requests_to("rss2.xml")[-1].headers.get("If-None-Match")
    assert {p: len(http_server.requests_to(p)) for p in pages_before} == pages_before  # no known page refetched
    assert query(warehouse, "SELECT count(*) FROM articles") == [(3,)]


@pytest.mark.timeout(60)
def test_ingest_without_the_flag_fetches_nothing_and_says_why(http_server: FixtureServer, tmp_path: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    assert main(["ingest", http_server.url("rss2.xml"), "--warehouse", str(warehouse), "-q"]) == 0
    assert http_server.arrived == []
    errors = query(warehouse, "SELECT source, locator, stage, error FROM ingest_errors")
    assert len(errors) == 1
    assert errors[0][2] == "security" and "--allow-private-network" in errors[0][3]
    assert query(warehouse, "SELECT count(*) FROM articles") == [(0,)]


@pytest.mark.timeout(120)
def test_hostile_feeds_become_ingest_errors_and_exit_zero(http_server: FixtureServer, tmp_path: Path) -> None:
    http_server.route("/gone.xml", respond(410, b"gone"))
    http_server.route("/huge.xml", endless(50 * 1024 * 1024, "application/rss+xml"))
    names = {"bomb": "bomb.xml", "xxe": "xxe.xml", "broken": "malformed.xml", "gone": "gone.xml", "huge": "huge.xml"}
    feeds = tmp_path / "feeds.toml"
    feeds.write_text("".join(
        f'[[feed]]\nname = "{name}"\nkind = "rss"\nurl = "{http_server.url(path)}"\ndelay = 0.0\n'
        f"allow_private_network = true\n\n" for name, path in names.items()
    ))
    warehouse = tmp_path / "w.duckdb"
    assert main(["--feeds-file", str(feeds), "ingest", "--warehouse", str(warehouse), "-q"]) == 0
    stages = dict(query(warehouse, "SELECT source, string_agg(DISTINCT stage, ',' ORDER BY stage) FROM ingest_errors GROUP BY source"))
    assert stages == {"bomb": "security", "xxe": "security", "broken": "parse", "gone": "fetch", "huge": "fetch"}
    # the malformed feed's salvageable entry still landed
    assert query(warehouse, "SELECT source FROM articles") == [("broken",)]
