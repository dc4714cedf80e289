"""`GET /v1/findings` latency on a store of 1,000,000 findings, SQLite and PostgreSQL.

Builds a scratch database of each kind (migrated like production), bulk-loads
synthetic calls and findings (SQLite: Core executemany in one transaction;
PostgreSQL: COPY), then times typical review-queue and compliance queries
through the API in process (FastAPI + TestClient, so routing, auth,
serialization and masking count) and reports p50/p95 per query and overall.
Scratch databases are deleted at the end. `run_api_bench()` is what
`make bench` calls; `python -m bench.api` prints its JSON.
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert, text

from qa_pipeline.config import Settings
from qa_pipeline.store import repository as repo
from qa_pipeline.store.db import make_engine, make_session_factory, scratch_database
from qa_pipeline.store.migrations import summaries
from qa_pipeline.store.models import Call, Role, StoredFinding

N_FINDINGS = 1_000_000
FINDINGS_PER_CALL = 10
N_AGENTS = 200
N_DAYS = 90
FIRST_DAY = date(2026, 1, 1)
BATCH = 20_000

# (rule id, category, severity, share of findings)
RULES = [
    ("cn.identity.details_before_confirmation", "identity_not_confirmed", "medium", 0.30),
    ("cn.threat.exposure", "threat", "high", 0.12),
    ("cn.threat.harassment", "threat", "high", 0.08),
    ("cn.threat.false_criminal", "threat", "high", 0.05),
    ("cn.threat.violence", "threat", "critical", 0.02),
    ("cn.threat.family", "threat", "critical", 0.02),
    ("cn.threat.home_visit", "threat", "medium", 0.04),
    ("cn.threat.intimidation", "threat", "medium", 0.04),
    ("cn.abuse.insult", "abuse", "high", 0.10),
    ("cn.abuse.profanity", "abuse", "high", 0.05),
    ("cn.impersonation.state_authority", "impersonation", "critical", 0.02),
    ("cn.third_party.debt_disclosure", "third_party_disclosure", "high", 0.08),
    ("cn.third_party.repay_request", "third_party_disclosure", "medium", 0.04),
    ("cn.contact_time.outside_policy_window", "out_of_hours", "medium", 0.03),
    ("cn.contact_time.night_ban", "out_of_hours", "high", 0.01),
]
EVIDENCE = {"matched": ["欠钱不还"], "explanation": "坐席向第三方透露了债务：「欠钱不还」。", "score": 1.0,
            "phonetic": False, "spans": [{"term": "欠钱不还", "text": "欠钱不还", "start": 3, "end": 7,
                                          "selection": "debt", "phonetic": False}]}
TEXT = "明天我们就去你单位，让你同事都知道你欠钱不还。"

# name -> query parameters of GET /v1/findings (limit 50, newest first)
QUERIES: dict[str, dict[str, Any]] = {
    "no_filter": {},
    "category": {"category": "threat"},
    "review_queue": {"review_state": "open", "severity": ["high", "critical"]},
    "agent": {"agent_id": "a-042"},
    "rule_week": {"rule_id": "cn.threat.violence", "date_from": "2026-02-01", "date_to": "2026-02-07"},
    "day_category": {"date_from": "2026-03-15", "date_to": "2026-03-15", "category": "abuse"},
    "agent_category_month": {"agent_id": "a-007", "category": "threat", "date_from": "2026-02-01",
                             "date_to": "2026-02-28"},
    "rare_combination": {"category": "impersonation", "review_state": "dismissed", "severity": "critical"},
    "old_month_category": {"category": "threat", "date_from": "2026-01-01", "date_to": "2026-01-31"},
    "two_severities": {"severity": ["high", "critical"]},
    "page_10_deep": {"category": "abuse", "_pages": 10},
}


def _rows(n_findings: int, seed: int = 7) -> Iterator[tuple[list[dict[str, Any]], list[dict[str, Any]]]]:
    """Batches of (calls, findings) rows, deterministic for a seed."""
    rng = random.Random(seed)
    weights = [r[3] for r in RULES]
    n_calls = n_findings // FINDINGS_PER_CALL
    now = datetime(2026, 4, 1, tzinfo=UTC)
    evidence = EVIDENCE
    fid = 0
    for start in range(0, n_calls, BATCH // FINDINGS_PER_CALL):
        calls, findings = [], []
        for cid in range(start + 1, min(start + BATCH // FINDINGS_PER_CALL, n_calls) + 1):
            day = FIRST_DAY + timedelta(days=(cid * N_DAYS) // n_calls)  # ids grow with time, as in life
            agent = f"a-{rng.randrange(N_AGENTS):03d}"
            started = datetime.combine(day, datetime.min.time(), timezone(timedelta(hours=8))) + timedelta(
                hours=9, seconds=rng.randrange(11 * 3600))
            calls.append({"id": cid, "content_hash": f"{cid:064x}", "source": "transcript", "external_id": f"c-{cid}",
                              "agent_id": agent, "debtor_id": f"d-{rng.randrange(n_calls // 3)}", "started_at": started,
                              "call_date": day, "metadata": {},
                              "status": "done", "error": None, "attempts": 1, "roles_inferred": False,
                              "pack_name": "cn_collection", "pack_version": "bench", "created_at": now,
                              "processed_at": now})
            for i, rule in enumerate(rng.choices(RULES, weights, k=FINDINGS_PER_CALL)):
                fid += 1
                r = rng.random()
                state = "open" if r < 0.9 else "confirmed" if r < 0.97 else "dismissed"
                findings.append({"id": fid, "call_id": cid, "rule_id": rule[0], "title": rule[0], "category": rule[1],
                                     "severity": rule[2], "pack_name": "cn_collection", "pack_version": "bench",
                                     "utterance_index": i, "speaker": "agent", "start": float(i * 5),
                                     "end": float(i * 5 + 4),
                                     "text": TEXT, "evidence": evidence, "review_state": state, "agent_id": agent,
                                     "call_date": day, "created_at": now, "confidence": 1.0,
                                     "needs_listening": False, "version": 0})
        yield calls, findings


@contextmanager
def _summaries_after(engine: Engine) -> Iterator[None]:
    """The queue's summaries built once after a bulk load, not a trigger call per row.

    The triggers that keep them (migration 0016) are dropped for the load and made again after.
    """
    dialect = engine.dialect.name
    with engine.begin() as conn:
        summaries.drop_triggers(conn.exec_driver_sql, dialect)
    yield
    with engine.begin() as conn:
        summaries.rebuild(conn.exec_driver_sql)
        summaries.create_triggers(conn.exec_driver_sql, dialect)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE queue_calls" if dialect == "postgresql" else "ANALYZE")
        if dialect == "postgresql":
            conn.exec_driver_sql("VACUUM ANALYZE finding_tallies")


def _load_sqlite(engine: Engine, n_findings: int) -> None:
    calls_t, findings_t = Call, StoredFinding
    with _summaries_after(engine):
        with engine.begin() as conn:
            for calls, findings in _rows(n_findings):
                conn.execute(insert(calls_t), calls)
                conn.execute(insert(findings_t), findings)
        with engine.begin() as conn:
            conn.execute(text("ANALYZE"))


def _load_postgres(engine: Engine, n_findings: int) -> None:
    call_cols = [c.name for c in Call.__table__.columns]
    finding_cols = [c.name for c in StoredFinding.__table__.columns]
    quoted = ", ".join(f'"{c}"' for c in finding_cols)  # "end", "index" are SQL keywords
    with _summaries_after(engine):
        _copy_postgres(engine, n_findings, call_cols, finding_cols, quoted)


def _copy_postgres(engine: Engine, n_findings: int, call_cols: list[str], finding_cols: list[str],
                   quoted: str) -> None:
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        for calls, findings in _rows(n_findings):
            with cur.copy(f"COPY calls ({', '.join(call_cols)}) FROM STDIN") as copy:
                for row in calls:
                    copy.write_row([json.dumps(v) if isinstance(v, dict) else v
                                    for v in (row.get(c) for c in call_cols)])
            with cur.copy(f"COPY findings ({quoted}) FROM STDIN") as copy:
                for row in findings:
                    copy.write_row([json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else v
                                    for v in (row[c] for c in finding_cols)])
        for table in ("calls", "findings"):
            cur.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
        raw.commit()
        cur.execute("ANALYZE")
        raw.commit()
    finally:
        raw.close()


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def _time_queries(engine: Engine, data_dir: Path, repeats: int) -> dict[str, Any]:
    from fastapi.testclient import TestClient

    from api.main import create_app

    factory = make_session_factory(engine)
    with factory() as s:
        _, secret = repo.create_api_key(s, "bench", Role.compliance)
        s.commit()
    settings = Settings(data_dir=data_dir, worker="external")
    app = create_app(settings, session_factory=factory)
    headers = {"X-API-Key": secret}
    out: dict[str, Any] = {}
    every: list[float] = []
    with TestClient(app) as client:
        for name, params in QUERIES.items():
            params = dict(params)
            pages = params.pop("_pages", 1)
            cursor = None
            if pages > 1:  # start at the page `pages` deep, then time that page
                for _ in range(pages - 1):
                    r = client.get("/v1/findings", params={**params, **({"cursor": cursor} if cursor else {})},
                                   headers=headers)
                    cursor = r.json()["next_cursor"]
                params["cursor"] = cursor
            r = client.get("/v1/findings", params=params, headers=headers)  # warm-up
            assert r.status_code == 200, r.text
            items = len(r.json()["items"])
            times = []
            for _ in range(repeats):
                t0 = time.perf_counter()
                r = client.get("/v1/findings", params=params, headers=headers)
                times.append((time.perf_counter() - t0) * 1000)
                assert r.status_code == 200
            every += times
            out[name] = {"p50_ms": round(statistics.median(times), 2), "p95_ms": round(_percentile(times, 0.95), 2),
                         "items": items}
        t0 = time.perf_counter()
        assert client.get("/v1/reports/summary", headers=headers).status_code == 200
        summary_ms = (time.perf_counter() - t0) * 1000
    return {"queries": out, "p50_ms": round(statistics.median(every), 2),
            "p95_ms": round(_percentile(every, 0.95), 2), "summary_report_ms": round(summary_ms, 1)}


def run_api_bench(n_findings: int = N_FINDINGS, repeats: int = 30,
                  backends: tuple[str, ...] = ("sqlite", "postgresql")) -> dict[str, Any]:
    """Latency of GET /v1/findings with filters on `n_findings` findings, per backend."""
    result: dict[str, Any] = {"findings": n_findings, "calls": n_findings // FINDINGS_PER_CALL,
                              "repeats": repeats, "page_size": 50}
    with tempfile.TemporaryDirectory(prefix="qa-bench-api-") as tmp:
        for backend in backends:
            with scratch_database(backend, directory=Path(tmp), prefix="qa_bench") as url:  # type: ignore[arg-type]
                engine = make_engine(url)
                try:
                    t0 = time.perf_counter()
                    (_load_sqlite if backend == "sqlite" else _load_postgres)(engine, n_findings)
                    load_s = time.perf_counter() - t0
                    timings = _time_queries(engine, Path(tmp) / "data", repeats)
                finally:
                    engine.dispose()
            result[backend] = {"load_s": round(load_s, 1),
                               "rows_per_s": round(n_findings * 1.1 / load_s), **timings}
    return result


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    n = int(argv[0]) if argv else N_FINDINGS
    print(json.dumps(run_api_bench(n), indent=2))


if __name__ == "__main__":
    main()
