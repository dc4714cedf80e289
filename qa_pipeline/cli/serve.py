"""`qa-pipeline serve`: the HTTP API with its in-process worker."""

from __future__ import annotations

import click
import uvicorn

from api.main import create_app
from qa_pipeline.config import get_settings
from qa_pipeline.store import db


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--migrate/--no-migrate", default=None,
              help="Apply migrations first (default: yes for the SQLite file, no for PostgreSQL).")
def serve(host: str, port: int, migrate: bool | None) -> None:
    """Serve the API (/v1, OpenAPI at /docs) and process uploads in the background."""
    settings = get_settings()
    url = db.normalize_url(settings.effective_database_url)
    if migrate or (migrate is None and url.get_backend_name() == "sqlite"):
        db.upgrade(url)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
