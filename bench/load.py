"""Load: the real app under uvicorn on 1,000,000 findings, PostgreSQL and SQLite.

Builds a throwaway PostgreSQL database and a SQLite file (migrated like
production), bulk-loads 100,000 calls with 10 findings each (bench.api's
rows: COPY on PostgreSQL, one executemany transaction on SQLite) and 8
utterances each (text from the synthetic calls of qa_pipeline.evaluation, so
the transcript search has real Chinese to find), then starts `qa-pipeline
serve` in a subprocess on each and measures, from the outside, over HTTP:

- PostgreSQL, 20 concurrent clients: `GET /v1/findings` (bench.api's filters) and the queue page;
- one client, SQLite and PostgreSQL: the queue page, and the call search (`/calls?q=`, transcript text);
- PostgreSQL: a burst of 20 concurrent recording uploads (`POST /v1/calls`), which must get no 5xx.

Each figure is p50 / p95 / max in ms and the error count (a 5xx, a refused
connection or a time-out). `python -m bench.load [N_FINDINGS]` prints the
table; `QA_BENCH_ONLY=load python -m bench` runs it as a section of `make bench`.
"""

from __future__ import annotations

import functools
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import Engine, insert, text

from bench.api import FINDINGS_PER_CALL, N_FINDINGS, QUERIES, _load_postgres, _load_sqlite, _percentile
from qa_pipeline.config import REPO_ROOT
from qa_pipeline.evaluation.synthetic import generate_transcripts
from qa_pipeline.store import repository as repo
from qa_pipeline.store.db import make_engine, make_session_factory, scratch_database
from qa_pipeline.store.models import Role, StoredUtterance

UTTERANCES_PER_CALL = 8
CLIENTS = 20
# Requests per client of each kind: the queue costs seconds per request on 1M findings
# (see the README's figures), so it gets fewer rounds to keep the section in minutes.
ROUNDS = {"GET /v1/findings": 10, "queue page": 2}
SINGLE_ROUNDS = {"queue page": 12, "call search": 16}
BATCH_CALLS = 5_000
CORPUS = REPO_ROOT / "tests" / "corpus" / "dev"
SAMPLES = REPO_ROOT / "sample_audio"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')

QUEUE_PAGES = ["/queue", "/queue?sort=date", "/queue?category=threat", "/queue?severity=critical",
               "/queue?agent_id=a-042", "/queue?page=5"]
# Words said in the calls: common and rare, two characters (no trigram) and longer.
SEARCHES = ["/calls?q=逾期", "/calls?q=还款", "/calls?q=征信", "/calls?q=家里人", "/calls?q=法院传票",
            "/calls?q=不要脸", "/calls?q=请问是", "/calls?q=没有这句话的通话"]


@dataclass(slots=True)
class Timing:
    """Latencies of one kind of request (ms), and how many failed."""

    name: str
    millis: list[float]
    errors: int
    statuses: dict[int, int]
    seconds: float = 0.0  # wall time of the whole measurement

    def row(self) -> dict[str, Any]:
        ok = self.millis or [0.0]
        done = len(self.millis) + self.errors
        return {"requests": done, "per_s": round(done / self.seconds, 1) if self.seconds else None,
                "p50_ms": round(_percentile(ok, 0.5), 1),
                "p95_ms": round(_percentile(ok, 0.95), 1), "max_ms": round(max(ok), 1), "errors": self.errors,
                "statuses": {str(k): v for k, v in sorted(self.statuses.items())}}


# --- data -------------------------------------------------------------------

def _utterance_rows(n_calls: int) -> Iterator[list[dict[str, Any]]]:
    """Batches of utterance rows: each call gets the opening of a synthetic call."""
    texts = [[(u.speaker, u.text) for u in t.utterances[:UTTERANCES_PER_CALL]]
             for t in generate_transcripts(CORPUS, 400)]
    uid = 0
    for start in range(1, n_calls + 1, BATCH_CALLS):
        rows = []
        for cid in range(start, min(start + BATCH_CALLS, n_calls + 1)):
            for i, (speaker, said) in enumerate(texts[cid % len(texts)]):
                uid += 1
                rows.append({"id": uid, "call_id": cid, "index": i, "speaker": speaker, "start": i * 4.0,
                             "end": i * 4.0 + 3.5, "text": said, "low_confidence": False, "words": None})
        yield rows


def load(engine: Engine, backend: str, n_findings: int) -> float:
    """Calls, findings and utterances into an empty migrated store; the seconds it took."""
    t0 = time.perf_counter()
    (_load_sqlite if backend == "sqlite" else _load_postgres)(engine, n_findings)
    n_calls = n_findings // FINDINGS_PER_CALL
    if backend == "sqlite":
        # The FTS5 index is kept by a trigger per row; a row at a time, 800,000 rows in one
        # transaction took over 15 minutes. Built once after the rows instead, as migration 0008 does.
        with engine.begin() as conn:
            trigger = str(conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'utterances_fts_insert'"))
                          .scalar_one())
            conn.execute(text("DROP TRIGGER utterances_fts_insert"))
            for rows in _utterance_rows(n_calls):
                conn.execute(insert(StoredUtterance), rows)
            conn.execute(text("INSERT INTO utterances_fts(utterances_fts) VALUES ('rebuild')"))
            conn.execute(text(trigger))
            conn.execute(text("ANALYZE"))
    else:
        cols = [c.name for c in StoredUtterance.__table__.columns]
        raw = engine.raw_connection()
        try:
            cur = raw.cursor()
            quoted = ", ".join(f'"{c}"' for c in cols)
            for rows in _utterance_rows(n_calls):
                with cur.copy(f"COPY utterances ({quoted}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row([row[c] for c in cols])
            cur.execute("SELECT setval(pg_get_serial_sequence('utterances', 'id'), (SELECT max(id) FROM utterances))")
            raw.commit()
            cur.execute("ANALYZE utterances")
            raw.commit()
        finally:
            raw.close()
    return time.perf_counter() - t0


def admin_key(engine: Engine) -> str:
    with make_session_factory(engine)() as session:
        _, secret = repo.create_api_key(session, "bench-load", Role.admin)
        session.commit()
    return secret


# --- the server ------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """`qa-pipeline serve` on a free port, in a subprocess (uploads stay queued: QA_WORKER=external)."""

    def __init__(self, database_url: str, data_dir: Path, workers: int = 1) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {k: v for k, v in os.environ.items() if not k.startswith("QA_")}
        env.update(QA_DATABASE_URL=database_url, QA_DATA_DIR=str(data_dir), QA_WORKER="external",
                   QA_SESSION_COOKIE_SECURE="0", QA_AUTH_MAX_FAILURES="1000")
        data_dir.mkdir(parents=True, exist_ok=True)
        self.log = (data_dir / "server.log").open("w")
        self.process = subprocess.Popen([sys.executable, "-m", "qa_pipeline", "serve", "--host", "127.0.0.1",
                                         "--port", str(self.port), "--no-migrate", "--workers", str(workers)],
                                        env=env, cwd=REPO_ROOT,
                                        stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/healthz", timeout=2).status_code in (200, 503):
                    return
            except httpx.TransportError:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"the server did not start; see {data_dir / 'server.log'}")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        self.log.close()


def signed_in(server: Server, key: str) -> httpx.Client:
    """A client with a review-page session and the API key."""
    client = httpx.Client(base_url=server.url, headers={"X-API-Key": key}, timeout=60, follow_redirects=False)
    form = client.get("/login")
    token = CSRF.search(form.text)
    assert token, "the login page has a CSRF token"
    r = client.post("/login", data={"api_key": key, "csrf_token": token.group(1), "next": "/queue"})
    assert r.status_code == 303, f"sign-in: {r.status_code}"
    return client


# --- measuring -------------------------------------------------------------------

def _findings_paths() -> list[str]:
    paths = []
    for params in QUERIES.values():
        query = str(httpx.QueryParams({k: v for k, v in params.items() if not k.startswith("_")}))
        paths.append("/v1/findings" + (f"?{query}" if query else ""))
    return paths


def _timed(timing: Timing, request: Callable[[], httpx.Response]) -> None:
    """Make the request and record it in `timing`: a 5xx or a transport error is an error."""
    t0 = time.perf_counter()
    try:
        r = request()
    except httpx.TransportError:
        timing.errors += 1
        return
    took = (time.perf_counter() - t0) * 1000
    timing.statuses[r.status_code] = timing.statuses.get(r.status_code, 0) + 1
    if r.status_code >= 500:
        timing.errors += 1
    else:
        timing.millis.append(took)


def measure(clients: list[httpx.Client], name: str, paths: list[str], rounds: int) -> Timing:
    """Each client requests `rounds` of `paths` (each from its own place in the list); all clients at once."""
    timing = Timing(name, [], 0, {})

    def run(index: int, client: httpx.Client) -> None:
        for n in range(rounds):
            path = paths[(index + n) % len(paths)]
            _timed(timing, functools.partial(client.get, path))

    t0 = time.perf_counter()
    with ThreadPoolExecutor(len(clients)) as pool:
        list(pool.map(lambda pair: run(*pair), enumerate(clients)))
    timing.seconds = time.perf_counter() - t0
    return timing


def upload_burst(server: Server, key: str, count: int = CLIENTS) -> Timing:
    """`count` different recordings uploaded at once."""
    timing = Timing("upload burst", [], 0, {})

    def upload(path: Path) -> None:
        metadata = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        metadata["call_id"] = f"load-{path.stem}"
        with httpx.Client(base_url=server.url, headers={"X-API-Key": key}, timeout=120) as client:
            _timed(timing, lambda: client.post(
                "/v1/calls", files={"audio": (path.name, path.read_bytes(), "audio/flac")},
                data={"metadata": json.dumps(metadata, ensure_ascii=False)}))

    with ThreadPoolExecutor(count) as pool:
        list(pool.map(upload, sorted(SAMPLES.glob("*.flac"))[:count]))
    return timing


def run_load_bench(n_findings: int = N_FINDINGS, backends: tuple[str, ...] = ("postgresql", "sqlite"),
                   say: Callable[[str], None] = print) -> dict[str, Any]:
    result: dict[str, Any] = {"findings": n_findings, "calls": n_findings // FINDINGS_PER_CALL,
                              "utterances": n_findings // FINDINGS_PER_CALL * UTTERANCES_PER_CALL,
                              "clients": CLIENTS}
    with tempfile.TemporaryDirectory(prefix="qa-bench-load-") as tmp:
        for backend in backends:
            with scratch_database(backend, directory=Path(tmp), prefix="qa_bench_load") as url:  # type: ignore[arg-type]
                engine = make_engine(url)
                try:
                    load_s = load(engine, backend, n_findings)
                    key = admin_key(engine)
                finally:
                    engine.dispose()
                say(f"{backend}: loaded {n_findings:,} findings in {load_s:.0f} s")
                server = Server(url.render_as_string(hide_password=False), Path(tmp) / f"data-{backend}")
                figures: dict[str, Any] = {"load_s": round(load_s, 1)}
                try:
                    single = signed_in(server, key)
                    # The first page after a start loads the rule pack and compiles the templates:
                    # reported on its own, not mixed into the steady-state figures.
                    first = Timing("first queue page after start", [], 0, {})
                    _timed(first, functools.partial(single.get, "/queue"))
                    figures["first queue page after start"] = first.row()
                    for name, paths in (("queue page", QUEUE_PAGES), ("call search", SEARCHES)):
                        figures[f"1 client: {name}"] = measure([single], name, paths, SINGLE_ROUNDS[name]).row()
                    single.close()
                    if backend == "postgresql":
                        clients = [signed_in(server, key) for _ in range(CLIENTS)]
                        for name, paths in (("GET /v1/findings", _findings_paths()), ("queue page", QUEUE_PAGES)):
                            figures[f"{CLIENTS} clients: {name}"] = measure(clients, name, paths, ROUNDS[name]).row()
                        for client in clients:
                            client.close()
                        figures[f"{CLIENTS} concurrent uploads"] = upload_burst(server, key).row()
                finally:
                    server.stop()
                result[backend] = figures
                for name, row in figures.items():
                    if isinstance(row, dict):
                        say(f"  {name:<32} p50 {row['p50_ms']:>7} ms  p95 {row['p95_ms']:>7} ms  "
                            f"max {row['max_ms']:>7} ms  {row['per_s']} req/s  errors {row['errors']}  "
                            f"{row['statuses']}")
    return result


def main(argv: list[str] | None = None) -> None:
    """`python -m bench.load [N_FINDINGS [postgresql|sqlite]]`"""
    argv = sys.argv[1:] if argv is None else argv
    backends = tuple(argv[1:]) or ("postgresql", "sqlite")
    print(json.dumps(run_load_bench(int(argv[0]) if argv else N_FINDINGS, backends), indent=2))


if __name__ == "__main__":
    main()
