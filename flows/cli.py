"""The ``newsflow`` command: parse arguments, then dispatch."""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from datetime import date, datetime
from decimal import Decimal
from typing import Sequence

from flows.config import DEFAULT_FEEDS_FILE, ConfigError, warehouse_path

EPILOG = """examples:
  newsflow ingest                         every enabled feed of feeds.toml (by default: seeds/)
  newsflow ingest seeds/ my-article.html  files and folders
  newsflow ingest https://example.org/rss a feed URL (RSS/Atom) or a news sitemap
  newsflow sql "SELECT speaker, text FROM quotes ORDER BY speaker"
  newsflow feeds

The warehouse is warehouse/newsflow.duckdb unless NEWSFLOW_WAREHOUSE or --warehouse says otherwise.
With PREFECT_API_URL set, every ingest is a Prefect flow run on that server; without it, ad hoc runs
call the same pipeline directly (no server start-up cost). See README.md."""


def _add_warehouse(p: argparse.ArgumentParser) -> None:
    p.add_argument("--warehouse", metavar="PATH", help="DuckDB file (default: $NEWSFLOW_WAREHOUSE or warehouse/newsflow.duckdb)")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with a sub-command per job."""
    parser = argparse.ArgumentParser(
        prog="newsflow", description="Fetch or load news articles, strip boilerplate and comments, deduplicate, "
        "extract summit facts (summit, participants, quotes, outcomes) and land them in a DuckDB warehouse.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--feeds-file", default=os.environ.get("NEWSFLOW_FEEDS", DEFAULT_FEEDS_FILE),
                        help="feeds configuration (default: $NEWSFLOW_FEEDS or feeds.toml)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("ingest", help="ingest sources into the warehouse",
                       description="Ingest SOURCEs: files, folders, http(s) feed URLs or feed names from feeds.toml "
                       "(none: every enabled feed). Failed items are recorded in ingest_errors and the run goes on; "
                       "exit status 0 means the run completed.")
    p.add_argument("sources", nargs="*", metavar="SOURCE")
    _add_warehouse(p)
    p.add_argument("--allow-private-network", action="store_true",
                   help="allow fetching from loopback/private addresses (off by default, against SSRF)")
    p.add_argument("--lock-timeout", type=float, default=60.0, metavar="SECONDS",
                   help="how long to wait for another writer to release the warehouse (default 60)")
    p.add_argument("--orchestrate", choices=["auto", "prefect", "direct"], default="auto",
                   help="auto: a Prefect flow run when PREFECT_API_URL is set, else direct; prefect: always a flow "
                   "run (starts a temporary local server if none is set, 10-25 s); direct: never")
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="processes for the CPU stages (default: one per core once a run has more than a few "
                   "dozen documents; 1: everything in this process)")
    p.add_argument("--task-runner", choices=["default", "dask"], default="default",
                   help="default: a local process pool; dask: the CPU stages on a Dask cluster (a LocalCluster "
                   "of --workers processes, or --dask-address); the warehouse writer stays in this process")
    p.add_argument("--dask-address", metavar="tcp://HOST:PORT", default=None,
                   help="scheduler of a running Dask cluster (with --task-runner dask)")
    p.add_argument("--retry-failed", action="store_true",
                   help="process again inputs whose exact bytes failed to decode or clean in an earlier run "
                   "(by default they are skipped and counted, so a re-run does not repeat their errors), and "
                   "extract again the facts of articles that landed without them (a facts-stage error)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress lines, only the summary")

    p = sub.add_parser("sql", help="run read-only SQL on the warehouse",
                       description="Run one read-only SQL query on the warehouse and print the result.")
    p.add_argument("query")
    _add_warehouse(p)
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")

    p = sub.add_parser("feeds", help="list the configured feeds and their state")
    _add_warehouse(p)

    p = sub.add_parser("serve", help="serve every enabled feed as a scheduled Prefect deployment, plus event triggers",
                       description="Register one deployment per enabled feed of feeds.toml (its cron schedule, or "
                       "--default-schedule) and the event-triggered newsflow-refresh-story deployment with the Prefect "
                       "server in PREFECT_API_URL, then run them until Ctrl-C. Restart after editing feeds.toml.")
    p.add_argument("--feeds-file", dest="serve_feeds_file", default=None, metavar="F",
                   help="feeds configuration (default: the global --feeds-file)")
    _add_warehouse(p)
    p.add_argument("--default-schedule", default=None, metavar="CRON",
                   help="cron for feeds without 'schedule' (default: hourly, '0 * * * *')")
    p.add_argument("--limit", type=int, default=4, metavar="N", help="flow runs executed at once (default 4)")

    p = sub.add_parser("watch", help="ingest files dropped into a folder as they arrive",
                       description="Poll DIR and ingest each .txt/.html/.htm file once it stops growing, then move it "
                       "to DIR/done/ (or DIR/failed/ with a .error.txt). With PREFECT_API_URL set, each file emits "
                       "newsflow.inbox.file and is ingested as a newsflow-inbox flow run.")
    p.add_argument("dir", metavar="DIR")
    p.add_argument("--done", metavar="DIR", default=None, help="where ingested files go (default DIR/done)")
    p.add_argument("--failed", metavar="DIR", default=None, help="where failed files go (default DIR/failed)")
    _add_warehouse(p)
    p.add_argument("--poll", type=float, default=1.0, metavar="SECONDS", help="seconds between scans (default 1)")
    p.add_argument("--source", default="inbox", metavar="NAME", help="articles.source of inbox files (default inbox)")
    p.add_argument("--lock-timeout", type=float, default=600.0, metavar="SECONDS",
                   help="how long to wait for another writer to release the warehouse (default 600)")
    return parser


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    return str(value)


def _jsonable(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    return str(value)


def print_table(columns: Sequence[str], rows: Sequence[Sequence], fmt: str = "table", out=None) -> None:
    """Print rows as an aligned text table, CSV or JSON."""
    out = out or sys.stdout
    if fmt == "csv":
        w = csv.writer(out)
        w.writerow(columns)
        w.writerows([[_cell(v) for v in r] for r in rows])
    elif fmt == "json":
        json.dump([dict(zip(columns, r)) for r in rows], out, default=_jsonable, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        cells = [[_cell(v).replace("\n", " ") for v in r] for r in rows]
        widths = [min(60, max([len(c)] + [len(r[i]) for r in cells])) for i, c in enumerate(columns)]
        fit = lambda s, w: s if len(s) <= w else s[: w - 1] + "…"
        out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip() + "\n")
        out.write("  ".join("-" * w for w in widths) + "\n")
        for r in cells:
            out.write("  ".join(fit(v, w).ljust(w) for v, w in zip(r, widths)).rstrip() + "\n")
        out.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")


def cmd_ingest(args: argparse.Namespace) -> int:
    """Run an ingest, through Prefect when configured, else directly."""
    from flows.warmup import release, warm_up

    warm_up(args.sources, args.workers, args.task_runner)  # a big local run: workers' imports start now
    try:
        return _ingest(args)
    finally:
        release()  # a fork server started for nothing (every file unchanged) stops now


def _ingest(args: argparse.Namespace) -> int:
    from flows.pipeline import resolve_sources, run_ingest

    specs = resolve_sources(args.sources, args.feeds_file)  # config errors surface before anything runs
    warehouse = warehouse_path(args.warehouse)
    use_prefect = args.orchestrate == "prefect" or (args.orchestrate == "auto" and os.environ.get("PREFECT_API_URL"))
    if use_prefect:
        from flows.ingest import ingest_flow

        flow_fn = ingest_flow
        if args.task_runner == "dask":
            from flows.ingest import dask_task_runner

            flow_fn = ingest_flow.with_options(task_runner=dask_task_runner(args.dask_address, args.workers))
        result = flow_fn(sources=list(args.sources), warehouse=warehouse,
                         allow_private_network=args.allow_private_network, feeds_file=args.feeds_file,
                         lock_timeout=args.lock_timeout, workers=args.workers, task_runner=args.task_runner,
                         retry_failed=args.retry_failed)
        return 0 if result.get("status") == "completed" else 1
    from flows.parallel import make_processor

    processor = make_processor(args.workers, args.task_runner, args.dask_address)
    try:
        summary = run_ingest(specs, warehouse, allow_private_network=args.allow_private_network,
                             lock_timeout=args.lock_timeout, progress=None if args.quiet else _stderr,
                             retry_failed=args.retry_failed,
                             submit=processor.submit if processor else None)
    finally:
        if processor is not None:
            processor.close()
    print(summary.render())
    if args.orchestrate == "auto" and not args.quiet:
        print("  (ran directly; set PREFECT_API_URL to run as a Prefect flow, see README: Scheduled and event-driven runs)")
    return 0


def _stderr(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def cmd_sql(args: argparse.Namespace) -> int:
    """Run one read-only query and print it."""
    import duckdb

    from warehouse import store

    con = store.connect(warehouse_path(args.warehouse), read_only=True, lock_timeout=5)
    try:
        try:
            cur = con.execute(args.query)
        except duckdb.Error as exc:
            first = str(exc).splitlines()[0]
            hint = " (the warehouse is read-only here; use newsflow ingest to write)" if "read-only" in first.lower() else ""
            raise SqlError(f"query failed: {first}{hint}") from None
        if cur.description is None:
            return 0
        columns = [d[0] for d in cur.description]
        print_table(columns, cur.fetchall(), args.format)
    finally:
        con.close()
    return 0


class SqlError(RuntimeError):
    """A query the warehouse rejected."""


def cmd_feeds(args: argparse.Namespace) -> int:
    """List configured feeds with their last poll state."""
    from pathlib import Path

    from flows.config import load_feeds
    from warehouse import store

    feeds = load_feeds(args.feeds_file)
    states: dict = {}
    path = Path(warehouse_path(args.warehouse))
    if path.exists():
        con = store.connect(path, read_only=True, lock_timeout=5)
        try:
            states = store.feed_states(con) if con.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = 'feed_state'").fetchall()[0][0] else {}
        finally:
            con.close()
    rows = []
    for f in feeds.values():
        st = states.get(f.name, {})
        rows.append((f.name, f.kind, f.locator, "yes" if f.enabled else "no", f.schedule or "(default hourly)",
                     ", ".join(f.tags), st.get("last_polled_at") or "never", st.get("last_status") or "",
                     st.get("articles", 0)))
    print_table(["name", "kind", "url/path", "enabled", "schedule", "tags", "last polled", "status", "articles"], rows)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the feed deployments and the event-triggered ones until interrupted."""
    from flows.config import DEFAULT_SCHEDULE
    from flows.serve import ServeError, serve_feeds

    try:
        serve_feeds(args.serve_feeds_file or args.feeds_file, warehouse_path(args.warehouse),
                    args.default_schedule or DEFAULT_SCHEDULE, limit=args.limit)
    except ServeError as exc:
        print(f"newsflow serve: error: {exc}", file=sys.stderr)
        return 2
    return 0


def cmd_watch(args: argparse.Namespace) -> int:
    """Watch an inbox folder and ingest what lands in it."""
    from flows.watch import run_watch

    return run_watch(args.dir, warehouse_path(args.warehouse), done=args.done, failed=args.failed, poll=args.poll,
                     source=args.source, lock_timeout=args.lock_timeout)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``newsflow`` console script; returns the exit status."""
    from warehouse.store import WarehouseError

    args = build_parser().parse_args(argv)
    handlers = {"ingest": cmd_ingest, "sql": cmd_sql, "feeds": cmd_feeds, "serve": cmd_serve, "watch": cmd_watch}
    try:
        return handlers[args.command](args)
    except (ConfigError, WarehouseError, SqlError) as exc:
        print(f"newsflow: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("newsflow: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
