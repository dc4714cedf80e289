"""Validate every call of the held-back TEST split (tests/corpus/test/ts-*.json).

The test split is held back: never use it to tune rules.  This script does not run the product;
it only checks the files against the corpus brief:
  * JSON shape (call_id, started_at with offset, callee.relation/timezone, agent_id, debtor_id,
    utterances, expected, sources), call_id unique and equal to the file stem;
  * 6-18 utterances, speakers agent/customer, non-empty text, start < end, times increasing
    and not overlapping;
  * expected: known categories; utterance-level categories point at an AGENT utterance inside
    the call, call-level ones (out_of_hours, missing_self_identification) have null; no duplicates;
  * out_of_hours present exactly when started_at, in the callee's timezone, is before 08:00 or at
    or after 21:00;
  * every sources id is listed in SOURCES.md.
It also prints per-category counts and the clean share, and warns (does not fail) on a rough
self-identification heuristic, on speech rates outside 2.5-7 chars/s and on pauses outside 0.2-1.5 s.

Run:  python3 tests/corpus/test/_check.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
UTTERANCE_LEVEL = {"threat", "abuse", "impersonation", "third_party_disclosure",
                   "identity_not_confirmed", "misleading_consequence", "borrowing_inducement"}
CALL_LEVEL = {"out_of_hours", "missing_self_identification"}
RELATIONS = {"debtor", "spouse", "relative", "contact", "employer", "unknown", "co_borrower", "guarantor"}
PUNCT = "，。？！、；：,.?!;:…“”\"'‘’（）()—~ "
DEBT_WORDS = re.compile(r"欠|清收|钱呢|還錢|还钱|还不还|到账|逾期|一七|一期|還款|还款|环款|環款|借款|借的|賬單|账单|欠款|本金|滯納|滞纳|結清|结清|分期|最低|額度|额度|信用卡")
SELF_ID = re.compile(r"我姓|我叫|工號|工号|我是\S{0,14}?(的|，)\S{0,6}(小|老)?[\u4e00-\u9fff]|編號|编号")


def fail(msg: str, errors: list[str]) -> None:
    errors.append(msg)


def source_ids() -> set[str]:
    text = (HERE / "SOURCES.md").read_text(encoding="utf-8")
    return set(re.findall(r"^\|\s*(T\d+)\s*\|", text, flags=re.M))


def check_file(path: Path, sources: set[str], errors: list[str], warnings: list[str]) -> dict | None:
    name = path.name
    try:
        obj = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        fail(f"{name}: not JSON ({exc})", errors)
        return None
    keys = {"call_id", "started_at", "callee", "agent_id", "debtor_id", "utterances", "expected", "sources"}
    missing = keys - obj.keys()
    if missing:
        fail(f"{name}: missing keys {sorted(missing)}", errors)
        return None
    if obj["call_id"] != path.stem:
        fail(f"{name}: call_id {obj['call_id']} != file stem", errors)
    for k in ("agent_id", "debtor_id"):
        if not isinstance(obj[k], str) or not obj[k]:
            fail(f"{name}: {k} must be a non-empty string", errors)
    try:
        started = datetime.fromisoformat(obj["started_at"])
        if started.utcoffset() is None:
            fail(f"{name}: started_at has no UTC offset", errors)
    except ValueError:
        fail(f"{name}: started_at not ISO 8601", errors)
        return None
    callee = obj["callee"]
    if not isinstance(callee, dict) or callee.get("relation") not in RELATIONS:
        fail(f"{name}: bad callee.relation", errors)
        return None
    try:
        tz = ZoneInfo(callee["timezone"])
    except Exception:  # noqa: BLE001
        fail(f"{name}: bad callee.timezone", errors)
        return None
    utts = obj["utterances"]
    if not isinstance(utts, list) or not (6 <= len(utts) <= 18):
        fail(f"{name}: needs 6-18 utterances, has {len(utts) if isinstance(utts, list) else '?'}", errors)
        return None
    prev_end = -1.0
    for i, u in enumerate(utts):
        if set(u) != {"speaker", "start", "end", "text"}:
            fail(f"{name}[{i}]: utterance keys {sorted(u)}", errors)
            continue
        if u["speaker"] not in ("agent", "customer"):
            fail(f"{name}[{i}]: bad speaker {u['speaker']}", errors)
        if not isinstance(u["text"], str) or not u["text"].strip():
            fail(f"{name}[{i}]: empty text", errors)
        s, e = u["start"], u["end"]
        if not all(isinstance(x, (int, float)) for x in (s, e)) or s >= e or s < prev_end:
            fail(f"{name}[{i}]: times not increasing ({s}, {e}, previous end {prev_end})", errors)
        else:
            n = len(re.sub("[" + re.escape(PUNCT) + "]", "", u["text"]))
            rate = n / (e - s)
            if n >= 4 and not (2.5 <= rate <= 7.0):
                warnings.append(f"{name}[{i}]: speech rate {rate:.1f} chars/s")
            if i and not (0.2 <= s - prev_end <= 1.5):
                warnings.append(f"{name}[{i}]: pause {s - prev_end:.1f}s")
            prev_end = e
    expected = obj["expected"]
    if not isinstance(expected, list):
        fail(f"{name}: expected must be a list", errors)
        return None
    seen = set()
    for ex in expected:
        cat, idx = ex.get("category"), ex.get("utterance_index", "missing")
        if set(ex) != {"category", "utterance_index"}:
            fail(f"{name}: expected entry keys {sorted(ex)}", errors)
        if cat in UTTERANCE_LEVEL:
            if not isinstance(idx, int) or isinstance(idx, bool) or not (0 <= idx < len(utts)):
                fail(f"{name}: {cat} index {idx} out of range", errors)
            elif utts[idx]["speaker"] != "agent":
                fail(f"{name}: {cat} points at a customer utterance {idx}", errors)
        elif cat in CALL_LEVEL:
            if idx is not None:
                fail(f"{name}: {cat} must have utterance_index null", errors)
        else:
            fail(f"{name}: unknown category {cat}", errors)
        if (cat, idx) in seen:
            fail(f"{name}: duplicate expectation {cat} {idx}", errors)
        seen.add((cat, idx))
    local = started.astimezone(tz)
    ooh = not (8 <= local.hour < 21)
    has_ooh = any(ex.get("category") == "out_of_hours" for ex in expected)
    if ooh != has_ooh:
        fail(f"{name}: out_of_hours label {has_ooh} but local time is {local:%H:%M} ({callee['timezone']})", errors)
    srcs = obj["sources"]
    if not isinstance(srcs, list) or not srcs:
        fail(f"{name}: sources must be a non-empty list", errors)
    else:
        for s in srcs:
            if s not in sources:
                fail(f"{name}: source {s} not in SOURCES.md", errors)
    # heuristic self-identification check (warning only; labels were set by hand)
    agent_text = "".join(u["text"] for u in utts if u["speaker"] == "agent")
    has_msi = any(ex.get("category") == "missing_self_identification" for ex in expected)
    if not has_msi and DEBT_WORDS.search(agent_text) and not SELF_ID.search(agent_text):
        warnings.append(f"{name}: agent talks about a debt, no msi label, and no name/work number found")
    if has_msi and not DEBT_WORDS.search(agent_text):
        warnings.append(f"{name}: msi label but no debt words found in agent text")
    return obj


def main() -> int:
    errors: list[str] = []
    warnings: list[str] = []
    sources = source_ids()
    files = sorted(HERE.glob("ts-*.json"))
    if not files:
        print("no ts-*.json files")
        return 1
    ids = Counter()
    cats = Counter()
    clean = 0
    used_sources = set()
    relations = Counter()
    for path in files:
        obj = check_file(path, sources, errors, warnings)
        if obj is None:
            continue
        ids[obj["call_id"]] += 1
        relations[obj["callee"]["relation"]] += 1
        used_sources.update(obj["sources"])
        if not obj["expected"]:
            clean += 1
        for c in {ex["category"] for ex in obj["expected"]}:
            cats[c] += 1
    for cid, n in ids.items():
        if n > 1:
            errors.append(f"call_id {cid} used {n} times")
    n = len(files)
    print(f"calls: {n}, clean: {clean} ({clean / n:.0%})")
    for c in sorted(UTTERANCE_LEVEL | CALL_LEVEL):
        print(f"  {c:30s} {cats[c]:3d} calls")
    print("relations:", dict(relations))
    print(f"sources used: {len(used_sources)} of {len(sources)} listed")
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    if errors:
        print(f"FAILED: {len(errors)} errors")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
