"""How a call sounded, as the rules read it: the stored summary of the
acoustic measures (`qa_pipeline.speech.acoustics` measures them from the
recording; this is what is kept per call and handed to the engine)."""

from __future__ import annotations

import enum

from pydantic import BaseModel, ConfigDict, Field


class AcousticMeasure(enum.StrEnum):
    """What an `acoustic` selection compares with its threshold."""

    # per utterance (agent turns)
    shouting = "shouting"            # sustained level above the agent's median turn level in the call (dB)
    talk_over = "talk_over"          # seconds this agent turn talks over the callee
    speech_rate = "speech_rate"      # characters per minute of speech
    # per call
    long_silence = "long_silence"    # the longest stretch where neither party speaks (s)
    overtalk_count = "overtalk_count"  # times the agent started talking over the callee
    overtalk_seconds = "overtalk_seconds"  # seconds of the agent talking over the callee in all

    @property
    def per_utterance(self) -> bool:
        return self in (AcousticMeasure.shouting, AcousticMeasure.talk_over, AcousticMeasure.speech_rate)


class TurnSound(BaseModel):
    """The measures of one utterance."""

    model_config = ConfigDict(extra="forbid")

    utterance_index: int = Field(ge=0)
    speaker: str = "agent"
    rate_cpm: float | None = None
    db_above_baseline: float | None = None
    sustained_db_above_baseline: float | None = None  # the level its loudest `shout_min_s` of speech reaches
    loud_s: float | None = None
    talk_over_s: float = 0.0          # seconds of it spent talking over the other party (started by it)


class CallSound(BaseModel):
    """The acoustic measures of one call."""

    model_config = ConfigDict(extra="forbid")

    mode: str = "stereo"              # stereo: per channel; mono: roles inferred, overlaps from time spans
    duration_s: float = 0.0
    longest_silence_s: float = 0.0
    overtalk_count: int = 0
    overtalk_seconds: float = 0.0
    agent_rate_cpm: float | None = None
    agent_baseline_dbfs: float | None = None
    turns: list[TurnSound] = Field(default_factory=list)

    def turn(self, index: int) -> TurnSound | None:
        for turn in self.turns:
            if turn.utterance_index == index:
                return turn
        return None

    def value(self, measure: AcousticMeasure, index: int | None = None) -> float | None:
        """The measure's value: of utterance `index` for per-utterance measures, of the call otherwise."""
        if measure.per_utterance:
            turn = self.turn(index) if index is not None else None
            if turn is None:
                return None
            return {AcousticMeasure.shouting: turn.sustained_db_above_baseline,
                    AcousticMeasure.talk_over: turn.talk_over_s,
                    AcousticMeasure.speech_rate: turn.rate_cpm}[measure]
        return {AcousticMeasure.long_silence: self.longest_silence_s,
                AcousticMeasure.overtalk_count: float(self.overtalk_count),
                AcousticMeasure.overtalk_seconds: self.overtalk_seconds,
                AcousticMeasure.speech_rate: self.agent_rate_cpm}.get(measure)


__all__ = ["AcousticMeasure", "CallSound", "TurnSound"]
