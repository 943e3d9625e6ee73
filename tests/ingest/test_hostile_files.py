"""Folders an attacker prepared: symbolic links out of them, named pipes, sockets and devices,
files larger than they claim, folders that cannot be read. Each is reported with its name and a
reason and is not read; the rest of the batch still loads."""
from __future__ import annotations

import ctypes
import os
import shutil
import socket
import stat
import subprocess
import sys
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from app.articles.models import Article
from app.db.engine import create_db_engine
from app.ingest.batch import ingest_paths
from app.ingest.reader import MAX_ARTICLE_BYTES, MAX_BATCH_FILE_BYTES, ArticleError, read_inputs
from tests.conftest import ROOT, SEEDS, DatabaseFactory

SEED = SEEDS / "az-tatarstan-2024-04-17.txt"
SECRET = "A private note that lives outside the article folder."
GIB = 1 << 30


def bilateral_ingest(url: str, *args: str | Path, preexec_fn: Callable[[], None] | None = None
                     ) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", "ingest", *map(str, args)], cwd=ROOT, preexec_fn=preexec_fn,
        env={**os.environ, "DATABASE_URL": url}, capture_output=True, text=True, timeout=120,
    )


def stored_texts(url: str) -> list[str]:
    engine = create_db_engine(url)
    try:
        with engine.connect() as connection:
            return list(connection.scalars(select(Article.text)))
    finally:
        engine.dispose()


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder beside the article folder, holding what must not be read from it."""
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "secret.txt").write_text(SECRET)
    (folder / "more.txt").write_text(SECRET + " And more of it.")
    return folder


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """The article folder: one real article."""
    folder = tmp_path / "tree"
    folder.mkdir()
    shutil.copy(SEED, folder / "story.txt")
    return folder


def test_links_out_of_the_folder_are_reported_and_not_read(databases: DatabaseFactory, tree: Path,
                                                           outside: Path) -> None:
    url = databases.new_url()
    (tree / "passwd.txt").symlink_to("/etc/passwd")
    (tree / "secret.txt").symlink_to(outside / "secret.txt")
    (tree / "elsewhere").symlink_to(outside, target_is_directory=True)
    (tree / "same-story.txt").symlink_to("story.txt")  # inside the folder: read
    (tree / "nested").mkdir()
    (tree / "nested" / "up.txt").symlink_to("../story.txt")

    result = bilateral_ingest(url, tree)

    assert result.returncode == 1
    for name in ("passwd.txt", "secret.txt", "elsewhere"):
        assert f"{tree / name}: failed: a symbolic link out of {tree}: not followed" in result.stderr
    assert result.stdout.startswith("1 loaded, 0 replaced, 2 unchanged, 3 failed; ")
    [story] = stored_texts(url)
    assert SECRET not in story and "root:" not in story


def test_follow_symlinks_reads_links_out_and_stops_at_loops(databases: DatabaseFactory, tree: Path,
                                                            outside: Path) -> None:
    url = databases.new_url()
    (tree / "secret.txt").symlink_to(outside / "secret.txt")
    (tree / "elsewhere").symlink_to(outside, target_is_directory=True)
    (tree / "up").symlink_to(tree.parent, target_is_directory=True)  # a loop through the folder's parent
    (outside / "back").symlink_to(tree, target_is_directory=True)  # back into the folder
    (outside / "again").symlink_to(outside, target_is_directory=True)  # a loop out of it

    result = bilateral_ingest(url, "--follow-symlinks", tree)

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("3 loaded, 0 replaced, 1 unchanged, 0 failed; ")
    texts = stored_texts(url)
    assert len(texts) == 3 and sorted(text.startswith(SECRET) for text in texts) == [False, True, True]


@pytest.fixture
def special_files(tree: Path) -> Iterator[list[Path]]:
    """A named pipe, a socket and (where the kernel lets us make one) a copy of /dev/zero, all
    named like articles, in the folder."""
    os.mkfifo(tree / "pipe.txt")
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(tree / "socket.jsonl"))
    made = [tree / "pipe.txt", tree / "socket.jsonl"]
    try:
        os.mknod(tree / "zero.html", stat.S_IFCHR | 0o600, os.makedev(1, 5))
        made.append(tree / "zero.html")
    except PermissionError:
        pass
    yield made
    listener.close()


def test_special_files_are_reported_and_never_opened(fresh_engine: Engine, tree: Path, special_files: list[Path],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    real_open = os.open

    def spying_open(path: str | os.PathLike[str], flags: int, *args: int, **kwargs: int) -> int:
        opened.append(os.fspath(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", spying_open)
    report = ingest_paths(fresh_engine, [tree, Path("/dev/zero")])

    reasons = {f.path.name: f.reason for f in report.failed}
    assert reasons == {
        "pipe.txt": "not a regular file (a named pipe): not read",
        "socket.jsonl": "not a regular file (a socket): not read",
        "zero": "not a regular file (a character device): not read",
    } | ({"zero.html": "not a regular file (a character device): not read"} if len(special_files) == 3 else {})
    assert report.count("loaded") == 1
    assert not set(opened) & ({str(path) for path in special_files} | {"/dev/zero"})


def sparse_file(path: Path, size: int) -> Path:
    with path.open("wb") as handle:
        handle.truncate(size)
    return path


def peak_memory_while(action: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("name, limit", [("big.txt", MAX_ARTICLE_BYTES), ("big.jsonl", MAX_BATCH_FILE_BYTES)])
def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path, name: str, limit: int) -> None:
    big = sparse_file(tmp_path / name, GIB)
    found: list[object] = []

    peak = peak_memory_while(lambda: found.extend(read_inputs(big)))

    assert [str(error) for error in found if isinstance(error, ArticleError)] == [f"file is larger than {limit} bytes"]
    assert peak < 1_000_000


def test_reading_stops_at_the_limit_when_the_size_lies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that grows after it was measured, or whose size says 0 (as /proc files do), is read
    no further than one byte past the limit."""
    big = sparse_file(tmp_path / "growing.txt", GIB)
    real_fstat = os.fstat

    def size_zero(descriptor: int) -> os.stat_result:
        fields = list(real_fstat(descriptor))
        fields[stat.ST_SIZE] = 0
        return os.stat_result(fields)

    monkeypatch.setattr(os, "fstat", size_zero)
    found: list[object] = []

    peak = peak_memory_while(lambda: found.extend(read_inputs(big)))

    assert [str(error) for error in found] == [f"file is larger than {MAX_ARTICLE_BYTES} bytes"]
    assert peak < 3 * MAX_ARTICLE_BYTES


PR_CAPBSET_DROP = 24
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 1, 2


def drop_file_permission_override() -> None:
    """In the child, before exec: root without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH is held
    to the permission bits, as any user is (the tests run as root)."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
        if libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


@pytest.fixture
def locked(tree: Path, tmp_path: Path) -> Iterator[list[Path]]:
    """A folder in the tree and a folder beside it that no one may list."""
    folders = [tree / "locked", tmp_path / "locked-too"]
    for folder in folders:
        folder.mkdir()
        shutil.copy(SEED, folder / "hidden.txt")
        folder.chmod(0)
    yield folders
    for folder in folders:
        folder.chmod(0o755)


def test_a_folder_that_cannot_be_read_is_a_failure(databases: DatabaseFactory, tree: Path,
                                                   locked: list[Path]) -> None:
    preexec = drop_file_permission_override if os.geteuid() == 0 else None
    probe = subprocess.run([sys.executable, "-c", f"import os; os.listdir({str(locked[0])!r})"],
                           preexec_fn=preexec, capture_output=True)
    if probe.returncode == 0:
        pytest.skip("cannot give up the privilege of reading any folder here")
    url = databases.new_url()

    result = bilateral_ingest(url, tree, locked[1], preexec_fn=preexec)

    assert result.returncode == 1
    for folder in locked:
        assert f"{folder}: failed: cannot read folder: Permission denied" in result.stderr
    assert result.stdout.startswith("1 loaded, 0 replaced, 0 unchanged, 2 failed; ")


def test_files_are_read_one_at_a_time(fresh_engine: Engine, tree: Path) -> None:
    """A folder of many large files is not held in memory at once: each file is read in its turn
    (here the second goes before its turn comes, and is reported missing)."""
    second = tree / "zz-second.txt"
    shutil.copy(SEED, second)

    report = ingest_paths(fresh_engine, [tree], lambda index, total, outcome: second.unlink(missing_ok=True))

    assert [(f.path.name, f.outcome) for f in report.files] == [("story.txt", "loaded"), ("zz-second.txt", "failed")]
    assert report.files[1].reason == "cannot read file: No such file or directory"
