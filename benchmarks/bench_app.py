"""The service as deployed, plus a no-op endpoint to measure the HTTP stack's own ceiling.

Only the benchmarks build this app; the service itself has no such endpoint.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from safeguarding_rules_api.main import create_app


def create_bench_app() -> FastAPI:
    app = create_app()

    @app.post("/noop", include_in_schema=False)
    async def noop(request: Request) -> JSONResponse:
        await request.body()  # read the same body /assess reads, and do nothing with it
        return JSONResponse({})

    return app
