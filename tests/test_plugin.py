"""An out-of-tree source kind is found through the ``newsflow.sources`` entry point, as `pip install` would expose it."""

from __future__ import annotations

import shutil
import sys
import tomllib
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pytest

import flows.sources as sources
from extractors.models import RawDocument
from flows.config import FeedSpec
from flows.sources.base import SourceContext, SourceFailure
from tests.http_server import FixtureServer, http_server  # noqa: F401

PLUGIN = Path(__file__).parent / "fixtures" / "plugin_pkg"


def install_plugin(site: Path) -> str:
    """Lay the plugin out in ``site`` as an installer does (package + dist-info with entry_points.txt)."""
    project = tomllib.loads((PLUGIN / "pyproject.toml").read_text())["project"]
    name, version = project["name"], project["version"]
    shutil.copytree(PLUGIN / "newsflow_jsonfeed", site / "newsflow_jsonfeed")
    dist_info = site / f"{name.replace('-', '_')}-{version}.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n")
    lines = []
    for group, entries in project["entry-points"].items():
        lines.append(f"[{group}]")
        lines += [f"{key} = {target}" for key, target in entries.items()]
    (dist_info / "entry_points.txt").write_text("\n".join(lines) + "\n")
    return name


@pytest.fixture
def plugin_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The example plugin installed into a temporary site directory on sys.path."""
    site = tmp_path / "site-packages"
    site.mkdir()
    install_plugin(site)
    monkeypatch.syspath_prepend(str(site))
    yield site
    sources._REGISTRY.pop("jsonfeed", None)
    for module in [m for m in sys.modules if m.startswith("newsflow_jsonfeed")]:
        del sys.modules[module]


def test_kind_is_unknown_without_the_plugin() -> None:
    assert "jsonfeed" not in sources.available_kinds()


def test_entry_point_discovery_and_documents(plugin_site: Path, http_server: FixtureServer) -> None:
    from importlib.metadata import entry_points

    (ep,) = [ep for ep in entry_points(group="newsflow.sources") if ep.name == "jsonfeed"]
    assert ep.value == "newsflow_jsonfeed.source:JsonFeedSource"
    assert "jsonfeed" in sources.available_kinds()
    cls = sources.get_source_class("jsonfeed")
    assert cls.kind == "jsonfeed" and Path(sys.modules[cls.__module__].__file__).is_relative_to(plugin_site)

    spec = FeedSpec(name="notes", kind="jsonfeed", url=http_server.url("jsonfeed.json"), delay=0.0)
    ctx = SourceContext(allow_private_network=True)
    out = list(cls(spec).documents(ctx))
    docs = [d for d in out if isinstance(d, RawDocument)]
    failures = [f for f in out if isinstance(f, SourceFailure)]
    assert [d.url for d in docs] == [http_server.url("notes/vilnius-day-one")]
    assert docs[0].meta["published_at"] == datetime(2023, 7, 11, 17, 0, tzinfo=timezone.utc)
    assert [f.stage for f in failures] == ["parse"]
    assert list(cls(spec).documents(ctx)) == []  # second run: 304


@pytest.mark.timeout(60)
def test_plugin_kind_through_feeds_toml_and_the_cli(plugin_site: Path, http_server: FixtureServer, tmp_path: Path) -> None:
    from flows.cli import main

    feeds = tmp_path / "feeds.toml"
    feeds.write_text(f'[[feed]]\nname = "notes"\nkind = "jsonfeed"\nurl = "{http_server.url("jsonfeed.json")}"\n'
                     "allow_private_network = true\ndelay = 0.0\n")
    warehouse = tmp_path / "w.duckdb"
    assert main(["--feeds-file", str(feeds), "ingest", "--warehouse", str(warehouse), "-q"]) == 0
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        rows = con.execute("SELECT source, title, body FROM articles").fetchall()
    finally:
        con.close()
    assert len(rows) == 1 and rows[0][0] == "notes" and "Membership Action Plan" in rows[0][2]
    assert "Great summary" not in rows[0][2]
