"""Decode a recording into float32 16 kHz channels, ready for ASR.

Any format FFmpeg reads (wav, flac, mp3, ogg/opus, m4a, ...) at any sample
rate, mono or stereo, goes through PyAV. Every failure is an `AudioError`
that names the file: empty, not audio, truncated or corrupt, zero length,
too big, too long.
"""

from __future__ import annotations

import logging
import struct
from dataclasses import dataclass, field
from pathlib import Path

import av
import numpy as np

from qa_pipeline.config import get_settings
from qa_pipeline.errors import AudioError

log = logging.getLogger(__name__)

SAMPLE_RATE = 16000
# Decoded audio shorter than this share of what the container declares is a
# cut-off file (a partial upload or copy), not a short call.
_TRUNCATED_SHARE = 0.9
# Channels this close are one signal copied twice (dual mono).
_DUAL_MONO_TOLERANCE = 1e-3


@dataclass(frozen=True, slots=True)
class AudioSource:
    """What the file was before decoding."""

    path: Path
    size_bytes: int
    container: str
    codec: str
    sample_rate: int
    channels: int


@dataclass(frozen=True, slots=True)
class DecodedAudio:
    """One float32 array per channel, all at `sample_rate` and of equal length."""

    channels: tuple[np.ndarray, ...]
    sample_rate: int
    source: AudioSource
    duration: float = field(init=False)

    def __post_init__(self) -> None:
        n = len(self.channels[0]) if self.channels else 0
        object.__setattr__(self, "duration", n / self.sample_rate)

    @property
    def is_stereo(self) -> bool:
        return len(self.channels) == 2

    @property
    def is_dual_mono(self) -> bool:
        """Stereo file whose two channels carry the same signal."""
        if not self.is_stereo:
            return False
        left, right = self.channels
        return bool(np.max(np.abs(left - right), initial=0.0) <= _DUAL_MONO_TOLERANCE)

    def mono(self) -> np.ndarray:
        """All channels mixed down to one."""
        if len(self.channels) == 1:
            return self.channels[0]
        return np.mean(np.stack(self.channels), axis=0).astype(np.float32)


def _looks_like_text(head: bytes) -> bool:
    if not head or b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is still text.
        if exc.start < len(head) - 4:
            return False
    return True


def _check_wav_header(path: Path, size: int) -> None:
    """A RIFF/WAVE file whose data chunk claims more bytes than the file has
    was cut off; FFmpeg would silently decode the part that is there."""
    with path.open("rb") as fh:
        head = fh.read(12)
        if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
            return
        pos = 12
        while True:
            chunk = fh.read(8)
            if len(chunk) < 8:
                return
            chunk_id, chunk_size = chunk[:4], struct.unpack("<I", chunk[4:])[0]
            pos += 8
            if chunk_id == b"data":
                # 0 and 0xFFFFFFFF mean "unknown" (a stream that was never finalised).
                if chunk_size not in (0, 0xFFFFFFFF) and pos + chunk_size > size + 1:
                    raise AudioError(
                        str(path), None,
                        f"truncated WAV: the header declares {chunk_size} bytes of audio "
                        f"but only {max(size - pos, 0)} are present",
                    )
                return
            pos += chunk_size + (chunk_size & 1)
            fh.seek(pos)


@dataclass(slots=True)
class _Decoded:
    pieces: list[np.ndarray]   # empty when the samples were only counted
    samples: int               # per channel
    channels: int
    declared: float | None     # the container's declared duration, seconds
    source: AudioSource


def _limits(max_seconds: float | None, max_bytes: int | None,
            max_samples: int | None) -> tuple[float, int, int]:
    settings = get_settings()
    return (settings.audio_max_seconds if max_seconds is None else max_seconds,
            settings.audio_max_bytes if max_bytes is None else max_bytes,
            settings.audio_max_decoded_samples if max_samples is None else max_samples)


def decode_audio(
    path: str | Path,
    *,
    max_seconds: float | None = None,
    max_bytes: int | None = None,
    max_samples: int | None = None,
) -> DecodedAudio:
    """Decode `path` to one float32 16 kHz array per channel (1 or 2).

    Limits default to the `audio_max_seconds` / `audio_max_bytes` /
    `audio_max_decoded_samples` settings. The declared duration is checked
    from the container header before anything is decoded, and decoding
    stops at the sample limit (all channels counted), whatever the header said.
    """
    seconds, size_limit, samples = _limits(max_seconds, max_bytes, max_samples)
    done = _decode(Path(path), seconds, size_limit, samples, keep=True)
    src = str(path)
    if not done.pieces or done.samples == 0:
        raise AudioError(src, None, "zero-length audio (no samples)")
    data = np.concatenate(done.pieces, axis=1).astype(np.float32, copy=False)
    done.pieces.clear()
    channels = tuple(np.ascontiguousarray(data[i]) for i in range(done.channels))
    return DecodedAudio(channels=channels, sample_rate=SAMPLE_RATE, source=done.source)


def check_audio(
    path: str | Path,
    *,
    max_seconds: float | None = None,
    max_bytes: int | None = None,
    max_samples: int | None = None,
) -> float:
    """Decode `path` once without keeping the samples (what an upload checks): its length in seconds.

    Same checks and errors as `decode_audio`, in constant memory.
    """
    seconds, size_limit, samples = _limits(max_seconds, max_bytes, max_samples)
    done = _decode(Path(path), seconds, size_limit, samples, keep=False)
    if done.samples == 0:
        raise AudioError(str(path), None, "zero-length audio (no samples)")
    return done.samples / SAMPLE_RATE


def _decode(path: Path, max_seconds: float, max_bytes: int, max_samples: int, *, keep: bool) -> _Decoded:
    src = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise AudioError(src, None, "file not found") from None
    except OSError as exc:
        raise AudioError(src, None, f"cannot read file: {exc.strerror}") from None
    if not path.is_file():
        raise AudioError(src, None, "not a regular file")
    if size == 0:
        raise AudioError(src, None, "empty file (0 bytes)")
    if size > max_bytes:
        raise AudioError(src, None, f"file is {size / 1e6:.0f} MB, over the {max_bytes / 1e6:.0f} MB limit")
    with path.open("rb") as fh:
        head = fh.read(512)
    _check_wav_header(path, size)

    try:
        container = av.open(src, mode="r", metadata_errors="ignore")
    except av.error.FFmpegError as exc:
        if _looks_like_text(head):
            raise AudioError(src, None, "is a text file, not audio") from None
        raise AudioError(src, None, f"not a recognised audio file ({exc.strerror or exc})") from None

    with container:
        if not container.streams.audio:
            raise AudioError(src, None, "has no audio stream")
        stream = container.streams.audio[0]
        codec = stream.codec_context
        n_in = codec.channels or 0
        if n_in > 2:
            raise AudioError(src, None, f"has {n_in} channels; expected mono or stereo")
        n_out = 2 if n_in == 2 else 1
        declared = container.duration / av.time_base if container.duration else None
        if declared and declared > max_seconds:
            raise AudioError(src, None, f"is {declared / 60:.0f} min long (from its header), over the "
                                        f"{max_seconds / 60:.0f} min limit (QA_AUDIO_MAX_SECONDS)")
        source = AudioSource(
            path=path,
            size_bytes=size,
            container=container.format.name,
            codec=codec.name,
            sample_rate=codec.sample_rate or stream.rate or 0,
            channels=n_in,
        )

        resampler = av.AudioResampler(format="fltp", layout="stereo" if n_out == 2 else "mono", rate=SAMPLE_RATE)
        pieces: list[np.ndarray] = []
        total = 0
        limit = int(max_seconds * SAMPLE_RATE)
        sample_limit = max_samples // n_out  # per channel

        def take(out: av.AudioFrame) -> None:
            nonlocal total
            piece = out.to_ndarray().reshape(n_out, -1)
            total += piece.shape[1]
            if total > sample_limit:
                raise AudioError(src, None, f"decodes to more than {max_samples} samples, over the limit "
                                            "(QA_AUDIO_MAX_DECODED_SAMPLES)")
            if keep:
                pieces.append(piece)

        try:
            for frame in container.decode(stream):
                frame.pts = None  # let the resampler count samples itself
                for out in resampler.resample(frame):
                    take(out)
                if total > limit:
                    raise AudioError(src, None, f"is longer than the {max_seconds / 60:.0f} min limit "
                                                "(QA_AUDIO_MAX_SECONDS)")
            for out in resampler.resample(None):
                take(out)
        except av.error.FFmpegError as exc:
            raise AudioError(
                src, None,
                f"truncated or corrupt audio at {total / SAMPLE_RATE:.1f} s ({exc.strerror or exc})",
            ) from None

    decoded = total / SAMPLE_RATE
    if declared and declared > 1.0 and decoded < declared * _TRUNCATED_SHARE:
        raise AudioError(
            src, None,
            f"truncated: decoded {decoded:.1f} s of the {declared:.1f} s the file declares",
        )
    return _Decoded(pieces, total, n_out, declared, source)


# --- recognising and probing recordings ------------------------------------

AUDIO_EXTENSIONS = {".wav": "audio/wav", ".flac": "audio/flac", ".mp3": "audio/mpeg",
                    ".ogg": "audio/ogg", ".oga": "audio/ogg", ".opus": "audio/ogg", ".m4a": "audio/mp4"}
EXTENSION_OF_TYPE = {"audio/wav": ".wav", "audio/flac": ".flac", "audio/mpeg": ".mp3",
                 "audio/ogg": ".ogg", "audio/mp4": ".m4a"}


def sniff_audio(head: bytes) -> str | None:
    """The content type of a supported recording from its first bytes, or None."""
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "audio/wav"
    if head[:4] == b"fLaC":
        return "audio/flac"
    if head[:4] == b"OggS":
        return "audio/ogg"
    if head[4:8] == b"ftyp":
        return "audio/mp4"
    if head[:3] == b"ID3" or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return "audio/mpeg"
    return None


def audio_seconds(path: Path) -> float:
    """The recording's length from its container header (0 if unreadable)."""
    try:
        with av.open(str(path), mode="r", metadata_errors="ignore") as container:
            if container.duration:
                return float(container.duration / av.time_base)
            stream = container.streams.audio[0] if container.streams.audio else None
            if stream is not None and stream.duration and stream.time_base:
                return float(stream.duration * stream.time_base)
    except Exception:
        pass
    return 0.0
