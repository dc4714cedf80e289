"""`qa-pipeline serve`: the HTTP API with its in-process worker."""

from __future__ import annotations

import copy
import os
from typing import Any

import click
import uvicorn
from uvicorn.config import LOGGING_CONFIG

from api.main import create_app
from qa_pipeline.config import get_settings
from qa_pipeline.store import db


def log_config() -> dict[str, Any]:
    """uvicorn's logging, plus the product's own loggers (the worker's sweeps, pack reloads) at INFO,
    in every server process."""
    config = copy.deepcopy(LOGGING_CONFIG)
    for name in ("qa_pipeline", "api"):
        config["loggers"][name] = {"handlers": ["default"], "level": "INFO", "propagate": False}
    return config


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--migrate/--no-migrate", default=None,
              help="Apply migrations first (default: yes for the SQLite file, no for PostgreSQL).")
@click.option("--workers", type=click.IntRange(1, 64), default=None,
              help="Server processes on the port (default: QA_SERVE_WORKERS, 1). Each holds its own rule pack "
                   "(reloads reach all of them) and in-process worker.")
def serve(host: str, port: int, migrate: bool | None, workers: int | None) -> None:
    """Serve the API (/v1, OpenAPI at /docs) and process uploads in the background."""
    if workers is not None:
        # The processes read their settings from the environment, as this one does.
        os.environ["QA_SERVE_WORKERS"] = str(workers)
        get_settings.cache_clear()
    settings = get_settings()
    url = db.normalize_url(settings.effective_database_url)
    if migrate or (migrate is None and url.get_backend_name() == "sqlite"):
        db.upgrade(url)
    if settings.serve_workers == 1:
        uvicorn.run(create_app(settings), host=host, port=port, log_config=log_config())
    else:
        # Each process builds its own app from the same settings (uvicorn imports the factory).
        uvicorn.run("api.main:create_app", factory=True, workers=settings.serve_workers, host=host, port=port,
                    log_config=log_config())
