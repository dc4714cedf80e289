"""`make demo`: the nightly batch audit over the sample recordings, with the embedded defaults.

Runs `qa-pipeline audit sample_audio/` as operations would: the SQLite store
under the data directory (created on first use), local worker processes,
the Whisper model installed by `make setup`. Prints what was found per call
next to what each sample's metadata says it should find (`expected`), the
report's summary and where the report is. Run it again and everything is
skipped: the store already has the calls. `qa-pipeline serve` then shows
them in the review pages.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from qa_pipeline.audit.report import summary_lines
from qa_pipeline.audit.runner import AuditOptions, run_audit
from qa_pipeline.config import REPO_ROOT, get_settings

SAMPLES = REPO_ROOT / "sample_audio"


def _expected(source: str) -> Counter[str]:
    try:
        data = json.loads(Path(source).with_suffix(".json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Counter()
    return Counter(e["category"] for e in data.get("expected") or [] if isinstance(e, dict) and "category" in e)


def _fmt(counts: Counter[str]) -> str:
    return ", ".join(f"{c}×{n}" if n > 1 else c for c, n in sorted(counts.items())) or "-"


def main() -> int:
    settings = get_settings()
    print(f"Batch audit of {SAMPLES.relative_to(REPO_ROOT)}/ into {settings.effective_database_url}", flush=True)
    try:
        done = run_audit(AuditOptions(path=SAMPLES), settings)
    except RuntimeError as exc:  # the model is not installed, the database is not usable
        print(f"error: {exc}", file=sys.stderr)
        return 2
    calls = done.report["calls"]
    print()
    print(f"{'call':<8} {'agent':<6} {'status':<8} {'found':<46} expected (sample metadata)")
    for call in calls:
        found = Counter({c: len(f) for c, f in call.get("findings", {}).items()})
        print(f"{call.get('call_id') or Path(call['source']).name:<8} {call.get('agent_id') or '':<6} "
              f"{call['status']:<8} {_fmt(found):<46} {_fmt(_expected(call['source']))}")
    print()
    for line in summary_lines(done.report):
        print(line)
    print(f"\nreport: {done.html_path}\nreport (JSON): {done.json_path}")
    print("Review the calls in the browser: `qa-pipeline serve` (keys: `qa-pipeline keys create`).")
    return done.exit_code


if __name__ == "__main__":
    sys.exit(main())
