"""Strict JSON: UTF-8 text, each key once per object, and a bounded number of objects and keys.

JSON parsers keep the last of a repeated key in silence, accept UTF-16 and a byte order mark when given
bytes, and build whatever a document holds. A case has at most 15 fields in any object and six objects,
so a document far beyond that is refused while it is read, before any of it is validated: the work a
hostile body costs is bounded by these limits, not by its size.
"""

from __future__ import annotations

import json
from typing import Any

MAX_KEYS_PER_OBJECT = 64
"""The most keys one JSON object may hold (a case's widest object has 15 fields)."""

MAX_OBJECTS = 10_000
"""The most JSON objects one document may hold (a batch of 1,000 cases has at most about 7,000)."""


class DuplicateKeyError(ValueError):
    """A JSON object names the same key twice; ``key`` is the key."""

    def __init__(self, key: str) -> None:
        super().__init__(f"the key {key!r} appears more than once in one object")
        self.key = key


class LimitError(ValueError):
    """The document is larger, in objects or keys, than any case or batch can be; refused unread."""


class NotJSONError(ValueError):
    """Text that ``json.loads`` would take but JSON is not: ``NaN``, ``Infinity``, or a number too long to read."""


class EncodingError(ValueError):
    """The bytes are not UTF-8 (RFC 8259 section 8.1), or begin with a byte order mark."""


def text(data: bytes) -> str:
    """``data`` as UTF-8 text, refusing a byte order mark and any other encoding (``EncodingError``)."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        raise EncodingError("begins with a byte order mark: send UTF-8 without one")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise EncodingError(f"is not UTF-8 (an invalid byte at offset {exc.start})") from None


def loads(document: str | bytes, *, max_keys: int = MAX_KEYS_PER_OBJECT, max_objects: int = MAX_OBJECTS) -> Any:
    """Parse JSON strictly, refusing with ``DuplicateKeyError``, ``LimitError``, ``EncodingError`` (bytes not
    UTF-8), ``NotJSONError``, ``json.JSONDecodeError`` (not JSON, with its position) or ``RecursionError``
    (nested beyond the interpreter's depth). Every refusal is a ``ValueError`` but the last."""
    objects = 0

    def strict_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal objects
        objects += 1
        if objects > max_objects:
            raise LimitError(f"the document holds more than {max_objects:,} objects")
        if len(pairs) > max_keys:
            raise LimitError(f"an object holds {len(pairs):,} keys; at most {max_keys} are accepted")
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                raise DuplicateKeyError(key)
            result[key] = value
        return result

    source = text(document) if isinstance(document, bytes) else document
    try:
        return json.loads(source, object_pairs_hook=strict_object, parse_constant=_constant)
    except ValueError as exc:
        if isinstance(exc, (json.JSONDecodeError, DuplicateKeyError, LimitError, NotJSONError)):
            raise
        raise NotJSONError("a number is too long to read (more than 4,300 digits)") from None


def _constant(name: str) -> Any:
    raise NotJSONError(f"{name} is not a JSON value")
