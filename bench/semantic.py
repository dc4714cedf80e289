"""What matching by meaning costs, next to what speech recognition costs.

- embedding: fresh sentence vectors (no cache) for the agent sentences of the
  sample recordings' scripts, per sentence and per minute of conversation;
- scanning: the same calls scanned with the words only (a scanner whose pack
  has no `similar` selection) and with meaning, vectors already cached (a
  rescan, or the second scan of a call);
- the share of the embedding in the whole per-call cost, where the ASR
  section measured the recogniser's real-time factor in the same run.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from bench.engine import words_only
from qa_pipeline.domain.transcript import Transcript, Utterance
from qa_pipeline.engine import Scanner
from qa_pipeline.evaluation.audio import load_audio_case
from qa_pipeline.text.embeddings import CachedEmbedder, E5Embedder
from qa_pipeline.text.normalize import normalize_texts


@dataclass(frozen=True)
class SemanticBench:
    calls: int
    speech_minutes: float
    sentences: int
    embed_seconds: float          # fresh vectors for every sentence, one thread per the engine's default
    words_only_ms_per_call: float
    with_meaning_ms_per_call: float  # vectors cached

    @property
    def ms_per_sentence(self) -> float:
        return 1000 * self.embed_seconds / max(self.sentences, 1)

    @property
    def embed_seconds_per_speech_minute(self) -> float:
        return self.embed_seconds / self.speech_minutes

    def share_of_asr(self, rtf: float) -> float:
        """Embedding time over recognition time for the same speech (RTF: ASR seconds per audio second)."""
        return self.embed_seconds_per_speech_minute / (rtf * 60)

    def lines(self, rtf: float | None) -> list[str]:
        out = [
            f"{self.calls} calls, {self.speech_minutes:.1f} min of speech, {self.sentences} agent sentences compared",
            f"embedding (fresh): {self.ms_per_sentence:.1f} ms/sentence, "
            f"{self.embed_seconds_per_speech_minute:.2f} s per minute of speech",
            f"scan, words only:        {self.words_only_ms_per_call:.2f} ms/call",
            f"scan, with meaning:      {self.with_meaning_ms_per_call:.2f} ms/call (vectors cached)",
        ]
        if rtf:
            out.append(f"embedding / ASR time for the same speech: {self.share_of_asr(rtf):.1%} (ASR RTF {rtf:.3f})")
        return out


def _transcripts(sample_dir: Path) -> tuple[list[Transcript], float]:
    transcripts: list[Transcript] = []
    seconds = 0.0
    for path in sorted(sample_dir.glob("*.flac")):
        case = load_audio_case(path)
        utterances = [Utterance(speaker=line.speaker, start=line.start, end=line.end, text=line.text)
                      for line in case.script]
        transcripts.append(Transcript(**case.metadata.model_dump(), utterances=utterances))
        seconds += max((line.end for line in case.script), default=0.0)
    return transcripts, seconds


def run_semantic_bench(scanner: Scanner, sample_dir: Path, repeat: int = 5) -> SemanticBench:
    transcripts, seconds = _transcripts(sample_dir)
    units = [s.text for t in transcripts
             for s in scanner.semantic.units([u.speaker for u in t.utterances],
                                             normalize_texts([u.text for u in t.utterances]))]
    fresh = E5Embedder()
    fresh.embed(["预热"])  # load the model outside the timing
    start = time.perf_counter()
    fresh.embed(units)
    embed_seconds = time.perf_counter() - start

    cached = CachedEmbedder(scanner.embedder)
    with_meaning = Scanner(scanner.pack, cached)
    words = words_only(scanner)
    for t in transcripts:  # warm: example and sentence vectors, jieba, OpenCC
        with_meaning.scan(t)
        words.scan(t)

    def per_call(s: Scanner) -> float:
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            for t in transcripts:
                s.scan(t)
            best = min(best, time.perf_counter() - start)
        return 1000 * best / len(transcripts)

    return SemanticBench(calls=len(transcripts), speech_minutes=seconds / 60, sentences=len(units),
                         embed_seconds=embed_seconds, words_only_ms_per_call=per_call(words),
                         with_meaning_ms_per_call=per_call(with_meaning))
