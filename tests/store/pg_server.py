"""A throw-away PostgreSQL server for the tests and the benchmark: ``initdb`` into a temp dir, loopback only.

The server binaries come from Debian's ``postgresql`` package (``/usr/lib/postgresql/<version>/bin``,
installed by ``scripts/setup_test_system.sh``), or from ``$MARSAD_PG_BIN``. As root, ``initdb`` and
``postgres`` refuse to run: they are run as the ``postgres`` system user (created by the package)
through ``runuser``, in a temp dir that user owns. The server listens on 127.0.0.1 on a free port and on
a unix socket inside the temp dir, trusts local connections, and is stopped and deleted at the end.

Without the binaries, ``pg_url`` skips the test with the reason, or fails it when ``CI=true``.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

USER = "marsad"
SYSTEM_USER = "postgres"
_counter = itertools.count(1)
_lock = threading.Lock()
_server: PostgresServer | None = None


def find_bin_dir() -> Path | None:
    """The directory of ``initdb``/``pg_ctl``: ``$MARSAD_PG_BIN``, the newest Debian version, or the PATH."""
    env = os.environ.get("MARSAD_PG_BIN")
    if env:
        return Path(env) if (Path(env) / "initdb").exists() else None
    debian = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if debian:
        return debian[-1].parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PostgresServer:
    """One PostgreSQL cluster in a temp dir; ``url(dbname)`` gives a ``postgresql://`` URL on loopback."""

    def __init__(self, bin_dir: Path, settings: dict[str, str] | None = None) -> None:
        self.bin_dir = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="marsad-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self.settings = {"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off", **(settings or {})}
        self.running = False
        self._as_system_user = os.geteuid() == 0
        if self._as_system_user:
            entry = pwd.getpwnam(SYSTEM_USER)  # KeyError: the package did not create the user
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
            self.root.chmod(0o700)

    def _run(self, *args: str) -> None:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self._as_system_user:
            command = ["runuser", "-u", SYSTEM_USER, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
        if result.returncode != 0:
            log = self.root / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}{tail}")

    def start(self) -> PostgresServer:
        self._run("initdb", "-D", str(self.data), "-U", USER, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8")
        options = " ".join(
            [f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root}"]
            + [f"-c {key}={value}" for key, value in self.settings.items()]
        )
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.root / "server.log"), "-w", "start")
        self.running = True
        return self

    def stop(self) -> None:
        if self.running:
            with contextlib.suppress(Exception):
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
            self.running = False
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{dbname}"

    def create_database(self, name: str | None = None) -> str:
        """Create an empty database and return its URL."""
        import psycopg

        name = name or f"marsad_test_{os.getpid()}_{next(_counter)}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, url: str) -> None:
        import psycopg

        name = url.rsplit("/", 1)[1]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def unavailable_reason() -> str | None:
    """Why no test server can be started here, or ``None``."""
    if find_bin_dir() is None:
        return "PostgreSQL server binaries not found (apt-get install postgresql, or set MARSAD_PG_BIN)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(SYSTEM_USER)
        except KeyError:
            return f"running as root and there is no {SYSTEM_USER!r} user to run the server as"
    return None


def require_server_binaries() -> None:
    """Skip the calling test when no server can be started here, or fail it when ``CI=true``."""
    reason = unavailable_reason()
    if reason:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"PostgreSQL tests cannot run in CI: {reason}")
        pytest.skip(reason)


def shared_server() -> PostgresServer:
    """The server of this test process, started on first use (skip or, with CI=true, fail without binaries)."""
    global _server
    with _lock:
        if _server is None or not _server.running:
            require_server_binaries()
            bin_dir = find_bin_dir()
            assert bin_dir is not None
            _server = PostgresServer(bin_dir).start()
        return _server


def stop_shared_server() -> None:
    global _server
    with _lock:
        if _server is not None:
            _server.stop()
            _server = None


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """The session's PostgreSQL server (stopped and deleted at the end)."""
    server = shared_server()
    try:
        yield server
    finally:
        stop_shared_server()


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> Iterator[str]:
    """A new empty database on the session's server, dropped after the test."""
    url = pg_server.create_database()
    try:
        yield url
    finally:
        with contextlib.suppress(Exception):
            pg_server.drop_database(url)
