"""Review-page tests: the app on a scratch SQLite data directory, with sample calls.

`site` serves the app with uvicorn on a free localhost port (in-process
worker with the real Whisper model, for uploads); `browser` is headless
Chromium from the Debian package driven by Playwright (`playwright install`
is never run). `http_site` is the same app behind a TestClient, for the
checks that need no browser.
"""

from __future__ import annotations

import json
import re
import socket
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from api.main import create_app
from qa_pipeline import jobs
from qa_pipeline.config import REPO_ROOT, Settings
from qa_pipeline.domain.review import ReviewDecision
from qa_pipeline.domain.transcript import Transcript
from qa_pipeline.engine import Scanner, get_scanner
from qa_pipeline.store import db
from qa_pipeline.store import repository as repo
from qa_pipeline.store.models import Role, StoredFinding

CORPUS = REPO_ROOT / "tests" / "corpus" / "dev"
SAMPLE_AUDIO = REPO_ROOT / "sample_audio"
README_SCREENSHOTS = REPO_ROOT / "docs" / "screenshots"  # written only with QA_REFRESH_SCREENSHOTS=1
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
SEED_CALLS = 40  # t-001 .. t-040 of the labelled corpus

XSS = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=1\">"
XSS_TRANSCRIPT = {
    "call_id": "x-001" + XSS, "started_at": "2026-03-04T11:00:00+08:00", "agent_id": "a-" + XSS,
    "callee": {"relation": "debtor", "timezone": "Asia/Shanghai", "name": "王" + XSS},
    "note": XSS,
    "utterances": [
        {"speaker": "agent", "start": 0.0, "end": 2.0, "text": "您好，请问是王建国先生本人吗？"},
        {"speaker": "customer", "start": 2.5, "end": 3.4, "text": "对，是我。" + XSS},
        {"speaker": "agent", "start": 4.0, "end": 8.0, "text": "你这个老赖" + XSS + "，再不还钱我就打断你的腿。"},
    ],
}


@dataclass
class Site:
    settings: Settings
    session_factory: db.SessionFactory
    app: FastAPI
    keys: dict[str, str]                   # role -> secret
    call_ids: dict[str, int] = field(default_factory=dict)  # external call id -> id
    base_url: str = ""


def settings_for(data_dir: Path, worker: str) -> Settings:
    return Settings(data_dir=data_dir, database_url=f"sqlite:///{data_dir / 'qa.sqlite3'}", worker=worker,
                    max_upload_bytes=20_000_000)


def make_settings(data_dir: Path, worker: str) -> Settings:
    settings = settings_for(data_dir, worker)
    db.upgrade(settings.effective_database_url)
    return settings


def seed(settings: Settings, session_factory: db.SessionFactory, scanner: Scanner) -> tuple[dict[str, str],
                                                                                          dict[str, int]]:
    """API keys of each role, the first corpus calls (some findings reviewed) and the XSS call."""
    keys: dict[str, str] = {}
    with session_factory() as s:
        for role in Role:
            _, keys[role.value] = repo.create_api_key(s, f"{role.value}-user", role)
        s.commit()
    ids: dict[str, int] = {}
    accepted = jobs.accept_transcript(session_factory, Transcript.model_validate(XSS_TRANSCRIPT),
                                            scanner=scanner, settings=settings, actor="seed")
    ids["xss"] = accepted.call_id
    for path in sorted(CORPUS.glob("t-*.json"))[:SEED_CALLS]:
        doc = json.loads(path.read_text(encoding="utf-8"))
        doc.pop("expected", None)
        accepted = jobs.accept_transcript(session_factory, Transcript.model_validate(doc), scanner=scanner,
                                                settings=settings, actor="seed")
        ids[doc["call_id"]] = accepted.call_id
    with session_factory() as s:  # some history, so the dashboard has confirmed findings to rank
        findings = list(s.scalars(select(StoredFinding).order_by(StoredFinding.id)))
        for i, f in enumerate(findings):
            if f.call_id == ids["xss"]:
                continue
            if i % 3 == 0:
                repo.add_review(s, f, ReviewDecision.confirm, reviewer="seed", comment="seeded")
            elif i % 7 == 0:
                repo.add_review(s, f, ReviewDecision.dismiss, reviewer="seed", comment="seeded")
        s.commit()
    return keys, ids


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def page_scanner() -> Scanner:
    return get_scanner(Settings())


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory, page_scanner: Scanner) -> Iterator[Site]:
    """The app served by uvicorn on localhost, with the in-process worker (real ASR for uploads)."""
    settings = make_settings(tmp_path_factory.mktemp("pages-live"), "inprocess")
    session_factory = db.make_session_factory(db.make_engine(settings.effective_database_url))
    keys, ids = seed(settings, session_factory, page_scanner)
    app = create_app(settings, session_factory=session_factory, scanner_factory=lambda: page_scanner)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="on", access_log=False))
    thread = threading.Thread(target=server.run, name="uvicorn-pages", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield Site(settings, session_factory, app, keys, ids, f"http://127.0.0.1:{port}")
    server.should_exit = True
    thread.join(timeout=30)


@dataclass(frozen=True)
class SeededDatabase:
    path: Path
    keys: dict[str, str]
    call_ids: dict[str, int]


@pytest.fixture(scope="session")
def seeded_database(tmp_path_factory: pytest.TempPathFactory, page_scanner: Scanner) -> SeededDatabase:
    """One migrated and seeded SQLite file per test session, copied for each test. Seeded by the
    pack's words alone: these tests read pages, not detection, and matching by meaning would embed
    the seed calls' ~800 sentences on a machine whose vector cache is new (half a minute)."""
    settings = make_settings(tmp_path_factory.mktemp("pages-seed"), "external")
    engine = db.make_engine(settings.effective_database_url)
    keys, ids = seed(settings, db.make_session_factory(engine), page_scanner.words_only())
    engine.dispose()
    return SeededDatabase(settings.data_dir / "qa.sqlite3", keys, ids)


@pytest.fixture
def http_site(tmp_path: Path, page_scanner: Scanner, seeded_database: SeededDatabase) -> Site:
    """A fresh seeded app for TestClient checks (no worker: uploads stay queued)."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    with sqlite3.connect(seeded_database.path) as source, sqlite3.connect(data_dir / "qa.sqlite3") as copy:
        source.backup(copy)
    settings = settings_for(data_dir, "external")
    session_factory = db.make_session_factory(db.make_engine(settings.effective_database_url))
    app = create_app(settings, session_factory=session_factory, scanner_factory=lambda: page_scanner)
    return Site(settings, session_factory, app, dict(seeded_database.keys), dict(seeded_database.call_ids),
                "https://testserver")


@pytest.fixture
def client(http_site: Site) -> Iterator[TestClient]:
    # https: the session cookie is Secure, and httpx sends Secure cookies over https only.
    with TestClient(http_site.app, base_url=http_site.base_url) as c:
        yield c


CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_of(html: str) -> str:
    m = CSRF_RE.search(html)
    assert m, "no CSRF token in the page"
    return m.group(1)


@pytest.fixture
def sign_in(client: TestClient, http_site: Site) -> Callable[[str], str]:
    """Sign the TestClient in with the key of a role; returns the session's CSRF token."""

    def do(role: str) -> str:
        form = client.get("/login")
        r = client.post("/login", data={"api_key": http_site.keys[role], "csrf_token": csrf_of(form.text),
                                        "next": "/queue"}, follow_redirects=False)
        assert r.status_code == 303, r.text
        page = client.get("/queue")
        assert page.status_code == 200
        return csrf_of(page.text)

    return do


# --- browser ---------------------------------------------------------------

@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def new_page(browser: Any, site: Site) -> Iterator[Callable[..., Any]]:
    """Pages in fresh browser contexts (own cookies), closed after the test."""
    contexts = []

    def make(role: str | None = None, **options: Any) -> Any:
        context = browser.new_context(base_url=site.base_url, viewport={"width": 1360, "height": 860},
                                      locale="zh-CN", timezone_id="Asia/Shanghai", **options)
        context.set_default_timeout(15_000)
        contexts.append(context)
        page = context.new_page()
        if role:
            browser_sign_in(page, site.keys[role])
        return page

    yield make
    for context in contexts:
        context.close()


def browser_sign_in(page: Any, key: str, next_path: str = "/queue") -> None:
    page.goto(next_path)
    page.wait_for_url(re.compile(r"/login\?"))
    page.fill("#api_key", key)
    page.click("form[action='/login'] button[type=submit]")
    page.wait_for_url(re.compile(re.escape(next_path) + "$"))
