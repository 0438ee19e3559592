"""The files the CLI writes (-o): never over the archive, never left half-written, a failure in one line.

A regular file (or a new one) is written aside, in its folder, and renamed over the path when complete,
so a failure leaves the old file as it was and no partial one; a symlink is followed (the link stays,
its target is replaced). A FIFO or a device (/dev/stdout, a named pipe) is written straight into, never
replaced.
"""

import contextlib
import os
import stat
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from .errors import ArchiverError, UsageError

ARCHIVE_COMPANIONS = ("", "-wal", "-shm", "-journal", ".lock")  # the files SQLite and the crawl lock keep


def refuse_archive(output: Path, archive: Path) -> None:
    """-o naming the archive (or a file SQLite keeps beside it), by any path or link, is refused."""
    target = output.resolve()
    for suffix in ARCHIVE_COMPANIONS:
        companion = Path(f"{archive}{suffix}")
        same = target == companion.resolve()
        with contextlib.suppress(OSError):
            same = same or (output.exists() and companion.exists() and output.samefile(companion))
        if same:
            raise UsageError(f"-o {output} would overwrite the archive {companion}: choose another file")


def is_stream(path: Path) -> bool:
    """A FIFO, a character device or a socket: written into as it is."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode) or stat.S_ISSOCK(mode)


@contextlib.contextmanager
def output_file(path: Path, archive: Path | None = None, *, binary: bool = False) -> Iterator[IO]:
    """A stream to write `path` through (text: UTF-8, newlines as written); on any failure the partial file
    is removed and the failure is an ArchiverError naming the path."""
    if archive is not None:
        refuse_archive(path, archive)
    mode = "wb" if binary else "w"
    text = {} if binary else {"encoding": "utf-8", "newline": ""}
    try:
        if is_stream(path):
            with open(path, mode, **text) as stream:  # type: ignore[call-overload]
                yield stream
            return
        with _renamed_into_place(path.resolve(), mode, text) as stream:
            yield stream
    except OSError as exc:
        raise ArchiverError(f"cannot write {path}: {exc.strerror or exc}") from None


@contextlib.contextmanager
def _renamed_into_place(target: Path, mode: str, text: dict) -> Iterator[IO]:
    fd, partial = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with open(fd, mode, **text) as stream:
            with _synced_meanwhile(fd):
                yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(partial, _mode_for(target))
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(partial)
        raise


SYNC_INTERVAL = 0.25  # seconds between the syncs of a file being written
SYNC_DATA = getattr(os, "fdatasync", os.fsync)  # (macOS has no fdatasync)


@contextlib.contextmanager
def _synced_meanwhile(fd: int) -> Iterator[None]:
    """What has been written to fd goes to the disk while more is written (a thread syncs it every
    SYNC_INTERVAL), so that the fsync that ends the file waits for the last part only, not for all of it: the
    fsync of a 300 MiB export took half a second at the end."""
    stop = threading.Event()

    def sync() -> None:
        while not stop.wait(SYNC_INTERVAL):
            with contextlib.suppress(OSError):  # a failure to write shows in the final fsync
                SYNC_DATA(fd)

    syncer = threading.Thread(target=sync, daemon=True)
    syncer.start()
    try:
        yield
    finally:
        stop.set()
        syncer.join()


def _mode_for(target: Path) -> int:
    """The permissions the file has, or a new file's (mkstemp makes it readable by its owner only)."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
