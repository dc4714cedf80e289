"""`qa-pipeline worker`: a Celery worker for the distributed batch audit."""

from __future__ import annotations

import os
import sys

import click

from qa_pipeline.audit.local import available_cpus
from qa_pipeline.config import get_settings
from qa_pipeline.store import db


@click.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.option("--concurrency", "-c", type=click.IntRange(1, 64), default=None,
              help="Jobs at once: worker processes, each with its own Whisper model "
                   "[default: one per CPU, at most 8].")
@click.option("--loglevel", "-l", default="INFO", show_default=True)
@click.option("--hostname", "-n", default=None, help="Node name (default celery@<host>).")
@click.option("--beat", is_flag=True, help="Also run the scheduler (QA_AUDIT_SCHEDULE); run one per set-up.")
@click.pass_context
def worker(ctx: click.Context, concurrency: int | None, loglevel: str, hostname: str | None, beat: bool) -> None:
    """Run batch-audit jobs sent by `qa-pipeline audit --engine celery`.

    Uses QA_BROKER_URL (Redis), QA_CELERY_QUEUE, and the shared QA_DATABASE_URL
    and QA_DATA_DIR. Extra arguments go to `celery worker` as they are.
    """
    settings = get_settings()
    engine = db.make_engine(settings.effective_database_url)
    try:
        db.check_schema(engine)
    except Exception as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    finally:
        engine.dispose()
    cpus = available_cpus()
    concurrency = concurrency or max(1, min(cpus, 8))
    if not settings.whisper_cpu_threads:
        # Each pool process gets its share of the cores (read by the job's Settings).
        os.environ["QA_WHISPER_CPU_THREADS"] = str(max(1, cpus // concurrency))
        get_settings.cache_clear()
    # Imported here: the app reads its settings when imported, and the
    # worker's share of the cores is set just above.
    from qa_pipeline.audit.celery_app import app

    argv = ["worker", f"--concurrency={concurrency}", f"--loglevel={loglevel}",
            f"--queues={settings.celery_queue}", "--prefetch-multiplier=1", "--pool=prefork"]
    if hostname:
        argv.append(f"--hostname={hostname}")
    if beat:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        argv += ["--beat", f"--schedule={settings.data_dir / 'celerybeat-schedule'}"]
    argv += list(ctx.args)
    app.worker_main(argv)
