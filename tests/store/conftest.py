"""Storage tests run against SQLite and PostgreSQL (a scratch database per session)."""

from __future__ import annotations


import pytest
from sqlalchemy import Engine
from sqlalchemy.engine import URL

from qa_pipeline.config import Settings
from qa_pipeline.store.db import SessionFactory, make_session_factory
from qa_pipeline.store.models import Base




@pytest.fixture
def session_factory(engine: Engine) -> SessionFactory:
    # Each test starts from empty tables (the schema stays, made by the migrations).
    with engine.begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(table.delete())
    return make_session_factory(engine)


@pytest.fixture
def settings(tmp_path, database_url: URL) -> Settings:
    return Settings(data_dir=tmp_path / "data", database_url=database_url.render_as_string(hide_password=False),
                    worker="external", max_upload_bytes=5_000_000)
