"""A throwaway PostgreSQL server from Debian's ``postgresql`` package, for the store's tests.

``initdb`` makes a cluster in a temporary folder; ``pg_ctl`` starts it listening on a Unix socket in
that folder only (no TCP port), and stops it (immediately) when the tests are done, removing the folder.
PostgreSQL will not run as root, so as root it runs as the ``postgres`` user the package creates.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def postgres_bindir() -> Path | None:
    """The server's programs: Debian keeps them in /usr/lib/postgresql/<version>/bin, off PATH."""
    found = shutil.which("initdb")
    if found:
        return Path(os.path.realpath(found)).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    return Path(versions[-1]).parent if versions else None


def why_unavailable() -> str | None:
    """Why no server can be started here, or None if one can."""
    if postgres_bindir() is None:
        return "PostgreSQL's server is not installed (Debian's postgresql package; .ci/run installs it)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no postgres user to run the server as"
        if shutil.which("runuser") is None:
            return "running as root without runuser to start the server as the postgres user"
    return None


@contextmanager
def postgres_server() -> Iterator[str]:
    """Start a server; yield a SQLAlchemy URL for its ``postgres`` database; stop it afterwards."""
    bindir = postgres_bindir()
    assert bindir is not None, why_unavailable()
    folder = Path(tempfile.mkdtemp(prefix="sgr-pg-"))
    data, socket_dir = folder / "data", folder
    prefix: list[str] = []
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(folder, user.pw_uid, user.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    run = lambda *args: subprocess.run([*prefix, *args], check=True, capture_output=True, timeout=120)  # noqa: E731
    try:
        run(str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8")
        options = f"-c listen_addresses='' -k {socket_dir} -c fsync=on"
        run(str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "-t", "60", "start")
        try:
            yield f"postgresql+psycopg://postgres@/postgres?host={socket_dir}"
        finally:
            # Immediate: no shutdown checkpoint, as the cluster is deleted next.
            run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
