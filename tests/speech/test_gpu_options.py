"""QA_WHISPER_DEVICE=cuda picks float16 and a larger batch unless told otherwise."""

from __future__ import annotations

from qa_pipeline.config import Settings
from qa_pipeline.speech.model import AsrOptions


def test_cuda_defaults_to_float16_and_a_larger_batch(monkeypatch):
    monkeypatch.setenv("QA_WHISPER_DEVICE", "cuda")
    cpu = AsrOptions.from_settings(Settings(whisper_device="cpu"))
    gpu = AsrOptions.from_settings(Settings())
    assert gpu.device == "cuda" and gpu.compute_type == "float16"
    assert gpu.batch_size > cpu.batch_size
    assert cpu.compute_type == "int8"


def test_explicit_compute_type_and_batch_win_on_cuda(monkeypatch):
    monkeypatch.setenv("QA_WHISPER_DEVICE", "cuda")
    monkeypatch.setenv("QA_WHISPER_COMPUTE_TYPE", "int8_float16")
    monkeypatch.setenv("QA_WHISPER_BATCH_SIZE", "4")
    o = AsrOptions.from_settings(Settings())
    assert (o.compute_type, o.batch_size) == ("int8_float16", 4)
