"""`qa-pipeline serve --workers N`: several server processes on one port, and a pack reload reaching each."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from qa_pipeline.config import REPO_ROOT
from qa_pipeline.store import repository as repo
from qa_pipeline.store.db import make_engine, make_session_factory
from qa_pipeline.store.models import Role
from tests.packs import copy_pack, set_version


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _versions(url: str, key: str, n: int) -> set[str]:
    """The pack version `n` requests see, each on a new connection (so the processes share them)."""
    seen = set()
    for _ in range(n):
        r = httpx.get(f"{url}/v1/rules", headers={"X-API-Key": key, "Connection": "close"}, timeout=60)
        assert r.status_code == 200, r.text
        seen.add(r.json()["packs"][0]["version"])
    return seen


def test_two_server_processes_serve_and_follow_a_reload(tmp_path: Path) -> None:
    rules = copy_pack(tmp_path, "9999.1")
    data = tmp_path / "data"
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("QA_")}
    env.update(QA_DATA_DIR=str(data), QA_RULES_DIR=str(rules), QA_LEXICONS_DIR=str(REPO_ROOT / "lexicons"),
               QA_WORKER="external",
               QA_PACK_FOLLOW_SECONDS="0", QA_SESSION_COOKIE_SECURE="0")
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        server = subprocess.Popen([sys.executable, "-m", "qa_pipeline", "serve", "--port", str(port), "--workers", "2"],
                                  env=env, cwd=REPO_ROOT, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while len(set(re.findall(r"Started server process \[(\d+)\]", log.read_text()))) < 2:
            assert server.poll() is None and time.monotonic() < deadline, log.read_text()
            time.sleep(0.5)
        while True:
            try:
                if httpx.get(f"{url}/healthz", timeout=5).status_code in (200, 503):
                    break
            except httpx.TransportError:
                assert time.monotonic() < deadline, log.read_text()
                time.sleep(0.5)
        engine = make_engine(f"sqlite:///{data / 'qa.sqlite3'}")
        try:
            with make_session_factory(engine)() as session:
                _, key = repo.create_api_key(session, "admin-user", Role.admin)
                session.commit()
        finally:
            engine.dispose()
        assert _versions(url, key, 12) == {"9999.1"}
        set_version(rules, "9999.2")
        r = httpx.post(f"{url}/v1/rules/reload", headers={"X-API-Key": key}, timeout=120)
        assert r.status_code == 200 and r.json()["new_version"] == "9999.2", r.text
        # Whichever process answers sees the new pack; asked until the other process has answered too
        # (it logs taking the reload up), so both processes are known to have served it.
        for _ in range(50):
            assert _versions(url, key, 4) == {"9999.2"}
            if "followed a reload by another process" in log.read_text():
                break
        else:
            raise AssertionError(f"the second process never took the reload up:\n{log.read_text()}")
    finally:
        server.terminate()
        assert server.wait(timeout=60) == 0, log.read_text()
