"""Dependencies shared by the routers.

Each is ``async def``: FastAPI runs a plain ``def`` dependency in its threadpool, a hop of about 170 µs
a request for what is a few attribute reads here (`python benchmarks/http_load.py`).
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Callable
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


def _held(slots_name: str, doc: str) -> Callable[[Request], AsyncIterator[None]]:
    """A dependency holding one of the worker's slots (``app.state.<slots_name>``) for the request, or refusing it with a 503."""

    async def hold(request: Request) -> AsyncIterator[None]:
        slots: AssessmentSlots = getattr(request.app.state, slots_name)
        _take(slots)
        try:
            yield
        finally:
            slots.release()

    hold.__doc__ = doc
    return hold


assessment_slot = _held("slots", "Hold one of the worker's assessment slots for the request, or refuse it with a 503.")
batch_slot = _held("batch_slots", "Hold one of the worker's batch slots (a batch holds far more memory than one case), or 503.")


def _take(slots: AssessmentSlots) -> None:
    """Take a slot on the event loop without waiting (a full worker refuses at once); the semaphore
    stays thread-safe for a handler run in the threadpool, as the batch's is."""
    if not slots.acquire():
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE,
            f"this worker is already running {slots.limit} assessments: retry shortly",
            headers={"Retry-After": "1"},
        )


AssessmentSlot = Depends(assessment_slot)
BatchSlot = Depends(batch_slot)


async def get_engine(request: Request) -> Engine:
    """The engine built once at start-up (see ``safeguarding_rules_api.main.create_app``)."""
    engine: Engine = request.app.state.engine
    return engine


EngineDep = Annotated[Engine, Depends(get_engine)]
