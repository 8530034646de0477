"""feeds.toml: one ``[[feed]]`` per source, parsed into frozen ``FeedSpec`` objects and checked up front."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_FEEDS_FILE = "feeds.toml"
DEFAULT_WAREHOUSE = "warehouse/newsflow.duckdb"
DEFAULT_SCHEDULE = "0 * * * *"  # hourly, for feeds that set none

_KNOWN_KEYS = {
    "name", "kind", "url", "path", "enabled", "schedule", "tags", "language",
    "max_items", "user_agent", "allow_private_network", "delay", "timeout", "respect_robots",
}


class ConfigError(ValueError):
    """feeds.toml (or a SOURCE argument) cannot be used; the message names the feed and the key."""


@dataclass(frozen=True)
class FeedSpec:
    """A configured source: what to read and how politely."""

    name: str
    kind: str
    url: str | None = None
    path: str | None = None
    enabled: bool = True
    schedule: str | None = None
    tags: tuple[str, ...] = ()
    language: str | None = None
    max_items: int | None = None
    user_agent: str | None = None
    allow_private_network: bool = False
    delay: float = 1.0
    timeout: float = 20.0
    respect_robots: bool = True
    options: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def locator(self) -> str:
        """Where the feed lives, for messages."""
        return self.url or self.path or ""


def _check_cron(name: str, expr: str) -> None:
    """Reject cron expressions that do not have five fields of cron characters."""
    fields = expr.split()
    allowed = set("0123456789*/,-?LW#ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    if len(fields) != 5 or any(not set(f.upper()) <= allowed for f in fields):
        raise ConfigError(
            f"feed {name!r}: key 'schedule' = {expr!r} is not a 5-field cron expression (e.g. '*/30 * * * *')"
        )


def parse_feed(entry: dict, index: int = 0, base_dir: Path | None = None) -> FeedSpec:
    """Validate one ``[[feed]]`` table and turn it into a FeedSpec."""
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"feed #{index + 1}: key 'name' is missing or empty; every [[feed]] needs a unique name")
    unknown = sorted(set(entry) - _KNOWN_KEYS - {"options"})
    if unknown:
        raise ConfigError(f"feed {name!r}: unknown key {unknown[0]!r} (known keys: {', '.join(sorted(_KNOWN_KEYS))})")
    kind = entry.get("kind")
    if not isinstance(kind, str) or not kind:
        raise ConfigError(f"feed {name!r}: key 'kind' is missing (e.g. kind = \"rss\" or \"local\")")
    url, path = entry.get("url"), entry.get("path")
    if url is None and path is None:
        raise ConfigError(f"feed {name!r}: needs key 'url' or key 'path'")
    if url is not None and (not isinstance(url, str) or not url.startswith(("http://", "https://"))):
        raise ConfigError(f"feed {name!r}: key 'url' = {url!r} must be an http(s) URL")
    if path is not None:
        if not isinstance(path, str):
            raise ConfigError(f"feed {name!r}: key 'path' must be a string")
        if base_dir is not None and not os.path.isabs(path):
            path = str((base_dir / path))
    checks = {
        "enabled": bool, "allow_private_network": bool, "respect_robots": bool,
        "max_items": int, "delay": (int, float), "timeout": (int, float),
        "user_agent": str, "schedule": str, "language": str,
    }
    for key, typ in checks.items():
        if key in entry and (not isinstance(entry[key], typ) or (typ is int and isinstance(entry[key], bool))):
            raise ConfigError(f"feed {name!r}: key {key!r} = {entry[key]!r} has the wrong type")
    for key in ("max_items", "delay", "timeout"):
        if key in entry and entry[key] < 0:
            raise ConfigError(f"feed {name!r}: key {key!r} must not be negative")
    tags = entry.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ConfigError(f"feed {name!r}: key 'tags' must be a list of strings")
    if "schedule" in entry:
        _check_cron(name, entry["schedule"])
    options = entry.get("options", {})
    if not isinstance(options, dict):
        raise ConfigError(f"feed {name!r}: key 'options' must be a table")
    return FeedSpec(
        name=name, kind=kind, url=url, path=path,
        enabled=entry.get("enabled", True), schedule=entry.get("schedule"), tags=tuple(tags),
        language=entry.get("language"), max_items=entry.get("max_items"),
        user_agent=entry.get("user_agent"), allow_private_network=entry.get("allow_private_network", False),
        delay=float(entry.get("delay", 1.0)), timeout=float(entry.get("timeout", 20.0)),
        respect_robots=entry.get("respect_robots", True), options=options,
    )


def load_feeds(path: str | Path = DEFAULT_FEEDS_FILE) -> dict[str, FeedSpec]:
    """Read and validate every feed of a feeds.toml, keyed by unique name."""
    path = Path(path)
    if not path.exists():
        raise ConfigError(f"{path}: no such file; create it with one [[feed]] table per source (see README)")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    entries = data.get("feed", [])
    if not isinstance(entries, list):
        raise ConfigError(f"{path}: use [[feed]] tables (an array of tables), not [feed]")
    feeds: dict[str, FeedSpec] = {}
    for i, entry in enumerate(entries):
        spec = parse_feed(entry, i, base_dir=path.resolve().parent)
        if spec.name in feeds:
            raise ConfigError(f"feed {spec.name!r}: key 'name' is used twice in {path}")
        feeds[spec.name] = spec
    return feeds


def warehouse_path(cli_value: str | None = None) -> str:
    """The warehouse file: --warehouse, else $NEWSFLOW_WAREHOUSE, else the default."""
    return cli_value or os.environ.get("NEWSFLOW_WAREHOUSE") or DEFAULT_WAREHOUSE
