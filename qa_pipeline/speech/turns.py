"""Speaking turns: one speaker's stretch of speech, from the VAD regions of
each channel (or of the one channel of a mono recording)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from qa_pipeline.speech.model import Span

# Other-channel speech shorter than this inside a pause does not end a turn
# (clicks, breath, echo of the far end).
_MIN_INTERRUPTION_S = 0.12


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
        # Region bounds are sample counts divided by the rate: a pause of exactly `max_pause`
        # comes out a hair short (3200 / 16000 apart gives 0.19999...), so compare in milliseconds.
        pause = round(s - turns[-1].end, 3) if turns else 0.0
        if turns and pause < max_pause and not _interrupted(other, turns[-1].end, s):
            turns[-1].regions.append((s, e))
        else:
            turns.append(Turn(channel, [(s, e)]))
    return turns
