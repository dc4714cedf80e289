"""The batch audit: `qa-pipeline audit PATH` over a folder of recordings or a manifest.

- `discover`: the recordings of a folder (with sidecars) or manifest;
- `job`: the per-recording job (store, transcribe, scan), idempotent;
- `locks`: liveness locks, so a crashed run's calls are taken over at once;
- `local` / `celery_engine`: N local worker processes, or Celery workers
  (`celery_app`: the Celery app and its tasks, also scheduled audits);
- `steps`: what a run does before and after its jobs, for both;
- `runner`: the run (progress, call-frequency re-check, report);
- `report`: the JSON and HTML report.
"""

from qa_pipeline.audit.runner import AuditOptions, AuditRun, run_audit

__all__ = ["AuditOptions", "AuditRun", "run_audit"]
