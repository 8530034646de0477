"""One smoke run of the Prefect ingest flow on a temporary local Prefect API."""

from __future__ import annotations

import duckdb
import pytest
from prefect.testing.utilities import prefect_test_harness

from flows.ingest import ingest_flow


@pytest.fixture(scope="module")
def prefect_api():
    with prefect_test_harness(server_startup_timeout=90):
        yield


def test_ingest_flow_lands_the_seeds(prefect_api, warehouse, seeds_dir):
    result = ingest_flow(sources=[str(seeds_dir)], warehouse=str(warehouse))
    assert result["status"] == "completed"
    assert result["counts"]["new"] == 2
    con = duckdb.connect(str(warehouse), read_only=True)
    run = con.execute("SELECT status, flow_run_id, articles_new FROM runs").fetchall()
    assert run[0][0] == "completed" and run[0][1] and run[0][2] == 2
