"""Celery over a Redis that asks for a password: the password in `QA_BROKER_URL` reaches both the
broker connection and the result backend, and a wrong one is refused (docs/operations.md)."""

from __future__ import annotations

import pytest
import redis
from kombu.exceptions import OperationalError

from qa_pipeline.audit.celery_app import make_app
from qa_pipeline.config import Settings
from tests.audit.faults import own_redis

pytestmark = pytest.mark.celery


def test_the_broker_password_reaches_the_broker_and_the_results():
    with own_redis(password="s3cret-broker-pass") as (url, _process):
        with pytest.raises(redis.exceptions.AuthenticationError):
            redis.Redis.from_url(url.replace(":s3cret-broker-pass@", ""), socket_timeout=2).set("k", "v")
        app = make_app(Settings(broker_url=url, broker_key_prefix="auth-test:"))
        with app.connection_for_write() as connection:
            connection.ensure_connection(max_retries=1)
            with connection.SimpleQueue("auth-test") as queue:
                queue.put({"hello": "broker"})
                assert queue.get(timeout=5).payload == {"hello": "broker"}
        app.backend.set("auth-test-key", b"stored")
        assert app.backend.get("auth-test-key") == b"stored"

        wrong = make_app(Settings(broker_url=url.replace("s3cret-broker-pass", "wrong-pass")))
        with wrong.connection_for_write() as connection, pytest.raises(OperationalError):
            connection.ensure_connection(max_retries=1)
