"""The CPU stages on a small Dask LocalCluster, directly and as a Prefect flow on DaskTaskRunner; one writer lands."""

from __future__ import annotations

import pytest

pytest.importorskip("distributed")
pytest.importorskip("prefect_dask")

from prefect.testing.utilities import prefect_test_harness  # noqa: E402
from prefect_dask import DaskTaskRunner  # noqa: E402

from flows.ingest import ingest_flow  # noqa: E402
from flows.parallel import DaskProcessor  # noqa: E402
from flows.pipeline import resolve_sources, run_ingest  # noqa: E402
from tests.test_parallel import article_rows, write_corpus  # noqa: E402

SMALL_CLUSTER = {"processes": False, "n_workers": 2, "threads_per_worker": 1, "dashboard_address": None}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, ):
    from tests.conftest import SEEDS

    return write_corpus(tmp_path_factory.mktemp("dask") / "corpus", SEEDS)


@pytest.fixture(scope="module")
def serial_rows(corpus, tmp_path_factory):
    path = tmp_path_factory.mktemp("serial") / "serial.duckdb"
    run_ingest(resolve_sources([str(corpus)], corpus / "feeds.toml"), str(path), batch_size=4, progress=None)
    return article_rows(path)


def test_client_map_lands_the_same_rows(corpus, serial_rows, tmp_path):
    specs = resolve_sources([str(corpus)], tmp_path / "feeds.toml")
    with DaskProcessor(min_parallel=0, chunk_size=2, cluster_kwargs=SMALL_CLUSTER) as dask:
        summary = run_ingest(specs, str(tmp_path / "dask.duckdb"), batch_size=4, progress=None, submit=dask.submit)
        assert dask.client is not None and len(dask.client.scheduler_info()["workers"]) == 2
    assert dask.client is None and dask.cluster is None
    assert summary.counts["failed"] == 1 and summary.counts["new"] >= 8
    assert article_rows(tmp_path / "dask.duckdb") == serial_rows


def test_flow_on_dask_task_runner(corpus, serial_rows, tmp_path):
    with prefect_test_harness(server_startup_timeout=90):
        flow = ingest_flow.with_options(task_runner=DaskTaskRunner(cluster_kwargs=SMALL_CLUSTER))
        result = flow(sources=[str(corpus)], warehouse=str(tmp_path / "flow.duckdb"), task_runner="dask")
    assert result["status"] == "completed"
    assert result["counts"]["failed"] == 1
    assert article_rows(tmp_path / "flow.duckdb") == serial_rows
