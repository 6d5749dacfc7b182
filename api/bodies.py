"""How the service reads a JSON body: one strict parser for every route, whatever the Content-Type's spelling.

FastAPI parses a body as JSON when its media type is ``application/json`` or ends in ``+json``, in any
case and with any parameters (RFC 9110 section 8.3.1). A guard placed in front of the app that matched
the header's spelling could be walked round (``application/JSON``); so the parse itself is made strict,
by the custom request and route classes FastAPI's documentation describes, and every router uses them.
"""

from __future__ import annotations

import email.message
import json
from collections.abc import Callable, Coroutine
from functools import lru_cache
from typing import Any

from fastapi import HTTPException, Request, Response, params
from fastapi.routing import APIRoute

from safeguarding_rules import jsonstrict
from safeguarding_rules.errors import safe_location


class Refused(HTTPException):
    """A refusal naming each part of the request at fault (its problem document's ``errors``)."""

    def __init__(self, status_code: int, detail: str, errors: list[dict[str, Any]],
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(status_code, detail, headers=headers)
        self.errors = errors


class BodyRefused(HTTPException):
    """A body the strict parser refused, with the problem type and the one error it names."""

    def __init__(self, status_code: int, type_: str, title: str, detail: str, error_type: str) -> None:
        super().__init__(status_code, detail)
        self.type_ = type_
        self.title = title
        self.error = {"loc": ["body"], "msg": detail, "type": error_type}


class StrictJSONRequest(Request):
    """A request whose ``json()`` is UTF-8 text, each key once per object, within the objects' limits."""

    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            self._json = _parse(await self.body())
        return self._json


def _parse(body: bytes) -> Any:
    try:
        return jsonstrict.loads(body)
    except json.JSONDecodeError:
        raise  # FastAPI's own 400 (json_invalid), with the position
    except jsonstrict.DuplicateKeyError as exc:
        (name,) = safe_location([exc.key])
        key = repr(name) if name != "(an unknown field)" else name
        raise BodyRefused(422, "duplicate-key", "The request is not valid.",
                          f"The JSON object has the key {key} more than once: send each field once.", "duplicate_key") from None
    except jsonstrict.LimitError as exc:
        raise BodyRefused(413, "payload-too-large", "The request body is over the size limit.",
                          f"{str(exc).capitalize()}: no case or batch is that large.", "too_large") from None
    except jsonstrict.EncodingError as exc:
        raise BodyRefused(400, "malformed-request", "The request body could not be read.",
                          f"The body {exc}.", "json_invalid") from None
    except RecursionError:
        raise BodyRefused(400, "malformed-request", "The request body could not be read.",
                          "The JSON is nested too deep to be a case.", "json_invalid") from None
    except jsonstrict.NotJSONError as exc:
        raise BodyRefused(400, "malformed-request", "The request body could not be read.",
                          f"The body is not valid JSON: {exc}.", "json_invalid") from None


@lru_cache(maxsize=64)
def is_json(content_type: str | None) -> bool:
    """Whether FastAPI reads a body of this media type as JSON (``application/json`` or ``application/*+json``,
    any case, any parameters), by the same parse of the header that FastAPI makes. Remembered for the
    last 64 spellings (a client's string, so bounded): the parse costs a request about 15 µs."""
    if not content_type:
        return False
    message = email.message.Message()
    message["content-type"] = content_type
    subtype = message.get_content_subtype()
    return message.get_content_maintype() == "application" and (subtype == "json" or subtype.endswith("+json"))


class StrictJSONRoute(APIRoute):
    """Every route's body is read by ``StrictJSONRequest`` (set as each router's ``route_class``); a route
    that takes a JSON body refuses a body of another media type with a 415 naming the one it reads."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()
        takes_json = self.body_field is not None and not isinstance(self.body_field.field_info, params.Form)

        async def strict_handler(request: Request) -> Response:
            strict = StrictJSONRequest(request.scope, request.receive)
            if takes_json and not is_json(strict.headers.get("content-type")) and await strict.body():
                raise BodyRefused(415, "unsupported-media-type", "The body is not sent as JSON.",
                                  "Send the body as UTF-8 JSON with the header Content-Type: application/json.",
                                  "unsupported_media_type")
            return await handler(strict)

        return strict_handler
