"""Sentence embeddings: the pinned model, and the vector file that keeps a
sentence from being embedded twice."""

from __future__ import annotations

import logging
from collections.abc import Sequence

import numpy as np
import pytest

from qa_pipeline.errors import ModelNotInstalledError
from qa_pipeline.text import embeddings
from qa_pipeline.text.embeddings import E5Embedder, Embedder, StoredEmbedder, Vectors


@pytest.fixture(scope="module")
def e5() -> E5Embedder:
    return E5Embedder()


class Counting:
    """An embedder that counts the texts it is asked for (around the real model)."""

    def __init__(self, inner: Embedder, model_id: str | None = None) -> None:
        self.inner = inner
        self.model_id = model_id or inner.model_id
        self.dim = inner.dim
        self.asked: list[str] = []

    def embed(self, texts: Sequence[str]) -> Vectors:
        self.asked += texts
        return self.inner.embed(texts)


def test_vectors_are_unit_length_and_meaning_decides_nearness(e5):
    threat, paraphrase, lawful, unrelated = e5.embed(["我们明天就派人到你家里去找你", "明天我们的人会上你家找你",
                                                      "我们明天再给你打电话", "今天天气不错啊"])
    assert np.allclose([np.linalg.norm(v) for v in (threat, paraphrase, lawful, unrelated)], 1.0, atol=1e-3)
    assert threat @ paraphrase > threat @ lawful > threat @ unrelated


def test_a_model_file_that_is_not_the_pinned_one_is_refused(tmp_path):
    wrong = tmp_path / "e5-small-q4.bin"
    wrong.write_bytes(b"not the model")
    with pytest.raises(ModelNotInstalledError, match="not the pinned one"):
        embeddings._check_sha256(wrong, embeddings.E5_MODEL_SHA256)
    with pytest.raises(ModelNotInstalledError, match="cannot be read"):
        embeddings._check_sha256(tmp_path / "absent.bin", embeddings.E5_MODEL_SHA256)


def test_the_vector_file_answers_a_second_process_exactly(e5, tmp_path):
    texts = ["我们明天就派人到你家里去找你", "您好，请问是王先生吗", "我们明天就派人到你家里去找你"]
    first = Counting(e5)
    fresh = StoredEmbedder(first, tmp_path / "v.sqlite3").embed(texts)
    assert first.asked == texts[:2]  # each text once, the repeat from the same batch
    again = Counting(e5)
    stored = StoredEmbedder(again, tmp_path / "v.sqlite3").embed(texts[::-1])
    assert again.asked == [] and np.array_equal(stored, fresh[::-1])  # float32 kept: decisions do not drift
    other_model = Counting(e5, model_id="another-model")
    StoredEmbedder(other_model, tmp_path / "v.sqlite3").embed(texts[:1])
    assert other_model.asked == texts[:1]  # vectors are kept per model


class Hashed:
    """Unit vectors drawn from a hash of the text: what the bound of the vector
    file is tested with (thirteen model calls would cost seconds on a busy host)."""

    model_id = "hashed-test-vectors"
    dim = 8

    def embed(self, texts: Sequence[str]) -> Vectors:
        rows = [np.random.default_rng(list(t.encode("utf-8"))).standard_normal(self.dim) for t in texts]
        return np.asarray([r / np.linalg.norm(r) for r in rows], np.float32)


def test_the_vector_file_keeps_at_most_its_bound(tmp_path):
    store = StoredEmbedder(Hashed(), tmp_path / "v.sqlite3", max_rows=10)
    for i in range(12):
        store.embed([f"第{i}句话，关于还款的安排"])
    store.embed(["最后加进来的一句话"])
    conn = store._connect()
    assert conn is not None
    (count,) = conn.execute("SELECT count(*) FROM vectors").fetchone()
    assert count <= 10
    probe = Counting(Hashed())
    StoredEmbedder(probe, tmp_path / "v.sqlite3").embed(["最后加进来的一句话", "第0句话，关于还款的安排"])
    assert probe.asked == ["第0句话，关于还款的安排"]  # the oldest went first


def test_an_unusable_vector_file_is_logged_and_embedding_goes_on(e5, tmp_path, caplog):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    inner = Counting(e5)
    with caplog.at_level(logging.WARNING, logger="qa_pipeline.text.embeddings"):
        vectors = StoredEmbedder(inner, blocker / "v.sqlite3").embed(["您好，请问是王先生吗"])
    assert vectors.shape == (1, e5.dim) and inner.asked == ["您好，请问是王先生吗"]
    assert "not usable" in caplog.text and "not-a-folder" in caplog.text
