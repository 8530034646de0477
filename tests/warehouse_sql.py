"""Read-only SQL on a test's warehouse file, waiting briefly if a writer still holds it."""

from __future__ import annotations

from pathlib import Path

from warehouse import store


def q(path: str | Path, sql: str) -> list[tuple]:
    """Rows of one query on the warehouse at ``path``, through the project's own read-only connect."""
    con = store.connect(path, read_only=True, lock_timeout=30)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()
