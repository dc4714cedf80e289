"""How the call sounds: silences, the agent talking over the callee, speech
rate and loudness, measured once per call from the recording.

Everything comes from 10 ms frame energies of the 16 kHz samples (numpy
only). A channel is *active* (speaking) in a frame by a two-level threshold
set per channel: a stretch of frames above the lower level is speech when it
reaches the upper one. The lower level is the highest of an absolute floor,
the channel's loud speech (its 95th-percentile frame level) less
`speech_range_db`, and its noise floor (10th-percentile frame level) plus
`edge_margin_db`; the upper one is at least the noise floor plus
`noise_margin_db`. So the measures do not depend on the recording's gain,
and a noisy line raises the threshold. Pauses shorter than `bridge_gap_s`
inside speech count as active, and bursts shorter than `min_burst_s`
(clicks) do not. Speech regions from a VAD
(`qa_pipeline.speech.model.speech_regions`, which the transcriber computes
anyway) may be passed as `voice_regions`: activity is then also limited to
them (widened by `vad_pad_s`), so that non-speech noise loud enough to pass
the threshold is not taken for speech.

Stereo recordings (`measure_stereo`): one channel per role, so silence is
neither channel active, and an overlap is both channels active; the one who
started it is the one whose speech began later (the other was already
speaking). Echo of the agent on the callee's channel starts after the agent,
so it reads as the callee's and never as the agent's overtalk.

Mono recordings (`measure_mono`, roles inferred): silence is the one
signal inactive; overlaps can only come from the utterances' time spans
(an agent utterance starting inside a callee utterance), as one signal
cannot tell two voices apart. `CallAcoustics.mode` says which was measured.

Silences before the first and after the last speech (ringing, hang-up) are
not counted. Per utterance: characters are CJK ideographs and digits (one
each) and runs of Latin letters (one per run), punctuation and spaces not
counted; speech seconds are the speaker's active frames inside the span
(its own channel in stereo); the rate is characters per minute of those
seconds; the level is the RMS in dBFS over those frames; the baseline is the
speaker's median turn level in the call. Shouting is sustained loudness:
the turn's speech is cut into `loud_block_s` blocks, and the sustained level
is the level that blocks making up `shout_min_s` of speech all reach (the
4th loudest 0.5 s block for 2 s), in dB above the baseline; a 1 s outburst
in an ordinary turn is loud, not shouting.

Thresholds (`AcousticThresholds`, all with defaults):
- frame_s = 0.01: frame length for energies and activity (seconds).
- activity_floor_dbfs = -70: a frame quieter than this is never speech.
- speech_range_db = 40: a frame this far below the channel's loud speech (95th percentile) is not speech.
- noise_margin_db = 15: speech reaches at least this far above the channel's noise floor (10th percentile).
- edge_margin_db = 6: around such a peak, frames this far above the noise floor still belong to the speech.
- bridge_gap_s = 0.2: a pause shorter than this inside one channel's speech counts as speech.
- min_burst_s = 0.1: activity shorter than this (a click, a breath) is not speech.
- vad_pad_s = 0.25: VAD regions are widened by this much each side before they limit activity (VAD edges lag).
- min_silence_s = 3.0: stretches where neither party speaks at least this long are silences.
- min_overtalk_s = 0.3: overlap shorter than this (a backchannel such as 嗯) is not overtalk.
- min_rate_speech_s = 1.0: turns with less speech than this get no speech rate.
- min_level_speech_s = 0.3: turns with less speech than this get no level and no part in the baseline.
- shout_db = 8.0: a sustained level at least this far above the speaker's baseline is shouting.
- shout_min_s = 2.0: shouting must last at least this many seconds of speech within one turn.
- loud_block_s = 0.5: a turn's speech is judged loud or not in blocks of this many seconds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

import numpy as np

from qa_pipeline.speech.audio import SAMPLE_RATE, DecodedAudio

Span = tuple[float, float]  # seconds, as in qa_pipeline.speech.model
Mode = Literal["stereo", "mono"]
Role = Literal["agent", "customer"]

_SILENT_DB = -120.0  # the level reported for digital silence
_EPS_POWER = 10 ** (_SILENT_DB / 10)


class UtteranceLike(Protocol):
    """What the measures read of an utterance (a domain `Utterance` will do)."""

    @property
    def speaker(self) -> str: ...
    @property
    def start(self) -> float: ...
    @property
    def end(self) -> float: ...
    @property
    def text(self) -> str: ...


@dataclass(frozen=True, slots=True)
class AcousticThresholds:
    """The thresholds of the measures; each is described in the module docstring."""

    frame_s: float = 0.01
    activity_floor_dbfs: float = -70.0
    speech_range_db: float = 40.0
    noise_margin_db: float = 15.0
    edge_margin_db: float = 6.0
    bridge_gap_s: float = 0.2
    min_burst_s: float = 0.1
    vad_pad_s: float = 0.25
    min_silence_s: float = 3.0
    min_overtalk_s: float = 0.3
    min_rate_speech_s: float = 1.0
    min_level_speech_s: float = 0.3
    shout_db: float = 8.0
    shout_min_s: float = 2.0
    loud_block_s: float = 0.5


@dataclass(frozen=True, slots=True)
class Silence:
    """A stretch where neither party speaks."""

    start: float
    end: float
    duration_s: float
    after_utterance: int | None  # the utterance that ended just before it
    before_utterance: int | None  # the utterance that started just after it


@dataclass(frozen=True, slots=True)
class Overlap:
    """Both parties speaking at once; `by` is the one who started talking over the other."""

    start: float
    end: float
    duration_s: float
    by: Role
    utterance_index: int | None  # the utterance of `by` that talks over the other
    interrupted_index: int | None  # the other party's utterance it talks over


@dataclass(frozen=True, slots=True)
class UtteranceAcoustics:
    """The measures of one utterance (agent or callee)."""

    utterance_index: int
    speaker: str
    start: float
    end: float
    characters: int
    speech_s: float  # active seconds inside the span
    rate_cpm: float | None  # characters per minute of speech; None below min_rate_speech_s
    span_rate_cpm: float | None  # characters per minute of the whole span, pauses included
    level_dbfs: float | None  # RMS over the speech frames; None below min_level_speech_s
    db_above_baseline: float | None  # level minus the speaker's median turn level in the call
    sustained_db_above_baseline: float | None  # the level shout_min_s of its speech reaches, above the baseline
    loud_s: float | None  # seconds of its speech (in loud_block_s blocks) at least shout_db above the baseline
    shouting: bool  # at least shout_min_s of its speech is shout_db or more above the baseline


@dataclass(frozen=True, slots=True)
class CallAcoustics:
    """The acoustic measures of one call, read by name by the rules."""

    mode: Mode
    duration_s: float
    thresholds: AcousticThresholds
    silences: tuple[Silence, ...]
    longest_silence: Silence | None
    overlaps: tuple[Overlap, ...]  # every overlap of at least min_overtalk_s, started by either party
    overtalks: tuple[Overlap, ...]  # those the agent started: the agent talking over the callee
    agent_baseline_dbfs: float | None  # the agent's median turn level
    utterances: tuple[UtteranceAcoustics, ...]  # one per input utterance, in its order: [i] is utterance i
    longest_silence_s: float = field(init=False)
    overtalk_count: int = field(init=False)
    overtalk_seconds: float = field(init=False)
    agent_rate_cpm: float | None = field(init=False)  # median over the agent's turns with a rate
    loudest_turn_db_above_baseline: float | None = field(init=False)  # of the agent's turns
    loudest_turn_index: int | None = field(init=False)
    shouting_indices: tuple[int, ...] = field(init=False)  # agent utterances that are shouting

    def __post_init__(self) -> None:
        put = object.__setattr__
        put(self, "longest_silence_s", self.longest_silence.duration_s if self.longest_silence else 0.0)
        put(self, "overtalk_count", len(self.overtalks))
        put(self, "overtalk_seconds", round(sum(o.duration_s for o in self.overtalks), 3))
        agent = [u for u in self.utterances if u.speaker == "agent"]
        rates = [u.rate_cpm for u in agent if u.rate_cpm is not None]
        put(self, "agent_rate_cpm", round(float(np.median(rates)), 1) if rates else None)
        leveled = [u for u in agent if u.db_above_baseline is not None]
        loudest = max(leveled, key=lambda u: u.db_above_baseline or 0.0, default=None)
        put(self, "loudest_turn_db_above_baseline", loudest.db_above_baseline if loudest else None)
        put(self, "loudest_turn_index", loudest.utterance_index if loudest else None)
        put(self, "shouting_indices", tuple(u.utterance_index for u in agent if u.shouting))

    def for_utterance(self, index: int) -> UtteranceAcoustics:
        """The measures of utterance `index` of the transcript."""
        return self.utterances[index]


# --------------------------------------------------------------------------
# Entry points
# --------------------------------------------------------------------------


def measure_call(
    audio: DecodedAudio,
    utterances: Sequence[UtteranceLike],
    agent_channel: int = 0,
    *,
    thresholds: AcousticThresholds | None = None,
    voice_regions: Sequence[Sequence[Span]] | None = None,
) -> CallAcoustics:
    """Stereo measures for a two-channel recording, mono ones otherwise (also
    for a stereo file whose channels carry the same signal), as the
    transcriber decides. `voice_regions`: VAD regions per channel measured
    (two for stereo, one for the mixed-down mono signal), or None."""
    if audio.is_stereo and not audio.is_dual_mono:
        return measure_stereo(audio, agent_channel, utterances, thresholds=thresholds, voice_regions=voice_regions)
    signal = audio.mono() if audio.channels else np.zeros(0, dtype=np.float32)
    regions = voice_regions[0] if voice_regions else None
    return measure_mono(signal, utterances, sample_rate=audio.sample_rate, thresholds=thresholds, voice_regions=regions)


def measure_stereo(
    audio: DecodedAudio,
    agent_channel: int,
    utterances: Sequence[UtteranceLike],
    *,
    thresholds: AcousticThresholds | None = None,
    voice_regions: Sequence[Sequence[Span]] | None = None,
) -> CallAcoustics:
    """Measures of a stereo call: the agent on `agent_channel`, the callee on the other."""
    if len(audio.channels) != 2:
        raise ValueError(f"stereo measures need two channels, got {len(audio.channels)}")
    if agent_channel not in (0, 1):
        raise ValueError(f"agent_channel must be 0 or 1, got {agent_channel}")
    if voice_regions is not None and len(voice_regions) != 2:
        raise ValueError("voice_regions needs one list of regions per channel")
    t = thresholds or AcousticThresholds()
    hop = _hop(audio.sample_rate, t)
    powers = [_frame_power(ch, hop) for ch in audio.channels]
    active = [
        _activity(p, t, voice_regions[i] if voice_regions is not None else None)
        for i, p in enumerate(powers)
    ]
    agent, customer = agent_channel, 1 - agent_channel
    overlaps = _channel_overlaps(active[agent], active[customer], utterances, t)
    per_role = {"agent": (powers[agent], active[agent]), "customer": (powers[customer], active[customer])}
    turns = _utterance_measures(utterances, lambda u: per_role["agent" if u.speaker == "agent" else "customer"], t)
    return _assemble("stereo", audio.duration, t, active[0] | active[1], utterances, overlaps, turns)


def measure_mono(
    signal: np.ndarray,
    utterances: Sequence[UtteranceLike],
    *,
    sample_rate: int = SAMPLE_RATE,
    thresholds: AcousticThresholds | None = None,
    voice_regions: Sequence[Span] | None = None,
) -> CallAcoustics:
    """Measures of a mono call whose utterances carry inferred roles: one signal
    for silence, speech time and level; overlaps from the utterances' spans."""
    t = thresholds or AcousticThresholds()
    power = _frame_power(signal, _hop(sample_rate, t))
    active = _activity(power, t, voice_regions)
    overlaps = _span_overlaps(utterances, t)
    turns = _utterance_measures(utterances, lambda u: (power, active), t)
    return _assemble("mono", len(signal) / sample_rate, t, active, utterances, overlaps, turns)


# --------------------------------------------------------------------------
# Frames and activity
# --------------------------------------------------------------------------


def _hop(sample_rate: int, t: AcousticThresholds) -> int:
    return max(1, round(sample_rate * t.frame_s))


def _frame_power(signal: np.ndarray, hop: int) -> np.ndarray:
    """Mean square of each whole frame (a last partial frame is dropped)."""
    n = len(signal) // hop
    if n == 0:
        return np.zeros(0, dtype=np.float64)
    frames = np.asarray(signal[: n * hop]).reshape(n, hop)
    return np.einsum("ij,ij->i", frames, frames, dtype=np.float64) / hop


def _db(power: np.ndarray | float) -> np.ndarray:
    return 10.0 * np.log10(np.maximum(power, _EPS_POWER))


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """[start, end) frame indices of the runs of True in `mask`."""
    if mask.size == 0:
        return []
    edges = np.diff(np.concatenate(([0], mask.astype(np.int8), [0])))
    starts = np.flatnonzero(edges == 1)
    ends = np.flatnonzero(edges == -1)
    return [(int(s), int(e)) for s, e in zip(starts, ends)]


def _frames(seconds: float, t: AcousticThresholds) -> int:
    return round(seconds / t.frame_s)


def _activity(power: np.ndarray, t: AcousticThresholds, regions: Sequence[Span] | None) -> np.ndarray:
    """Frames in which the channel carries speech."""
    if power.size == 0:
        return np.zeros(0, dtype=bool)
    db = _db(power)
    noise, loud = (float(v) for v in np.percentile(db, [10, 95]))
    low = max(t.activity_floor_dbfs, loud - t.speech_range_db, noise + t.edge_margin_db)
    high = max(low, noise + t.noise_margin_db)
    active = db >= low
    for s, e in _runs(active):  # a stretch above `low` is speech only if it reaches `high`
        if float(np.max(db[s:e])) < high:
            active[s:e] = False
    if regions is not None:
        allowed = np.zeros_like(active)
        for r_start, r_end in regions:
            first = max(0, int((r_start - t.vad_pad_s) / t.frame_s))
            allowed[first : max(0, int(np.ceil((r_end + t.vad_pad_s) / t.frame_s)))] = True
        active &= allowed
    bridge = _frames(t.bridge_gap_s, t)
    for s, e in _runs(~active):
        if s > 0 and e < active.size and e - s < bridge:
            active[s:e] = True
    shortest = _frames(t.min_burst_s, t)
    for s, e in _runs(active):
        if e - s < shortest:
            active[s:e] = False
    return active


# --------------------------------------------------------------------------
# Silences and overlaps
# --------------------------------------------------------------------------


def _silences(any_active: np.ndarray, utterances: Sequence[UtteranceLike], t: AcousticThresholds) -> list[Silence]:
    """Stretches between the first and last speech with nobody speaking."""
    out = []
    for s, e in _runs(~any_active):
        if s == 0 or e == any_active.size:  # before the first or after the last speech
            continue
        start, end = s * t.frame_s, e * t.frame_s
        if end - start + 1e-9 < t.min_silence_s:
            continue
        mid = (start + end) / 2
        ended = [(u.end, i) for i, u in enumerate(utterances) if u.end <= mid]
        starting = [(u.start, i) for i, u in enumerate(utterances) if u.start >= mid]
        after = max(ended)[1] if ended else None
        before = min(starting)[1] if starting else None
        out.append(Silence(round(start, 3), round(end, 3), round(end - start, 3), after, before))
    return out


def _channel_overlaps(
    agent: np.ndarray, customer: np.ndarray, utterances: Sequence[UtteranceLike], t: AcousticThresholds
) -> list[Overlap]:
    """Both channels active at once, each attributed to whoever began speaking last."""
    starts_a = _run_starts(agent)
    starts_c = _run_starts(customer)
    out = []
    for s, e in _runs(agent & customer):
        start, end = s * t.frame_s, e * t.frame_s
        if end - start + 1e-9 < t.min_overtalk_s:
            continue
        by: Role = "agent" if starts_a[s] > starts_c[s] else "customer"
        out.append(_overlap(start, end, by, utterances))
    return out


def _run_starts(active: np.ndarray) -> np.ndarray:
    """For each frame, the first frame of the run of activity it is in (-1 when inactive)."""
    starts = np.full(active.size, -1, dtype=np.int64)
    for s, e in _runs(active):
        starts[s:e] = s
    return starts


def _span_overlaps(utterances: Sequence[UtteranceLike], t: AcousticThresholds) -> list[Overlap]:
    """Overlaps of utterance spans: an utterance starting inside the other party's utterance."""
    out = []
    for a in utterances:
        for b in utterances:
            if _role(a) == _role(b) or not b.start < a.start < b.end:
                continue
            end = min(a.end, b.end)
            if end - a.start + 1e-9 >= t.min_overtalk_s:
                out.append(_overlap(a.start, end, _role(a), utterances))
    out.sort(key=lambda o: o.start)
    return out


def _overlap(start: float, end: float, by: Role, utterances: Sequence[UtteranceLike]) -> Overlap:
    other: Role = "customer" if by == "agent" else "agent"
    return Overlap(
        start=round(start, 3),
        end=round(end, 3),
        duration_s=round(end - start, 3),
        by=by,
        utterance_index=_covering(utterances, by, start, end),
        interrupted_index=_covering(utterances, other, start, end),
    )


def _role(u: UtteranceLike) -> Role:
    return "agent" if u.speaker == "agent" else "customer"


def _covering(utterances: Sequence[UtteranceLike], role: Role, start: float, end: float) -> int | None:
    """The utterance of `role` sharing most time with [start, end] (touching counts, for imprecise spans)."""
    best, best_shared = None, -1.0
    for i, u in enumerate(utterances):
        if _role(u) != role:
            continue
        shared = min(u.end, end) - max(u.start, start)
        if shared > best_shared and shared > -0.25:
            best, best_shared = i, shared
    return best


# --------------------------------------------------------------------------
# Per utterance: characters, speech time, rate, level
# --------------------------------------------------------------------------


def count_characters(text: str) -> int:
    """Spoken characters: CJK ideographs and digits one each, a run of Latin letters one."""
    n = 0
    in_word = False
    for ch in text:
        latin = ch.isascii() and ch.isalpha()
        if latin:
            n += not in_word
        elif ch.isdigit() or ("\u3400" <= ch <= "\u9fff") or ("\uf900" <= ch <= "\ufaff"):
            n += 1
        in_word = latin
    return n


@dataclass(frozen=True, slots=True)
class _Raw:
    """An utterance's speech before the speaker's baseline is known."""

    index: int
    u: UtteranceLike
    characters: int
    speech_s: float
    level_dbfs: float | None
    block_dbfs: tuple[float, ...]  # levels of its loud_block_s blocks of speech, loudest first


def _measure_one(i: int, u: UtteranceLike, power: np.ndarray, active: np.ndarray, t: AcousticThresholds) -> _Raw:
    s = max(0, int(u.start / t.frame_s))
    e = min(power.size, max(s, int(np.ceil(u.end / t.frame_s))))
    voiced = power[s:e][active[s:e]]
    speech_s = voiced.size * t.frame_s
    level = None
    blocks: tuple[float, ...] = ()
    if speech_s + 1e-9 >= t.min_level_speech_s:
        level = float(_db(float(np.mean(voiced))))
        size = max(1, _frames(t.loud_block_s, t))
        edges = list(range(0, voiced.size, size))
        if len(edges) > 1 and voiced.size - edges[-1] < size / 2:
            edges.pop()  # a short last piece joins the block before it
        parts = np.split(voiced, edges[1:])
        blocks = tuple(sorted((float(_db(float(np.mean(p)))) for p in parts), reverse=True))
    return _Raw(i, u, count_characters(u.text), speech_s, level, blocks)


def _utterance_measures(
    utterances: Sequence[UtteranceLike],
    channel_of: Callable[[UtteranceLike], tuple[np.ndarray, np.ndarray]],
    t: AcousticThresholds,
) -> list[UtteranceAcoustics]:
    raws = [_measure_one(i, u, *channel_of(u), t) for i, u in enumerate(utterances)]
    baselines: dict[str, float] = {}
    for role in {r.u.speaker for r in raws}:
        levels = [r.level_dbfs for r in raws if r.u.speaker == role and r.level_dbfs is not None]
        if levels:
            baselines[role] = float(np.median(levels))
    out = []
    for r in raws:
        base = baselines.get(r.u.speaker)
        above = None if r.level_dbfs is None or base is None else r.level_dbfs - base
        sustained = loud_s = None
        if base is not None:
            loud_s = sum(b >= base + t.shout_db for b in r.block_dbfs) * t.loud_block_s
            needed = max(1, int(np.ceil(t.shout_min_s / t.loud_block_s - 1e-9)))
            if len(r.block_dbfs) >= needed:
                sustained = r.block_dbfs[needed - 1] - base
        span = r.u.end - r.u.start
        out.append(UtteranceAcoustics(
            utterance_index=r.index,
            speaker=r.u.speaker,
            start=r.u.start,
            end=r.u.end,
            characters=r.characters,
            speech_s=round(r.speech_s, 3),
            rate_cpm=round(r.characters / r.speech_s * 60, 1) if r.speech_s + 1e-9 >= t.min_rate_speech_s else None,
            span_rate_cpm=round(r.characters / span * 60, 1) if span > 0 and r.speech_s > 0 else None,
            level_dbfs=_round(r.level_dbfs),
            db_above_baseline=_round(above),
            sustained_db_above_baseline=_round(sustained),
            loud_s=loud_s,
            shouting=sustained is not None and sustained >= t.shout_db,
        ))
    return out


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _assemble(
    mode: Mode,
    duration: float,
    t: AcousticThresholds,
    any_active: np.ndarray,
    utterances: Sequence[UtteranceLike],
    overlaps: list[Overlap],
    turns: list[UtteranceAcoustics],
) -> CallAcoustics:
    silences = _silences(any_active, utterances, t)
    longest = max(silences, key=lambda s: s.duration_s, default=None)
    agent_levels = [u.level_dbfs for u in turns if u.speaker == "agent" and u.level_dbfs is not None]
    return CallAcoustics(
        mode=mode,
        duration_s=round(duration, 3),
        thresholds=t,
        silences=tuple(silences),
        longest_silence=longest,
        overlaps=tuple(overlaps),
        overtalks=tuple(o for o in overlaps if o.by == "agent"),
        agent_baseline_dbfs=_round(float(np.median(agent_levels))) if agent_levels else None,
        utterances=tuple(turns),
    )
