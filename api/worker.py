"""What a `serve --workers N` worker needs beyond uvicorn's defaults, so that a rolling restart
(`SIGHUP` to the master) loses no request and a worker never outlives its master.

- ``DrainingH11Protocol``: when a worker is told to stop (the master retiring it after its
  replacement is ready, or `SIGTERM`), uvicorn closes every connection that has no request in
  progress, including one it has just accepted (or a keep-alive one) whose request is already on its
  way: that client gets a reset (uvicorn#2757; 10 or 11 requests a restart in
  `python benchmarks/rolling_restart.py` before this). This protocol answers such a request
  instead, with ``Connection: close``, and closes a connection that sends nothing after the
  keep-alive timeout, as on any idle connection.
- ``exit_with_master``: a worker whose master is killed (`SIGKILL`, the OOM killer) would go on
  serving unsupervised and keep the port, so that a new `serve` cannot bind it. The worker watches
  the pipe that multiprocessing gives every spawned child from its parent (it reaches end of file
  when the parent dies, however it dies), and then shuts itself down gracefully.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading

from uvicorn.protocols.http.flow_control import CLOSE_HEADER
from uvicorn.protocols.http.h11_impl import H11Protocol

logger = logging.getLogger("safeguarding_rules.api.worker")


class DrainingH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, except that shutting down never drops a request already sent.

    On shutdown uvicorn closes a connection at once unless a request is in progress, and closes one
    with a request in progress after its response without saying so. Here a connection with no
    request in progress is kept until its keep-alive timer fires (armed now if it is not yet); every
    response from then on, including one in progress, says ``Connection: close`` (RFC 9112 §9.6) when
    its headers are not yet sent, so a keep-alive client opens a new connection for its next request
    (to another worker) instead of sending it into a closed one."""

    draining = False

    def shutdown(self) -> None:
        self.draining = True
        if self.cycle is None or self.cycle.response_complete:
            if self.timeout_keep_alive_task is None and not self.transport.is_closing():
                self.timeout_keep_alive_task = self.loop.call_later(
                    self.timeout_keep_alive, self.timeout_keep_alive_handler
                )
        else:
            self._last_request()

    def handle_events(self) -> None:
        super().handle_events()
        if self.draining and self.cycle is not None and not self.cycle.response_complete:
            self._last_request()

    def _last_request(self) -> None:
        self.cycle.keep_alive = False
        if not self.cycle.response_started and CLOSE_HEADER not in self.cycle.default_headers:
            self.cycle.default_headers = [*self.cycle.default_headers, CLOSE_HEADER]


def exit_with_master() -> None:
    """In a worker spawned by multiprocessing (uvicorn's master), shut down gracefully when the master
    dies; elsewhere (one process, or a fork by another supervisor) do nothing.

    Why this and not ``prctl(PR_SET_PDEATHSIG)`` or polling ``os.getppid()``: the parent's sentinel is
    what multiprocessing itself provides for this, works on every platform, needs no polling, and has
    no race (a master that died before the watch began is seen at once); PDEATHSIG is Linux-only,
    fires when the parent *thread* that started the worker exits rather than the process, and must
    still check ``getppid()`` for a master that died before it was set."""
    master = multiprocessing.parent_process()
    if master is None:
        return

    def watch() -> None:
        master.join()  # returns when the master's end of the pipe closes: it has exited
        logger.warning("the master process has exited: this worker shuts down", extra={"master_pid": master.pid})
        os.kill(os.getpid(), signal.SIGTERM)  # uvicorn's graceful shutdown: requests in progress finish

    threading.Thread(target=watch, name="exit-with-master", daemon=True).start()
