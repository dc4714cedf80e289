"""Alerts: findings of at least `QA_ALERT_MIN_SEVERITY` posted to a webhook as they are stored.

The body is JSON (call, rule, category, severity, flagged text with numbers masked, a link to the
call page); the `X-QA-Signature: t=<unix time>,sha256=<hex>` header is the HMAC-SHA256, keyed with
`QA_ALERT_WEBHOOK_SECRET`, of "<t>.<body>", so a receiver checks where it came from and refuses old
timestamps (replays): see `verify_signature`.

Posts run on a small thread pool after the findings are committed: each waits at most
`QA_ALERT_TIMEOUT_SECONDS` and is tried `QA_ALERT_ATTEMPTS` times; a failure is logged and never
touches the call's processing.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass

from qa_pipeline.config import Settings
from qa_pipeline.domain.findings import SEVERITY_ORDER
from qa_pipeline.store.models import Call, StoredFinding
from qa_pipeline.text.pii import mask_text

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-QA-Signature"
# Posts in flight at once; more wait their turn (the pool's threads are joined at interpreter exit,
# so a CLI run or a worker that stops still delivers what it queued).
_POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="qa-alerts")


@dataclass(frozen=True, slots=True)
class Alert:
    """What a webhook receives about one stored finding."""

    event: str
    call_id: int
    external_call_id: str
    agent_id: str | None
    started_at: str
    finding_id: int
    rule_id: str
    title: str
    category: str
    severity: str
    text: str | None
    start: float | None
    url: str


def alerts_for(call: Call, findings: Sequence[StoredFinding], settings: Settings) -> list[Alert]:
    """Alerts for the findings at or above the configured severity (none without a webhook URL)."""
    if not settings.alert_webhook_url:
        return []
    floor = SEVERITY_ORDER[settings.alert_min_severity]
    return [Alert(event="finding.stored", call_id=call.id, external_call_id=mask_text(call.external_id),
                  agent_id=call.agent_id, started_at=call.started_at.isoformat(), finding_id=f.id,
                  rule_id=f.rule_id, title=f.title, category=f.category, severity=f.severity,
                  text=mask_text(f.text) if f.text else f.text, start=f.start,
                  url=f"{settings.public_base_url}/calls/{call.id}#f-{f.id}")
            for f in findings if SEVERITY_ORDER.get(f.severity, -1) >= floor]


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """The signature header's value for `body` sent at `timestamp` (unix seconds)."""
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},sha256={digest}"


def verify_signature(secret: str, header: str, body: bytes, *, now: float | None = None,
                     tolerance_seconds: int = 300) -> bool:
    """A receiver's check: the header signs this body, and its timestamp is recent."""
    try:
        parts = dict(item.split("=", 1) for item in header.split(","))
        timestamp = int(parts["t"])
    except (KeyError, ValueError):
        return False
    if abs((time.time() if now is None else now) - timestamp) > tolerance_seconds:
        return False
    return hmac.compare_digest(sign(secret, timestamp, body), header.strip())


def post_alert(alert: Alert, settings: Settings) -> bool:
    """Post one alert, retrying network errors and 5xx answers; True when the receiver took it."""
    body = json.dumps(asdict(alert), ensure_ascii=False).encode()
    for attempt in range(1, settings.alert_attempts + 1):
        headers = {"Content-Type": "application/json; charset=utf-8", "User-Agent": "qa-pipeline-alerts",
                   SIGNATURE_HEADER: sign(settings.alert_webhook_secret, int(time.time()), body)}
        request = urllib.request.Request(settings.alert_webhook_url, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=settings.alert_timeout_seconds) as response:
                response.read(1024)
            return True
        except urllib.error.HTTPError as exc:
            if exc.code < 500:
                log.error("alert for finding %s refused by the webhook: HTTP %s", alert.finding_id, exc.code)
                return False
            problem = f"HTTP {exc.code}"
        except (urllib.error.URLError, OSError) as exc:
            problem = str(getattr(exc, "reason", exc))
        log.warning("alert for finding %s: attempt %s of %s failed: %s", alert.finding_id, attempt,
                    settings.alert_attempts, problem)
        if attempt < settings.alert_attempts:
            time.sleep(min(0.5 * 2 ** (attempt - 1), 5.0))
    log.error("alert for finding %s not delivered after %s attempts", alert.finding_id, settings.alert_attempts)
    return False


def send_alerts(call: Call, findings: Sequence[StoredFinding], settings: Settings) -> list[Future[bool]]:
    """Queue the alerts for these just-committed findings and return at once (the futures say how
    each post went). Never raises: an alert that cannot even be queued is logged."""
    try:
        return [_POOL.submit(post_alert, alert, settings) for alert in alerts_for(call, findings, settings)]
    except Exception:
        log.exception("call %s: alerts not sent", call.id)
        return []
