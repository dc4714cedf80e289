"""API tests: the app on a scratch SQLite file and a scratch PostgreSQL database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.engine import URL

from api.main import create_app
from qa_pipeline.config import Settings
from qa_pipeline.store import repository as repo
from qa_pipeline.store.db import SessionFactory
from qa_pipeline.store.models import Role
from tests.api.helpers import TRANSCRIPT


@pytest.fixture
def settings(tmp_path, database_url: URL) -> Settings:
    return Settings(data_dir=tmp_path / "data", database_url=database_url.render_as_string(hide_password=False),
                    worker="external", max_upload_bytes=3_000_000)


@pytest.fixture
def app(settings: Settings, empty_store: SessionFactory) -> FastAPI:
    return create_app(settings, session_factory=empty_store)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as c:
        yield c


def make_keys(app: FastAPI) -> dict[str, dict[str, str]]:
    """Request headers carrying a key of each role."""
    out = {}
    with app.state.session_factory() as s:
        for role in Role:
            _, secret = repo.create_api_key(s, f"{role.value}-user", role)
            out[role.value] = {"X-API-Key": secret}
        s.commit()
    return out


@pytest.fixture
def keys(app: FastAPI) -> dict[str, dict[str, str]]:
    return make_keys(app)


@pytest.fixture
def keys_for():
    return make_keys


@pytest.fixture
def submitted(client: TestClient, keys: dict[str, dict[str, str]]) -> dict:
    """TRANSCRIPT submitted by the qa user and scanned: the call as the admin sees it."""
    r = client.post("/v1/calls/transcripts", json=TRANSCRIPT, headers=keys["qa"])
    assert r.status_code == 201, r.text
    r = client.get(f"/v1/calls/{r.json()['id']}", headers=keys["admin"])
    assert r.status_code == 200
    return r.json()
