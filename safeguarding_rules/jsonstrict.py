"""Strict JSON: a key repeated in one object is an error (JSON parsers keep the last in silence)."""

from __future__ import annotations

import json
from typing import Any


class DuplicateKeyError(ValueError):
    """A JSON object names the same key twice; ``key`` is the key."""

    def __init__(self, key: str) -> None:
        super().__init__(f"the key {key!r} appears more than once in one object")
        self.key = key


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise DuplicateKeyError(key)
        result[key] = value
    return result


def loads(text: str | bytes) -> Any:
    """Parse JSON, refusing a repeated key (``DuplicateKeyError``); other errors as ``json.loads``."""
    return json.loads(text, object_pairs_hook=_no_duplicates)
