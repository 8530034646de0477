"""Source kinds registered by name; plugins add theirs through the ``newsflow.sources`` entry-point group."""

from __future__ import annotations

from importlib import import_module
from importlib.metadata import entry_points

from flows.config import ConfigError
from flows.sources.base import KnownInput, Source, SourceContext, SourceFailure

# Built-in kinds, imported lazily so that `newsflow sql` does not pay for feedparser and friends.
_BUILTIN = {
    "local": "flows.sources.local:LocalSource",
    "rss": "flows.sources.rss:RssSource",
    "sitemap": "flows.sources.sitemap:SitemapSource",
}
_REGISTRY: dict[str, type] = {}


def register(cls: type) -> type:
    """Class decorator: make a source kind available under ``cls.kind``."""
    existing = _REGISTRY.get(cls.kind)
    if existing is not None and existing is not cls:
        raise ValueError(f"source kind {cls.kind!r} is registered twice ({existing.__module__}, {cls.__module__})")
    _REGISTRY[cls.kind] = cls
    return cls


def _load(target: str) -> type:
    module, _, attr = target.partition(":")
    return getattr(import_module(module), attr)


def available_kinds() -> list[str]:
    """Every kind name: built-in and from installed plugins."""
    return sorted(set(_BUILTIN) | set(_REGISTRY) | {ep.name for ep in entry_points(group="newsflow.sources")})


def get_source_class(kind: str) -> type:
    """The class for a kind name; built-ins first, then plugins."""
    if kind in _REGISTRY:
        return _REGISTRY[kind]
    if kind in _BUILTIN:
        try:
            cls = _load(_BUILTIN[kind])
        except ModuleNotFoundError as exc:
            raise ConfigError(f"source kind {kind!r} is not available: {exc}") from None
        _REGISTRY[kind] = cls
        return cls
    for ep in entry_points(group="newsflow.sources"):
        if ep.name == kind:
            cls = ep.load()
            _REGISTRY[kind] = cls
            return cls
    raise ConfigError(f"unknown source kind {kind!r}; available: {', '.join(available_kinds())}")


__all__ = ["KnownInput", "Source", "SourceContext", "SourceFailure", "register", "get_source_class", "available_kinds"]
