"""Speech to transcript: decode a recording, find the turns, let Whisper
hear them, and make utterances.

Stereo recordings carry one role per channel (left agent, right customer,
unless the metadata's `channels` says otherwise); each channel's turns are
decoded and the two are merged by time. Mono recordings (and stereo files
whose channels are identical) are decoded once and each utterance is
attributed to a role by `qa_pipeline.speech.roles`.

Utterances follow speaking turns (`turns`), whose speech is packed into
decoder windows (`packing`); speech the decoder skipped (a speech region
with no words) is decoded again, its turn in a window of its own.

Text is normalized (`normalize_text`); the raw ASR text stays in
`raw_text`. Phantom lines are dropped; unsure segments are kept with
`low_confidence`.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from qa_pipeline.config import Settings, get_settings
from qa_pipeline.domain.transcript import CallMetadata, Channels, Speaker, Transcript, Utterance, Word
from qa_pipeline.speech.audio import SAMPLE_RATE, DecodedAudio, decode_audio
from qa_pipeline.speech.listen import ListenRequest
from qa_pipeline.speech.model import AsrOptions, Decoder, speech_regions
from qa_pipeline.speech.packing import Packed, locate, pack, unpack
from qa_pipeline.speech.roles import infer_roles
from qa_pipeline.speech.sidecar import read_sidecar
from qa_pipeline.speech.turns import Turn, find_turns
from qa_pipeline.text.normalize import NormalizedText, normalize_text

log = logging.getLogger(__name__)

Progress = Callable[[float], None]

# A turn must carry at least this much speech to be re-decoded when the
# first pass left it without words.
_MIN_SKIPPED_SPEECH_S = 0.5
# Text that compresses better than this is a repetition loop (Whisper's own threshold).
_MAX_COMPRESSION = 2.4
# Keys of labelled sidecars (sample_audio/*.json) that never reach a transcript.
_EVAL_KEYS = ("expected", "script")


@dataclass(slots=True)
class _Word:
    start: float  # seconds in the recording
    end: float
    text: str
    probability: float
    segment: _SegmentInfo  # the decoder's confidence for the segment it came from
    region: int  # index of the speech region of its turn that it was heard in


# Temperature fallback of the second listen (Whisper's own schedule).
_SECOND_LISTEN_TEMPERATURES = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
# The second listen also hears utterances shorter than this closely cut
# (this much audio either side) and framed in this much silence.
_SHORT_UTTERANCE_S = 1.5
_CLOSE_PAD_S = 0.15
_SILENCE_FRAME_S = 1.0


@dataclass(frozen=True, slots=True)
class _Clip:
    """A stretch of one channel to decode again, in recording seconds."""

    start: float
    end: float
    silence_s: float  # digital silence added either side


@dataclass(frozen=True, slots=True)
class _SegmentInfo:
    avg_logprob: float
    no_speech_prob: float
    compression_ratio: float


def _collect(
    segments: Iterable, packed: Packed, words: dict[int, list[_Word]], on_time: Callable[[float], None] | None
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
            place = locate(packed, start, max(end, start))
            s = unpack(place, start)
            e = max(unpack(place, end), s)
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


class Transcriber:
    """Holds a loaded model; reuse one per worker process."""

    def __init__(self, settings: Settings | None = None, *, options: AsrOptions | None = None) -> None:
        self.settings = settings or get_settings()
        self.options = options or AsrOptions.from_settings(self.settings)
        self.decoder = Decoder(self.options)

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
        audio = decode_audio(path, max_seconds=self.settings.audio_max_seconds, max_bytes=self.settings.audio_max_bytes,
                             max_samples=self.settings.audio_max_decoded_samples)
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
        speakers: dict[int, Speaker] | None
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

    # -- the second listen ---------------------------------------------------

    def relisten(self, audio: DecodedAudio, transcript: Transcript, requests: Sequence[ListenRequest],
                 pad_s: float) -> dict[int, Utterance]:
        """Decode again, carefully, the audio behind some utterances: each on
        its own with `pad_s` more audio either side (never reaching into the
        neighbouring utterances of the same voice), a full beam search and
        temperature fallback. A short utterance (a one-word answer) is also
        heard closely cut and framed in silence, where Whisper hears a lone
        syllable best; the surer of the two readings is kept. Returns the new
        reading of each utterance."""
        utterances = transcript.utterances
        record = getattr(transcript, "asr", None) or {}
        stereo = record.get("mode") == "stereo" and audio.is_stereo
        channel_map = record.get("channel_map") or {"agent": 0, "customer": 1}
        mixed = None if stereo else audio.mono()
        out: dict[int, Utterance] = {}
        for request in requests:
            u = utterances[request.index]
            signal = audio.channels[channel_map[u.speaker]] if stereo else mixed
            assert signal is not None
            same_voice = [v for v in utterances if v is not u and (not stereo or v.speaker == u.speaker)]
            room_before = max([0.0, *(v.end for v in same_voice if v.end <= u.start)])
            room_after = min([audio.duration, *(v.start for v in same_voice if v.start >= u.end)])
            clips = [_Clip(max(u.start - pad_s, room_before), min(u.end + pad_s, room_after), 0.0)]
            if u.end - u.start < _SHORT_UTTERANCE_S:
                clips.append(_Clip(max(u.start - _CLOSE_PAD_S, room_before), min(u.end + _CLOSE_PAD_S, room_after),
                                   _SILENCE_FRAME_S))
            readings = [self._hear(signal, clip, request.initial_prompt) for clip in clips]
            heard = [r for r in readings if r]
            if not heard:
                out[request.index] = Utterance(speaker=u.speaker, start=u.start, end=u.end, text="",
                                               low_confidence=True, confidence=0.0)
                continue
            words = max(heard, key=lambda ws: float(np.mean([w.probability for w in ws])))
            raw = "".join(w.text for w in words).strip()
            out[request.index] = self._utterance(_Piece(u.start, u.end, words, 0), raw, normalize_text(raw).text,
                                                 u.speaker)
        return out

    def _hear(self, signal: np.ndarray, clip: _Clip, prompt: str | None) -> list[_Word]:
        """The words of one clip of a channel (empty when nothing usable was heard)."""
        audio = signal[int(clip.start * SAMPLE_RATE):int(clip.end * SAMPLE_RATE)]
        if not len(audio):
            return []
        if clip.silence_s:
            frame = np.zeros(int(clip.silence_s * SAMPLE_RATE), np.float32)
            audio = np.concatenate([frame, audio, frame])
        segments = self.decoder.decode_clip(audio, beam_size=self.settings.second_listen_beam_size,
                                            temperatures=_SECOND_LISTEN_TEMPERATURES, initial_prompt=prompt)
        words: list[_Word] = []
        for seg in segments:
            info = _SegmentInfo(seg.avg_logprob, seg.no_speech_prob, seg.compression_ratio)
            for w in seg.words or ():
                start = clip.start + max(w.start - clip.silence_s, 0.0)
                end = clip.start + max(w.end - clip.silence_s, 0.0)
                words.append(_Word(start, max(end, start), w.word, w.probability, info, 0))
        raw = "".join(w.text for w in words).strip()
        if not normalize_text(raw).text.strip(" ,.!?，。！？、…-"):
            return []  # nothing, or a phantom line only
        return words

    # -- decoding ----------------------------------------------------------

    def _decode_turns(
        self, channels: Sequence[np.ndarray], turns: Sequence[Turn], progress: Progress | None
    ) -> list[_Piece]:
        if not turns:
            return []  # no speech: skip Whisper, which would only invent text
        words: dict[int, list[_Word]] = {}
        packed = pack(channels, turns, range(len(turns)), one_per_window=False)
        on_time = _progress_share(progress, 0.05, 0.9, len(packed.audio) / SAMPLE_RATE)
        _collect(self.decoder.decode(packed.audio, packed.windows), packed, words, on_time)
        # Second chance for speech the decoder skipped (it sometimes drops a
        # sentence, or stops early in a window): decode each such turn in a
        # window of its own, and keep whichever reading covers more speech.
        skipped = [i for i, t in enumerate(turns) if _missed_s(t, words.get(i, ())) >= _MIN_SKIPPED_SPEECH_S]
        if skipped:
            log.debug("re-decoding %d turns with speech but no words", len(skipped))
            again = pack(channels, turns, skipped, one_per_window=True)
            retry: dict[int, list[_Word]] = {}
            _collect(self.decoder.decode(again.audio, again.windows), again, retry, None)
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

    def _utterances(self, pieces: list[_Piece], speakers: dict[int, Speaker] | None) -> list[Utterance]:
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
            roles: list[Speaker] = [speakers[p.channel] for p, _, _ in kept]
        else:
            gaps = [0.0] + [kept[i][0].start - kept[i - 1][0].end for i in range(1, len(kept))]
            roles = [g.speaker for g in infer_roles([n for _, _, n in kept], gaps)]
            kept, roles = self._merge_same_speaker(kept, roles)
        return [self._utterance(p, raw, norm, role) for (p, raw, norm), role in zip(kept, roles)]

    def _merge_same_speaker(self, kept: list[tuple[_Piece, str, str]],
                            roles: list[Speaker]) -> tuple[list[tuple[_Piece, str, str]], list[Speaker]]:
        """Mono: join consecutive pieces of one speaker separated by a short pause."""
        out: list[tuple[_Piece, str, str]] = []
        out_roles: list[Speaker] = []
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

    def _utterance(self, p: _Piece, raw: str, norm: str, speaker: Speaker) -> Utterance:
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
            speaker=speaker,
            start=round(p.start, 2),
            end=round(p.end, 2),
            text=norm,
            low_confidence=low,
            raw_text=raw,
            confidence=round(word_prob, 3),
            words=_word_spans(p.words, normalize_text(raw)),
        )


def _word_spans(words: Sequence[_Word], normalized: NormalizedText) -> list[Word]:
    """The recogniser's words with their place in the normalized text, so a
    finding can carry the confidence of the very words it matched.

    Each word is found in the raw text (the words joined, perhaps with a space
    where two mono pieces were merged) and its raw span is mapped to
    normalized characters through the normalization's offset map.
    """
    raw, text, offsets = normalized.raw, normalized.text, normalized.offsets
    out: list[Word] = []
    pos = 0
    for w in words:
        piece = w.text.strip()
        found = raw.find(piece, pos) if piece else -1
        if found < 0:
            continue
        pos = found + len(piece)
        # Normalized characters whose raw offset falls in the word's raw span.
        chars = [i for i in range(len(text)) if found <= offsets[i] < pos]
        if not chars or not text[chars[0]:chars[-1] + 1].strip(" ,.!?，。！？、…"):
            continue  # punctuation only, or a dropped phantom
        out.append(Word(start=round(w.start, 2), end=round(max(w.end, w.start), 2),
                        probability=round(min(max(w.probability, 0.0), 1.0), 3),
                        char_start=chars[0], char_end=chars[-1] + 1))
    return out


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
