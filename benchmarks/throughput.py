"""Throughput benchmark: newsflow end to end against plain trafilatura, same run, same pages.

Builds N article pages from the AEB pages, each a perturbed copy (new <title>, a few inserted
sentences, so every content hash differs) written as .html files, then measures:

- baseline: ``trafilatura.extract(html)`` over the same pages in one process (pages/s);
- newsflow end to end: ``newsflow ingest DIR --warehouse fresh.duckdb`` as a subprocess, wall clock
  including start-up, default settings; per-stage totals from its summary; peak RSS of the process tree;
- an incremental re-run over the same files (nothing new);
- ``newsflow ingest seeds/`` into a fresh warehouse with no Prefect server;
- with ``--also-n``: the end-to-end run again on a larger corpus, for memory flatness.

    python benchmarks/throughput.py [--n 2000] [--aeb ../shared/data/aeb] [--also-n 20000]
"""

from __future__ import annotations

import argparse
import gzip
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# ``python -m flows.cli`` from ROOT: the code of this checkout, whichever environment runs the benchmark.
NEWSFLOW_CMD = [sys.executable, "-m", "flows.cli"]
PREFECT = Path(sys.executable).parent / "prefect"
WORDS = ("council", "delegates", "ministers", "agreement", "statement", "security", "talks", "summit", "leaders",
         "observers", "pledge", "budget", "framework", "partners", "reform", "energy", "trade", "climate")
_TITLE = re.compile(r"(<title[^>]*>)(.*?)(</title>)", re.I | re.S)
_PARA = re.compile(r"<p[ >]", re.I)
_URL_TAG = re.compile(r"<(?:link|meta)\b[^>]*>", re.I)
_URL_KIND = re.compile(r"""rel=["']?canonical\b|property=["']og:url["']""", re.I)
_URL_ATTR = re.compile(r"""(\b(?:href|content)=["'])([^"']+)(["'])""", re.I)
_TIME_LINE = re.compile(r"time: startup ([\d.]+) s, reading ([\d.]+) s, CPU stages ([\d.]+) s \(([\d.]+) CPU-s\), "
                        r"waiting for them ([\d.]+) s, landing ([\d.]+) s")


def perturb(html: str, i: int, rng: random.Random) -> str:
    """A copy of a page with a distinct title and three inserted sentences (so its content hash differs)."""
    html = _TITLE.sub(lambda m: f"{m.group(1)}{m.group(2).strip()} ({i}){m.group(3)}", html, count=1)
    # a distinct canonical URL / og:url: each copy is its own article, not a new version of the original
    html = _URL_TAG.sub(lambda m: _URL_ATTR.sub(lambda a: f"{a.group(1)}{a.group(2).rstrip('/')}/copy-{i}{a.group(3)}",
                                                m.group(0), count=1)
                        if _URL_KIND.search(m.group(0)) else m.group(0), html)
    spots = [m.end() for m in _PARA.finditer(html)]
    for pos in sorted(rng.sample(spots, min(3, len(spots))), reverse=True):
        close = html.find(">", pos - 1) + 1
        words = " ".join(rng.choice(WORDS) for _ in range(8))
        html = f"{html[:close]}Update {i}: the {words} were noted on day {rng.randint(1, 28)}. {html[close:]}"
    return html


def build_corpus(aeb: Path, n: int, out: Path, seed: int = 7) -> list[Path]:
    """N perturbed pages from the AEB html/*.html.gz, written as out/NNNNN.html (UTF-8)."""
    from extractors.decode import decode_bytes

    sources = sorted((aeb / "html").glob("*.html.gz"))
    if not sources:
        raise SystemExit(f"no *.html.gz under {aeb / 'html'}; pass --aeb")
    pages = [decode_bytes(gzip.decompress(p.read_bytes()), None, "text/html") for p in sources]
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(n):
        path = out / f"{i:05d}.html"
        path.write_text(perturb(pages[i % len(pages)], i, rng), encoding="utf-8")
        files.append(path)
    return files


def baseline(files: list[Path]) -> float:
    """Plain trafilatura.extract over the pages in this process; returns seconds."""
    import trafilatura

    started = time.perf_counter()
    for path in files:
        trafilatura.extract(path.read_text(encoding="utf-8"))
    return time.perf_counter() - started


def _tree_rss_kb(pid: int) -> int:
    """Resident set size (KB) of a process and its descendants, from /proc."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                total += next((int(l.split()[1]) for l in fh if l.startswith("VmRSS:")), 0)
            with open(f"/proc/{p}/task/{p}/children") as fh:
                todo += [int(c) for c in fh.read().split()]
        except (OSError, ValueError):
            pass
    return total


def _tree_cpu_by_pid(pid: int) -> dict[int, float]:
    """User + system CPU seconds of a process and each live descendant, from /proc (clock ticks)."""
    out, todo, tick = {}, [pid], os.sysconf("SC_CLK_TCK")
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            out[p] = (int(fields[11]) + int(fields[12])) / tick  # utime, stime
            with open(f"/proc/{p}/task/{p}/children") as fh:
                todo += [int(c) for c in fh.read().split()]
        except (OSError, ValueError, IndexError):
            pass
    return out


def run_newsflow(args: list[str], warehouse: Path, api_url: str | None = None) -> dict:
    """``newsflow ingest ARGS`` as a subprocess: wall seconds, peak RSS of the process tree, counts, stages."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    if api_url:
        env["PREFECT_API_URL"] = api_url
    cmd = [*NEWSFLOW_CMD, "ingest", *args, "--warehouse", str(warehouse), "-q"]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    peak = [0]
    cpu: dict[int, float] = {}

    def sample():
        while proc.poll() is None:
            peak[0] = max(peak[0], _tree_rss_kb(proc.pid))
            cpu.update(_tree_cpu_by_pid(proc.pid))  # last value seen per process (workers exit before the end)
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - started
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"newsflow failed ({proc.returncode}): {err[-2000:]}")
    stages = _TIME_LINE.search(out) or _TIME_LINE.search(err)  # a flow run prints its summary through Prefect's log
    counts = re.search(r"articles: (\d+) new, (\d+) updated, (\d+) unchanged, (\d+) duplicate, (\d+) failed", out)
    return {
        "wall": wall, "tree_peak_mb": peak[0] / 1024, "summary": out.strip(), "cpu": sum(cpu.values()),
        "stages": dict(zip(("startup", "load", "process", "process_cpu", "wait", "land"), map(float, stages.groups())))
        if stages else {},
        "counts": dict(zip(("new", "updated", "unchanged", "duplicate", "failed"), map(int, counts.groups()))) if counts else {},
    }


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _tree_cpu(pid: int) -> float:
    """User + system CPU seconds of a process and its live descendants."""
    return sum(_tree_cpu_by_pid(pid).values())


def prefect_overhead(files: list[Path], tmp: Path, rounds: int = 2) -> None:
    """The same pages direct and as a flow run against a running ``prefect server start`` (fresh database).

    Direct and flow runs alternate ``rounds`` times (each into a fresh warehouse) and the best wall time of
    each is kept, so load from other jobs hits both alike. The server's CPU during the flow runs is printed
    too: on this 2-core machine it competes with the workers, so it is part of the overhead.
    """
    import httpx

    sub = tmp / "prefect_corpus"
    sub.mkdir()
    for f in files:
        os.link(f, sub / f.name)
    home = tmp / "prefect_home"
    home.mkdir()
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1")
    server = subprocess.Popen([str(PREFECT), "server", "start", "--no-ui", "--host", "127.0.0.1",
                               "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    api = f"http://127.0.0.1:{port}/api"
    try:
        for _ in range(240):
            try:
                if httpx.get(f"{api}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        else:
            raise SystemExit("prefect server did not start in 120 s")
        walls: dict[str, list[float]] = {"direct": [], "flow": []}
        cpus: dict[str, list[float]] = {"direct": [], "flow": []}  # the run's process tree + the server
        stage_cpus: dict[str, list[float]] = {"direct": [], "flow": []}  # CPU of the CPU stages themselves
        server_cpu = []
        for r in range(rounds):
            # ABBA order (direct, flow, flow, direct, ...): this machine drifts within a run, and a fixed order
            # would always hand the flow the later, slower slot
            for mode in (("direct", "flow") if r % 2 == 0 else ("flow", "direct")):
                before = _tree_cpu(server.pid)
                run = run_newsflow([str(sub)], tmp / f"{mode}{r}.duckdb", api_url=api if mode == "flow" else None)
                spent = _tree_cpu(server.pid) - before  # the idle server's own loops count in both modes
                walls[mode].append(run["wall"])
                cpus[mode].append(run["cpu"] + spent)
                stage_cpus[mode].append(run["stages"]["process_cpu"])
                if mode == "flow":
                    server_cpu.append(spent)
    finally:
        server.terminate()
        server.wait(timeout=30)
    direct, flow = min(walls["direct"]), min(walls["flow"])
    extra = flow - direct
    paired = [f - d for d, f in zip(walls["direct"], walls["flow"])]  # the two runs of one round sat side by side
    mean_extra = sum(paired) / len(paired)
    mean_flow = sum(walls["flow"]) / len(walls["flow"])
    print(f"prefect: {len(files)} pages, best of {rounds} alternating rounds: direct {direct:.1f} s, as a flow run "
          f"{flow:.1f} s (server already up): overhead {extra:.1f} s = {extra / flow * 100:.1f}% of the run "
          f"(target < 5%); all walls {[[round(w, 1) for w in v] for v in walls.values()]}; "
          f"server CPU per flow run {[round(c, 1) for c in server_cpu]} s")
    print(f"prefect, round by round: flow minus direct {[round(x, 1) for x in paired]} s, mean {mean_extra:.1f} s = "
          f"{mean_extra / mean_flow * 100:.1f}% of the mean flow run")
    # CPU is what the flow path adds on a machine whose cores are all busy, and it is far less noisy than wall
    # time on a shared machine: the run's process tree (main, fork server, workers) plus the server's CPU.
    d_cpu, f_cpu = min(cpus["direct"]), min(cpus["flow"])
    cpu_paired = [f - d for d, f in zip(cpus["direct"], cpus["flow"])]
    print(f"prefect CPU: direct {d_cpu:.1f} s, as a flow run {f_cpu:.1f} s (process tree + server, best of {rounds}): "
          f"overhead {f_cpu - d_cpu:.1f} CPU-s = {(f_cpu - d_cpu) / f_cpu * 100:.1f}% of the run's CPU; all "
          f"{ {k: [round(c, 1) for c in v] for k, v in cpus.items()} }; round by round "
          f"{[round(x, 1) for x in cpu_paired]}, mean {sum(cpu_paired) / len(cpu_paired):.1f} CPU-s")
    # Normalised by the same run's own work: both modes run identical CPU stages (their CPU is summed in the
    # workers), so "all CPU / CPU-stage CPU" cancels the machine's speed drift, which moves every process of a
    # run alike and moved identical runs' CPU by up to 20% here. What the flow run spends beyond the direct
    # run's ratio is Prefect: its client in the flow process, its task runs and events, and the server.
    # The same normalisation of wall time (seconds per CPU-stage CPU-second) also counts what Prefect does while a
    # core idles (importing it and creating the flow run before the first batch, finishing the run after the last).
    for name, measure in (("wall", walls), ("CPU", cpus)):
        ratios = {k: [t / s for t, s in zip(measure[k], stage_cpus[k])] for k in measure}
        shares = [(1 - d / f) * 100 for d, f in zip(ratios["direct"], ratios["flow"])]
        print(f"prefect {name}, normalised by each run's CPU-stage CPU ({name} / CPU-stage CPU-s: "
              f"{ {k: [round(x, 4) for x in v] for k, v in ratios.items()} }): Prefect's share of the flow run's {name} "
              f"round by round {[round(x, 1) for x in shares]}%, mean {sum(shares) / len(shares):.1f}% (target < 5%)")


def main() -> int:
    """Build the corpus, run everything, print every figure and ratio."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="pages in the corpus (default 2000)")
    ap.add_argument("--aeb", default=str(ROOT / ".." / "shared" / "data" / "aeb"), help="AEB folder with html/*.html.gz")
    ap.add_argument("--also-n", type=int, default=None, help="a second, larger corpus for the memory-flatness check")
    ap.add_argument("--skip-baseline", action="store_true", help="skip the trafilatura baseline")
    ap.add_argument("--prefect-n", type=int, default=0,
                    help="also run the first N pages as a Prefect flow on a temporary server, against a direct run")
    ap.add_argument("--prefect-rounds", type=int, default=2, help="alternating direct/flow rounds (best kept)")
    ap.add_argument("--skip-main", action="store_true", help="skip the end-to-end and incremental runs")
    args = ap.parse_args()
    import duckdb
    import prefect
    import trafilatura

    print(f"machine: nproc={os.cpu_count()} python={sys.version.split()[0]} trafilatura={trafilatura.__version__} "
          f"duckdb={duckdb.__version__} prefect={prefect.__version__} load={os.getloadavg()[0]:.2f}")
    tmp = Path(tempfile.mkdtemp(prefix="nf-throughput-"))
    try:
        seeds = run_newsflow(["seeds/"], tmp / "seeds.duckdb")
        print(f"seeds: newsflow ingest seeds/ into a fresh warehouse, no Prefect server: {seeds['wall']:.2f} s wall "
              f"(target < 5 s)")

        files = build_corpus(Path(args.aeb), args.n, tmp / "corpus")
        mb = sum(f.stat().st_size for f in files) / 1e6
        print(f"corpus: {len(files)} pages, {mb:.0f} MB, in {tmp / 'corpus'}")
        base_s = None
        if not args.skip_baseline:
            base_s = baseline(files)
            print(f"baseline: trafilatura.extract, one process: {base_s:.1f} s, {len(files) / base_s:.1f} pages/s")

        first = None
        if not args.skip_main:
            first = run_newsflow([str(tmp / "corpus")], tmp / "wh.duckdb")
            pps = len(files) / first["wall"]
            print(f"newsflow first run: {first['wall']:.1f} s wall incl. start-up, {pps:.1f} pages/s, "
                  f"peak RSS (process tree) {first['tree_peak_mb']:.0f} MB, counts {first['counts']}")
            if first["stages"]:
                st = first["stages"]
                print(f"  stages: startup {st['startup']:.1f} s, reading {st['load']:.1f} s, CPU stages {st['process']:.1f} s "
                      f"(summed over workers: {st['process'] / len(files) * 1000:.0f} ms/page), waiting {st['wait']:.1f} s, "
                      f"landing {st['land']:.1f} s ({st['land'] / len(files) * 1000:.1f} ms/page)")
            if base_s:
                print(f"  ratio end-to-end / baseline pages/s: {pps / (len(files) / base_s):.2f}x (target >= 1.2x)")

            again = run_newsflow([str(tmp / "corpus")], tmp / "wh.duckdb")
            print(f"newsflow incremental re-run: {again['wall']:.2f} s wall, counts {again['counts']}; "
                  f"ratio to first run: {again['wall'] / first['wall'] * 100:.1f}% (target <= 5%)")

        if args.prefect_n:
            prefect_overhead(files[: args.prefect_n], tmp, args.prefect_rounds)

        if args.also_n:
            shutil.rmtree(tmp / "corpus")
            big = build_corpus(Path(args.aeb), args.also_n, tmp / "corpus_big")
            large = run_newsflow([str(tmp / "corpus_big")], tmp / "big.duckdb")
            print(f"newsflow at {len(big)} pages: {large['wall']:.1f} s wall, {len(big) / large['wall']:.1f} pages/s, "
                  f"peak RSS (process tree) {large['tree_peak_mb']:.0f} MB; ratio of peak RSS {args.also_n} / {args.n}: "
                  + (f"{large['tree_peak_mb'] / first['tree_peak_mb']:.2f}x (target <= 1.5x)" if first else "n/a"))
            if large["stages"]:
                print(f"  stages: {large['stages']}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
