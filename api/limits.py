"""The body limits, applied before the app reads a byte: per request, and across the worker.

A body is read in full (up to ``max_body_bytes``) before the app sees it, so an oversized chunked body is
a clean 413 rather than a parse error. Bodies being received or held at once by one worker share a
budget (``max_buffered_body_bytes``): without it, every connection the worker accepts could hold a
body of the maximum size (256 connections of 8 MiB are 2 GiB); beyond it a request is turned away at
once with a 503 and ``Retry-After``, as the assessment slots do.
"""

from __future__ import annotations

from safeguarding_rules_api.observability import problem, request_id
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class BodyLimitMiddleware:
    """Refuses a body over the per-request limit (413) or over what the worker may hold at once (503)."""

    def __init__(self, app: ASGIApp, *, max_body_bytes: int, max_buffered_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.budget = max_buffered_body_bytes
        self.held = 0  # bytes of bodies this worker holds now (changed only on the event loop's thread)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body_bytes:
            await self._too_large(send, scope)
            return
        messages: list[Message] = []
        mine = 0
        try:
            more = True
            while more:
                message = await receive()
                messages.append(message)
                if message["type"] != "http.request":
                    break
                size = len(message.get("body", b""))
                if mine + size > self.max_body_bytes:
                    await self._too_large(send, scope)
                    return
                if self.held + size > self.budget:
                    await problem(send, scope, "service-unavailable",
                                  f"This worker already holds {self.budget} bytes of request bodies "
                                  "(SAFEGUARDING_RULES_MAX_BUFFERED_BODY_BYTES): retry shortly.",
                                  request_id.get(), extra=[(b"retry-after", b"1")])
                    return
                mine += size
                self.held += size
                more = message.get("more_body", False)

            async def replay() -> Message:
                return messages.pop(0) if messages else await receive()

            await self.app(scope, replay, send)
        finally:
            self.held -= mine

    async def _too_large(self, send: Send, scope: Scope) -> None:
        said = f"The limit is {self.max_body_bytes} bytes (SAFEGUARDING_RULES_MAX_BODY_BYTES)."
        await problem(send, scope, "payload-too-large", said, request_id.get(),
                      errors=[{"loc": ["body"], "msg": said, "type": "too_large"}])
