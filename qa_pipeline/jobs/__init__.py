"""The service layer: calls accepted, processed and kept consistent.

- `intake`: an upload or a transcript becomes a stored call;
- `process`: the per-call job (transcribe, scan, store findings);
- `frequency`: re-scans that keep a debtor's day of calls numbered right;
- `pipeline`: what every runner does with a call (`run_call`);
- `worker`: the API's in-process worker;
- `lifecycle`: an admin re-queueing a dead-letter call;
- `retention`: erasing a call on request, and the retention policy.
"""

from qa_pipeline.jobs.frequency import refresh_call_frequency
from qa_pipeline.jobs.intake import (
    Accepted,
    MetadataConflict,
    UnsupportedMedia,
    UploadTooLarge,
    accept_recording,
    accept_transcript,
    check_filename,
    check_started_at,
    check_storable,
    check_transcript_bounds,
    parse_upload_metadata,
)
from qa_pipeline.jobs.lifecycle import CallStateConflict, requeue_call
from qa_pipeline.jobs.pipeline import run_call
from qa_pipeline.jobs.process import (
    Processed,
    RescanRun,
    TranscriberLike,
    dead_letter_abandoned,
    pending_call_ids,
    process_call,
    rescan_calls,
)
from qa_pipeline.jobs.retention import Erased, RecordingNotDeleted, RetentionRun, apply_retention, erase_call
from qa_pipeline.jobs.worker import InProcessWorker

__all__ = [
    "Accepted",
    "CallStateConflict",
    "Erased",
    "InProcessWorker",
    "MetadataConflict",
    "Processed",
    "RecordingNotDeleted",
    "RescanRun",
    "RetentionRun",
    "TranscriberLike",
    "UnsupportedMedia",
    "UploadTooLarge",
    "accept_recording",
    "accept_transcript",
    "apply_retention",
    "check_filename",
    "check_started_at",
    "check_storable",
    "check_transcript_bounds",
    "dead_letter_abandoned",
    "erase_call",
    "parse_upload_metadata",
    "pending_call_ids",
    "process_call",
    "refresh_call_frequency",
    "requeue_call",
    "rescan_calls",
    "run_call",
]
