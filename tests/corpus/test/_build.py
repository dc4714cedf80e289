"""Build the held-back TEST split (tests/corpus/test/ts-*.json) from _calls.txt.

The test split is held back: never use it to tune rules.  Its wording comes from public
complaint/victim accounts, news reports, court/procuratorate summaries and industry-association
notices listed in SOURCES.md (T01 ...), adapted (names, amounts, platforms changed).

Block format in _calls.txt (one block per call, blank lines and lines starting with ``//`` ignored):

    === ts-001 | 2026-03-02T10:05:00+08:00 | debtor Asia/Shanghai | a-31 d-2001 | - | T02 T07 | msi
    A 喂，是周磊吧？你在我们平台借的两千都逾期九天了。  #inc
    C 你哪位？

Header: call id | started_at | relation timezone | agent_id debtor_id | style | source ids | flags
  style: ``-`` (text as written), ``sp`` (punctuation replaced by spaces), ``np`` (punctuation
         removed).  Traditional characters and ASR homophone errors are written into the text.
  flags: ``-`` or any of ``ooh`` (out_of_hours) and ``msi`` (missing_self_identification).
         ``ooh`` must agree with started_at converted to the callee timezone (08:00 <= local < 21:00
         is in hours); the build fails otherwise.
Lines: ``A`` agent, ``C`` customer (whoever answered).  Tags at the end of agent lines:
  #threat #abuse #imp (impersonation) #tpd (third_party_disclosure)
  #inc (identity_not_confirmed) #mis (misleading_consequence) #borrow (borrowing_inducement)

Times are generated deterministically: about 4-5 characters per second, 0.3-1.2 s pauses.

Run:  python3 tests/corpus/test/_build.py     (writes only tests/corpus/test/ts-*.json)
"""

from __future__ import annotations

import json
import random
import re
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
TAGS = {
    "threat": "threat",
    "abuse": "abuse",
    "imp": "impersonation",
    "tpd": "third_party_disclosure",
    "inc": "identity_not_confirmed",
    "mis": "misleading_consequence",
    "borrow": "borrowing_inducement",
}
FLAGS = {"ooh": "out_of_hours", "msi": "missing_self_identification"}
RELATIONS = {"debtor", "spouse", "relative", "contact", "employer", "unknown", "co_borrower", "guarantor"}
PUNCT = "，。？！、；：,.?!;:…“”\"'‘’（）()—~"


def out_of_hours(started_at: str, tz: str) -> bool:
    local = datetime.fromisoformat(started_at).astimezone(ZoneInfo(tz))
    return not (8 <= local.hour < 21)


def restyle(text: str, style: str) -> str:
    if style == "sp":
        text = re.sub("[" + re.escape(PUNCT) + "]+", " ", text).strip()
        return re.sub(r" {2,}", " ", text)
    if style == "np":
        return re.sub("[" + re.escape(PUNCT) + "]+", "", text)
    return text


def spoken_len(text: str) -> int:
    return len(re.sub(r"[\s" + re.escape(PUNCT) + "]", "", text))


def parse(path: Path) -> list[dict]:
    calls, cur = [], None
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("//"):
            continue
        if line.startswith("==="):
            parts = [p.strip() for p in line[3:].split("|")]
            if len(parts) != 7:
                sys.exit(f"{path.name}:{lineno}: header needs 7 fields: {line}")
            cid, started, callee, ids, style, srcs, flags = parts
            rel, tz = callee.split()
            agent_id, debtor_id = ids.split()
            cur = {"id": cid, "started_at": started, "relation": rel, "tz": tz,
                   "agent_id": agent_id, "debtor_id": debtor_id, "style": style,
                   "sources": srcs.split(), "flags": [] if flags == "-" else flags.split(),
                   "lines": [], "lineno": lineno}
            calls.append(cur)
            continue
        if cur is None or line[:2] not in ("A ", "C "):
            sys.exit(f"{path.name}:{lineno}: bad line: {line}")
        speaker = "agent" if line[0] == "A" else "customer"
        body = line[2:].strip()
        tags = re.findall(r"#(\w+)", body)
        text = re.sub(r"\s*#\w+", "", body).strip()
        for t in tags:
            if t not in TAGS:
                sys.exit(f"{path.name}:{lineno}: unknown tag #{t}")
        if tags and speaker != "agent":
            sys.exit(f"{path.name}:{lineno}: tags only on agent lines")
        cur["lines"].append((speaker, text, tags))
    return calls


def build(call: dict) -> dict:
    cid = call["id"]
    if call["relation"] not in RELATIONS:
        sys.exit(f"{cid}: bad relation {call['relation']}")
    for f in call["flags"]:
        if f not in FLAGS:
            sys.exit(f"{cid}: unknown flag {f}")
    ooh = out_of_hours(call["started_at"], call["tz"])
    if ooh != ("ooh" in call["flags"]):
        sys.exit(f"{cid}: ooh flag disagrees with started_at/timezone (computed {ooh})")
    rng = random.Random(cid)
    t = round(rng.uniform(0.4, 1.4), 1)
    utts, expected = [], []
    for i, (speaker, text, tags) in enumerate(call["lines"]):
        text = restyle(text, call["style"])
        dur = max(0.6, spoken_len(text) / rng.uniform(4.0, 5.0))
        start = t
        end = round(start + dur, 1)
        if end <= start:
            end = round(start + 0.6, 1)
        utts.append({"speaker": speaker, "start": start, "end": end, "text": text})
        for tag in tags:
            expected.append({"category": TAGS[tag], "utterance_index": i})
        t = round(end + rng.uniform(0.3, 1.2), 1)
    for f in call["flags"]:
        expected.append({"category": FLAGS[f], "utterance_index": None})
    return {
        "call_id": cid,
        "started_at": call["started_at"],
        "callee": {"relation": call["relation"], "timezone": call["tz"]},
        "agent_id": call["agent_id"],
        "debtor_id": call["debtor_id"],
        "utterances": utts,
        "expected": expected,
        "sources": call["sources"],
    }


def dump(obj: dict) -> str:
    """Pretty-print with one utterance / expectation per line."""
    head = {k: obj[k] for k in ("call_id", "started_at", "callee", "agent_id", "debtor_id")}
    out = ["{"]
    for k, v in head.items():
        out.append(f' {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)},')
    out.append(' "utterances": [')
    for j, u in enumerate(obj["utterances"]):
        comma = "," if j < len(obj["utterances"]) - 1 else ""
        out.append("  " + json.dumps(u, ensure_ascii=False) + comma)
    out.append(" ],")
    if obj["expected"]:
        out.append(' "expected": [')
        for j, e in enumerate(obj["expected"]):
            comma = "," if j < len(obj["expected"]) - 1 else ""
            out.append("  " + json.dumps(e, ensure_ascii=False) + comma)
        out.append(" ],")
    else:
        out.append(' "expected": [],')
    out.append(' "sources": ' + json.dumps(obj["sources"], ensure_ascii=False))
    out.append("}")
    return "\n".join(out) + "\n"


def main() -> None:
    calls = parse(HERE / "_calls.txt")
    seen = set()
    written = set()
    for call in calls:
        if call["id"] in seen:
            sys.exit(f"duplicate id {call['id']}")
        seen.add(call["id"])
        obj = build(call)
        path = HERE / f"{call['id']}.json"
        path.write_text(dump(obj), encoding="utf-8")
        written.add(path.name)
    for stale in HERE.glob("ts-*.json"):
        if stale.name not in written:
            stale.unlink()
    print(f"wrote {len(written)} calls into {HERE}")


if __name__ == "__main__":
    main()
