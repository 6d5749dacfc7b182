"""API-key authentication: off unless keys are configured; then every endpoint but /healthz needs one,
the API's documentation included unless ``public_docs`` makes it public."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends, Request, status
from fastapi.security import APIKeyHeader
from safeguarding_rules_api.bodies import Refused
from safeguarding_rules_api.observability import problem, request_id
from starlette.types import ASGIApp, Receive, Scope, Send

_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="Required when the service has API keys configured.")


MISSING_KEY = "a valid X-API-Key header is required"
MISSING_KEY_ERROR = {"loc": ["header", "X-API-Key"], "msg": MISSING_KEY, "type": "invalid_api_key"}
"""The field at fault in a 401: the header, whether missing or not a key."""


def valid_key(key: str | None, keys: frozenset[str]) -> bool:
    """Whether ``key`` is one of ``keys``, compared in constant time."""
    return key is not None and any(secrets.compare_digest(key.encode(), k.encode()) for k in keys)


async def require_api_key(request: Request, key: Annotated[str | None, Depends(_header)]) -> None:
    """Refuse a request without a valid key (when keys are configured); ``async`` so it runs on the
    event loop, not in the threadpool."""
    keys: frozenset[str] = request.app.state.api_keys
    if keys and not valid_key(key, keys):
        raise Refused(status.HTTP_401_UNAUTHORIZED, MISSING_KEY, [MISSING_KEY_ERROR], headers={"WWW-Authenticate": "ApiKey"})


DOCS_PATHS = ("/docs", "/redoc", "/openapi.json", "/static-offline-docs/")
"""The documentation routes (FastAPI's own, so outside the routers' key dependency)."""


class DocsKeyGuard:
    """Requires a key for the documentation routes too: the schema describes the service to anyone."""

    def __init__(self, app: ASGIApp, keys: frozenset[str]) -> None:
        self.app = app
        self.keys = keys

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith(DOCS_PATHS):
            key = dict(scope.get("headers", [])).get(b"x-api-key", b"").decode("latin-1") or None
            if not valid_key(key, self.keys):
                await problem(send, scope, "unauthorized", MISSING_KEY, request_id.get(),
                              errors=[MISSING_KEY_ERROR], extra=[(b"www-authenticate", b"ApiKey")])
                return
        await self.app(scope, receive, send)
