"""The acoustic measures of a recording, as stored per call (`CallSound`).

`measure_recording` decodes the recording and runs
`qa_pipeline.speech.acoustics.measure_call` on it with the call's
utterances; `call_sound` keeps what the rules read: the call's totals and,
per utterance, rate, level above the speaker's baseline, sustained level
and the seconds it talks over the other party.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from qa_pipeline.domain.acoustics import CallSound, TurnSound
from qa_pipeline.domain.transcript import Channels, Utterance
from qa_pipeline.speech.acoustics import AcousticThresholds, CallAcoustics, measure_call
from qa_pipeline.speech.audio import decode_audio


def call_sound(measures: CallAcoustics) -> CallSound:
    talk_over: dict[int, float] = {}
    for overlap in measures.overlaps:
        if overlap.utterance_index is not None:
            talk_over[overlap.utterance_index] = talk_over.get(overlap.utterance_index, 0.0) + overlap.duration_s
    turns = [TurnSound(utterance_index=u.utterance_index, speaker=u.speaker, rate_cpm=u.rate_cpm,
                       db_above_baseline=u.db_above_baseline,
                       sustained_db_above_baseline=u.sustained_db_above_baseline, loud_s=u.loud_s,
                       talk_over_s=round(talk_over.get(u.utterance_index, 0.0), 3))
             for u in measures.utterances]
    return CallSound(mode=measures.mode, duration_s=round(measures.duration_s, 3),
                     longest_silence_s=measures.longest_silence_s, overtalk_count=measures.overtalk_count,
                     overtalk_seconds=measures.overtalk_seconds, agent_rate_cpm=measures.agent_rate_cpm,
                     agent_baseline_dbfs=measures.agent_baseline_dbfs, turns=turns)


def measure_recording(path: Path, utterances: Sequence[Utterance], channels: Channels | None = None,
                      thresholds: AcousticThresholds | None = None) -> CallSound:
    """Decode the recording and measure it (stereo: the agent on `channels.agent`, default left)."""
    audio = decode_audio(path)
    agent_channel = (channels or Channels()).agent
    return call_sound(measure_call(audio, utterances, agent_channel, thresholds=thresholds))


__all__ = ["call_sound", "measure_recording"]
