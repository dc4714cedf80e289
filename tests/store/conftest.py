"""Storage tests run against SQLite and PostgreSQL (a scratch database per session)."""

from __future__ import annotations


import pytest
from sqlalchemy.engine import URL

from qa_pipeline.config import Settings
from qa_pipeline.store.db import SessionFactory




@pytest.fixture
def session_factory(empty_store: SessionFactory) -> SessionFactory:
    return empty_store


@pytest.fixture
def settings(tmp_path, database_url: URL) -> Settings:
    return Settings(data_dir=tmp_path / "data", database_url=database_url.render_as_string(hide_password=False),
                    worker="external", max_upload_bytes=5_000_000)
