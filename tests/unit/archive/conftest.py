"""The contract fixture: every archive test in test_contract runs against each implementation.

"postgres" runs the SQL archive on a throw-away PostgreSQL server started for the session when
its binaries (initdb, pg_ctl) and asyncpg are installed; it is skipped where they are not.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from tamperwatch.archive.base import Archive
from tamperwatch.archive.memory import MemoryArchive
from tamperwatch.settings import Settings

IMPLEMENTATIONS = ["memory", "sql", "postgres"]
PG_START_TIMEOUT_S = 60
PG_PORT = 55_433  # on a private socket folder only (listen_addresses is empty)


def _pg_bin() -> Path | None:
    found = shutil.which("initdb")
    candidates = [found] if found else sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    for initdb in candidates:
        if initdb and Path(initdb).with_name("pg_ctl").exists():
            return Path(initdb).parent
    return None


def _run_as_postgres(*argv: str) -> None:
    """Run a PostgreSQL tool; it refuses to run as root, so as the postgres user then."""
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    subprocess.run([*prefix, *argv], check=True, capture_output=True, timeout=PG_START_TIMEOUT_S)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A PostgreSQL server on a Unix socket for this session; yields its socket folder."""
    bin_dir = _pg_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL is not installed")
    pytest.importorskip("asyncpg")
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        pytest.skip("running as root without runuser")
    root = Path(tempfile.mkdtemp(prefix="tw-pg-"))
    data, sock, log = root / "data", root / "sock", root / "log"
    sock.mkdir()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(sock, "postgres")
    pg_ctl = str(bin_dir / "pg_ctl")
    try:
        _run_as_postgres(str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres")
        options = f"-k {sock} -p {PG_PORT} -c listen_addresses= -c fsync=off"
        _run_as_postgres(pg_ctl, "-D", str(data), "-o", options, "-w", "-l", str(log), "start")
    except (subprocess.SubprocessError, OSError) as exc:
        shutil.rmtree(root, ignore_errors=True)
        pytest.skip(f"PostgreSQL did not start: {exc}")
    try:
        yield str(sock)
    finally:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            _run_as_postgres(pg_ctl, "-D", str(data), "-m", "immediate", "stop")
        shutil.rmtree(root, ignore_errors=True)


async def _fresh_database(sock: str, name: str) -> str:
    import asyncpg

    conn = await asyncpg.connect(host=sock, port=PG_PORT, user="postgres", database="postgres")
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    return f"postgresql+asyncpg://postgres@/{name}?host={sock}&port={PG_PORT}"


@pytest.fixture(params=IMPLEMENTATIONS)
async def archive(request: pytest.FixtureRequest, settings: Settings) -> AsyncIterator[Archive]:
    if request.param == "memory":
        impl: Archive = MemoryArchive()
    else:
        from tamperwatch.archive.sql import SqlArchive

        if request.param == "postgres":
            sock = request.getfixturevalue("postgres_server")
            url = await _fresh_database(sock, "tw_contract")
            settings = settings.model_copy(update={"database_url": url})
        impl = await SqlArchive.from_settings(settings).open()
    try:
        yield impl
    finally:
        await impl.aclose()
