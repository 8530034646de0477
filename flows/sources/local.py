"""``local``: .txt/.html/.htm files and folders on disk (the seeds are one)."""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path
from typing import ClassVar, Iterator

from extractors.models import RawDocument
from flows.config import FeedSpec
from flows.sources.base import KnownInput, SourceContext, SourceFailure

SUFFIXES = {".txt": "text/plain", ".html": "text/html", ".htm": "text/html"}
MAX_FILE_BYTES = 20 * 1024 * 1024


def list_files(root: Path) -> list[Path]:
    """Every readable article file under a file or folder, in a stable order."""
    if root.is_file():
        return [root]
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        found += [Path(dirpath) / f for f in sorted(filenames) if Path(f).suffix.lower() in SUFFIXES]
    return found


class LocalSource:
    """Reads article files from a path; unreadable files become failures, not crashes."""

    kind: ClassVar[str] = "local"

    def __init__(self, spec: FeedSpec) -> None:
        self.spec = spec

    def documents(self, ctx: SourceContext) -> Iterator[RawDocument | SourceFailure | KnownInput]:
        """Yield one RawDocument per file, a SourceFailure for a file that cannot be read, and a KnownInput
        (without reading it) for a file whose size and mtime are those of bytes that already landed."""
        root = Path(self.spec.path or "")
        if not root.exists():
            yield SourceFailure(str(root), "load", f"no such file or folder: {root}")
            return
        files = list_files(root)
        if self.spec.max_items is not None:
            files = files[: self.spec.max_items]
        for path in files:
            try:
                st = path.stat()
                if ctx.file_unchanged(str(path), st.st_size, st.st_mtime_ns):
                    yield KnownInput(str(path))
                    continue
                if st.st_size > MAX_FILE_BYTES:
                    yield SourceFailure(str(path), "load",
                                        f"file is {st.st_size} bytes, over the {MAX_FILE_BYTES}-byte cap")
                    continue
                content = path.read_bytes()
                mtime = datetime.fromtimestamp(st.st_mtime, tz=timezone.utc)
            except OSError as exc:
                yield SourceFailure(str(path), "load", f"cannot read file: {exc.strerror or exc}")
                continue
            yield RawDocument(
                source=self.spec.name,
                locator=str(path),
                content=content,
                content_type=SUFFIXES.get(path.suffix.lower(), "text/plain"),
                url=path.resolve().as_uri(),
                fetched_at=mtime,
                stat=(st.st_size, st.st_mtime_ns),
            )
