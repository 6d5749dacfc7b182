"""Build the FastAPI application.

The engine is built when the app is built: if any ruleset is invalid, ``create_app`` raises a
``RulesetError`` naming every problem and the service never starts with a partial rule set.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from api.routers import assess, batch, health, partnerships, rulebook, rulesets
from api.settings import Settings
from safeguarding_rules import Engine
from safeguarding_rules.features_index import DEFAULT_FEATURES_DIR, apply_results, read_features
from safeguarding_rules.rulebook import render_rulebook


async def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
    """422 naming each bad field, without echoing the submitted values (they may be personal data)."""
    errors = [{k: v for k, v in error.items() if k in ("type", "loc", "msg")} for error in exc.errors()]
    return JSONResponse(status_code=422, content={"detail": jsonable_encoder(errors)})


def _rulebook(engine: Engine, settings: Settings) -> dict[str, str]:
    features = read_features([d for d in settings.feature_dirs or [DEFAULT_FEATURES_DIR] if d.is_dir()])
    if settings.rulebook_results is not None and settings.rulebook_results.is_file():
        apply_results(features, settings.rulebook_results)
    return render_rulebook(engine.book, features)


def create_app(settings: Settings | None = None, engine: Engine | None = None) -> FastAPI:
    settings = settings or Settings()
    app = FastAPI(
        title="safeguarding-rules",
        summary="Which statutory case review or notification is due, by when, and why.",
        version="0.1.0",
    )
    app.state.engine = engine or Engine(extra_dirs=settings.ruleset_dirs)
    app.state.rulebook = _rulebook(app.state.engine, settings)
    app.add_exception_handler(RequestValidationError, _validation_error)  # type: ignore[arg-type]
    app.include_router(assess.router)
    app.include_router(batch.router)
    app.include_router(rulesets.router)
    app.include_router(partnerships.router)
    app.include_router(rulebook.router)
    app.include_router(health.router)
    return app


app: FastAPI  # built lazily by __getattr__ below


def __getattr__(name: str) -> FastAPI:
    """``api.main:app`` for uvicorn, built on first access so importing this module has no side effects."""
    if name == "app":
        global app
        app = create_app()
        return app
    raise AttributeError(name)
