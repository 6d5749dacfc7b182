"""`serve --workers N` as an operator runs it: a rolling restart (`SIGHUP`) under load replaces every
worker and loses no request; a worker never outlives its master; a worker told to stop answers a
request already on its way. Real processes on a free loopback port; everything is killed in the end.
Durations are measured by `python benchmarks/rolling_restart.py`, not asserted here."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time

import psutil
import pytest
from typer.testing import CliRunner

from benchmarks.rolling_restart import (
    CASE, ROOT, Load, free_port, healthy, rolling_restart, service_env, start_serve,
)
from safeguarding_rules.cli import app

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGHUP and SIGKILL are POSIX signals")


def _gone(process: psutil.Process) -> bool:
    """Exited (a zombie counts: it no longer serves or holds the port, and its reaper may be slow)."""
    try:
        return process.status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def test_a_rolling_restart_under_load_replaces_every_worker_and_loses_no_request() -> None:
    serve = start_serve(workers=2)
    try:
        with Load(serve.port, clients=8) as load:
            deadline = time.monotonic() + 60
            while load.sent < 40 and time.monotonic() < deadline:  # the load is running before the restart
                time.sleep(0.1)
            restart = rolling_restart(serve, workers=2, timeout=120)
            after = load.sent
            while load.sent < after + 40 and time.monotonic() < deadline + 60:  # the new workers serve
                time.sleep(0.1)
        assert restart.completed, f"the restart did not complete:\n{serve.events()}"
        assert len(restart.new) == 2 and not restart.new & restart.old
        assert load.sent >= after + 40, dict(load.outcomes)
        assert load.lost == 0, dict(load.outcomes)  # every request got a 200, before, during and after
    finally:
        serve.stop()
        serve.log.unlink(missing_ok=True)


def test_the_workers_exit_when_the_master_is_killed_and_a_new_serve_binds_the_port() -> None:
    serve = start_serve(workers=2)
    workers = [psutil.Process(pid) for pid in serve.workers()]
    second = None
    try:
        assert len(workers) == 2
        os.kill(serve.process.pid, signal.SIGKILL)
        serve.process.wait(timeout=10)
        deadline = time.monotonic() + 20
        while not all(_gone(worker) for worker in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert all(_gone(worker) for worker in workers), "workers kept serving after their master was killed"
        assert not healthy(serve.port)
        second = start_serve(workers=1, port=serve.port)  # binds the same port
        assert healthy(second.port)
    finally:
        for worker in workers:
            try:
                worker.kill()
            except psutil.NoSuchProcess:
                pass
        serve.stop()
        serve.log.unlink(missing_ok=True)
        if second is not None:
            second.stop()
            second.log.unlink(missing_ok=True)


def test_a_worker_told_to_stop_answers_a_request_sent_on_a_connection_it_had_accepted() -> None:
    """What a rolling restart does to the worker it retires (uvicorn closed such a connection unanswered,
    uvicorn#2757): the client connected just before the signal, and sends its request just after."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "safeguarding_rules.cli", "serve", "--port", str(port)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=service_env(),
    )
    try:
        deadline = time.monotonic() + 60
        while not healthy(port):
            assert server.poll() is None and time.monotonic() < deadline, "serve did not start"
            time.sleep(0.2)
        body = json.dumps(CASE).encode()
        with socket.create_connection(("127.0.0.1", port), timeout=30) as client:
            time.sleep(0.5)  # accepted by the worker
            server.send_signal(signal.SIGTERM)
            time.sleep(0.5)  # the worker is shutting down
            client.sendall(
                b"POST /v1/assess HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + f"Content-Length: {len(body)}\r\n\r\n".encode() + body
            )
            answer = b""
            while chunk := client.recv(65536):  # until the worker closes the connection
                answer += chunk
        head, _, decision = answer.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 200"), answer[:200]
        assert json.loads(decision)["determinations"]
        assert server.wait(timeout=30) in (0, -signal.SIGTERM)  # it then exits (uvicorn re-raises the signal)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait(timeout=10)


def test_serve_gives_new_workers_the_configured_time_to_start(monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn
    from safeguarding_rules_api.worker import DrainingHttpToolsProtocol

    captured: dict[str, object] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: captured.update(kwargs))
    monkeypatch.setenv("SAFEGUARDING_RULES_WORKER_HEALTHCHECK_TIMEOUT", "45")
    monkeypatch.delenv("SAFEGUARDING_RULES_RULESET_DIRS", raising=False)
    result = CliRunner().invoke(app, ["serve", "--port", "8123", "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert captured["timeout_worker_healthcheck"] == 45 and captured["http"] is DrainingHttpToolsProtocol


def test_a_served_worker_refuses_a_request_head_over_16_kib_and_still_serves() -> None:
    """httptools (which `serve` runs) sets no bound on a request's headers: the worker's protocol does.
    A header streamed without end is answered 431 and the connection closed, not held in memory."""
    serve = start_serve(workers=1)
    try:
        with socket.create_connection(("127.0.0.1", serve.port), timeout=30) as client:
            client.sendall(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Padding: ")
            answer = b""
            try:
                for _ in range(1024):  # up to 4 MiB, 4 KiB at a time, until the worker answers
                    client.sendall(b"a" * 4096)
            except OSError:
                pass  # closed by the worker
            try:
                while chunk := client.recv(65536):
                    answer += chunk
            except OSError:
                pass
        assert answer.startswith(b"HTTP/1.1 431"), answer[:200]
        with socket.create_connection(("127.0.0.1", serve.port), timeout=30) as client:  # one read, over the bound
            client.sendall(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + b"a" * 20_000 + b"\r\n\r\n")
            assert client.recv(65536).startswith(b"HTTP/1.1 431")
        assert healthy(serve.port)
    finally:
        serve.stop()
        serve.log.unlink(missing_ok=True)
