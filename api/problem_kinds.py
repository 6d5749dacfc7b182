"""Every kind of problem the service answers with, each with the page its ``type`` URI names.

A problem document's ``type`` is ``/problems/<kind>`` (RFC 9457 §3.1.1: a URI reference, resolved
against the request's URI), and the service serves that page (``routers/problems.py``), saying what the
problem means and what to do; ``title`` is the kind's, the same for every occurrence (§3.1.3). This is
the one list: the handlers, the middlewares that answer before the app, and the pages all read it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from starlette.types import Scope


@dataclass(frozen=True)
class Kind:
    status: int
    title: str
    means: str
    todo: str


KINDS: dict[str, Kind] = {
    "malformed-request": Kind(
        400, "The request body could not be read.",
        "The body is not JSON in UTF-8: not JSON at all, a byte order mark, UTF-16, an invalid byte, NaN or Infinity, "
        "a number of more than 4,300 digits, or nesting too deep to be a case.",
        "Send the body as UTF-8 JSON, as most JSON libraries write it by default. `detail` says what was wrong.",
    ),
    "unauthorized": Kind(
        401, "A valid X-API-Key header is required.",
        "The service has API keys configured, and the request had no X-API-Key header or one that is not a key.",
        "Send the header X-API-Key with the key you were given. /healthz and these pages need none.",
    ),
    "not-found": Kind(
        404, "Not found.",
        "There is nothing at this path: an unknown route, or a ruleset id that is not loaded.",
        "Check the path against /docs; GET /v1/rulesets lists the ruleset ids loaded.",
    ),
    "method-not-allowed": Kind(
        405, "The method is not allowed.",
        "The path does not take this HTTP method (cases are POSTed; catalogues are read with GET).",
        "Use a method listed in the Allow header.",
    ),
    "payload-too-large": Kind(
        413, "The request body is over the size limit.",
        "The body is over the service's limit in bytes, or holds more than 64 keys in one object or 10,000 objects, "
        "or a batch holds more than 1,000 cases (100 with the trace).",
        "Send smaller bodies or several batches, or use `safeguarding-rules assess cases.jsonl`, which streams. "
        "`detail` says which limit.",
    ),
    "unsupported-media-type": Kind(
        415, "The body is not sent as JSON.",
        "The body was sent with a media type other than application/json (or application/*+json).",
        "Send the header Content-Type: application/json.",
    ),
    "request-validation-failed": Kind(
        422, "The request is not valid.",
        "A field is missing, unknown, of the wrong type or out of range, or the case is impossible (facts that "
        "contradict each other, such as a child aged 18 or a date before the incident). `errors` names each field "
        "at fault; the value sent is never repeated back.",
        "Correct each field that `errors` lists (its `loc` is where it is) and send the case again.",
    ),
    "duplicate-key": Kind(
        422, "A key is repeated in one JSON object.",
        "The body has the same key twice in one object; JSON parsers differ on which one wins, so the service "
        "reads neither.",
        "Send each field once.",
    ),
    "unknown-partnership": Kind(
        422, "The case names a partnership the service does not know.",
        "No loaded overlay defines the partnership named in the case (in its jurisdiction).",
        "Use one of the partnerships listed in `known` (GET /v1/partnerships), or leave `partnership` out to "
        "assess the case on national rules alone.",
    ),
    "unsupported-jurisdiction": Kind(
        422, "No rulesets are loaded for the case's jurisdiction.",
        "The service has no national ruleset for the case's jurisdiction; another nation's law would be wrong.",
        "Send the case to a service that loads that nation's rulesets; `known` lists the jurisdictions loaded.",
    ),
    "case-refused": Kind(
        422, "The case cannot be assessed.",
        "The case is valid, but the loaded rulesets cannot decide it; `errors` names the field.",
        "Correct the field named, or ask the service's operator which rulesets are loaded.",
    ),
    "internal-error": Kind(
        500, "The service could not complete the request.",
        "An unexpected failure in the service. Nothing in the request is known to be at fault.",
        "Quote the request id (`request_id`, also in the X-Request-ID header) when reporting it; the logs carry it.",
    ),
    "service-unavailable": Kind(
        503, "The service is busy.",
        "This worker is already running its maximum of assessments or batches, or holds its maximum of request "
        "bodies at once. Nothing in the request is at fault.",
        "Retry after the number of seconds in the Retry-After header.",
    ),
}
"""Each kind of problem, by the name in its ``type`` URI."""

STATUS_KINDS: dict[int, str] = {
    400: "malformed-request", 401: "unauthorized", 404: "not-found", 405: "method-not-allowed",
    413: "payload-too-large", 415: "unsupported-media-type", 422: "request-validation-failed",
    500: "internal-error", 503: "service-unavailable",
}
"""The kind of a bare HTTP error of each status (any other status is ``about:blank``, RFC 9457 §4.2.1)."""

PROBLEMS_PATH = "/problems"


def type_uri(kind: str) -> str:
    """A kind's ``type``: the path of its page, or ``about:blank`` for a kind that has none."""
    return f"{PROBLEMS_PATH}/{kind}" if kind in KINDS else "about:blank"


def instance(scope: Scope) -> str:
    """The request's path as received (percent-encoded), this problem's ``instance``."""
    raw = scope.get("raw_path")
    return raw.decode("ascii", "replace") if raw else quote(scope.get("path", ""), safe="/")


def document(kind: str, detail: str, rid: str, where: str, errors: list[dict[str, Any]] | None = None) -> bytes:
    """A problem document for a response sent before or instead of the app (a middleware's)."""
    known = KINDS[kind]
    return json.dumps({
        "type": type_uri(kind), "title": known.title, "status": known.status, "detail": detail,
        "instance": where, "request_id": rid, "errors": errors or [],
    }).encode()
