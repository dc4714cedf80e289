"""The rule engine: a transcript and its context in, findings with evidence out."""

from qa_pipeline.domain.context import CallContext
from qa_pipeline.engine.scanner import Scanner, get_scanner

__all__ = ["CallContext", "Scanner", "get_scanner"]
