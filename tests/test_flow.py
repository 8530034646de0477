"""One smoke run of the Prefect ingest flow on a temporary local Prefect API."""

from __future__ import annotations

import pickle

import duckdb
import pytest
from prefect.testing.utilities import prefect_test_harness
from prefect.utilities.collections import visit_collection

from extractors.models import RawDocument
from flows.ingest import Batch, ingest_flow


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


def test_a_batch_is_one_leaf_to_prefect_and_pickles_whole():
    """Task parameters are walked item by item unless opaque: a batch must cost one visit, not one per document."""
    docs = [RawDocument(source="cli", locator=f"/tmp/{i}.html", content=b"<p>x</p>", meta={"k": [1, 2]})
            for i in range(50)]
    seen = []
    visit_collection(Batch(docs), lambda x: seen.append(x), return_data=False)
    assert len(seen) == 1
    seen.clear()
    visit_collection(docs, lambda x: seen.append(x), return_data=False)
    assert len(seen) > 50  # what the wrapper saves: the list, each document and its fields
    again = pickle.loads(pickle.dumps(Batch(docs)))  # Dask workers in other processes receive it pickled
    assert again.docs == docs and len(again) == 50 and repr(again) == "Batch(50 documents)"
