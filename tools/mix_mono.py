#!/usr/bin/env python3
"""Mono versions of the sample calls, for measuring role inference on mono recordings.

For every ``sample_audio/s-NN.flac`` + ``.json`` this writes ``tests/audio/mono/s-NN-mono.flac``
+ ``.json``: the stereo recording's two channels summed into one with sox (``remix -m 1,2``,
no dither, so the sample values are exactly left + right and the timing is unchanged), and a
sidecar with call_id ``s-NN-mono``, the stereo call's metadata without ``channels``, a
``description`` saying how it was made, and the stereo call's ``expected`` and ``script``.
A call that is already mono (``render: mono``) is copied byte for byte.

Only sox is needed (no TTS). Usage, from the repository root, after the stereo calls are
rendered:

    python3 tools/mix_mono.py               # all calls
    python3 tools/mix_mono.py --only s-05   # one (repeatable, or comma-separated)
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SRC_DIR = REPO / "sample_audio"
OUT_DIR = REPO / "tests" / "audio" / "mono"
META = ("call_id", "started_at", "callee", "agent_id", "debtor_id")


def channels(flac: Path) -> int:
    return int(subprocess.run(["soxi", "-c", str(flac)], check=True, capture_output=True,
                              text=True).stdout.strip())


def mix(flac: Path, out_dir: Path) -> Path:
    sidecar = json.loads(flac.with_suffix(".json").read_text(encoding="utf-8"))
    call_id = f"{sidecar['call_id']}-mono"
    out = out_dir / f"{call_id}.flac"
    out_dir.mkdir(parents=True, exist_ok=True)
    n = channels(flac)
    if n == 1:
        shutil.copyfile(flac, out)
        how = (f"Mono recording {flac.name}, copied unchanged (the call was rendered mono); "
               f"script and expected are those of {sidecar['call_id']}.")
    elif n == 2:
        subprocess.run(["sox", "-V2", "-D", str(flac), str(out), "remix", "-m", "1,2"], check=True)
        swapped = " (customer on the left in the original)" if "channels" in sidecar else ""
        how = (f"Mono mix of the stereo recording {flac.name}{swapped}: its two channels summed with "
               f"sox (remix -m 1,2), not re-rendered; script and expected are those of "
               f"{sidecar['call_id']}.")
    else:
        raise ValueError(f"{flac}: {n} channels")
    meta = {k: sidecar[k] for k in META if k in sidecar}
    meta["call_id"] = call_id
    meta["description"] = how
    meta["expected"] = sidecar.get("expected", [])
    meta["script"] = sidecar.get("script", [])
    out.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n",
                                        encoding="utf-8")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", action="append", metavar="CALL_ID")
    ap.add_argument("--src-dir", type=Path, default=SRC_DIR)
    ap.add_argument("--out-dir", type=Path, default=OUT_DIR)
    args = ap.parse_args(argv)
    flacs = sorted(p for p in args.src_dir.glob("s-*.flac") if p.with_suffix(".json").is_file())
    if args.only:
        wanted = {c for item in args.only for c in item.split(",") if c}
        unknown = wanted - {p.stem for p in flacs}
        if unknown:
            ap.error(f"no recording for {sorted(unknown)} in {args.src_dir}")
        flacs = [p for p in flacs if p.stem in wanted]
    for flac in flacs:
        out = mix(flac, args.out_dir)
        print(f"{flac.name} -> {out.relative_to(REPO) if out.is_relative_to(REPO) else out}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
