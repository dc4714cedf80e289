"""What every runner does with a call: process it, then keep the debtor's day
of calls numbered right.

The API's in-process worker, submitted transcripts and the batch audit's
jobs all run a call through `run_call`.
"""

from __future__ import annotations

from qa_pipeline.config import Settings, get_settings
from qa_pipeline.engine import Scanner, get_scanner
from qa_pipeline.jobs.frequency import refresh_call_frequency
from qa_pipeline.jobs.process import TranscriberLike, process_call
from qa_pipeline.store.db import SessionFactory
from qa_pipeline.store.models import CallStatus


def run_call(session_factory: SessionFactory, call_id: int, *, settings: Settings | None = None,
             scanner: Scanner | None = None, transcriber: TranscriberLike | None = None,
             force: bool = False) -> CallStatus:
    """Process the call; if it was stored for the first time, re-scan the calls
    of the debtor's day that were numbered before it was (no ASR needed)."""
    settings = settings or get_settings()
    scanner = scanner or get_scanner(settings)
    processed = process_call(session_factory, call_id, settings=settings, scanner=scanner,
                             transcriber=transcriber, force=force)
    if processed.debtor_day is not None:
        refresh_call_frequency(session_factory, groups=[processed.debtor_day], scanner=scanner, settings=settings)
    return processed.status
