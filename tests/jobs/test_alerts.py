"""Alerts: critical findings posted, signed, to a webhook (a real HTTP server here) as they are stored."""

from __future__ import annotations

import json
import logging
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from qa_pipeline import jobs
from qa_pipeline.domain.transcript import parse_transcript
from qa_pipeline.jobs import alerts
from qa_pipeline.store import repository as repo
from qa_pipeline.store.models import CallStatus
from tests.api.helpers import TRANSCRIPT

SECRET = "s3cret-for-tests"


@dataclass
class Receiver:
    """A webhook receiver that checks each post's signature, as a real one would."""

    url: str
    answers: list[int] = field(default_factory=list)   # status codes to answer with, in turn; then 200
    posts: list[tuple[dict, bool]] = field(default_factory=list)  # (body, signature valid)
    attempts: int = 0

    def wait(self, n: int, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while len(self.posts) < n and time.monotonic() < deadline:
            time.sleep(0.05)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    state = Receiver(url="")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            state.attempts += 1
            code = state.answers.pop(0) if state.answers else 200
            if code == 200:
                valid = alerts.verify_signature(SECRET, self.headers.get(alerts.SIGNATURE_HEADER, ""), body)
                state.posts.append((json.loads(body), valid))
            self.send_response(code)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    yield state
    server.shutdown()
    server.server_close()


def _alerting(settings, url: str, **changes):
    return settings.model_copy(update={"alert_webhook_url": url, "alert_webhook_secret": SECRET,
                                       "public_base_url": "https://qa.example.com", **changes})


def test_critical_findings_are_posted_signed_once_they_are_stored(session_factory, settings, receiver):
    settings = _alerting(settings, receiver.url)
    accepted = jobs.accept_transcript(session_factory, parse_transcript(TRANSCRIPT), settings=settings)
    assert accepted.status is CallStatus.done
    with session_factory() as s:
        critical = {f.id: f for f in repo.get_call(s, accepted.call_id, full=True).findings
                    if f.severity == "critical"}
    assert critical, "the transcript threatens violence: a critical finding"
    receiver.wait(len(critical))
    assert len(receiver.posts) == len(critical)
    for body, valid in receiver.posts:
        assert valid
        stored = critical[body["finding_id"]]
        assert body["severity"] == "critical" and body["rule_id"] == stored.rule_id
        assert body["category"] == stored.category and body["call_id"] == accepted.call_id
        assert body["external_call_id"] == "c-001"
        assert body["url"] == f"https://qa.example.com/calls/{accepted.call_id}#f-{stored.id}"
        assert "13812345678" not in body["text"] and "打断你的腿" in body["text"]  # numbers masked


def test_the_minimum_severity_is_a_setting(session_factory, settings, receiver):
    settings = _alerting(settings, receiver.url, alert_min_severity="high")
    accepted = jobs.accept_transcript(session_factory, parse_transcript(TRANSCRIPT), settings=settings)
    with session_factory() as s:
        wanted = {f.id for f in repo.get_call(s, accepted.call_id, full=True).findings
                  if f.severity in ("high", "critical")}
    receiver.wait(len(wanted))
    assert {body["finding_id"] for body, _ in receiver.posts} == wanted
    assert any(body["severity"] == "high" for body, _ in receiver.posts)


def test_a_failing_receiver_is_retried_a_bounded_number_of_times(session_factory, settings, receiver):
    receiver.answers = [503, 502]
    settings = _alerting(settings, receiver.url, alert_attempts=3)
    accepted = jobs.accept_transcript(session_factory, parse_transcript({**TRANSCRIPT, "utterances": [
        TRANSCRIPT["utterances"][0], TRANSCRIPT["utterances"][2]]}), settings=settings)
    assert accepted.status is CallStatus.done
    with session_factory() as s:
        critical = [f for f in repo.get_call(s, accepted.call_id, full=True).findings if f.severity == "critical"]
    receiver.wait(len(critical))
    assert len(receiver.posts) == len(critical) and all(valid for _, valid in receiver.posts)
    assert receiver.attempts == len(critical) + 2  # two 5xx answers, each retried once more


def test_an_unreachable_webhook_never_fails_or_holds_up_the_call(session_factory, settings, caplog):
    settings = _alerting(settings, f"http://127.0.0.1:{_closed_port()}/hook", alert_attempts=2,
                         alert_timeout_seconds=1)
    with caplog.at_level(logging.WARNING, logger="qa_pipeline.jobs.alerts"):
        accepted = jobs.accept_transcript(session_factory, parse_transcript(TRANSCRIPT), settings=settings)
        assert accepted.status is CallStatus.done
        deadline = time.monotonic() + 20
        while "not delivered after 2 attempts" not in caplog.text and time.monotonic() < deadline:
            time.sleep(0.05)
    assert "not delivered after 2 attempts" in caplog.text


def test_a_signature_of_another_body_or_an_old_timestamp_is_refused():
    body = b'{"finding_id": 1}'
    now = int(time.time())
    header = alerts.sign(SECRET, now, body)
    assert alerts.verify_signature(SECRET, header, body)
    assert not alerts.verify_signature(SECRET, header, b'{"finding_id": 2}')
    assert not alerts.verify_signature("other", header, body)
    assert not alerts.verify_signature(SECRET, alerts.sign(SECRET, now - 3600, body), body)  # a replay
    assert not alerts.verify_signature(SECRET, "garbage", body)


def _closed_port() -> int:
    """A local port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
