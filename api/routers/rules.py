from __future__ import annotations

from datetime import datetime, time
from typing import Literal
from zoneinfo import ZoneInfo

from fastapi import APIRouter

from api.deps import Reader, ScannerDep
from api.errors import FieldError
from api.schemas import (
    PackOut,
    RuleOut,
    RulesOut,
    RuleTestIn,
    RuleTestOut,
    error_responses,
)
from qa_pipeline import jobs
from qa_pipeline.domain.transcript import Transcript, Utterance
from qa_pipeline.engine import Scanner
from qa_pipeline.errors import QAInputError
from qa_pipeline.text.pii import mask_json

router = APIRouter(prefix="/v1/rules", tags=["rules"], responses=error_responses(401, 403, 422, 503))


def text_transcript(scanner: Scanner, text: str, speaker: Literal["agent", "customer"]) -> Transcript:
    """A dry run's text as a call: one utterance of `speaker` at 10:00 local time today, so only what
    is said can raise a flag (the rules page runs the same)."""
    zone = ZoneInfo(scanner.pack.settings.default_timezone)
    started = datetime.combine(datetime.now(zone).date(), time(10), zone)
    return Transcript(call_id="rule-test", started_at=started,
                      utterances=[Utterance(speaker=speaker, start=0.0, end=0.0, text=text)])


@router.get("", response_model=RulesOut)
def list_rules(scanner: ScannerDep, key: Reader) -> RulesOut:
    """The loaded rule packs, their versions and rules."""
    pack = scanner.pack
    rules = [RuleOut(id=r.spec.id, title=r.spec.title, category=r.spec.category, severity=r.spec.severity,
                     description=r.spec.description, references=list(r.spec.references)) for r in pack.rules]
    return RulesOut(packs=[PackOut(name=pack.name, version=pack.version,
                                   jurisdiction=pack.manifest.jurisdiction, rules=rules)])


@router.post("/test", response_model=RuleTestOut)
def test_rules(body: RuleTestIn, scanner: ScannerDep, key: Reader) -> RuleTestOut:
    """Dry-run the loaded rules on a text or a transcript. Nothing is stored.

    A `text` is scanned as one utterance of `speaker` in a call placed at 10:00
    local time today, so only what is said can raise a flag.
    """
    pack = scanner.pack
    if body.rule_ids:
        unknown = sorted(set(body.rule_ids) - {r.id for r in pack.rules})
        if unknown:
            raise FieldError(422, "rule_ids", f"no rule {', '.join(map(repr, unknown))} in pack {pack.name}")
    transcript = body.transcript
    if transcript is not None:
        try:
            jobs.check_started_at(transcript, "body")
        except QAInputError as exc:
            raise FieldError(422, f"transcript.{exc.field}", f"transcript.{exc.field}: {exc.message}") from None
    else:
        transcript = text_transcript(scanner, body.text or "", body.speaker)
    findings = [f.to_json() for f in scanner.scan(transcript).findings
                if not body.rule_ids or f.rule_id in body.rule_ids]
    return RuleTestOut(pack_name=pack.name, pack_version=pack.version,
                       findings=findings if key.sees_pii else mask_json(findings))
