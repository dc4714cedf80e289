"""Batch-audit throughput: audio hours audited per wall-clock hour, measured in one run.

Audits the sample recordings (`sample_audio/`, 24 calls, ~22 min of audio)
three times, each into an empty store so that nothing is skipped:

- local engine, 1 worker process (SQLite, the embedded set-up);
- local engine, 2 worker processes (SQLite);
- Celery engine, 2 `qa-pipeline worker` processes (Redis broker, scratch
  PostgreSQL database), as on a cluster.

Wall time is the whole `run_audit` call: starting workers, loading models,
hashing, storing, transcribing, scanning, the call-frequency re-check and
the report; Celery workers are started (and answering) before the clock
starts, as they are in production. `run_audit_bench()` is what `make bench`
calls; `python -m bench.audit` prints its JSON. Set
QA_BENCH_AUDIT_LIMIT=N to audit only the first N recordings.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from qa_pipeline.config import REPO_ROOT, Settings, get_settings

SAMPLES = REPO_ROOT / "sample_audio"


def _folder(tmp: Path) -> Path:
    limit = int(os.environ.get("QA_BENCH_AUDIT_LIMIT", "0") or 0)
    recordings = sorted(SAMPLES.glob("*.flac"))
    if not limit:
        return SAMPLES
    folder = tmp / "samples"
    folder.mkdir()
    for rec in recordings[:limit]:
        shutil.copyfile(rec, folder / rec.name)
        shutil.copyfile(rec.with_suffix(".json"), folder / rec.with_suffix(".json").name)
    return folder


def _figures(name: str, run: Any, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    totals = run.report["totals"]
    wall = float(run.report["run"]["wall_seconds"])
    audio_h = totals["processed_audio_hours"]
    out = {"engine": name, "recordings": totals["recordings"], "failed": totals["failed"],
           "audio_hours": audio_h, "wall_seconds": wall,
           "audio_hours_per_hour": round(audio_h * 3600 / wall, 2) if wall else None,
           "findings": totals["findings"]}
    out.update(extra or {})
    return out


def _local(folder: Path, tmp: Path, base: Settings, workers: int) -> dict[str, Any]:
    from qa_pipeline.audit.runner import AuditOptions, run_audit

    data = tmp / f"local-{workers}"
    settings = base.model_copy(update={"data_dir": data, "database_url": f"sqlite:///{data / 'qa.sqlite3'}",
                                       "audit_reports_dir": data / "reports"})
    with open(os.devnull, "w") as quiet:
        run = run_audit(AuditOptions(path=folder, workers=workers, progress_bar=False, report=data / "report"),
                        settings, out=quiet)
    return _figures(f"local, {workers} worker{'s' if workers > 1 else ''}", run,
                    {"workers": workers, "database": "sqlite"})


def _celery(folder: Path, tmp: Path, base: Settings, workers: int) -> dict[str, Any]:
    from qa_pipeline.audit.celery_engine import CeleryEngine, delete_broker_keys
    from qa_pipeline.audit.local import available_cpus
    from qa_pipeline.audit.runner import AuditOptions, run_audit
    from qa_pipeline.store.db import scratch_database

    tag = uuid.uuid4().hex[:10]
    data = tmp / "celery"
    prefix = f"qa-bench-{tag}:"
    with scratch_database("postgresql", directory=tmp, server_url=base.postgres_server_url,
                          prefix="qa_bench_audit") as url:
        settings = base.model_copy(update={
            "data_dir": data, "database_url": url.render_as_string(hide_password=False),
            "celery_queue": f"qa-bench-{tag}", "broker_key_prefix": prefix, "audit_reports_dir": data / "reports"})
        env = {k: v for k, v in os.environ.items() if not k.startswith("QA_")}
        # Like the local engine's workers: the machine's cores shared out, one thread each on 2 cores.
        threads = base.whisper_cpu_threads or max(1, available_cpus() // workers)
        env.update(QA_WHISPER_CPU_THREADS=str(threads), QA_DATA_DIR=str(data),
                   QA_DATABASE_URL=settings.effective_database_url,
                   QA_BROKER_URL=settings.broker_url, QA_CELERY_QUEUE=settings.celery_queue,
                   QA_BROKER_KEY_PREFIX=prefix, QA_RULES_DIR=str(settings.rules_dir),
                   # workers read recordings only below their roots: the audited folder is one
                   QA_RECORDING_ROOTS=json.dumps([str(folder)]))
        procs = [subprocess.Popen([sys.executable, "-m", "qa_pipeline", "worker", "--concurrency", "1",
                                   "--hostname", f"bench{i}-{tag}@%h", "--loglevel", "WARNING"],
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                  start_new_session=True, cwd=REPO_ROOT)
                 for i in range(workers)]
        try:
            engine = CeleryEngine(settings, ping_timeout=1.0)
            deadline = time.monotonic() + 300
            while len(engine.ping()) < workers:
                if time.monotonic() > deadline or any(p.poll() is not None for p in procs):
                    raise RuntimeError("the Celery workers did not start")
            with open(os.devnull, "w") as quiet:
                run = run_audit(AuditOptions(path=folder, engine="celery", progress_bar=False,
                                             report=data / "report"), settings, engine=engine, out=quiet)
            return _figures(f"celery, {workers} workers", run, {"workers": workers, "database": "postgresql"})
        finally:
            for p in procs:
                if p.poll() is None:
                    p.terminate()
            for p in procs:
                try:
                    p.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    p.kill()
                    p.wait(timeout=10)
            delete_broker_keys(settings.broker_url, prefix)


def run_audit_bench() -> dict[str, Any]:
    base = get_settings()
    out: dict[str, Any] = {"cpus": os.cpu_count(), "runs": []}
    with tempfile.TemporaryDirectory(prefix="qa-bench-audit-") as name:
        tmp = Path(name)
        folder = _folder(tmp)
        out["recordings"] = len(list(folder.glob("*.flac")))
        for label, measure in (("local_1", lambda: _local(folder, tmp, base, 1)),
                               ("local_2", lambda: _local(folder, tmp, base, 2)),
                               ("celery_2", lambda: _celery(folder, tmp, base, 2))):
            try:
                figures = measure()
            except Exception as exc:
                figures = {"engine": label, "error": f"{type(exc).__name__}: {exc}"}
            out["runs"].append(figures)
            out[label] = figures.get("audio_hours_per_hour")
            if "error" in figures:
                print(f"{label}: not measured ({figures['error']})", flush=True)
            else:
                print(f"{figures['engine']:<20} {figures['recordings']:>3} recordings, "
                      f"{figures['audio_hours'] * 60:5.1f} min of audio in {figures['wall_seconds']:6.1f} s: "
                      f"{figures['audio_hours_per_hour']:6.1f} h of audio per hour"
                      + (f" ({figures['failed']} failed)" if figures["failed"] else ""), flush=True)
    if out.get("local_1") and out.get("local_2"):
        out["speedup_2_vs_1"] = round(out["local_2"] / out["local_1"], 2)
    if out.get("local_1") and out.get("celery_2"):
        out["speedup_celery_2_vs_local_1"] = round(out["celery_2"] / out["local_1"], 2)
    return out


if __name__ == "__main__":
    print(json.dumps(run_audit_bench(), indent=2, ensure_ascii=False))
