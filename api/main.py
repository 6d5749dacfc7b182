"""Build the FastAPI application.

The engine is built when the app is built: if any ruleset is invalid, ``create_app`` raises a
``RulesetError`` naming every problem and the service never starts with a partial rule set. The
app holds no per-request state, so any number of workers can run behind a load balancer.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import Response
from fastapi_offline import FastAPIOffline
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from safeguarding_rules_api.aliases import UnversionedAliases
from safeguarding_rules_api.allocator import one_malloc_arena
from safeguarding_rules_api.deps import AssessmentSlots
from safeguarding_rules_api.limits import BodyLimitMiddleware
from safeguarding_rules_api.observability import Metrics, RequestContextMiddleware, logger
from safeguarding_rules_api.problems import add_problem_handlers, problem_responses
from safeguarding_rules_api.routers import assess, batch, duties_page, health, partnerships, problems, rulebook, rulesets, triage
from safeguarding_rules_api.security import DocsKeyGuard, require_api_key
from safeguarding_rules_api.settings import Settings
from safeguarding_rules_api.versions import V1, V2, document_version_1, operation_ids
from safeguarding_rules_api.worker import exit_with_master

from safeguarding_rules import Engine, __version__
from safeguarding_rules.contract import version_1_context

API_PREFIX = V1
"""Version 1 of the HTTP contract, which the unversioned aliases stand for (``docs/decision-contract.md``);
version 2 is under ``/v2``. Every decision says its ``schema_version``."""


def _rulebook(engine: Engine, settings: Settings) -> dict[str, str]:
    """The rulebook's pages, with the scenario results recorded for the package (and those of a
    feature run's report, if one is configured), each said to be of the loaded rulesets or not."""
    # Imported here: the feature files' parser and the templates serve only the rulebook (RulebookPages).
    from safeguarding_rules.features_index import DEFAULT_FEATURES_DIR, read_features
    from safeguarding_rules.rulebook import attach_results, render_rulebook

    features = read_features([d for d in settings.feature_dirs or [DEFAULT_FEATURES_DIR] if d.is_dir()])
    report = settings.rulebook_results if settings.rulebook_results is not None and settings.rulebook_results.is_file() else None
    return render_rulebook(engine.book, features, attach_results(engine.book, features, report))


class RulebookPages(Mapping[str, str]):
    """The rulebook's pages by file name, rendered once, when first read (a page requested).

    Why not at start-up: parsing every feature file and rendering every page took about 0.3-0.5 s of a
    worker's start, before it could answer anything (`python benchmarks/startup.py`); the first reader
    of the rulebook pays it once instead. The engine, which every assessment needs, is still built
    before the worker starts."""

    def __init__(self, render: Callable[[], dict[str, str]]) -> None:
        self._render = render
        self._pages: dict[str, str] | None = None
        self._lock = threading.Lock()

    @property
    def pages(self) -> dict[str, str]:
        if self._pages is None:
            with self._lock:  # the test client reads from its own thread
                if self._pages is None:
                    self._pages = self._render()
        return self._pages

    def __getitem__(self, page: str) -> str:
        return self.pages[page]

    def __iter__(self) -> Iterator[str]:
        return iter(self.pages)

    def __len__(self) -> int:
        return len(self.pages)


def _rulesets_header(engine: Engine) -> str:
    """Every loaded ruleset's id, version and hash prefix, so a mixed deployment is visible."""
    return ",".join(f"{r.spec.id}@{r.spec.version}#{r.sha256[:12]}" for r in engine.book.rulesets)


def _store(settings: Settings) -> Any:
    """The decision store, if ``store_url`` is set: refuses start-up while its schema is not current,
    so no worker writes to a database that ``safeguarding-rules db upgrade`` has not prepared."""
    if settings.store_url is None:
        return None
    try:
        from safeguarding_rules.store import DecisionStore
    except ImportError as exc:
        raise RuntimeError('store_url is set but the store is not installed: pip install "safeguarding-rules[store]"') from exc
    store = DecisionStore(settings.store_url.get_secret_value())
    if not store.schema_is_current():
        raise RuntimeError("the decision store's schema is not current: run `safeguarding-rules db upgrade` first")
    return store


def create_app(settings: Settings | None = None, engine: Engine | None = None) -> FastAPI:
    settings = settings or Settings()
    one_malloc_arena()  # a large request's freed memory is reused by the next, not kept per thread
    # Swagger UI and ReDoc served from the installed fastapi-offline package, never a CDN: the
    # docs work on a closed network.
    app = FastAPIOffline(
        title="safeguarding-rules",
        summary="Which statutory case review or notification is due, by when, and why.",
        version=__version__,
    )
    app.state.engine = engine or Engine(extra_dirs=settings.ruleset_dirs)
    app.state.version_1 = version_1_context(app.state.engine.book)  # what /v1 answers: version_1_json
    app.state.rulebook = RulebookPages(lambda: _rulebook(app.state.engine, settings))
    app.state.api_keys = frozenset(settings.keys())  # refuses start-up on keys configured but unusable
    if not app.state.api_keys:
        logger.warning(
            "no API keys are configured: the API is open to every client that can reach it "
            "(set SAFEGUARDING_RULES_API_KEYS or SAFEGUARDING_RULES_API_KEYS_FILE to require one)"
        )
    app.state.store = _store(settings)  # None: nothing is recorded, and the record's routes are absent
    app.state.slots = AssessmentSlots(settings.max_concurrent_assessments)
    app.state.batch_slots = AssessmentSlots(settings.max_concurrent_batches)
    app.state.metrics = metrics = Metrics()
    add_problem_handlers(app)
    protected = [Depends(require_api_key)]
    # Version 2 of the HTTP contract under /v2 and version 1 under /v1, each router included once per
    # version; the unversioned paths are deprecated aliases of /v1, rewritten before routing
    # (UnversionedAliases). Operation ids are the handlers' names, with `_v1` for version 1.
    refusals = problem_responses(400, 401, 413, 415, 422, 500)
    versions = (
        (V2, "", (assess.router, batch.router, rulesets.router, partnerships.router)),
        (V1, "_v1", (assess.router_v1, batch.router_v1, rulesets.router, partnerships.router)),
    )
    for prefix, suffix, routers in versions:
        for router in routers:
            app.include_router(
                router, prefix=prefix, dependencies=protected, responses=refusals, generate_unique_id_function=operation_ids(suffix),
            )
    if app.state.store is not None:
        from safeguarding_rules_api.routers import decisions

        for prefix, suffix, routers in ((V2, "", (decisions.router, decisions.shared)), (V1, "_v1", (decisions.router_v1, decisions.shared))):
            for router in routers:
                app.include_router(
                    router, prefix=prefix, dependencies=protected, responses=problem_responses(401, 422, 500),
                    generate_unique_id_function=operation_ids(suffix),
                )
    app.include_router(rulebook.router, dependencies=protected if settings.protect_rulebook else [])
    app.include_router(triage.router)  # its own sign-in: a browser form cannot send X-API-Key (sessions.py)
    app.include_router(duties_page.router)  # the business manager's page, behind the same sign-in
    app.include_router(health.router)
    app.include_router(problems.router)  # public: a client refused for want of a key can read why

    generate_openapi = app.openapi
    app.openapi = lambda: document_version_1(generate_openapi())  # type: ignore[method-assign]  # version 1's types

    @app.get("/metrics", include_in_schema=False, dependencies=protected)
    async def metrics_endpoint() -> Response:
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST"],
            allow_headers=["Content-Type", "X-API-Key", "X-Request-ID"],
        )
    if app.state.api_keys and not settings.public_docs:
        app.add_middleware(DocsKeyGuard, keys=app.state.api_keys)  # type: ignore[arg-type]
    app.add_middleware(UnversionedAliases, prefix=API_PREFIX)  # type: ignore[arg-type]
    app.add_middleware(GZipMiddleware, minimum_size=1000)  # decisions are JSON of several KB
    app.add_middleware(
        BodyLimitMiddleware,  # type: ignore[arg-type]
        max_body_bytes=settings.max_body_bytes,
        max_buffered_body_bytes=settings.max_buffered_body_bytes,
    )
    app.add_middleware(
        RequestContextMiddleware,  # type: ignore[arg-type]
        metrics=metrics,
        rulesets_header=_rulesets_header(app.state.engine),
    )
    return app


def create_served_app() -> FastAPI:
    """The app for a long-running worker: built, then its long-lived objects (the rule book, the
    compiled rules) frozen out of the garbage collector's way, so collections stay as cheap with
    hundreds of partnerships loaded as with four (`python benchmarks/many_partnerships.py --freeze`);
    in a worker of `serve --workers N`, it shuts down when its master dies."""
    gc.disable()  # building allocates only what the worker keeps: collections would free nothing
    try:
        application = create_app()
    finally:
        gc.freeze()
        gc.enable()
    exit_with_master()  # a worker never serves on unsupervised after its master is killed
    return application


app: FastAPI  # built lazily by __getattr__ below


def __getattr__(name: str) -> FastAPI:
    """``safeguarding_rules_api.main:app`` for uvicorn, built on first access so importing this module has no side effects."""
    if name == "app":
        global app
        app = create_app()
        return app
    raise AttributeError(name)
