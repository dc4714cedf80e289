#!/usr/bin/env python3
"""Render the acoustic test recordings into ``tests/audio/acoustic/``.

Four short calls, each built to carry one acoustic property with known values, for
measuring the audio-side checks (overtalk, dead air, shouting, speaking rate):

* ``ac-overtalk`` -- the agent starts speaking twice while the customer is still talking
  (1.2 s and 0.8 s of overlap);
* ``ac-silence`` -- 12 s of silence on both channels in the middle of the call (the agent
  puts the customer on hold);
* ``ac-shout`` -- the agent's turns all at one loudness except one turn at +12 dB, the turn
  that carries a threat;
* ``ac-rate`` -- one agent turn spoken much faster (FastSpeech2 speed ratio 0.65 instead of
  the agent's 0.95).

Output per call, as ``tools/render_calls.py`` writes it (same voices, telephone band,
8 kHz 16-bit stereo FLAC, left = agent, right = customer, and the same sidecar: metadata,
``expected``, ``script``), plus ``description`` and ``acoustic_expected``: the values built
into the recording (exact, from the sample positions at 24 kHz before resampling) and,
under ``measured``, the same quantities measured back from the 8 kHz FLAC, with the method,
so a detector's tolerance can be judged against both.

Needs the TTS venv of ``tools/render_calls.py`` (see its docstring). Usage, from the
repository root:

    /work/ttsvenv/bin/python tools/render_acoustic.py               # all four
    /work/ttsvenv/bin/python tools/render_acoustic.py --only ac-rate

Deterministic like render_calls.py (pauses seeded by the call id; TensorFlow on one thread).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import numpy as np
import render_calls as rc

OUT_DIR = rc.REPO / "tests" / "audio" / "acoustic"
SILENCE_DBFS = -50.0   # measurement: a 10 ms frame is silent when its RMS is below this on a channel
FRAME_S = 0.01
HANGOVER_S = 0.2       # measurement: inactive stretches shorter than this inside speech do not count
# ac-shout: the agent's ordinary turns at this RMS. The sample calls' agent turns are around
# -22 dBFS (s-01: -21.9, s-11: -21.6); 4 dB lower leaves room for the +12 dB turn with light
# limiting (about 2 dB of extra gain, ~1% of its samples touched) instead of crushing it.
BASE_AGENT_DBFS = -26.0
LIMIT_DBFS = -1.0      # the loud turn is peak-limited to this

CALLS = [
    {
        "call_id": "ac-overtalk",
        "description": "Overtalk: the agent starts speaking while the customer is still talking, twice "
                       "(1.2 s and 0.8 s of overlap). Otherwise a clean call.",
        "started_at": "2026-03-19T10:15:00+08:00",
        "callee": {"relation": "debtor", "timezone": "Asia/Shanghai"},
        "agent_id": "a-17",
        "debtor_id": "d-15001",
        "utterances": [
            {"agent": "您好，我是安信金融的客服专员，我姓陈。请问是周建华先生本人吗？"},
            {"customer": "是我，什么事？"},
            {"agent": "周先生您好，您的借款本期应还四千元，已经逾期十二天了，请问什么时候能还款？"},
            {"customer": "我跟你们说过很多次了，我这个月的工资被公司拖欠了，老板说下个月才能一起把工资发给我们。"},
            {"agent": "我明白您的难处，您先别着急，我们可以一起想办法。", "overlap": 1.2},
            {"customer": "想什么办法？你们每天打好几个电话，我上班都没法安心，领导都有意见了。"},
            {"agent": "抱歉给您带来困扰，以后我们会控制联系的次数。", "overlap": 0.8},
            {"customer": "那行吧，下个月十号发了工资我就还。"},
            {"agent": "好的，我登记下个月十号之前还款四千元，感谢您的配合，再见。"},
        ],
    },
    {
        "call_id": "ac-silence",
        "description": "Dead air: the agent puts the customer on hold to check the repayment record; "
                       "12 s of silence on both channels in the middle of the call. Otherwise a clean call.",
        "started_at": "2026-03-19T14:40:00+08:00",
        "callee": {"relation": "debtor", "timezone": "Asia/Shanghai"},
        "agent_id": "a-70",
        "debtor_id": "d-15002",
        "utterances": [
            {"agent": "您好，我是盛和消费金融的客服专员，我姓孟。请问是韩梅女士本人吗？"},
            {"customer": "对，是我。"},
            {"agent": "韩女士您好，您的借款本期应还两千六百元，已经逾期三天了。"},
            {"customer": "我记得我上周已经还过了呀。"},
            {"agent": "好的，请您稍等，我帮您查一下还款记录。"},
            {"agent": "让您久等了。系统显示您上周的还款没有成功，可能是银行卡余额不足。", "pause": 12.0},
            {"customer": "原来是这样，那我现在重新还一下。"},
            {"agent": "好的，还款成功后会有短信通知，感谢您的配合，再见。"},
            {"customer": "再见。"},
        ],
    },
    {
        "call_id": "ac-shout",
        "description": "Shouting: the agent's turns are all at one level (RMS -26 dBFS, a little under the "
                       "other samples' -22) except one turn, 12 dB louder (RMS), that carries a threat. "
                       "No clipping: the loud turn goes through a peak limiter (-1 dBFS), its gain set so "
                       "that its RMS after limiting is exactly 12 dB above the others.",
        "started_at": "2026-03-20T11:05:00+08:00",
        "callee": {"relation": "debtor", "timezone": "Asia/Shanghai"},
        "agent_id": "a-23",
        "debtor_id": "d-15003",
        "utterances": [
            {"agent": "您好，我是速贷金融的客服专员，我姓刘。请问是赵刚先生本人吗？"},
            {"customer": "是我，什么事？"},
            {"agent": "赵先生，您在我们平台的借款一万元已经逾期五十天了，今天能不能还款？"},
            {"customer": "今天没有，过几天再说吧。"},
            {"agent": "过几天？您上次也是这么说的，到底哪天能还？"},
            {"customer": "我说了没钱就是没钱，你们爱怎么样就怎么样。"},
            {"agent": "你再这样耍赖，我们明天就找人去你家，让你全家都别想过安生日子！",
             "gain_db": 12.0, "expect": "threat"},
            {"customer": "你这是威胁我吗？我要投诉你。"},
            {"agent": "请您冷静一下，我们还是希望您按时还款。"},
            {"customer": "下周一吧，下周一我还。"},
            {"agent": "好的，我登记下周一还款一万元，再见。"},
        ],
    },
    {
        "call_id": "ac-rate",
        "description": "Speaking rate: one agent turn spoken much faster (FastSpeech2 speed ratio 0.65; "
                       "the agent's other turns 0.95). Otherwise a clean call.",
        "started_at": "2026-03-20T15:30:00+08:00",
        "callee": {"relation": "debtor", "timezone": "Asia/Shanghai"},
        "agent_id": "a-64",
        "debtor_id": "d-15004",
        "utterances": [
            {"agent": "您好，我是信和普惠的客服专员，我姓许。请问是杜鹏先生本人吗？"},
            {"customer": "是的，是我。"},
            {"agent": "杜先生您好，您在我们平台的借款本期应还三千五百元，已经逾期九天了。"},
            {"customer": "我这两天就还，最近比较忙。"},
            {"agent": "好的，那我跟您确认一下，您在三月二十号之前把三千五百元全部还清，逾期期间的罚息按合同计算，"
                      "还款以后系统会自动更新，您不需要再联系我们。", "speed": 0.65},
            {"customer": "你说话太快了，我没听清楚。"},
            {"agent": "不好意思，我慢一点说。您在三月二十号之前还款三千五百元就可以了。"},
            {"customer": "好的，明白了。"},
            {"agent": "感谢您的配合，再见。"},
        ],
    },
]


# --------------------------------------------------------------------------- helpers
def check(call: dict) -> None:
    for i, u in enumerate(call["utterances"]):
        spk = [s for s in rc.SPEAKERS if s in u]
        extra = set(u) - set(rc.SPEAKERS) - {"expect", "overlap", "pause", "gain_db", "speed"}
        if len(spk) != 1 or extra:
            raise rc.ScriptError(f"{call['call_id']}: utterance {i}: bad keys {sorted(u)}")
        exp = u.get("expect") or []
        for cat in [exp] if isinstance(exp, str) else exp:
            if cat not in rc.CATEGORIES or cat in rc.CALL_LEVEL:
                raise rc.ScriptError(f"{call['call_id']}: utterance {i}: expect {cat!r}")
        if "overlap" in u and (i == 0 or spk[0] in call["utterances"][i - 1]):
            raise rc.ScriptError(f"{call['call_id']}: utterance {i}: overlap needs the other speaker before")


def band_rms(audio: np.ndarray) -> float:
    """RMS of a 24 kHz clip after the telephone band filter the encoder applies."""
    import subprocess

    import soundfile as sf

    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "in.wav", Path(tmp) / "out.wav"
        sf.write(src, audio, rc.TTS_RATE, subtype="FLOAT")
        subprocess.run(["sox", "-V1", "-D", str(src), str(dst), "sinc", "300-3400"], check=True)
        out, _ = sf.read(dst, dtype="float64")
    return float(np.sqrt(np.mean(out ** 2)))


def inner_pauses(text: str) -> float:
    """Seconds of punctuation pauses Voice.say puts inside the turn."""
    import re

    pieces = [x for x in re.split(r"(?<=[、，。！？；：])", text) if rc._ZH.search(x)]
    return sum(rc.COMMA_PAUSE if p[-1] in "、，：；" else rc.SENTENCE_PAUSE for p in pieces[:-1])


def frame_db(x: np.ndarray, rate: int) -> np.ndarray:
    n = int(FRAME_S * rate)
    k = len(x) // n
    rms = np.sqrt(np.mean(x[: k * n].reshape(k, n) ** 2, axis=1))
    return 20 * np.log10(np.maximum(rms, 1e-12))


def runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) frame index pairs of the True runs."""
    padded = np.concatenate([[False], mask, [False]]).astype(np.int8)
    d = np.diff(padded)
    return list(zip(np.nonzero(d == 1)[0], np.nonzero(d == -1)[0]))


def close_gaps(mask: np.ndarray, frames: int) -> np.ndarray:
    """Fill inactive runs shorter than `frames` that lie between active frames."""
    out = mask.copy()
    for a, b in runs(~mask):
        if a > 0 and b < len(mask) and b - a < frames:
            out[a:b] = True
    return out


def limit(x: np.ndarray, ceiling: float, rate: int) -> np.ndarray:
    """Look-ahead peak limiter: |output| <= ceiling. The gain is the ceiling over the
    10 ms peak envelope, held by a 20 ms minimum filter and smoothed by a 10 ms moving
    average (the average of values each at most the gain the sample needs)."""
    from scipy.ndimage import maximum_filter1d, minimum_filter1d, uniform_filter1d

    w = int(0.01 * rate)
    env = maximum_filter1d(np.abs(x), size=w, mode="nearest")
    g = np.minimum(1.0, ceiling / np.maximum(env, 1e-12))
    g = uniform_filter1d(minimum_filter1d(g, size=2 * w + 1, mode="nearest"), size=w // 2 * 2 + 1,
                         mode="nearest")
    return x * np.minimum(g, 1.0)


def encode_levelled(tracks: dict, utts: list, starts: list, ends: list, flac: Path) -> dict:
    """Like render_calls.encode (band filter, 8 kHz, 16 bit), but with a fixed level instead of
    peak normalization: the agent's ordinary turns at BASE_AGENT_DBFS RMS, a `gain_db` turn
    that much louder in RMS, peak-limited so nothing clips. Returns {turn: gain in dB applied
    before its limiter}."""
    import subprocess

    import soundfile as sf

    rate = rc.OUT_RATE
    with tempfile.TemporaryDirectory() as tmp:
        src, mid, pcm = Path(tmp) / "mix.wav", Path(tmp) / "band.wav", Path(tmp) / "pcm.wav"
        sf.write(src, np.stack([tracks["agent"], tracks["customer"]], axis=1), rc.TTS_RATE, subtype="FLOAT")
        subprocess.run(["sox", "-V1", "-D", str(src), "-e", "floating-point", "-b", "32", "-r", str(rate),
                        str(mid), "sinc", "300-3400", "rate", "-v", str(rate)], check=True)
        audio, _ = sf.read(mid, dtype="float64")

        def seg(k):
            return slice(int(round(starts[k] / rc.TTS_RATE * rate)), int(round(ends[k] / rc.TTS_RATE * rate)))

        def rms(x):
            return float(np.sqrt(np.mean(x ** 2)))

        agent = [k for k, u in enumerate(utts) if u["speaker"] == "agent"]
        plain = [k for k in agent if not utts[k].get("gain_db")]
        base = float(np.median([rms(audio[seg(k), 0]) for k in plain]))
        audio *= 10 ** (BASE_AGENT_DBFS / 20) / base
        base = 10 ** (BASE_AGENT_DBFS / 20)
        ceiling = 10 ** (LIMIT_DBFS / 20)
        pre_gain = {}
        for k in agent:
            if not utts[k].get("gain_db"):
                continue
            x = audio[seg(k), 0].copy()
            want = base * 10 ** (utts[k]["gain_db"] / 20)
            lo, hi = 1.0, 10 ** ((utts[k]["gain_db"] + 30) / 20)  # pre-gain: RMS is monotone in it
            for _ in range(60):
                mid_g = (lo * hi) ** 0.5
                lo, hi = (mid_g, hi) if rms(limit(x * mid_g, ceiling, rate)) < want else (lo, mid_g)
            audio[seg(k), 0] = limit(x * hi, ceiling, rate)
            pre_gain[k] = round(20 * np.log10(hi), 2)
        if np.abs(audio).max() >= 1.0:
            raise RuntimeError(f"{flac.name}: would clip")
        sf.write(pcm, np.round(audio * 32767).astype(np.int16), rate, subtype="PCM_16")
        flac.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["sox", "-V1", "-D", str(pcm), str(flac)], check=True)
    return pre_gain


def sec(samples: int) -> float:
    return round(samples / rc.TTS_RATE, 3)


# --------------------------------------------------------------------------- render
def render(call: dict, voice: rc.Voice, out_dir: Path) -> dict:
    import soundfile as sf

    check(call)
    cid = call["call_id"]
    rng = np.random.default_rng(zlib.crc32(cid.encode()))
    utts = []
    for u in call["utterances"]:
        spk = "agent" if "agent" in u else "customer"
        utts.append(dict(u, speaker=spk, text=u[spk].strip()))

    clips = [rc.speak(voice, u["speaker"], u["text"], u.get("speed")) for u in utts]

    # Loudness: for a call with a gain_db turn, every agent turn is set to one RMS
    # (measured after the band filter), then the loud turn is raised by gain_db.
    levelled = any("gain_db" in u for u in utts)
    if levelled:
        agent = [k for k, u in enumerate(utts) if u["speaker"] == "agent"]
        rms = {k: band_rms(clips[k]) for k in agent}
        target = float(np.median([rms[k] for k in agent]))
        for k in agent:
            clips[k] = (clips[k] * (target / rms[k])).astype(np.float32)  # gain_db: at 8 kHz, below

    # Layout: pauses as render_calls.py, unless the turn says `pause` (seconds of silence
    # before it) or `overlap` (it starts this long before the previous turn ends).
    t = int(rc.LEAD_IN * rc.TTS_RATE)
    starts = []
    for k, (u, clip) in enumerate(zip(utts, clips)):
        if k:
            if "overlap" in u:
                prev_end = starts[k - 1] + len(clips[k - 1])
                start = prev_end - int(round(u["overlap"] * rc.TTS_RATE))
                if start <= starts[k - 1]:
                    raise rc.ScriptError(f"{cid}: utterance {k}: overlap longer than the turn before")
                starts.append(start)
                t = max(t, start + len(clip))
                continue
            t += int(round(u["pause"] * rc.TTS_RATE)) if "pause" in u else int(rng.uniform(*rc.PAUSE_RANGE) * rc.TTS_RATE)
        starts.append(t)
        t += len(clip)
    ends = [s + len(c) for s, c in zip(starts, clips)]
    total = max(ends) + int(rc.TAIL * rc.TTS_RATE)
    tracks = {s: np.zeros(total, np.float32) for s in rc.SPEAKERS}
    for u, clip, s in zip(utts, clips, starts):
        tracks[u["speaker"]][s: s + len(clip)] += clip
    tracks["customer"] += rng.normal(0, rc.NOISE_RMS, total).astype(np.float32)
    peak = max(float(np.abs(x).max()) for x in tracks.values())
    if peak > 0.9:  # sox reads the float WAV as fixed point: keep it below full scale
        tracks = {s: x * (0.9 / peak) for s, x in tracks.items()}

    flac = out_dir / f"{cid}.flac"
    pre_gain = {}
    if levelled:
        pre_gain = encode_levelled(tracks, utts, starts, ends, flac)
    else:
        rc.encode([tracks["agent"], tracks["customer"]], flac)

    script = [{"speaker": u["speaker"], "start": round(s / rc.TTS_RATE, 2),
               "end": round(e / rc.TTS_RATE, 2), "text": u["text"]}
              for u, s, e in zip(utts, starts, ends)]
    expected = []
    for i, u in enumerate(utts):
        exp = u.get("expect") or []
        expected += [{"category": c, "utterance_index": i} for c in ([exp] if isinstance(exp, str) else exp)]

    # Measure back from the FLAC.
    audio, rate = sf.read(flac, dtype="float64")
    ag, cu = audio[:, 0], audio[:, 1]
    db_ag, db_cu = frame_db(ag, rate), frame_db(cu, rate)
    active_ag, active_cu = db_ag >= SILENCE_DBFS, db_cu >= SILENCE_DBFS
    measure_method = (f"10 ms frames of the 8 kHz FLAC; a channel is active in a frame when the frame RMS "
                      f"is at least {SILENCE_DBFS:g} dBFS")

    ae: dict = {}
    if any("overlap" in u for u in utts):
        overlaps = []
        for k, u in enumerate(utts):
            if "overlap" in u:
                s, e = starts[k], ends[k - 1]
                overlaps.append({"utterance_index": k, "interrupted_index": k - 1, "start": sec(s),
                                 "end": sec(e), "seconds": sec(e - s)})
        hang = int(round(HANGOVER_S / FRAME_S))
        both = runs(close_gaps(active_ag, hang) & close_gaps(active_cu, hang))
        ae["overlaps"] = overlaps
        ae["overlap_count"] = len(overlaps)
        ae["overlap_total_s"] = round(sum(o["seconds"] for o in overlaps), 3)
        ae["definition"] = ("an overlap is the time from the start of an agent turn to the end of the "
                            "customer turn it interrupts (script start/end, i.e. the trimmed TTS clips, "
                            "which keep up to 30 ms of near-silence at each edge)")
        ae["measured"] = {"method": measure_method + f"; gaps under {HANGOVER_S:g} s inside a channel's "
                                    "speech count as active; overlap = frames where both channels are active",
                          "overlaps": [{"start": round(a * FRAME_S, 2), "end": round(b * FRAME_S, 2),
                                        "seconds": round((b - a) * FRAME_S, 2)} for a, b in both],
                          "overlap_total_s": round(sum(b - a for a, b in both) * FRAME_S, 2)}
    if any("pause" in u for u in utts):
        gaps = []
        order = sorted(range(len(utts)), key=lambda k: starts[k])
        edge = 0
        for k in order:
            if starts[k] > edge:
                gaps.append((starts[k] - edge, edge, k))
            edge = max(edge, ends[k])
        gaps = [g for g in gaps if g[1] > 0]  # not the lead-in
        length, at, nxt = max(gaps)
        silent = runs(~active_ag & ~active_cu)
        a, b = max(silent, key=lambda r: r[1] - r[0])
        ae["longest_silence_s"] = sec(length)
        ae["longest_silence_start"] = sec(at)
        ae["longest_silence_end"] = sec(at + length)
        ae["after_utterance_index"] = nxt - 1
        ae["before_utterance_index"] = nxt
        ae["definition"] = ("silence between the end of one turn and the start of the next, on both "
                            "channels (script end/start; the customer channel keeps faint line noise "
                            "around -80 dBFS)")
        ae["measured"] = {"method": measure_method + "; silence = frames where neither channel is active",
                          "longest_silence_s": round((b - a) * FRAME_S, 2),
                          "longest_silence_start": round(a * FRAME_S, 2)}
    if levelled:
        agent = [k for k, u in enumerate(utts) if u["speaker"] == "agent"]
        loud = [k for k in agent if utts[k].get("gain_db")]
        levels = {}
        for k in agent:
            seg = ag[int(round(starts[k] / rc.TTS_RATE * rate)): int(round(ends[k] / rc.TTS_RATE * rate))]
            levels[k] = 20 * np.log10(np.sqrt(np.mean(seg ** 2)))
        median = float(np.median(list(levels.values())))
        ae["loud_utterance_index"] = loud[0]
        ae["loud_minus_median_db"] = float(utts[loud[0]]["gain_db"])
        ae["agent_utterance_indices"] = agent
        ae["definition"] = ("level of a turn = RMS of the agent channel over the turn's script start..end "
                            "(8 kHz, after the band filter); all agent turns but the loud one are built to "
                            f"{BASE_AGENT_DBFS:g} dBFS, the loud one to exactly gain_db more after its "
                            f"peak limiter ({LIMIT_DBFS:g} dBFS ceiling)")
        ae["agent_median_dbfs"] = BASE_AGENT_DBFS
        ae["limiter"] = {"ceiling_dbfs": LIMIT_DBFS, "gain_before_limiter_db": pre_gain[loud[0]]}
        ae["measured"] = {"method": "RMS in dBFS of the agent channel of the 8 kHz FLAC over start..end",
                          "agent_turn_level_dbfs": {str(k): round(v, 2) for k, v in levels.items()},
                          "median_dbfs": round(median, 2),
                          "loud_minus_median_db": round(levels[loud[0]] - median, 2),
                          "loud_peak_dbfs": round(20 * np.log10(np.abs(
                              ag[int(starts[loud[0]] / rc.TTS_RATE * rate): int(ends[loud[0]] / rc.TTS_RATE * rate)]).max()), 2)}
    if any("speed" in u for u in utts):
        turns = []
        for k, u in enumerate(utts):
            if u["speaker"] != "agent":
                continue
            chars = len(rc._ZH.findall(u["text"]))
            dur = (ends[k] - starts[k]) / rc.TTS_RATE
            pauses = inner_pauses(u["text"])
            turns.append({"utterance_index": k, "speed_ratio": u.get("speed", rc.VOICE["agent"]["speed"]),
                          "characters": chars, "duration_s": round(dur, 3),
                          "chars_per_minute": round(chars / dur * 60, 1),
                          "inner_pauses_s": round(pauses, 2),
                          "chars_per_minute_without_pauses": round(chars / (dur - pauses) * 60, 1)})
        fast = [t_ for t_ in turns if "speed" in utts[t_["utterance_index"]]]
        ae["agent_turns"] = turns
        ae["fast_utterance_index"] = fast[0]["utterance_index"]
        ae["definition"] = ("characters = Chinese characters of the turn's text (no punctuation); "
                            "duration = script end - start (the trimmed TTS clip, punctuation pauses "
                            "included); chars_per_minute = characters / duration * 60; "
                            "inner_pauses_s = the punctuation pauses inside the turn")
    sidecar = rc.metadata(dict(call, render="stereo"))
    sidecar["description"] = call["description"]
    sidecar["expected"] = expected
    sidecar["script"] = script
    sidecar["acoustic_expected"] = ae
    rc.write_sidecar(out_dir / f"{cid}.json", sidecar)
    return {"file": flac, "duration": total / rc.TTS_RATE, "acoustic_expected": ae}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", action="append", metavar="CALL_ID")
    ap.add_argument("--out-dir", type=Path, default=OUT_DIR)
    args = ap.parse_args(argv)
    calls = CALLS
    if args.only:
        wanted = {c for item in args.only for c in item.split(",") if c}
        unknown = wanted - {c["call_id"] for c in CALLS}
        if unknown:
            ap.error(f"unknown call ids {sorted(unknown)}")
        calls = [c for c in CALLS if c["call_id"] in wanted]
    for c in calls:
        check(c)
    voice = rc.Voice()
    for call in calls:
        r = render(call, voice, args.out_dir)
        print(f"{call['call_id']}: {r['duration']:.1f} s -> {r['file']}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
