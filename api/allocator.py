"""One glibc malloc arena per worker, so the memory a large request frees is reused by the next.

glibc gives each thread that contends for the heap an arena of its own (up to eight per core), and a
freed arena keeps its pages. FastAPI parses bodies on the event loop and runs sync routes on a pool of
threads, so a worker answering the same 8 MiB request again and again grew by tens of MiB each time
across arenas (81 -> 259 MiB over 20 requests, measured once by hand); with one arena it levels off
(81 -> 132 MiB), at no cost to a service whose Python code holds the GIL anyway. What a worker keeps
now: `python benchmarks/worst_request.py` (the "after 6" column).
"""

from __future__ import annotations

import ctypes
import ctypes.util

M_ARENA_MAX = -8
"""glibc's ``mallopt`` parameter for the most arenas (malloc.h)."""


def one_malloc_arena() -> bool:
    """Limit this process to one malloc arena where the C library is glibc; False (and nothing done) elsewhere."""
    name = ctypes.util.find_library("c")
    if name is None:
        return False
    try:
        mallopt = ctypes.CDLL(name).mallopt
    except (OSError, AttributeError):  # not glibc (musl, macOS): its allocator is left as it is
        return False
    return bool(mallopt(M_ARENA_MAX, 1))
