"""Structured logs with a request id, and Prometheus metrics; neither ever carries case data.

Log lines and metric labels hold only the method, the route template, the status, timings and
determination ids and statuses - never a case's facts, its case_ref or a request body.
"""

from __future__ import annotations

import contextvars
import json
import logging
import re
import time
import uuid
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram
from pythonjsonlogger.json import JsonFormatter as BaseJsonFormatter
from safeguarding_rules_api.problem_kinds import KINDS, document, instance
from safeguarding_rules_api.versions import PREFIXES
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from safeguarding_rules import Decision

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")


logger = logging.getLogger("safeguarding_rules.api")


class JsonFormatter(BaseJsonFormatter):
    """One JSON object per line (python-json-logger), with the request id of the request being served;
    a record's ``fields`` (method, route template, status, timing) are flattened into it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("fmt", "%(asctime)s %(levelname)s %(name)s %(message)s")
        kwargs.setdefault("rename_fields", {"asctime": "time", "levelname": "level", "name": "logger"})
        kwargs.setdefault("datefmt", "%Y-%m-%dT%H:%M:%S%z")
        super().__init__(*args, **kwargs)

    def add_fields(self, log_data: dict[str, Any], record: logging.LogRecord, message_dict: dict[str, Any]) -> None:
        super().add_fields(log_data, record, message_dict)
        log_data["level"] = str(log_data.get("level", record.levelname)).lower()
        log_data["request_id"] = request_id.get()
        log_data.update(log_data.pop("fields", None) or {})


LOG_CONFIG: dict[str, Any] = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "safeguarding_rules_api.observability.JsonFormatter"}},
    "handlers": {"json": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}},
    "loggers": {
        "safeguarding_rules": {"handlers": ["json"], "level": "INFO", "propagate": False},
        "uvicorn": {"handlers": ["json"], "level": "INFO", "propagate": False},
        "uvicorn.error": {"handlers": ["json"], "level": "INFO", "propagate": False},
    },
}
"""Uvicorn's logging configuration for `safeguarding-rules serve`: JSON lines, applied in every worker."""


class Metrics:
    """The service's Prometheus metrics, in a registry of its own (one per app)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter("safeguarding_requests_total", "HTTP requests", ["method", "route", "status"], registry=self.registry)
        self.latency = Histogram(
            "safeguarding_request_seconds", "HTTP request latency", ["route"], registry=self.registry,
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
        )
        self.determinations = Counter(
            "safeguarding_determinations_total", "Determinations returned", ["determination", "status"], registry=self.registry
        )
        # Each (determination, status) counter looked up once: ``labels`` takes a lock and builds its key
        # on every call. Both labels come from the rulesets, never from a client, so this stays small.
        self._determination_counters: dict[tuple[str, str], Any] = {}

    def observe(self, decision: Decision) -> None:
        counters = self._determination_counters
        for determination in decision.determinations:
            key = (determination.id, determination.status)
            counter = counters.get(key)
            if counter is None:
                counter = counters[key] = self.determinations.labels(*key)
            counter.inc()


class RequestContextMiddleware:
    """Request id, method check, security headers, ruleset versions, access log and request metrics."""

    def __init__(self, app: ASGIApp, *, metrics: Metrics, rulesets_header: str) -> None:
        self.app = app
        self.metrics = metrics
        self.rulesets_header = rulesets_header.encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers", []))
        incoming = headers.get(b"x-request-id", b"").decode("latin-1")
        rid = incoming if _SAFE_REQUEST_ID.fullmatch(incoming) else uuid.uuid4().hex
        if scope["method"] not in KNOWN_METHODS:
            # Refused before it is counted or logged as sent: a method is a client's string, and
            # every distinct one would be a new metric label.
            await problem(send, scope, "method-not-allowed", f"Methods: {', '.join(sorted(KNOWN_METHODS))}.", rid,
                          errors=[{"loc": ["method"], "msg": "an unknown HTTP method", "type": "method_not_allowed"}],
                          extra=[(b"allow", b"GET, HEAD, POST, OPTIONS")])
            logger.info("request", extra={"fields": {"request_id": rid, "method": "OTHER", "route": "unmatched", "status": 405}})
            return
        token = request_id.set(rid)
        started = time.perf_counter()
        status_code = 500
        response_started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal status_code, response_started
            if message["type"] == "http.response.start":
                status_code = message["status"]
                response_started = True
                extra = [
                    (b"x-request-id", rid.encode()),
                    (b"x-rulesets", self.rulesets_header),
                    (b"x-content-type-options", b"nosniff"),
                    (b"x-frame-options", b"DENY"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"cache-control", b"no-store"),
                ]
                if not scope["path"].startswith(("/docs", "/redoc")):
                    extra.append((b"content-security-policy", b"default-src 'none'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'"))
                # Set once: a problem sent by an inner middleware already names the request id.
                names = {name for name, _ in extra}
                message["headers"] = [(k, v) for k, v in message.get("headers", []) if k.lower() not in names] + extra
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception as exc:  # noqa: BLE001 - the last line: a problem document, never a traceback
            # Logged by type only: an exception's text may carry case facts.
            logger.error("unhandled exception", extra={"fields": {"request_id": rid, "exception": type(exc).__name__}})
            if not response_started:
                status_code = 500
                await _internal_error(send, scope, rid)
        finally:
            self._record(scope, status_code, started, rid)
            request_id.reset(token)

    def _record(self, scope: Scope, status_code: int, started: float, rid: str) -> None:
        route = scope.get("route")
        # The template without converters (`{ruleset_id}`, not `{ruleset_id:path}`), as OpenAPI names it.
        template = getattr(route, "path_format", None) or getattr(route, "path", "unmatched")
        # A router included under the version prefix reports its own path: label it as called.
        prefix = scope["path"][:3]
        if route is not None and prefix in PREFIXES and scope["path"][3:4] == "/" and not template.startswith(prefix):
            template = f"{prefix}{template}"
        elapsed = time.perf_counter() - started
        self.metrics.requests.labels(scope["method"], template, str(status_code)).inc()
        self.metrics.latency.labels(template).observe(elapsed)
        logger.info(
            "request",
            extra={"fields": {"request_id": rid, "method": scope["method"], "route": template, "status": status_code,
                              "ms": round(elapsed * 1000, 2)}},
        )


KNOWN_METHODS = frozenset({"GET", "HEAD", "POST", "OPTIONS", "PUT", "PATCH", "DELETE"})
"""Methods counted and logged by name; any other string is refused with a 405 first."""

_SAFE_REQUEST_ID = re.compile(r"[A-Za-z0-9-]{1,64}")
"""An incoming X-Request-ID is kept (and logged) only if it matches; otherwise a new one is made."""


async def problem(
    send: Send, scope: Scope, kind: str, detail: str, rid: str, *,
    errors: list[dict[str, Any]] | None = None, extra: list[tuple[bytes, bytes]] | None = None,
) -> None:
    """A problem document (RFC 9457) sent by a middleware itself, before or instead of the app."""
    body = document(kind, detail, rid, instance(scope), errors)
    await send({"type": "http.response.start", "status": KINDS[kind].status,
                "headers": [(b"content-type", b"application/problem+json"), (b"x-request-id", rid.encode()),
                            (b"content-length", str(len(body)).encode()), (b"cache-control", b"no-store"),
                            *(extra or [])]})
    await send({"type": "http.response.body", "body": body})


async def _internal_error(send: Send, scope: Scope, rid: str) -> None:
    """A 500 problem document with the request id, and no exception text or traceback."""
    await problem(send, scope, "internal-error", "Quote the request id when reporting this.", rid)
