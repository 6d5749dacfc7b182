"""Dependencies shared by the routers, and the worker's assessment slots.

Each dependency is ``async def``: FastAPI runs a plain ``def`` dependency in its threadpool, a hop of about
170 µs a request for what is a few attribute reads here (`python benchmarks/http_load.py`). ``POST
/v1/assess`` uses none of them: it reads the engine from the app and holds its slot with ``with``, since
each dependency FastAPI solves costs a request tens of microseconds, and a ``yield`` dependency (its exit
stack) about a hundred (in process, the engine's answer memoised: 650 -> 460 µs a request,
`python benchmarks/http_load.py --in-process`).
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from types import TracebackType
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status

from safeguarding_rules import Engine


class AssessmentSlots:
    """A cap on the assessments one worker runs at once: beyond it a request is turned away at once
    (503, Retry-After) rather than queued without bound behind the engine's lock."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._free = threading.BoundedSemaphore(limit)

    def acquire(self) -> bool:
        return self._free.acquire(blocking=False)

    def release(self) -> None:
        self._free.release()

    def __enter__(self) -> None:
        """Take a slot for the block, or refuse the request with a 503 at once."""
        _take(self)

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self.release()


async def batch_slot(request: Request) -> AsyncIterator[None]:
    """Hold one of the worker's batch slots for the request (a batch holds far more memory than one
    case), or refuse it with a 503 before its cases are read."""
    with request.app.state.batch_slots:
        yield


def _take(slots: AssessmentSlots) -> None:
    """Take a slot without waiting (a full worker refuses at once); the semaphore stays thread-safe for
    a handler run in the threadpool, as the batch's is."""
    if not slots.acquire():
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE,
            f"this worker is already running {slots.limit} assessments: retry shortly",
            headers={"Retry-After": "1"},
        )


BatchSlot = Depends(batch_slot)


async def get_engine(request: Request) -> Engine:
    """The engine built once at start-up (see ``safeguarding_rules_api.main.create_app``)."""
    engine: Engine = request.app.state.engine
    return engine


EngineDep = Annotated[Engine, Depends(get_engine)]
