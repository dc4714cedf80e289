"""The audit log's hash chain: what appending costs, and how fast `audit-log verify` walks.

Every entry is written under the chain's lock (an advisory lock on PostgreSQL, the write
lock on SQLite), so concurrent writers append one at a time. Measured on a scratch
database of each kind: entries per second from 1 writer and from 8 concurrent writers
(each entry its own transaction, as an API request writes it), and entries per second
verified. `python -m bench.audit_log` prints the JSON; QA_BENCH_AUDIT_LOG_ENTRIES sets
the entries per writer (default 200).
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Literal

from qa_pipeline.store import db
from qa_pipeline.store import repository as repo
from qa_pipeline.store.audit_chain import verify_chain
from qa_pipeline.store.db import SessionFactory

WRITERS = 8


def _append(factory: SessionFactory, writers: int, per_writer: int) -> float:
    """Entries per second written by `writers` threads, `per_writer` entries each."""
    start = threading.Barrier(writers + 1)
    errors: list[BaseException] = []

    def write(worker: int) -> None:
        try:
            start.wait()
            for i in range(per_writer):
                with factory() as session:
                    repo.audit(session, "call.view", "call", i, actor=f"bench-{worker}", via="bench")
                    session.commit()
        except BaseException as exc:  # reported after the run
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(w,)) for w in range(writers)]
    for t in threads:
        t.start()
    start.wait()
    began = time.perf_counter()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - began
    if errors:
        raise errors[0]
    return writers * per_writer / elapsed


def _backend(backend: Literal["sqlite", "postgresql"], per_writer: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp, \
            db.scratch_database(backend, directory=Path(tmp), prefix="qa_bench_chain") as url:
        engine = db.make_engine(url, **({} if backend == "sqlite" else {"pool_size": WRITERS}))
        try:
            factory = db.make_session_factory(engine)
            one = _append(factory, 1, per_writer)
            many = _append(factory, WRITERS, per_writer)
            with factory() as session:
                began = time.perf_counter()
                check = verify_chain(session)
                verify_s = time.perf_counter() - began
            if not check.intact:
                raise AssertionError(f"{backend}: the chain broke under the bench: {check.broken}")
            return {"entries": check.entries, "appends_per_s_1_writer": round(one),
                    f"appends_per_s_{WRITERS}_writers": round(many),
                    "verify_entries_per_s": round(check.entries / verify_s)}
        finally:
            engine.dispose()


def run_audit_log_bench() -> dict[str, Any]:
    per_writer = int(os.environ.get("QA_BENCH_AUDIT_LOG_ENTRIES", "200") or 200)
    out: dict[str, Any] = {}
    for backend in ("sqlite", "postgresql"):
        out[backend] = result = _backend(backend, per_writer)
        print(f"{backend:<11} appends/s: 1 writer {result['appends_per_s_1_writer']}, {WRITERS} writers "
              f"{result[f'appends_per_s_{WRITERS}_writers']}; verify {result['verify_entries_per_s']} entries/s "
              f"({result['entries']} entries, chain intact)", flush=True)
    return out


if __name__ == "__main__":
    print(json.dumps(run_audit_log_bench(), indent=2))
