"""A real Prefect server for the ``server`` tests: ``prefect server start`` on a free port, SQLite in a temp dir.

Import the fixture into a test module with ``from tests.prefect_server import prefect_server``.
The server is started once per session however many modules import it (it is shared through a
module-level handle) and stopped at the end by killing its process group. Helpers here talk to the
REST API with httpx, so tests need no Prefect settings juggling in their own process.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
PREFECT = Path(sys.executable).parent / "prefect"
STARTUP_TIMEOUT = 90.0


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_env(home: Path, api_url: str | None = None) -> dict[str, str]:
    """Environment for the server and for processes that talk to it: own PREFECT_HOME, no telemetry."""
    env = dict(os.environ)
    env.update(
        PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1",
        PREFECT_API_DATABASE_CONNECTION_URL=f"sqlite+aiosqlite:///{home / 'prefect.db'}",
        PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="90", PREFECT_RUNNER_POLL_FREQUENCY="1",
        PREFECT_LOGGING_LEVEL="WARNING",
    )
    if api_url:
        env["PREFECT_API_URL"] = api_url
    else:
        env.pop("PREFECT_API_URL", None)
    return env


def stop_process_group(proc: subprocess.Popen, grace: float = 10.0) -> None:
    """SIGTERM the process group, then SIGKILL whatever is left after ``grace`` seconds."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(timeout=10)


class PrefectServer:
    """A running ``prefect server start`` and a small REST client for it."""

    def __init__(self) -> None:
        self.home = Path(tempfile.mkdtemp(prefix="newsflow-prefect-server-"))
        self.port = free_port()
        self.api_url = f"http://127.0.0.1:{self.port}/api"
        self.log = self.home / "server.log"
        self.proc: subprocess.Popen | None = None

    def start(self) -> "PrefectServer":
        """Start the server and poll /api/health until it answers."""
        with open(self.log, "wb") as log:
            self.proc = subprocess.Popen(
                [str(PREFECT), "server", "start", "--no-ui", "--host", "127.0.0.1", "--port", str(self.port)],
                env=server_env(self.home), stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            )
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"prefect server exited with {self.proc.returncode}:\n{self.log.read_text()[-3000:]}")
            try:
                if httpx.get(f"{self.api_url}/health", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"prefect server not healthy after {STARTUP_TIMEOUT:g} s:\n{self.log.read_text()[-3000:]}")

    def stop(self) -> None:
        """Stop the server (its whole process group) and remove its home."""
        if self.proc is not None:
            stop_process_group(self.proc)
            self.proc = None
        shutil.rmtree(self.home, ignore_errors=True)

    def env(self, **extra: str) -> dict[str, str]:
        """Environment for a subprocess that should use this server."""
        home = Path(tempfile.mkdtemp(prefix="newsflow-prefect-client-", dir=self.home))
        env = server_env(home, self.api_url)
        env.update(extra)
        return env

    # --- REST helpers ----------------------------------------------------------------------------

    def _request(self, method: str, url: str, body: dict | None = None) -> Any:
        """One API call; 503s (SQLite busy under load) are retried the way Prefect's own client does."""
        for attempt in range(6):
            r = httpx.request(method, url, json=body, timeout=15)
            if r.status_code != 503 or attempt == 5:
                break
            time.sleep(0.5 * (attempt + 1))
        r.raise_for_status()
        return r.json() if r.content else None

    def post(self, path: str, body: dict | None = None) -> Any:
        """POST to the API and return the JSON answer."""
        return self._request("POST", f"{self.api_url}{path}", body or {})

    def get(self, path: str) -> Any:
        """GET from the API and return the JSON answer."""
        return self._request("GET", f"{self.api_url}{path}")

    def deployments(self) -> dict[str, dict]:
        """Every deployment, keyed by ``<flow name>/<deployment name>``."""
        flows = {f["id"]: f["name"] for f in self.post("/flows/filter", {"limit": 200})}
        return {f"{flows.get(d['flow_id'], '?')}/{d['name']}": d for d in self.post("/deployments/filter", {"limit": 200})}

    def flow_runs(self, flow_name: str | None = None) -> list[dict]:
        """Flow runs, newest first, optionally of one flow."""
        body: dict = {"limit": 200, "sort": "EXPECTED_START_TIME_DESC"}
        if flow_name:
            body["flows"] = {"name": {"any_": [flow_name]}}
        return self.post("/flow_runs/filter", body)

    def events(self, prefix: str = "newsflow.") -> list[dict]:
        """Events whose name starts with ``prefix`` (the last day)."""
        page = self.post("/events/filter", {"filter": {"event": {"prefix": [prefix]}, "order": "ASC"}, "limit": 50})
        events = list(page.get("events", []))
        while page.get("next_page"):
            page = self._request("GET", page["next_page"])
            events += page.get("events", [])
        return events


def wait_for(what: str, check: Callable[[], Any], timeout: float = 90.0, every: float = 0.5) -> Any:
    """Poll ``check`` until it returns something truthy, or fail naming ``what`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        try:
            value = check()
            if value:
                return value
        except AssertionError:  # the check saw a definite failure: no point waiting
            raise
        except Exception as exc:  # noqa: BLE001 - e.g. the warehouse is locked for a moment; try again
            last_error = exc
        time.sleep(every)
    raise AssertionError(f"timed out after {timeout:g} s waiting for {what}" + (f" (last error: {last_error})" if last_error else ""))


_SERVER: PrefectServer | None = None


@pytest.fixture(scope="session")
def prefect_server() -> PrefectServer:
    """The session's Prefect server (started on first use, stopped at the end of the session)."""
    global _SERVER
    if _SERVER is None:
        _SERVER = PrefectServer().start()
    yield _SERVER
    if _SERVER is not None:
        _SERVER.stop()
        _SERVER = None
