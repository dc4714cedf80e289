from __future__ import annotations

from datetime import date, datetime, time
from typing import Annotated, Literal
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from api.deps import Admin, Reader, Reporter, ScannerDep, SessionDep, SettingsDep
from api.errors import FieldError
from api.schemas import (
    PackOut,
    ReloadOut,
    ReviewedHitOut,
    RuleOut,
    RulePrecisionOut,
    RulePrecisionReport,
    RulesOut,
    RuleTestIn,
    RuleTestOut,
    error_responses,
)
from qa_pipeline import jobs
from qa_pipeline.domain.review import ReviewState
from qa_pipeline.domain.transcript import Transcript, Utterance
from qa_pipeline.engine import Scanner
from qa_pipeline.errors import QAInputError, RulePackError
from qa_pipeline.store import repository as repo
from qa_pipeline.store.feedback import reviewed_hits, rule_precision
from qa_pipeline.text.pii import mask_json, mask_text

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


@router.post("/reload", response_model=ReloadOut, responses=error_responses(422))
def reload_rules(request: Request, key: Admin) -> ReloadOut | JSONResponse:
    """Load the configured rule pack from disk again and use it for new requests and new jobs (admin).

    A pack that does not load is refused with 422 naming the file (`file`) and field (`field`); the
    loaded pack stays in use. Audited (`rules.reload`, with the old and new versions); the other server
    processes on this database take the new pack up from their own disk within `QA_PACK_FOLLOW_SECONDS`.
    """
    try:
        swap = request.app.state.loaded_pack.reload(request.app.state.session_factory, actor=key.name,
                                                    api_key_id=key.key_id, via="api")
    except RulePackError as exc:
        return JSONResponse({"detail": f"the rule pack was not reloaded; the loaded one stays in use: {exc}",
                             "field": exc.field, "file": exc.source}, status_code=422)
    pack = swap.new.pack
    return ReloadOut(old_version=swap.old.pack.version, new_version=pack.version, name=pack.name,
                     rules=len(pack.rules))


@router.post("/test", response_model=RuleTestOut)
def test_rules(body: RuleTestIn, scanner: ScannerDep, settings: SettingsDep, session: SessionDep,
               key: Reader) -> RuleTestOut:
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
            jobs.check_storable(transcript.model_dump(), "body")
            jobs.check_started_at(transcript, "body")
            jobs.check_transcript_bounds(transcript, settings, "body")
        except QAInputError as exc:
            raise FieldError(422, f"transcript.{exc.field}", f"transcript.{exc.field}: {exc.message}") from None
    else:
        if body.text and len(body.text) > settings.max_utterance_chars:
            raise FieldError(422, "text", f"text: {len(body.text)} characters, over the limit of "
                                          f"{settings.max_utterance_chars} (QA_MAX_UTTERANCE_CHARS)")
        transcript = text_transcript(scanner, body.text or "", body.speaker)
    repo.audit(session, "rules.test", "rule_pack", pack.version, actor=key.name, api_key_id=key.key_id,
               rule_ids=body.rule_ids or [])
    session.commit()
    findings = [f.to_json() for f in scanner.scan(transcript).findings
                if not body.rule_ids or f.rule_id in body.rule_ids]
    return RuleTestOut(pack_name=pack.name, pack_version=pack.version,
                       findings=findings if key.sees_pii else mask_json(findings))


@router.get("/precision", response_model=RulePrecisionReport)
def precision(session: SessionDep, key: Reporter,
              since: Annotated[date | None, Query(description="Only calls from this local date on.")] = None,
              rule_id: Annotated[str | None, Query(max_length=200,
                                                   description="Dismissed hits of this rule only.")] = None,
              limit: Annotated[int, Query(ge=1, le=500, description="At most this many dismissed hits.")] = 50,
              ) -> RulePrecisionReport:
    """Per rule, what reviewers decided: confirmed, dismissed, open and the
    precision that gives (worst first), with the newest dismissed hits."""
    rows = [RulePrecisionOut(rule_id=r.rule_id, category=r.category, confirmed=r.confirmed, dismissed=r.dismissed,
                             open=r.open, precision=r.precision) for r in rule_precision(session, since)]
    hits = reviewed_hits(session, rule_id=rule_id, decision=ReviewState.dismissed, since=since, limit=limit)
    repo.audit(session, "rules.precision", "rule_pack", rule_id or "*", actor=key.name, api_key_id=key.key_id,
               dismissed_hits=len(hits))  # the hits quote what callees and agents said
    session.commit()
    dismissed = [ReviewedHitOut(rule_id=h.rule_id, finding_id=h.finding_id, call=h.call, decision=h.decision.value,
                                text=h.text if key.sees_pii else mask_text(h.text),
                                comment=h.comment if key.sees_pii else mask_text(h.comment)) for h in hits]
    return RulePrecisionReport(rules=rows, dismissed=dismissed)
