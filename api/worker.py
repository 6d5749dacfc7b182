"""What a `serve --workers N` worker needs beyond uvicorn's defaults, so that a rolling restart
(`SIGHUP` to the master) loses no request and a worker never outlives its master.

- ``DrainingHttpToolsProtocol`` (``DrainingH11Protocol`` where httptools is not installed; ``http_protocol``
  picks, as uvicorn's ``auto`` does): when a worker is told to stop (the master retiring it after its
  replacement is ready, or `SIGTERM`), uvicorn closes every connection that has no request in
  progress, including one it has just accepted (or a keep-alive one) whose request is already on its
  way: that client gets a reset (uvicorn#2757; 10 or 11 requests a restart in
  `python benchmarks/rolling_restart.py` before this). These protocols answer such a request
  instead, with ``Connection: close``, and close a connection that sends nothing after the
  keep-alive timeout, as on any idle connection. httptools (C, llhttp) parses a request in a
  fraction of h11's pure-Python time (`python benchmarks/http_load.py`); it sets no bound of its own on
  a request's line and headers, so the protocol here refuses more than h11's 16 KiB with a 431.
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

from typing import Any

from uvicorn.protocols.http.flow_control import CLOSE_HEADER
from uvicorn.protocols.http.h11_impl import H11Protocol

logger = logging.getLogger("safeguarding_rules.api.worker")


class _Draining:
    """Shutting down never drops a request already sent (mixed into uvicorn's h11 and httptools protocols).

    On shutdown uvicorn closes a connection at once unless a request is in progress, and closes one
    with a request in progress after its response without saying so. Here a connection with no
    request in progress is kept until its keep-alive timer fires (armed now if it is not yet); every
    response from then on, including one in progress, says ``Connection: close`` (RFC 9112 §9.6) when
    its headers are not yet sent, so a keep-alive client opens a new connection for its next request
    (to another worker) instead of sending it into a closed one."""

    draining = False
    cycle: Any
    transport: Any
    loop: Any
    timeout_keep_alive: float
    timeout_keep_alive_task: Any
    timeout_keep_alive_handler: Any

    def shutdown(self) -> None:
        self.draining = True
        if self.cycle is None or self.cycle.response_complete:
            if self.timeout_keep_alive_task is None and not self.transport.is_closing():
                self.timeout_keep_alive_task = self.loop.call_later(
                    self.timeout_keep_alive, self.timeout_keep_alive_handler
                )
        else:
            self._last_request()

    def _arrived(self) -> None:
        """A request has been read: if the worker is draining, it is the connection's last."""
        if self.draining and self.cycle is not None and not self.cycle.response_complete:
            self._last_request()

    def _last_request(self) -> None:
        self.cycle.keep_alive = False
        if not self.cycle.response_started and CLOSE_HEADER not in self.cycle.default_headers:
            self.cycle.default_headers = [*self.cycle.default_headers, CLOSE_HEADER]


class DrainingH11Protocol(_Draining, H11Protocol):
    """uvicorn's h11 protocol, draining (``_Draining``): for where httptools is not installed."""

    def handle_events(self) -> None:
        super().handle_events()
        self._arrived()


MAX_REQUEST_HEAD_BYTES = 16 * 1024
"""The most bytes of request line and headers a worker reads (h11's own bound, uvicorn's default)."""

try:
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
except ImportError:  # httptools is in uvicorn[standard]; without it, h11
    HttpToolsProtocol = None


if HttpToolsProtocol is not None:

    class DrainingHttpToolsProtocol(_Draining, HttpToolsProtocol):  # type: ignore[misc,valid-type]
        """uvicorn's httptools protocol, draining (``_Draining``), and bounding a request's head."""

        _reading_head = True  # between a request's first byte and the end of its headers
        _head_bytes = 0  # bytes received while reading the head
        _head_fields = 0  # bytes of the request line's target and the headers read so far

        def data_received(self, data: bytes) -> None:
            """Count what arrives while a request's head is incomplete, and refuse a head over the bound
            (httptools itself would keep appending to a header's value without end)."""
            if self._reading_head:
                self._head_bytes += len(data)
            super().data_received(data)
            if self._reading_head and self._head_bytes > MAX_REQUEST_HEAD_BYTES and not self.transport.is_closing():
                self._refuse_head()

        def on_message_begin(self) -> None:
            self._head_fields = 0
            super().on_message_begin()

        def on_url(self, url: bytes) -> None:
            self._measure(len(url))
            super().on_url(url)

        def on_header(self, name: bytes, value: bytes) -> None:
            self._measure(len(name) + len(value))
            super().on_header(name, value)

        def _measure(self, size: int) -> None:
            """A head that arrived whole in one read is measured here; raising stops httptools' parse
            (uvicorn then calls ``send_400_response``)."""
            self._head_fields += size
            if self._head_fields > MAX_REQUEST_HEAD_BYTES:
                raise ValueError("request head too large")

        def send_400_response(self, msg: str) -> None:
            if self._head_fields > MAX_REQUEST_HEAD_BYTES:
                self._refuse_head()
            else:
                super().send_400_response(msg)

        def _refuse_head(self) -> None:
            self.logger.warning("Request header fields too large.")
            self.transport.write(HEAD_TOO_LARGE)
            self.transport.close()

        def on_headers_complete(self) -> None:
            self._reading_head, self._head_bytes = False, 0
            super().on_headers_complete()
            self._arrived()

        def on_message_complete(self) -> None:
            super().on_message_complete()
            self._reading_head = True


HEAD_TOO_LARGE = (
    b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-type: text/plain; charset=utf-8\r\n"
    b"content-length: 31\r\nconnection: close\r\n\r\nRequest header fields too large"
)
"""The answer to a request head over the bound (RFC 6585 §5; uvicorn's h11 protocol answers a plain 400)."""


def http_protocol() -> type:
    """The protocol class `serve` runs: httptools' (C) where installed, else h11's, each draining."""
    return DrainingHttpToolsProtocol if HttpToolsProtocol is not None else DrainingH11Protocol


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
