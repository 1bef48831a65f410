"""Tar archives for tests: small ones in memory, big ones made as they are sent."""

from __future__ import annotations

import io
import os
import tarfile
from collections.abc import Iterator

__all__ = ["streamed_tar", "tar_of"]


def tar_of(files: dict[str, bytes]) -> bytes:
    """A tar archive holding `files` ({name: content})."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def streamed_tar(size: int, name: str = "big.bin") -> Iterator[bytes]:
    """A tar archive with one file of `size` random bytes (nothing compresses),
    produced in 1 MiB pieces: never in memory whole."""
    info = tarfile.TarInfo(name)
    info.size = size
    yield info.tobuf(format=tarfile.PAX_FORMAT)
    block = 1 << 20
    for offset in range(0, size, block):
        yield os.urandom(min(block, size - offset))
    yield b"\0" * (-size % 512 + 1024)  # padding, then the end of the archive
