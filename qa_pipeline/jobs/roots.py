"""Which files a worker may read: only recordings below the configured recording roots.

A job's `source` comes from a queue (Celery) or a folder someone else can
write to (a batch audit), so it is not trusted: it is resolved (symlinks
followed, `..` removed) and must then lie below one of the roots, resolved
the same way. A symlink in an audited folder that points outside it, or a
job naming `/etc/passwd` or the data directory's `session.key`, is refused
before the file is opened.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from qa_pipeline.errors import QAInputError


class OutsideRecordingRoots(QAInputError):
    """A path that resolves outside every recording root."""


def confine(source: str | Path, roots: Iterable[Path]) -> Path:
    """`source` resolved, if it lies below one of `roots`; else OutsideRecordingRoots.

    Raises QAInputError "file not found" for a path that does not exist.
    """
    try:
        resolved = Path(source).resolve(strict=True)
    except FileNotFoundError:
        raise QAInputError(str(source), None, "file not found") from None
    except (OSError, RuntimeError) as exc:  # a symlink loop, a path too long
        raise QAInputError(str(source), None, f"cannot resolve the path ({exc})") from None
    for root in roots:
        try:
            base = Path(root).resolve()
        except (OSError, RuntimeError):
            continue
        if resolved.is_relative_to(base):
            return resolved
    raise OutsideRecordingRoots(str(source), None,
                                "outside the recording roots (QA_RECORDING_ROOTS); refused, not read")
