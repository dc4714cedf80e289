"""Turns from VAD regions (`speech.turns.find_turns`): where one speaker's stretch ends."""

from __future__ import annotations

from qa_pipeline.speech.turns import find_turns

RATE = 16_000


def _span(start_sample: int, end_sample: int) -> tuple[float, float]:
    """A region as the VAD gives it: sample counts divided by the rate."""
    return start_sample / RATE, end_sample / RATE


def test_a_pause_of_exactly_the_split_length_ends_the_turn() -> None:
    # 3,200 samples (0.2 s) apart; as floats, 0.3 - 0.1 is 0.19999999999999998
    regions = [_span(0, 1_600), _span(4_800, 6_000)]
    assert regions[1][0] - regions[0][1] < 0.2  # the float difference falls short of the threshold
    assert [len(t.regions) for t in find_turns(regions, (), 0.2)] == [1, 1]


def test_a_shorter_pause_keeps_the_turn_and_other_speech_in_the_pause_ends_it() -> None:
    regions = [_span(0, 16_000), _span(18_000, 30_000)]  # 0.125 s apart
    assert [len(t.regions) for t in find_turns(regions, (), 0.2)] == [2]
    other = [_span(16_100, 17_900)]  # the far end speaks 0.1125 s of the pause: too short to count
    assert [len(t.regions) for t in find_turns(regions, other, 0.2)] == [2]
    long_other = [(0.5, 1.2)]  # the other speaker talks across the pause
    assert [len(t.regions) for t in find_turns(regions, long_other, 0.2)] == [1, 1]
