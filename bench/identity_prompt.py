"""Context for short replies, measured: the callee's answer to the identity
question (times from the sample scripts; replies of at most 2 s) heard by
the second listen without
a prompt, with the question as Whisper's initial_prompt, and with the
question plus the callee's name from the metadata.

Counts per variant: answers heard as a yes (the pack's affirm pattern) out
of the answers that are a yes in the script, answers heard as a yes that are
not (false yes), and readings that echo the prompt (a loop).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from qa_pipeline.domain.transcript import Transcript
from qa_pipeline.engine import Scanner
from qa_pipeline.engine.dialogue import says
from qa_pipeline.evaluation.audio import AudioCase, load_audio_corpus
from qa_pipeline.speech.audio import decode_audio
from qa_pipeline.speech.listen import ListenRequest
from qa_pipeline.speech.transcriber import Transcriber

VARIANTS = ("none", "question", "question+name")
# Short replies are what the prompt is for.
MAX_ANSWER_S = 2.0


@dataclass(slots=True)
class PromptScore:
    variant: str
    answers: int = 0
    yes_in_script: int = 0
    heard_yes: int = 0   # of the script's yes answers
    false_yes: int = 0   # heard a yes where the script has none
    echoes: int = 0      # the reading repeats the prompt
    readings: list[str] = field(default_factory=list)


def _identity_answers(case: AudioCase, scanner: Scanner) -> list[tuple[int, str]]:
    """(index of the answer in the script, the question) for each identity question answered next."""
    p = scanner.pack.dialogue
    out = []
    lines = case.script
    for i, line in enumerate(lines[:-1]):
        if line.speaker == "agent" and says(p.identity_question, line.text) and lines[i + 1].speaker == "customer":
            out.append((i + 1, line.text))
    return out


def _prompt(variant: str, question: str, case: AudioCase) -> str | None:
    if variant == "none":
        return None
    name = case.metadata.callee.name
    return f"{question}{name}。" if variant == "question+name" and name else question


def run_identity_prompt_bench(directory: Path, scanner: Scanner, transcriber: Transcriber,
                              echo: bool = False) -> list[PromptScore]:
    scores = {v: PromptScore(v) for v in VARIANTS}
    affirm = scanner.pack.dialogue.affirm
    for case in load_audio_corpus(directory):
        answers = _identity_answers(case, scanner)
        if not answers:
            continue
        audio = decode_audio(case.recording)
        stereo = audio.is_stereo and not audio.is_dual_mono
        channels = case.metadata.channels
        record = {"mode": "stereo" if stereo else "mono",
                  "channel_map": {"agent": channels.agent if channels else 0,
                                  "customer": channels.customer if channels else 1}}
        transcript = Transcript.model_validate({
            **case.metadata.model_dump(exclude={"expected", "script"}),
            "utterances": [{"speaker": s.speaker, "start": s.start, "end": s.end, "text": s.text}
                           for s in case.script],
            "asr": record})
        for index, question in answers:
            if case.script[index].end - case.script[index].start > MAX_ANSWER_S:
                continue
            said_yes = affirm.search(case.script[index].text) is not None
            for variant in VARIANTS:
                prompt = _prompt(variant, question, case)
                if variant == "question+name" and prompt == question:
                    continue  # no name in the metadata: the same as "question"
                heard = transcriber.relisten(audio, transcript, [ListenRequest(index, prompt)], 0.5)[index].text
                s = scores[variant]
                s.answers += 1
                s.readings.append(f"{case.call_id}: {case.script[index].text} -> {heard}")
                yes = affirm.search(heard) is not None
                s.yes_in_script += said_yes
                s.heard_yes += said_yes and yes
                s.false_yes += (not said_yes) and yes
                s.echoes += bool(prompt) and len(heard) >= 4 and heard[:4] in (prompt or "")
                if echo:
                    print(f"  {variant:<14} {s.readings[-1]}", flush=True)
    return list(scores.values())


if __name__ == "__main__":
    from qa_pipeline.config import REPO_ROOT
    from qa_pipeline.engine import get_scanner

    for s in run_identity_prompt_bench(REPO_ROOT / "sample_audio", get_scanner(), Transcriber(), echo=True):
        print(f"{s.variant:<14} answers {s.answers}: yes heard {s.heard_yes}/{s.yes_in_script}, "
              f"false yes {s.false_yes}, echoes of the prompt {s.echoes}")
