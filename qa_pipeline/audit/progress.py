"""Progress of an audit: a tqdm bar on a terminal, one plain line per recording otherwise."""

from __future__ import annotations

import sys
import time
from typing import IO

from qa_pipeline.audit.job import JobResult, Outcome


def _duration(seconds: float) -> str:
    seconds = int(max(0, seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class Progress:
    """Recordings done of the total, audio hours transcribed, throughput and ETA."""

    def __init__(self, total: int, *, bar: bool | None = None, out: IO[str] | None = None,
                 err: IO[str] | None = None) -> None:
        self.total = total
        self.done = 0
        self.failed = 0
        self.audio_s = 0.0        # audio transcribed in this run
        self.started = time.monotonic()
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        if bar is None:
            bar = self.err.isatty()
        self._bar = None
        if bar:
            from tqdm import tqdm

            self._bar = tqdm(total=total, unit="rec", desc="audit", file=self.err, dynamic_ncols=True,
                             smoothing=0.1)

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        """Audio hours per wall hour."""
        return self.audio_s / self.elapsed if self.elapsed > 0 else 0.0

    def eta(self) -> float | None:
        if not self.done or self.done >= self.total:
            return None
        return self.elapsed / self.done * (self.total - self.done)

    def update(self, result: JobResult) -> None:
        self.done += 1
        self.failed += result.failed
        self.audio_s += result.processed_seconds
        what = result.status + (f" ({result.outcome})" if result.outcome not in (Outcome.NEW, result.status) else "")
        call = f"call {result.call_id}" if result.call_id is not None else "not stored"
        if self._bar is not None:
            self._bar.set_postfix_str(f"{self.audio_s / 3600:.2f} h audio, {self.rate:.1f} h/h, {self.failed} failed",
                                      refresh=False)
            self._bar.update(1)
            if result.failed:
                self._bar.write(f"failed: {result.source}: {result.error}", file=self.err)
            return
        eta = self.eta()
        line = (f"[{self.done}/{self.total}] {what}: {result.source} ({call}, {result.wall_seconds:.1f} s)"
                f" | {self.audio_s / 3600:.3f} h audio, {self.rate:.1f} h audio/h"
                f" | elapsed {_duration(self.elapsed)}" + (f", ETA {_duration(eta)}" if eta is not None else ""))
        if result.failed and result.error:
            line += f"\n    error: {result.error}"
        print(line, file=self.out, flush=True)

    def tick(self) -> None:
        """Between results: keep the bar's clock moving (no-op for plain lines)."""
        if self._bar is not None:
            self._bar.refresh()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
