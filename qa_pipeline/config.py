"""Settings, read from the environment (prefix QA_) or a .env file.

One Settings class for every part of the product; each part reads only its
own fields. Defaults are the embedded set-up: SQLite under the data
directory, in-process workers, the Whisper base model installed by
`make setup`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent

# Recordings of collection calls are kept at least two years; shorter retention is refused.
MIN_RECORDING_RETENTION_DAYS = 730


def _default_cache() -> Path:
    return Path.home() / ".cache" / "qa-pipeline"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="QA_", env_file=".env", extra="ignore")

    # Rules
    rules_dir: Path = REPO_ROOT / "rules" / "cn_collection"
    lexicons_dir: Path | None = None  # default: <repo>/lexicons

    # ASR: a folder holding a CTranslate2 Whisper model, or a faster-whisper model name.
    whisper_model: str = str(_default_cache() / "models" / "whisper-base")
    whisper_device: str = "cpu"
    whisper_compute_type: str = "int8"
    whisper_beam_size: int = Field(5, ge=1, le=10)
    whisper_batch_size: int = Field(8, ge=1, le=64)
    whisper_batched: bool = True
    whisper_language: str = "zh"
    whisper_cpu_threads: int = Field(0, ge=0)
    # Decoder hints, off by default: measured on the sample calls, hotwords
    # (逾期 还款 征信 ...) made Whisper base loop on them ("征信征信征信...")
    # and a prompt was echoed into quiet audio; both raised the error rate.
    # Set e.g. QA_WHISPER_HOTWORDS="逾期 还款 征信" to try them.
    whisper_hotwords: str = ""
    whisper_initial_prompt: str = ""
    # Within one speaker's turn, a silence this long starts a new utterance.
    asr_pause_split_s: float = Field(1.5, gt=0)
    # Mono recordings: pauses this long may be a change of speaker (pieces
    # are cut there, given roles, and pieces of one speaker joined again).
    asr_mono_pause_split_s: float = Field(0.2, gt=0)
    # An utterance is marked low_confidence when its decoder window's average
    # log-probability is below asr_low_logprob, its words' mean probability
    # is below asr_low_word_prob, or the window's no-speech probability is
    # above asr_high_no_speech while its words are middling.
    asr_low_logprob: float = -1.0
    # The second listen: before findings are stored, the utterances behind at
    # most second_listen_max candidate findings of a call (0: off) are decoded
    # again with this much more audio either side, this beam and temperature
    # fallback; a finding the second reading no longer supports is dropped
    # (when that reading is confident) or marked needs_listening.
    second_listen_max: int = Field(8, ge=0)
    second_listen_pad_s: float = Field(0.5, ge=0, le=3)
    second_listen_beam_size: int = Field(5, ge=1, le=10)
    # Decode an identity answer with the agent's question (and the callee's
    # name) as Whisper's prompt. Off: on the sample calls' short replies it
    # heard 12 of 16 yes answers against 14 without, and once repeated the
    # question instead of the answer (python -m bench.identity_prompt).
    second_listen_question_prompt: bool = False
    asr_low_word_prob: float = Field(0.4, ge=0, le=1)
    asr_high_no_speech: float = Field(0.6, ge=0, le=1)
    # Recordings bigger or longer than this are refused. The length is read from the
    # container header before decoding; decoding stops at audio_max_decoded_samples
    # (16 kHz float32, all channels: the default, 2 h of stereo, is 920 MB).
    audio_max_bytes: int = Field(500 * 1024 * 1024, ge=1)
    audio_max_seconds: float = Field(2 * 3600, gt=0)
    audio_max_decoded_samples: int = Field(2 * 3600 * 16000 * 2, ge=16000)

    # Storage and processing
    data_dir: Path = REPO_ROOT / "data"
    database_url: str | None = None  # default: sqlite:///<data_dir>/qa.sqlite3
    max_upload_bytes: int = Field(200 * 1024 * 1024, ge=1)
    # Bounds on everything else a request may carry (413/422 name the setting).
    max_json_body_bytes: int = Field(5 * 1024 * 1024, ge=1024)  # transcripts, rule tests, forms
    max_transcript_utterances: int = Field(5000, ge=1)
    max_utterance_chars: int = Field(5000, ge=1)
    # Folders whose recordings workers may read (batch audit, Celery jobs).
    # Empty: <data_dir>/recordings, <data_dir>/incoming and QA_AUDIT_SCHEDULE_PATH;
    # a local `qa-pipeline audit DIR` adds DIR (or the manifest's folder).
    # Paths are resolved (symlinks followed) before the check.
    recording_roots: list[Path] = Field(default_factory=list)
    # A review-page session with no request for this long ends (it ends at sign-out in any case).
    session_idle_seconds: int = Field(1800, ge=60)
    # Sign-in and API-key failures: after auth_max_failures from one address within the
    # window, that address is locked out (429) for auth_lockout_seconds.
    auth_max_failures: int = Field(10, ge=1)
    auth_failure_window_seconds: int = Field(300, ge=1)
    auth_lockout_seconds: int = Field(900, ge=1)
    # Passwords of named reviewer accounts (`qa-pipeline users`): at least this many characters,
    # never containing the user name; hashed with scrypt at this cost (N = 2**password_scrypt_log2_n;
    # stored with each hash, so raising it affects passwords set from then on).
    password_min_length: int = Field(12, ge=8, le=1024)
    password_scrypt_log2_n: int = Field(15, ge=14, le=20)
    # A user whose password was wrong user_max_failures times in a row (from any address) cannot sign
    # in for user_lockout_seconds; the right password ends the count.
    user_max_failures: int = Field(10, ge=1)
    user_lockout_seconds: int = Field(900, ge=1)
    # Who processes uploaded recordings: a thread pool inside the API process
    # ("inprocess"), or workers started elsewhere ("external": batch, Celery).
    worker: Literal["inprocess", "external"] = "inprocess"
    worker_threads: int = Field(1, ge=1, le=32)
    # A call left "processing" this long (a worker died) may be claimed again.
    stale_processing_seconds: int = Field(1800, ge=1)
    # Contact ledger: a recorded call whose metadata gives the dialled `number`
    # is the attempt to that number dialled this close to its start (when
    # neither its `attempt_id` nor an attempt's `call_id` links them), and the
    # largest ledger file `qa-pipeline contacts import` / POST /v1/contacts takes.
    contact_link_seconds: int = Field(120, ge=0, le=3600)
    contacts_max_bytes: int = Field(20 * 1024 * 1024, ge=1)
    # A call whose processing failed (or whose worker died) this many times goes to `dead_letter`:
    # no worker picks it up again until an admin re-queues it.
    max_processing_attempts: int = Field(3, ge=1, le=100)
    # Retention (`qa-pipeline db retention`), counted from the start of each call: recording files are
    # deleted after retention_recording_days (at least 730: two years), and the call with its
    # transcript, findings and reviews after retention_call_days (no shorter than the recordings').
    retention_recording_days: int = Field(MIN_RECORDING_RETENTION_DAYS, le=36500)
    retention_call_days: int = Field(3 * 365, le=36500)
    # The in-process worker's sweeper: this often it re-submits queued calls nobody is working
    # on (after a crash, a restart, a full disk) and processing calls whose claim went stale.
    sweep_interval_seconds: float = Field(60, gt=0)
    # `qa-pipeline serve`: server processes (uvicorn workers) on one port; each holds its own rule
    # pack and in-process worker. A pack reload in one (POST /v1/rules/reload, the rules page) is
    # taken up by every process on the same store within pack_follow_seconds (0: at every use).
    serve_workers: int = Field(1, ge=1, le=64)
    pack_follow_seconds: float = Field(5, ge=0, le=3600)
    # /healthz says "degraded" below this much free space in the data folder, or when the
    # oldest queued call has waited longer than health_max_queue_age_seconds.
    health_min_free_bytes: int = Field(1024 ** 3, ge=0)
    health_max_queue_age_seconds: int = Field(900, ge=1)
    # The call search page counts the calls found up to this many, then says "N+": an exact count
    # of a common word reads every utterance (1M findings: 300 ms and more, `make bench`).
    search_count_max: int = Field(1000, ge=1)
    # Opening a call on the review pages claims it for its reviewer this long; others see who holds it.
    review_claim_minutes: int = Field(15, ge=1, le=24 * 60)
    # Assignment: the most calls one request (or one round-robin run) assigns.
    assign_max_calls: int = Field(1000, ge=1, le=100_000)
    # Appeals (申诉) against a confirmed finding are taken this many days after the confirmation.
    appeal_window_days: int = Field(7, ge=1, le=365)
    # Where the review pages are reached from outside (links in alerts and audit reports), e.g.
    # https://qa.example.com.
    public_base_url: str = "http://127.0.0.1:8000"
    # The language of the audit's HTML report: zh (simplified Chinese) or en (`domain.labels.Language`).
    report_language: Literal["zh", "en"] = "zh"
    # Alerts: findings of at least this severity are posted (JSON, signed with HMAC-SHA256 of
    # "<timestamp>.<body>" in X-QA-Signature) to this URL as they are stored; empty URL: no alerts.
    # Each post waits at most alert_timeout_seconds and is tried alert_attempts times in all.
    alert_webhook_url: str = ""
    alert_webhook_secret: str = ""
    alert_min_severity: Literal["info", "low", "medium", "high", "critical"] = "critical"
    alert_timeout_seconds: float = Field(5.0, gt=0, le=60)
    alert_attempts: int = Field(3, ge=1, le=10)
    # QA programme: the longest date range a scorecard or rates report covers, the most calls one
    # sampling plan draws, and the most findings one XLSX export holds (CSV streams without a limit).
    report_max_days: int = Field(366, ge=1, le=3660)
    sample_max_calls: int = Field(1000, ge=1, le=100_000)
    export_xlsx_max_rows: int = Field(200_000, ge=1, le=1_048_575)
    # Batch audit: database work that fails because the database does not answer (a restart,
    # a lost connection) is tried again with backoff for this long before the recording is
    # reported "database unavailable" (never "refused": nothing is wrong with the recording).
    db_retry_seconds: float = Field(120, ge=0, le=3600)
    # A PostgreSQL server on which the tests and the bench create scratch databases.
    postgres_server_url: str = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
    broker_url: str = "redis://127.0.0.1:6379/0"

    # Sentence embeddings (semantic matching): vectors are kept in this local
    # SQLite file, so nothing is embedded twice (empty: no file, embed every time).
    embedding_cache: Path | None = _default_cache() / "embeddings.sqlite3"
    embedding_cache_max_rows: int = Field(200_000, ge=1000)  # 1.5 KiB each
    embedding_threads: int = Field(0, ge=0, le=64)  # 0: the engine's default

    # Batch audit (`qa-pipeline audit`) and its Celery workers (`qa-pipeline worker`).
    # Local worker processes; 0: one per CPU, at most 8.
    audit_workers: int = Field(0, ge=0, le=64)
    audit_reports_dir: Path | None = None  # default: <data_dir>/reports
    result_backend: str | None = None  # Celery results; default: the broker's Redis
    celery_queue: str = "qa-audit"
    # Prepended to every Redis key Celery uses, so set-ups can share one Redis.
    broker_key_prefix: str = ""
    # A job whose worker vanished (the whole machine, not just one process) is
    # handed out again after this long: keep it above the longest job.
    broker_visibility_timeout: int = Field(3600, ge=1)
    # Celery beat, opt-in: audit this folder or manifest on this cron schedule
    # ("minute hour day month weekday", callee-local dates from `since_days` ago).
    audit_schedule: str = ""
    audit_schedule_path: str = ""
    audit_schedule_since_days: int = Field(1, ge=0)

    @field_validator("whisper_model")
    @classmethod
    def _model_not_empty(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("QA_WHISPER_MODEL must be a model folder or a faster-whisper model name")
        return value

    @field_validator("retention_recording_days")
    @classmethod
    def _recordings_kept_two_years(cls, value: int) -> int:
        if value < MIN_RECORDING_RETENTION_DAYS:
            raise ValueError(f"{value} days is too short: recordings must be kept at least "
                             f"{MIN_RECORDING_RETENTION_DAYS} days (2 years)")
        return value

    @model_validator(mode="after")
    def _calls_kept_as_long_as_recordings(self) -> Settings:
        if self.retention_call_days < self.retention_recording_days:
            raise ValueError(f"QA_RETENTION_CALL_DAYS ({self.retention_call_days}) must be at least "
                             f"QA_RETENTION_RECORDING_DAYS ({self.retention_recording_days}): a call's transcript "
                             "and findings are kept as long as its recording")
        return self

    @field_validator("alert_webhook_url", "public_base_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        value = value.strip()
        if value and not value.startswith(("http://", "https://")):
            raise ValueError("must be an http:// or https:// URL")
        return value.rstrip("/")

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'qa.sqlite3'}"

    @property
    def recordings_dir(self) -> Path:
        """Uploaded recordings, stored by content hash."""
        return self.data_dir / "recordings"

    @property
    def effective_recording_roots(self) -> list[Path]:
        """The folders workers may read recordings from (see `recording_roots`)."""
        if self.recording_roots:
            return list(self.recording_roots)
        roots = [self.data_dir / "recordings", self.data_dir / "incoming"]
        if self.audit_schedule_path:
            schedule = Path(self.audit_schedule_path)
            roots.append(schedule if not schedule.suffix else schedule.parent)
        return roots

    def with_recording_root(self, folder: Path) -> Settings:
        """These settings, with `folder` added to the recording roots."""
        return self.model_copy(update={"recording_roots": [*self.effective_recording_roots, folder]})

    @property
    def effective_lexicons_dir(self) -> Path:
        return self.lexicons_dir or REPO_ROOT / "lexicons"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
