"""API-key authentication: off unless keys are configured; then every endpoint but /healthz needs one."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import APIKeyHeader

_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="Required when the service has API keys configured.")


def require_api_key(request: Request, key: Annotated[str | None, Depends(_header)]) -> None:
    keys: frozenset[str] = request.app.state.api_keys
    if not keys:
        return
    if key is None or not any(secrets.compare_digest(key.encode(), k.encode()) for k in keys):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "a valid X-API-Key header is required", headers={"WWW-Authenticate": "ApiKey"})
