"""Speech to transcript with faster-whisper (the only module that imports it).

Stereo recordings carry one role per channel (left agent, right customer,
unless the metadata's `channels` says otherwise); each channel is
transcribed on its own and the two are merged by time. Mono recordings
(and stereo files whose channels are identical) are transcribed once and
each utterance is attributed to a role by `qa_pipeline.speech.roles`.

Utterances follow speaking turns. Silero VAD finds each channel's speech
regions; consecutive regions of one channel form one turn unless the other
channel speaks in the pause or the pause is long (`asr_pause_split_s`).
The turns' speech is packed end to end, one second of silence between
turns, into windows of up to 28 s, and decoded in batches. Each word
(word timestamps) is traced back through its position in the packed
signal to its turn and its time in the recording, so no utterance spans the
other speaker's turn, and a window never mixes text across turns the way
Whisper's own 30 s VAD chunks do. Speech the decoder skipped (a speech
region with no words) is decoded again, its turn in a window of its own.

Text is normalized (`normalize_text`); the raw ASR text stays in
`raw_text`. Phantom lines are dropped; unsure segments are kept with
`low_confidence`.
"""

from __future__ import annotations

import bisect
import json
import logging
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from collections.abc import Callable, Iterable, Sequence

import numpy as np
from faster_whisper import BatchedInferencePipeline, WhisperModel
from faster_whisper import __version__ as faster_whisper_version
from faster_whisper.vad import VadOptions, get_speech_timestamps

from qa_pipeline.speech.audio import SAMPLE_RATE, DecodedAudio, decode_audio
from qa_pipeline.config import Settings, get_settings
from qa_pipeline.errors import AudioError, ModelNotInstalledError, TranscriptError
from qa_pipeline.text.normalize import normalize_text
from qa_pipeline.speech.roles import infer_roles
from qa_pipeline.domain.transcript import CallMetadata, Channels, Transcript, Utterance, load_metadata

log = logging.getLogger(__name__)

Progress = Callable[[float], None]

INSTALL_HINT = "run `make setup` (or `python tools/install_model.py`) to install it"
_MODEL_MARKER = ".qa-pipeline-model.json"  # written by tools/install_model.py

# Speech regions for turn finding: short pauses still separate regions so
# the other channel's short answers ("对", "嗯") show up between them.
# Silero's usual 0.5 threshold missed short answers ("嗯，是我") on 8 kHz
# telephone audio; 0.3 finds them and still finds nothing in white, brown
# or mains-hum noise. Regions are capped below the decoder's 30 s window.
_TURN_VAD = VadOptions(
    threshold=0.3, min_speech_duration_ms=120, min_silence_duration_ms=200, speech_pad_ms=60, max_speech_duration_s=25
)
# Other-channel speech shorter than this inside a pause does not end a turn
# (clicks, breath, echo of the far end).
_MIN_INTERRUPTION_S = 0.12
# Packed decoder windows: at most this long, turns separated by this much silence.
_WINDOW_S = 28.0
_TURN_GAP_S = 1.0
# Extra audio taken around each VAD region when packing (seconds).
_PACK_PAD_S = 0.15
# A turn must carry at least this much speech to be re-decoded when the
# first pass left it without words.
_MIN_SKIPPED_SPEECH_S = 0.5
# Text that compresses better than this is a repetition loop (Whisper's own threshold).
_MAX_COMPRESSION = 2.4
# Keys of labelled sidecars (sample_audio/*.json) that never reach a transcript.
_EVAL_KEYS = ("expected", "script")
# Domain words for QA_WHISPER_HOTWORDS; off by default (see config.py).
DOMAIN_HOTWORDS = "逾期 还款 欠款 征信 滞纳金 催收 本人 借款 分期 平台"


# --------------------------------------------------------------------------
# Options and model loading
# --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AsrOptions:
    """Everything that decides what the ASR produces; recorded in each transcript."""

    model: str
    device: str
    compute_type: str
    cpu_threads: int
    beam_size: int
    batched: bool
    batch_size: int
    language: str
    hotwords: str | None
    initial_prompt: str | None
    pause_split_s: float
    mono_pause_split_s: float
    low_logprob: float
    low_word_prob: float
    high_no_speech: float
    vad: bool = True
    word_timestamps: bool = True
    condition_on_previous_text: bool = False

    @classmethod
    def from_settings(cls, settings: Settings) -> AsrOptions:
        return cls(
            model=settings.whisper_model,
            device=settings.whisper_device,
            compute_type=settings.whisper_compute_type,
            cpu_threads=settings.whisper_cpu_threads,
            beam_size=settings.whisper_beam_size,
            batched=settings.whisper_batched,
            batch_size=settings.whisper_batch_size,
            language=settings.whisper_language,
            hotwords=settings.whisper_hotwords.strip() or None,
            initial_prompt=settings.whisper_initial_prompt.strip() or None,
            pause_split_s=settings.asr_pause_split_s,
            mono_pause_split_s=settings.asr_mono_pause_split_s,
            low_logprob=settings.asr_low_logprob,
            low_word_prob=settings.asr_low_word_prob,
            high_no_speech=settings.asr_high_no_speech,
        )

    def record(self) -> dict:
        """The options as stored in `Transcript.asr`."""
        out = asdict(self)
        out["faster_whisper"] = faster_whisper_version
        out["vad_options"] = {
            "threshold": _TURN_VAD.threshold,
            "min_silence_duration_ms": _TURN_VAD.min_silence_duration_ms,
            "speech_pad_ms": _TURN_VAD.speech_pad_ms,
        }
        sha = _model_sha256(self.model)
        if sha:
            out["model_sha256"] = sha
        return out


def _looks_like_path(value: str) -> bool:
    return "/" in value or "\\" in value or value.startswith(("~", "."))


def _model_sha256(model: str) -> str | None:
    try:
        marker = json.loads((Path(model).expanduser() / _MODEL_MARKER).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return marker.get("sha256") if isinstance(marker, dict) else None


def _check_model_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise ModelNotInstalledError(f"Whisper model not found: {folder} does not exist; {INSTALL_HINT}")
    model_bin = folder / "model.bin"
    if not model_bin.is_file():
        raise ModelNotInstalledError(f"Whisper model in {folder} is incomplete (no model.bin); {INSTALL_HINT}")
    missing = [n for n in ("config.json", "tokenizer.json") if not (folder / n).is_file()]
    if missing:
        raise ModelNotInstalledError(
            f"Whisper model in {folder} is incomplete (no {', '.join(missing)}); {INSTALL_HINT}"
        )
    try:
        marker = json.loads((folder / _MODEL_MARKER).read_text("utf-8"))
    except (OSError, ValueError):
        return  # a model installed by other means: nothing to compare against
    size = marker.get("size") if isinstance(marker, dict) else None
    if size is not None and model_bin.stat().st_size != size:
        raise ModelNotInstalledError(
            f"Whisper model in {folder} is corrupt (model.bin is {model_bin.stat().st_size} bytes, "
            f"expected {size}); run `python tools/install_model.py --force` to reinstall it"
        )


_MODELS: dict[tuple, WhisperModel] = {}
_MODELS_LOCK = threading.Lock()


def load_model(options: AsrOptions) -> WhisperModel:
    """The Whisper model for these options, loaded once per process."""
    key = (options.model, options.device, options.compute_type, options.cpu_threads)
    with _MODELS_LOCK:
        model = _MODELS.get(key)
        if model is not None:
            return model
        folder = Path(options.model).expanduser()
        is_path = _looks_like_path(options.model) or folder.exists()
        if is_path:
            _check_model_folder(folder)
        try:
            model = WhisperModel(
                str(folder) if is_path else options.model,
                device=options.device,
                compute_type=options.compute_type,
                cpu_threads=options.cpu_threads,
                local_files_only=True,  # never download at run time
            )
        except Exception as exc:  # noqa: BLE001 - ctranslate2/huggingface raise assorted types
            where = str(folder) if is_path else f"model {options.model!r}"
            raise ModelNotInstalledError(
                f"cannot load the Whisper model from {where} ({type(exc).__name__}: {exc}); "
                f"the files may be missing or corrupt; {INSTALL_HINT}"
            ) from None
        _MODELS[key] = model
        return model


# --------------------------------------------------------------------------
# Turns
# --------------------------------------------------------------------------

Span = tuple[float, float]


def speech_regions(audio: np.ndarray) -> list[Span]:
    """Silero VAD speech regions in seconds."""
    if audio.size == 0:
        return []
    return [(r["start"] / SAMPLE_RATE, r["end"] / SAMPLE_RATE) for r in get_speech_timestamps(audio, _TURN_VAD)]


def _interrupted(other: Sequence[Span], start: float, end: float) -> bool:
    """Does the other channel speak inside the pause [start, end]?"""
    for s, e in other:
        if s >= end:
            break
        if min(e, end) - max(s, start) >= _MIN_INTERRUPTION_S:
            return True
    return False


@dataclass(slots=True)
class Turn:
    """One speaker's stretch of speech: VAD regions with no turn of the other between them."""

    channel: int
    regions: list[Span]

    @property
    def start(self) -> float:
        return self.regions[0][0]

    @property
    def end(self) -> float:
        return self.regions[-1][1]


def find_turns(mine: Sequence[Span], other: Sequence[Span], max_pause: float, channel: int = 0) -> list[Turn]:
    """Group one channel's speech regions into turns.

    A turn ends where the other channel speaks during the pause, or where the
    pause is at least `max_pause` long.
    """
    turns: list[Turn] = []
    for s, e in mine:
        if turns and s - turns[-1].end < max_pause and not _interrupted(other, turns[-1].end, s):
            turns[-1].regions.append((s, e))
        else:
            turns.append(Turn(channel, [(s, e)]))
    return turns


# --------------------------------------------------------------------------
# Packing turns into decoder windows
# --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Placement:
    """Where a piece of a channel's audio sits in the packed signal."""

    turn: int  # index into the turn list
    region: int  # index into the turn's regions
    src: Span  # seconds in the recording
    dst: Span  # seconds in the packed signal


@dataclass(slots=True)
class _Packed:
    audio: np.ndarray
    windows: list[Span]
    placements: list[_Placement]
    starts: list[float] = field(default_factory=list)  # placements' packed start times

    def __post_init__(self) -> None:
        self.starts = [p.dst[0] for p in self.placements]


def _pack(
    channels: Sequence[np.ndarray], turns: Sequence[Turn], indices: Sequence[int], one_per_window: bool
) -> _Packed:
    """Lay the speech of `turns[i] for i in indices` end to end, with short
    silences between, in windows of at most `_WINDOW_S` seconds.

    Whisper decodes a 30 s window at a time; speech packed like this needs a
    few windows per call instead of one per turn, and every word can be
    traced back to its turn through its position.
    """
    parts: list[np.ndarray] = []
    windows: list[Span] = []
    placements: list[_Placement] = []
    pos = 0.0  # seconds written so far
    win_start: float | None = None
    prev: tuple[int, float] | None = None  # (turn index, source end) of the last region
    prev_channel = -1
    room = _padding_room(turns)

    def silence(seconds: float) -> None:
        nonlocal pos
        n = round(seconds * SAMPLE_RATE)
        parts.append(np.zeros(n, np.float32))
        pos += n / SAMPLE_RATE

    for ti in indices:
        turn = turns[ti]
        audio = channels[turn.channel]
        for ri, (s, e) in enumerate(turn.regions):
            # VAD edges clip soft onsets ("可以" heard as "以"): take a little
            # more audio, never reaching into a neighbouring region.
            before, after = room[(turn.channel, s)]
            s, e = s - min(_PACK_PAD_S, before), e + min(_PACK_PAD_S, after)
            a, b = max(int(s * SAMPLE_RATE), 0), min(int(e * SAMPLE_RATE), len(audio))
            if b <= a:
                continue
            length = (b - a) / SAMPLE_RATE
            same_turn = prev is not None and prev[0] == ti
            gap = max(min(s - prev[1], _TURN_GAP_S), 0.0) if same_turn and prev else _TURN_GAP_S
            new_window = (
                win_start is None
                or (one_per_window and not same_turn)
                or turn.channel != prev_channel  # a window holds one speaker's voice
                or pos + gap + length - win_start > _WINDOW_S
            )
            if new_window:
                if win_start is not None:
                    windows.append((win_start, pos))
                    silence(_TURN_GAP_S)
                win_start = pos
            elif parts:
                silence(gap)
            placements.append(_Placement(ti, ri, (a / SAMPLE_RATE, b / SAMPLE_RATE), (pos, pos + length)))
            parts.append(audio[a:b])
            pos += length
            prev = (ti, e)
            prev_channel = turn.channel
    if win_start is not None:
        windows.append((win_start, pos))
    silence(0.5)
    return _Packed(np.concatenate(parts).astype(np.float32, copy=False), windows, placements)


def _padding_room(turns: Sequence[Turn]) -> dict[tuple[int, float], Span]:
    """For each region (by channel and start): half the silence before and after it."""
    room: dict[tuple[int, float], Span] = {}
    for channel in {t.channel for t in turns}:
        regions = sorted(r for t in turns if t.channel == channel for r in t.regions)
        for i, (s, e) in enumerate(regions):
            before = (s - regions[i - 1][1]) / 2 if i else s
            after = (regions[i + 1][0] - e) / 2 if i + 1 < len(regions) else float("inf")
            room[(channel, s)] = (max(before, 0.0), max(after, 0.0))
    return room


def _locate(packed: _Packed, start: float, end: float) -> _Placement:
    """The placement a word at packed time [start, end] belongs to.

    Word times are least reliable next to silence: a turn's first word often
    starts early, in the silence before it, and a last word runs on into the
    silence after. The placement holding most of the word wins; a word
    entirely in the silence between two goes to the nearer one.
    """
    placements = packed.placements
    i = bisect.bisect_right(packed.starts, end) - 1
    candidates = [placements[j] for j in range(max(i - 2, 0), min(i + 2, len(placements)))]
    best = max(candidates, key=lambda p: min(end, p.dst[1]) - max(start, p.dst[0]))
    if min(end, best.dst[1]) - max(start, best.dst[0]) > 0:
        return best
    mid = (start + end) / 2
    return min(candidates, key=lambda p: 0.0 if p.dst[0] <= mid <= p.dst[1] else min(abs(mid - x) for x in p.dst))


def _unpack(p: _Placement, t: float) -> float:
    return p.src[0] + min(max(t - p.dst[0], 0.0), p.src[1] - p.src[0])


@dataclass(slots=True)
class _Word:
    start: float  # seconds in the recording
    end: float
    text: str
    probability: float
    segment: _SegmentInfo  # the decoder's confidence for the segment it came from
    region: int  # index of the speech region of its turn that it was heard in


@dataclass(frozen=True, slots=True)
class _SegmentInfo:
    avg_logprob: float
    no_speech_prob: float
    compression_ratio: float


def _collect(
    segments: Iterable, packed: _Packed, words: dict[int, list[_Word]], on_time: Callable[[float], None] | None
) -> None:
    """Map decoded words back to recording time and to their turns."""
    if not packed.placements:
        return
    for seg in segments:
        info = _SegmentInfo(seg.avg_logprob, seg.no_speech_prob, seg.compression_ratio)
        items = [(w.start, w.end, w.word, w.probability) for w in seg.words or ()]
        if not items and seg.text.strip():
            items = [(seg.start, seg.end, seg.text, 0.5)]
        for start, end, text, prob in items:
            place = _locate(packed, start, max(end, start))
            s = _unpack(place, start)
            e = max(_unpack(place, end), s)
            words.setdefault(place.turn, []).append(_Word(s, e, text, prob, info, place.region))
        if on_time:
            on_time(seg.end)


@dataclass(slots=True)
class _Piece:
    """The words of one turn, before roles and normalization."""

    start: float
    end: float
    words: list[_Word]
    channel: int


# --------------------------------------------------------------------------
# The transcriber
# --------------------------------------------------------------------------


@dataclass(slots=True)
class StageTimings:
    """Wall time per stage of one transcription (seconds)."""

    audio_s: float = 0.0
    decode_s: float = 0.0
    asr_s: float = 0.0  # VAD + Whisper + turn building
    normalize_s: float = 0.0  # normalization, phantom filter, roles


def sidecar_path(path: Path) -> Path:
    return path.with_suffix(".json")


def read_sidecar(path: Path) -> CallMetadata:
    """The metadata `X.json` beside recording `X.<ext>`."""
    if not path.exists():
        raise AudioError(str(path), None, "file not found")
    sidecar = sidecar_path(path)
    if not sidecar.is_file():
        raise TranscriptError(str(sidecar), None, f"metadata sidecar missing (needed for {path.name})")
    return load_metadata(sidecar)


class Transcriber:
    """Holds a loaded model; reuse one per worker process."""

    def __init__(self, settings: Settings | None = None, *, options: AsrOptions | None = None) -> None:
        self.settings = settings or get_settings()
        self.options = options or AsrOptions.from_settings(self.settings)
        self.model = load_model(self.options)
        self._pipeline = BatchedInferencePipeline(self.model) if self.options.batched else None

    # -- public ------------------------------------------------------------

    def transcribe(
        self, path: str | Path, metadata: CallMetadata | None = None, progress: Progress | None = None
    ) -> Transcript:
        return self.transcribe_timed(path, metadata, progress)[0]

    def transcribe_timed(
        self, path: str | Path, metadata: CallMetadata | None = None, progress: Progress | None = None
    ) -> tuple[Transcript, StageTimings]:
        """Like `transcribe`, plus the wall time of each stage."""
        path = Path(path)
        if metadata is None:
            metadata = read_sidecar(path)
        timings = StageTimings()
        t0 = time.perf_counter()
        audio = decode_audio(path, max_seconds=self.settings.audio_max_seconds, max_bytes=self.settings.audio_max_bytes)
        timings.decode_s = time.perf_counter() - t0
        timings.audio_s = audio.duration
        if progress:
            progress(0.02)
        transcript = self.transcribe_audio(audio, metadata, progress, timings)
        if progress:
            progress(1.0)
        return transcript, timings

    def transcribe_audio(
        self,
        audio: DecodedAudio,
        metadata: CallMetadata,
        progress: Progress | None = None,
        timings: StageTimings | None = None,
    ) -> Transcript:
        timings = timings or StageTimings(audio_s=audio.duration)
        t0 = time.perf_counter()
        record = self.options.record()
        record["audio"] = {
            "duration": round(audio.duration, 3),
            "container": audio.source.container,
            "codec": audio.source.codec,
            "sample_rate": audio.source.sample_rate,
            "channels": audio.source.channels,
        }
        speakers: dict[int, str] | None
        if audio.is_stereo and not audio.is_dual_mono:
            channel_map = metadata.channels or Channels()
            record["mode"] = "stereo"
            record["channel_map"] = {"agent": channel_map.agent, "customer": channel_map.customer}
            channels = list(audio.channels)
            regions = [speech_regions(ch) for ch in channels]
            turns = find_turns(regions[0], regions[1], self.options.pause_split_s, 0) + find_turns(
                regions[1], regions[0], self.options.pause_split_s, 1
            )
            speakers = {channel_map.agent: "agent", channel_map.customer: "customer"}
        else:
            if audio.is_dual_mono:
                log.info("%s: both channels carry the same signal; treating it as mono", audio.source.path)
            record["mode"] = "mono" if not audio.is_stereo else "dual_mono"
            channels = [audio.mono()]
            turns = find_turns(speech_regions(channels[0]), (), self.options.mono_pause_split_s, 0)
            speakers = None
        if progress:
            progress(0.05)
        pieces = self._decode_turns(channels, turns, progress)
        t1 = time.perf_counter()
        timings.asr_s += t1 - t0

        utterances = self._utterances(pieces, speakers)
        timings.normalize_s += time.perf_counter() - t1
        if not utterances:
            log.warning("%s: no speech found; the transcript has no utterances", audio.source.path)
        # Labelled sidecars also carry the gold answers; they are not metadata.
        data = metadata.model_dump(exclude=set(_EVAL_KEYS))
        data.update(utterances=utterances, roles_inferred=speakers is None, asr=record)
        return Transcript.model_validate(data)

    # -- decoding ----------------------------------------------------------

    def _decode_turns(
        self, channels: Sequence[np.ndarray], turns: Sequence[Turn], progress: Progress | None
    ) -> list[_Piece]:
        if not turns:
            return []  # no speech: skip Whisper, which would only invent text
        words: dict[int, list[_Word]] = {}
        packed = _pack(channels, turns, range(len(turns)), one_per_window=False)
        on_time = _progress_share(progress, 0.05, 0.9, len(packed.audio) / SAMPLE_RATE)
        _collect(self._run(packed), packed, words, on_time)
        # Second chance for speech the decoder skipped (it sometimes drops a
        # sentence, or stops early in a window): decode each such turn in a
        # window of its own, and keep whichever reading covers more speech.
        skipped = [i for i, t in enumerate(turns) if _missed_s(t, words.get(i, ())) >= _MIN_SKIPPED_SPEECH_S]
        if skipped:
            log.debug("re-decoding %d turns with speech but no words", len(skipped))
            again = _pack(channels, turns, skipped, one_per_window=True)
            retry: dict[int, list[_Word]] = {}
            _collect(self._run(again), again, retry, None)
            for i in skipped:
                if i in retry and _missed_s(turns[i], retry[i]) < _missed_s(turns[i], words.get(i, ())):
                    words[i] = retry[i]
        pieces = []
        for ti, ws in words.items():
            ws.sort(key=lambda w: w.start)
            turn = turns[ti]
            start = max(min(ws[0].start, turn.end), turn.start)
            end = min(max(max(w.end for w in ws), start), turn.end)
            pieces.append(_Piece(start, end, ws, turn.channel))
        return pieces

    def _run(self, packed: _Packed):
        o = self.options
        common = {
            "language": o.language,
            "beam_size": o.beam_size,
            "word_timestamps": True,
            "condition_on_previous_text": False,
            "initial_prompt": o.initial_prompt,
            "hotwords": o.hotwords,
        }
        if self._pipeline is not None:
            segments, _ = self._pipeline.transcribe(
                packed.audio,
                batch_size=o.batch_size,
                clip_timestamps=[{"start": s, "end": e} for s, e in packed.windows],
                # Timestamp tokens on: without them the decoder more often
                # stops early in a window and skips speech.
                without_timestamps=False,
                **common,
            )
        else:
            segments, _ = self.model.transcribe(
                packed.audio,
                vad_filter=False,  # the packed signal is speech only already
                clip_timestamps=[t for s, e in packed.windows for t in (s, e)],
                **common,
            )
        return segments

    def _utterances(self, pieces: list[_Piece], speakers: dict[int, str] | None) -> list[Utterance]:
        pieces.sort(key=lambda p: (p.start, p.end))
        kept: list[tuple[_Piece, str, str]] = []  # piece, raw, normalized
        for p in pieces:
            raw = "".join(w.text for w in p.words).strip()
            norm = normalize_text(raw).text.strip()
            if not norm.strip(" ,.!?，。！？、…-"):
                if raw:
                    log.debug("dropped phantom/empty text %r at %.1f s", raw, p.start)
                continue
            kept.append((p, raw, norm))
        if speakers is not None:
            roles = [speakers[p.channel] for p, _, _ in kept]
        else:
            gaps = [0.0] + [kept[i][0].start - kept[i - 1][0].end for i in range(1, len(kept))]
            roles = [g.speaker for g in infer_roles([n for _, _, n in kept], gaps)]
            kept, roles = self._merge_same_speaker(kept, roles)
        return [self._utterance(p, raw, norm, role) for (p, raw, norm), role in zip(kept, roles)]

    def _merge_same_speaker(self, kept, roles):
        """Mono: join consecutive pieces of one speaker separated by a short pause."""
        out: list[tuple[_Piece, str, str]] = []
        out_roles: list[str] = []
        for (p, raw, norm), role in zip(kept, roles):
            if out and out_roles[-1] == role and p.start - out[-1][0].end < self.options.pause_split_s:
                prev, praw, _ = out[-1]
                merged = _Piece(prev.start, max(prev.end, p.end), prev.words + p.words, prev.channel)
                mraw = praw + raw if _cjk_edge(praw, raw) else f"{praw} {raw}"
                out[-1] = (merged, mraw, normalize_text(mraw).text)
            else:
                out.append((p, raw, norm))
                out_roles.append(role)
        return out, out_roles

    def _utterance(self, p: _Piece, raw: str, norm: str, speaker: str) -> Utterance:
        o = self.options
        # Confidence of the segments the words came from, weighted by words.
        segs = [w.segment for w in p.words]
        logprob = float(np.mean([s.avg_logprob for s in segs]))
        no_speech = float(np.mean([s.no_speech_prob for s in segs]))
        compression = max(s.compression_ratio for s in segs)
        word_prob = float(np.mean([w.probability for w in p.words]))
        # Batched decoding scores a whole window, so the words' own
        # probabilities are what tell one unsure turn from its neighbours.
        low = (
            logprob < o.low_logprob
            or word_prob < o.low_word_prob
            or (no_speech > o.high_no_speech and word_prob < (1 + o.low_word_prob) / 2)
            or compression > _MAX_COMPRESSION  # a repetition loop
        )
        return Utterance(
            speaker=speaker,  # type: ignore[arg-type]
            start=round(p.start, 2),
            end=round(p.end, 2),
            text=norm,
            low_confidence=low,
            raw_text=raw,
            confidence=round(word_prob, 3),
        )


def _missed_s(turn: Turn, words: Iterable[_Word]) -> float:
    """Seconds of the turn's speech regions in which no word was heard."""
    heard = {w.region for w in words}
    return sum(e - s for i, (s, e) in enumerate(turn.regions) if i not in heard)



def _cjk_edge(a: str, b: str) -> bool:
    return bool(a and b) and ("\u3400" <= a[-1] <= "\u9fff" or "\u3400" <= b[0] <= "\u9fff")


def _progress_share(
    progress: Progress | None, base: float, span: float, duration: float
) -> Callable[[float], None] | None:
    if progress is None:
        return None
    duration = max(duration, 1e-6)
    return lambda t: progress(min(base + span * max(t, 0.0) / duration, base + span))


# --------------------------------------------------------------------------
# Public entry point
# --------------------------------------------------------------------------

_TRANSCRIBERS: dict[AsrOptions, Transcriber] = {}
_TRANSCRIBERS_LOCK = threading.Lock()


def get_transcriber(settings: Settings | None = None) -> Transcriber:
    """A Transcriber per distinct ASR options, created once per process."""
    settings = settings or get_settings()
    options = AsrOptions.from_settings(settings)
    with _TRANSCRIBERS_LOCK:
        t = _TRANSCRIBERS.get(options)
        if t is None:
            t = _TRANSCRIBERS[options] = Transcriber(settings, options=options)
        return t


def transcribe_recording(
    path: Path,
    metadata: CallMetadata | None = None,
    settings: Settings | None = None,
    progress: Progress | None = None,
) -> Transcript:
    """Transcribe one recording. Metadata defaults to the sidecar `X.json` beside `X.<ext>`."""
    path = Path(path)
    if metadata is None:
        metadata = read_sidecar(path)  # before loading the model: a missing sidecar is cheap to report
    return get_transcriber(settings).transcribe(path, metadata, progress)
