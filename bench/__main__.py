"""`make bench`: every figure the bars ask for, measured in one run.

- rule engine vs a bare pyahocorasick pass over the same text and lexicons;
- ASR real-time factor (default settings, beam 1 vs 5, batched vs sequential)
  and the share of wall time per stage;
- matching by meaning: embedding cost per sentence and per minute of speech,
  scan time with and without it, and its share of the ASR time;
- API: GET /v1/findings latency on 1,000,000 findings, SQLite and PostgreSQL;
- the audit log's hash chain: appends per second (1 and 8 writers) and verify speed.
- load: the app under uvicorn on 1,000,000 findings: 20 concurrent clients on
  GET /v1/findings and the queue page, the queue and the call search for one
  client (SQLite and PostgreSQL), a burst of 20 uploads (bench/load.py).

- CER on real human speech at 16 kHz and in the 8 kHz phone band, with the
  model and device measured;
- mono role inference: per-utterance role accuracy on the mono sample mixes.

Set QA_BENCH_ONLY=engine,asr,semantic,human,roles,api,load,audit,auditlog to run a part
(e.g. `QA_BENCH_ONLY=load make bench`).
"""

from __future__ import annotations

import json
import os
import sys
import time

from qa_pipeline.config import REPO_ROOT

OUT = REPO_ROOT / "build" / "bench.json"


def _section(title: str) -> None:
    print(f"\n== {title} ==", flush=True)


def main() -> int:
    sections = os.environ.get("QA_BENCH_ONLY", "engine,asr,semantic,human,roles,api,load,audit,auditlog")
    only = set(filter(None, sections.split(",")))
    results: dict[str, object] = {"started": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "cpus": os.cpu_count()}
    from qa_pipeline.engine import get_scanner

    scanner = get_scanner()
    if "engine" in only:
        from bench.engine import run_engine_bench, words_only

        _section("rule engine, words only (10,000 generated transcripts; meaning: its own section)")
        engine = run_engine_bench(words_only(scanner), REPO_ROOT / "tests" / "corpus" / "dev")
        print("\n".join(engine.lines()))
        results["engine"] = {"transcripts": engine.transcripts, "megabytes": engine.megabytes,
                             "bare_seconds": engine.bare_seconds, "engine_seconds": engine.engine_seconds,
                             "ratio": engine.ratio, "findings": engine.findings}
    if "asr" in only:
        from bench.asr import run_asr_bench

        _section("ASR (sample recordings)")
        recordings = sorted((REPO_ROOT / "sample_audio").glob("*.flac"))[:3]
        results["asr"] = run_asr_bench(recordings, scanner=scanner)
    if "semantic" in only:
        from bench.semantic import run_semantic_bench

        _section("matching by meaning (sentence embeddings)")
        semantic = run_semantic_bench(scanner, REPO_ROOT / "sample_audio")
        asr = results.get("asr")
        rtf = asr["setups"]["default"]["rtf"] if isinstance(asr, dict) else None
        print("\n".join(semantic.lines(rtf)))
        results["semantic"] = {"calls": semantic.calls, "sentences": semantic.sentences,
                               "ms_per_sentence": round(semantic.ms_per_sentence, 2),
                               "embed_s_per_speech_minute": round(semantic.embed_seconds_per_speech_minute, 3),
                               "scan_ms_per_call_words_only": round(semantic.words_only_ms_per_call, 3),
                               "scan_ms_per_call_with_meaning": round(semantic.with_meaning_ms_per_call, 3),
                               "share_of_asr": round(semantic.share_of_asr(rtf), 4) if rtf else None}
    if "human" in only:
        from bench.human import run_human_bench

        _section("ASR accuracy: real human speech (shared/speech/human) vs rendered calls")
        results["human_speech"] = run_human_bench()
    if "roles" in only:
        from bench.roles import run_roles_bench

        _section("mono role inference: utterances attributed to the right speaker")
        results["mono_roles"] = run_roles_bench()
    if "api" in only:
        from bench.api import run_api_bench

        _section("API: GET /v1/findings on 1,000,000 findings")
        api = results["api"] = run_api_bench()
        for backend in ("sqlite", "postgresql"):
            if backend in api:
                b = api[backend]
                print(f"{backend:<11} load {b['load_s']} s; filtered queries p50 {b['p50_ms']} ms, "
                      f"p95 {b['p95_ms']} ms; summary report {b['summary_report_ms']} ms")
                for name, q in b["queries"].items():
                    print(f"  {name:<40} p50 {q['p50_ms']:>7} ms  p95 {q['p95_ms']:>7} ms")
    if "load" in only:
        from bench.load import run_load_bench

        _section("load: the app under uvicorn on 1,000,000 findings, 20 clients, uploads")
        results["load"] = run_load_bench()
    if "audit" in only:
        try:
            from bench.audit import run_audit_bench
        except ImportError:
            pass
        else:
            _section("batch audit throughput")
            results["audit"] = run_audit_bench()
    if "auditlog" in only:
        from bench.audit_log import run_audit_log_bench

        _section("audit log hash chain: appends and verify")
        results["audit_log"] = run_audit_log_bench()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(results, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
    print(f"\nfigures written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
