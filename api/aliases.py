"""The unversioned paths (``/assess``, ``/rulesets``, ...), deprecated aliases of version 1 of the
contract: each is served by the ``/v1`` route itself, with the path rewritten before routing.

Why not a second include of every router: that doubled the routes every request is matched against.
Why not a redirect: a 308 needs a client that follows redirects on POST and re-sends the body, which
an old client may not do. Each answer says it is deprecated (``Deprecation``, RFC 9745, dated when
``/v1`` arrived) and names its successor (``Link: rel="successor-version"``).
"""

from __future__ import annotations

from urllib.parse import quote

from starlette.types import ASGIApp, Message, Receive, Scope, Send

VERSIONED = ("/assess", "/assess/batch", "/rulesets", "/partnerships")
"""The unversioned paths served as aliases (``/rulesets/{id}`` too)."""

DEPRECATED_SINCE = b"@1796169600"
"""2026-12-02, the day the ``/v1`` paths arrived (an RFC 9745 date: seconds since the epoch)."""


def versioned(path: str, prefix: str) -> str | None:
    """The ``/v1`` path an unversioned alias stands for, or None if ``path`` is not one."""
    if path in VERSIONED or path.startswith("/rulesets/"):
        return prefix + path
    return None


class UnversionedAliases:
    """Rewrites an alias's path to its ``/v1`` path and marks the answer deprecated."""

    def __init__(self, app: ASGIApp, *, prefix: str) -> None:
        self.app = app
        self.prefix = prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        target = versioned(scope["path"], self.prefix) if scope["type"] == "http" else None
        if target is None:
            await self.app(scope, receive, send)
            return
        scope["path"] = target  # in place: the access log and metrics name the route that served it
        scope["raw_path"] = self.prefix.encode() + scope.get("raw_path", b"")
        link = f'<{quote(target, safe="/")}>; rel="successor-version"'.encode()  # percent-encoded: no CR/LF

        async def send_deprecated(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), (b"deprecation", DEPRECATED_SINCE), (b"link", link)]
            await send(message)

        await self.app(scope, receive, send_deprecated)
