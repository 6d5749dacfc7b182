"""A practitioner's sign-in to the triage pages when API keys are set: a browser form cannot send an
``X-API-Key`` header, so the partnership's key is typed once and proved by a cookie.

The cookie holds an expiry time and an HMAC-SHA256 of it keyed with the API key: it proves the key
without holding it, needs no server state (any worker checks it against the configured keys, in
constant time), and stops working when its key is removed from the configuration. It is limited to
the triage pages (``Path=/triage``): the API endpoints still need the header, so the cookie can
never make a cross-site request to ``/v1/assess`` count as authenticated.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Iterable
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import Response

COOKIE = "triage_session"
COOKIE_PATH = "/triage"
SESSION_SECONDS = 8 * 3600
"""How long a sign-in lasts: a working day; then the key is asked for again."""

_PURPOSE = b"safeguarding-rules triage session v1\x00"
"""Binds the MAC to this use, so a value computed with a key for anything else is never a session."""


def _mac(key: str, expires: int) -> str:
    return hmac.new(key.encode(), _PURPOSE + str(expires).encode(), hashlib.sha256).hexdigest()


def session_token(key: str, now: float | None = None) -> str:
    """A session proving ``key``: ``<expiry, Unix seconds>.<hex HMAC>``."""
    expires = int(now if now is not None else time.time()) + SESSION_SECONDS
    return f"{expires}.{_mac(key, expires)}"


def valid_session(token: str | None, keys: Iterable[str], now: float | None = None) -> bool:
    """Whether ``token`` is an unexpired session made with one of ``keys`` (each compared in constant time)."""
    if not token:
        return False
    expires_text, _, mac = token.partition(".")
    if not (expires_text.isascii() and expires_text.isdigit() and len(expires_text) <= 12):
        return False
    expires, now = int(expires_text), now if now is not None else time.time()
    if not now < expires <= now + SESSION_SECONDS:
        return False
    return any(hmac.compare_digest(mac.encode(), _mac(key, expires).encode()) for key in keys)


def start_session(response: Response, request: Request, key: str) -> None:
    """Set the session cookie: HttpOnly, SameSite=Strict, Secure when served over https, triage pages only."""
    response.set_cookie(
        COOKIE, session_token(key), max_age=SESSION_SECONDS, path=COOKIE_PATH,
        httponly=True, samesite="strict", secure=request.url.scheme == "https",
    )


def end_session(response: Response, request: Request) -> None:
    response.delete_cookie(COOKIE, path=COOKIE_PATH, httponly=True, samesite="strict", secure=request.url.scheme == "https")


def cross_site(request: Request) -> bool:
    """Whether a form post comes from another site, as the browser says: ``Sec-Fetch-Site`` where it
    is sent (browsers send it to https and localhost origins, and a page cannot forge it), else
    ``Origin`` against ``Host``. A request with neither is not from a browser page (curl, a script)
    and is let through; SameSite=Strict already keeps the cookie off cross-site posts in browsers."""
    site = request.headers.get("sec-fetch-site")
    if site is not None:
        return site not in ("same-origin", "none")
    origin = request.headers.get("origin")
    if origin is None:
        return False
    return origin == "null" or urlsplit(origin).netloc.lower() != request.headers.get("host", "").lower()
