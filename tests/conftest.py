"""Suite-wide set-up: Prefect state in a temporary PREFECT_HOME, analytics off, a fresh warehouse per test."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

# Before anything imports prefect: never touch the user's ~/.prefect, never phone home.
_PREFECT_HOME = tempfile.mkdtemp(prefix="newsflow-prefect-home-")
os.environ["PREFECT_HOME"] = _PREFECT_HOME
os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
os.environ["DO_NOT_TRACK"] = "1"
os.environ["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"] = "90"
os.environ.pop("PREFECT_API_URL", None)
os.environ.pop("NEWSFLOW_WAREHOUSE", None)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_PREFECT_HOME, ignore_errors=True)


@pytest.fixture
def warehouse(tmp_path) -> Path:
    """A path for a fresh DuckDB warehouse file."""
    return tmp_path / "newsflow.duckdb"


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS
