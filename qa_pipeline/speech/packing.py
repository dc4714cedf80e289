"""Packing turns into decoder windows, and tracing decoded words back.

Whisper decodes a 30 s window at a time. The turns' speech is laid end to
end, a short silence between turns, in windows of at most 28 s: a few
windows per call instead of one per turn, and a window never mixes two
speakers. Every word is traced back through its position in the packed
signal to its turn and its time in the recording.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from qa_pipeline.speech.audio import SAMPLE_RATE
from qa_pipeline.speech.model import Span
from qa_pipeline.speech.turns import Turn

# Packed decoder windows: at most this long, turns separated by this much silence.
_WINDOW_S = 28.0
_TURN_GAP_S = 1.0
# Extra audio taken around each VAD region when packing (seconds).
_PACK_PAD_S = 0.15


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a piece of a channel's audio sits in the packed signal."""

    turn: int  # index into the turn list
    region: int  # index into the turn's regions
    src: Span  # seconds in the recording
    dst: Span  # seconds in the packed signal


@dataclass(slots=True)
class Packed:
    audio: np.ndarray
    windows: list[Span]
    placements: list[Placement]
    starts: list[float] = field(default_factory=list)  # placements' packed start times

    def __post_init__(self) -> None:
        self.starts = [p.dst[0] for p in self.placements]


def pack(
    channels: Sequence[np.ndarray], turns: Sequence[Turn], indices: Sequence[int], one_per_window: bool
) -> Packed:
    """Lay the speech of `turns[i] for i in indices` end to end, with short
    silences between, in windows of at most `_WINDOW_S` seconds.

    Whisper decodes a 30 s window at a time; speech packed like this needs a
    few windows per call instead of one per turn, and every word can be
    traced back to its turn through its position.
    """
    parts: list[np.ndarray] = []
    windows: list[Span] = []
    placements: list[Placement] = []
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
            placements.append(Placement(ti, ri, (a / SAMPLE_RATE, b / SAMPLE_RATE), (pos, pos + length)))
            parts.append(audio[a:b])
            pos += length
            prev = (ti, e)
            prev_channel = turn.channel
    if win_start is not None:
        windows.append((win_start, pos))
    silence(0.5)
    return Packed(np.concatenate(parts).astype(np.float32, copy=False), windows, placements)


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


def locate(packed: Packed, start: float, end: float) -> Placement:
    """The placement a word at packed time [start, end] belongs to.

    Word times are least reliable next to silence: a turn's first word often
    starts early, in the silence before it, and a last word runs on into the
    silence after. The placement holding most of the word wins; a word
    entirely in the silence between two goes to the nearer one.
    """
    placements = packed.placements
    i = bisect_right(packed.starts, end) - 1
    candidates = [placements[j] for j in range(max(i - 2, 0), min(i + 2, len(placements)))]
    best = max(candidates, key=lambda p: min(end, p.dst[1]) - max(start, p.dst[0]))
    if min(end, best.dst[1]) - max(start, best.dst[0]) > 0:
        return best
    mid = (start + end) / 2
    return min(candidates, key=lambda p: 0.0 if p.dst[0] <= mid <= p.dst[1] else min(abs(mid - x) for x in p.dst))


def unpack(p: Placement, t: float) -> float:
    return p.src[0] + min(max(t - p.dst[0], 0.0), p.src[1] - p.src[0])
