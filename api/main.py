"""The FastAPI application: `create_app(settings)`; `qa-pipeline serve` runs it."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI

from api import access_log, errors
from api.headers import NoStore
from api.limits import BodyLimit
from api.loaded_pack import LoadedPack
from api.routers import (
    appeals,
    assignments,
    audit,
    calls,
    contacts,
    findings,
    health,
    keys,
    pages,
    pages_team,
    programme,
    programme_pages,
    reports,
    reviews,
    rules,
)
from api.throttle import AuthThrottle
from qa_pipeline import __version__
from qa_pipeline.config import Settings, get_settings
from qa_pipeline.engine import Scanner, get_scanner
from qa_pipeline.jobs import InProcessWorker, TranscriberLike
from qa_pipeline.store import db

log = logging.getLogger(__name__)

DESCRIPTION = """Compliance QA for recorded Mandarin debt-collection calls.

Every endpoint but `/healthz` needs an API key (`X-API-Key: <key>` or
`Authorization: Bearer <key>`), made with `qa-pipeline keys create`. Roles:
`qa` uploads and reviews, `compliance` queries, reviews and reports, `admin`
does everything and manages keys. Phone, ID-card and bank-card numbers are
masked (last four digits kept) for the `qa` role.
"""


def create_app(settings: Settings | None = None, *, session_factory: db.SessionFactory | None = None,
               scanner_factory: Callable[[], Scanner] | None = None,
               transcriber_factory: Callable[[], TranscriberLike] | None = None) -> FastAPI:
    settings = settings or get_settings()
    session_factory = session_factory or db.session_factory(settings)
    pack = LoadedPack(settings, scanner_factory or (lambda: get_scanner(settings)), session_factory)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        db.check_schema(session_factory.kw["bind"])
        worker = None
        if settings.worker == "inprocess":
            worker = InProcessWorker(session_factory, settings, scanner_factory=pack.scanner,
                                     transcriber_factory=transcriber_factory)
            worker.start()
        app.state.worker = worker
        try:
            yield
        finally:
            if worker is not None:
                worker.stop()

    app = FastAPI(title="Call compliance QA", version=__version__, description=DESCRIPTION, lifespan=lifespan)
    app.state.settings = settings
    app.state.session_factory = session_factory
    app.state.loaded_pack = pack  # reloaded by POST /v1/rules/reload and the rules page
    app.state.scanner_factory = pack.scanner
    app.state.worker = None
    app.state.auth_throttle = AuthThrottle(settings)
    errors.install(app)
    access_log.install()  # query strings in the access log are masked
    app.add_middleware(BodyLimit, settings=settings)
    app.add_middleware(NoStore)
    for module in (health, calls, contacts, findings, reviews, appeals, assignments, reports, rules, keys, audit,
                   programme):
        app.include_router(module.router)
    pages.install(app)  # review pages, /static, their HTML error handling
    app.include_router(pages_team.router)  # the team's pages: appeals, assignment
    app.include_router(programme_pages.router)  # scorecard report and sampling plans
    return app
