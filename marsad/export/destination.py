"""Where an export goes: a file (written beside as ``<name>.part`` and renamed when complete) or stdout."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from marsad.export.errors import ExportError
from marsad.export.registry import ExportFormat


def is_stdout(path: Path | None) -> bool:
    return path is None or str(path) == "-"


@contextmanager
def open_destination(fmt: ExportFormat, path: Path | None) -> Iterator[IO[Any]]:
    """A stream for ``fmt``: stdout for text formats without a path, else a file that appears only when complete.

    A binary format without a file raises E802; a file that cannot be written raises E805. If the export
    fails, the partial file is removed and an existing file at ``path`` is left as it was.
    """
    if is_stdout(path):
        if fmt.binary:
            raise ExportError("E802", name=fmt.name, extension=fmt.extension)
        yield sys.stdout
        sys.stdout.flush()
        return
    assert path is not None
    partial = path.with_name(path.name + ".part")
    try:
        stream: IO[Any] = partial.open("wb") if fmt.binary else partial.open("w", encoding="utf-8", newline="")
    except OSError as exc:
        raise ExportError("E805", path=path, reason=exc.strerror or exc) from None
    try:
        with stream:
            yield stream
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
