"""JSON Lines in: one case per line, where only ``\\n`` ends a line; each line read on its own.

Read as bytes, so one invalid UTF-8 byte spoils only its own line, a bare carriage return is not a line
break (it would shift every later index), and a line far longer than any case is skipped without being
held in memory. Whatever is wrong with a line becomes that line's own error, so the line numbers of the
input and the indexes of the output always match.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from safeguarding_rules import jsonstrict
from safeguarding_rules.errors import safe_location
from safeguarding_rules.models.batch import CaseError

MAX_LINE_BYTES = 8 * 2**20
"""The longest line read (the service's default body limit); a longer one is that line's error."""


def raw_lines(stream: IO[bytes], limit: int = MAX_LINE_BYTES) -> Iterator[bytes | None]:
    """Each line's bytes without its ``\\n``, or ``None`` for a line over ``limit`` bytes (read past in
    chunks, never held whole)."""
    while line := stream.readline(limit + 1):
        if line.endswith(b"\n"):
            yield line[:-1]
        elif len(line) <= limit:
            yield line  # the last line, with no newline after it
        else:
            while line and not line.endswith(b"\n"):
                line = stream.readline(limit)
            yield None


def parse_line(data: bytes | None, limit: int = MAX_LINE_BYTES) -> tuple[Any, CaseError | None]:
    """A line's case, or the error that keeps it from being one (never echoing what the line holds)."""
    if data is None:
        return None, CaseError(loc=[], msg=f"the line is longer than {limit:,} bytes", type="too_large")
    if not data.strip():
        return None, CaseError(loc=[], msg="the line is empty: each line holds one case", type="missing")
    try:
        return jsonstrict.loads(data), None
    except json.JSONDecodeError as exc:
        return None, CaseError(loc=[], msg=f"invalid JSON: {exc.msg} (column {exc.colno})", type="json_invalid")
    except jsonstrict.DuplicateKeyError as exc:
        (key,) = safe_location([exc.key])
        return None, CaseError(loc=[], msg=f"the key {key} appears twice in one object", type="duplicate_key")
    except jsonstrict.LimitError as exc:
        return None, CaseError(loc=[], msg=f"{exc}: no case is that large", type="too_large")
    except jsonstrict.EncodingError as exc:
        return None, CaseError(loc=[], msg=f"the line {exc}", type="json_invalid")
    except jsonstrict.NotJSONError as exc:
        return None, CaseError(loc=[], msg=f"invalid JSON: {exc}", type="json_invalid")
    except RecursionError:
        return None, CaseError(loc=[], msg="invalid JSON: nested too deep to be a case", type="json_invalid")


def count_lines(stream: IO[bytes]) -> int:
    """How many lines ``raw_lines`` will yield, read in chunks (for a progress bar)."""
    count, last = 0, b"\n"
    while chunk := stream.read(2**20):
        count += chunk.count(b"\n")
        last = chunk[-1:]
    return count + (last != b"\n")
