from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import (
    APIRouter,
    File,
    Form,
    HTTPException,
    Path,
    Query,
    Request,
    Response,
    UploadFile,
    status,
)
from fastapi.responses import FileResponse

from api.deps import Admin, Eraser, Reader, ScannerDep, SessionDep, SettingsDep, Uploader
from api.errors import FieldError
from api.routers.findings import CategoryName
from api.schemas import (
    CallDetail,
    CallPage,
    CallSummary,
    ErasedOut,
    MetadataConflictOut,
    RescanHistory,
    UploadAccepted,
    call_detail,
    call_summary,
    error_responses,
)
from qa_pipeline import jobs
from qa_pipeline.domain.transcript import Transcript
from qa_pipeline.errors import QAInputError
from qa_pipeline.store import repository as repo
from qa_pipeline.store.models import CallStatus
from qa_pipeline.text.pii import mask_text

router = APIRouter(prefix="/v1/calls", tags=["calls"], responses=error_responses(401, 403, 422))

MAX_ID = 2**63 - 1
CallId = Annotated[int, Path(ge=1, le=MAX_ID, description="The call's id (from upload or listing).")]
Text = Annotated[str, Query(max_length=200, pattern=r"^[^\x00-\x1f]*$")]


@router.post("", status_code=status.HTTP_202_ACCEPTED, response_model=UploadAccepted,
             responses={200: {"model": UploadAccepted, "description": "The same recording was stored before."},
                        409: {"model": MetadataConflictOut,
                              "description": "The same recording was stored before with other metadata."},
                        **error_responses(400, 413, 415)})
def upload_call(
    request: Request,
    response: Response,
    key: Uploader,
    settings: SettingsDep,
    scanner: ScannerDep,
    audio: Annotated[UploadFile, File(description="The recording: wav, flac, mp3, ogg or m4a.")],
    metadata: Annotated[str, Form(description=(
        "Call metadata JSON: the transcript fields without `utterances`. `started_at` (ISO 8601 with "
        "offset) is required; `call_id` defaults to the file name without extension."))],
) -> UploadAccepted:
    """Upload a recording for transcription and scanning (processed in the background).

    The recording is identified by its content: the same file uploaded twice is
    one call (200, nothing changes). The same file with other metadata is refused
    (409, naming the differing `fields` and the stored `call_id`). Poll
    `GET /v1/calls/{id}` for the status.
    """
    filename = jobs.check_filename(audio.filename)
    meta = jobs.parse_upload_metadata(metadata, filename)
    accepted = jobs.accept_recording(
        request.app.state.session_factory, settings, audio.file, filename, meta,
        default_timezone=scanner.pack.settings.default_timezone, actor=key.name, api_key_id=key.key_id)
    worker = request.app.state.worker
    if accepted.queued and worker is not None:
        worker.submit(accepted.call_id)
    if not (accepted.created or accepted.queued):
        response.status_code = status.HTTP_200_OK
    return UploadAccepted(id=accepted.call_id, status=accepted.status, created=accepted.created,
                          url=f"/v1/calls/{accepted.call_id}")


@router.post("/transcripts", status_code=status.HTTP_201_CREATED, response_model=CallDetail,
             responses={200: {"model": CallDetail, "description": "The same transcript was stored before."}})
def submit_transcript(request: Request, response: Response, transcript: Transcript, key: Uploader,
                      settings: SettingsDep, scanner: ScannerDep, session: SessionDep) -> CallDetail:
    """Submit a transcript (Transcript JSON); it is scanned at once and the call returned with its findings."""
    try:
        jobs.check_storable(transcript.model_dump(), "body")
        jobs.check_started_at(transcript, "body")
        jobs.check_transcript_bounds(transcript, settings, "body")
    except QAInputError as exc:
        raise FieldError(422, exc.field, f"{exc.field}: {exc.message}") from None
    accepted = jobs.accept_transcript(request.app.state.session_factory, transcript, scanner=scanner,
                                            settings=settings, actor=key.name, api_key_id=key.key_id)
    if not accepted.created:
        response.status_code = status.HTTP_200_OK
    return call_detail(repo.get_call(session, accepted.call_id, full=True), mask=not key.sees_pii)


@router.get("", response_model=CallPage)
def list_calls(
    session: SessionDep,
    key: Reader,
    status_: Annotated[list[CallStatus] | None, Query(alias="status")] = None,
    agent_id: Annotated[list[Text] | None, Query()] = None,
    external_id: Annotated[Text | None, Query(description="The metadata `call_id`.")] = None,
    debtor_id: Annotated[Text | None, Query(description="The metadata `debtor_id`.")] = None,
    category: Annotated[list[CategoryName] | None, Query(
        description="Calls with at least one finding in one of these categories.")] = None,
    q: Annotated[str | None, Query(min_length=1, max_length=200, pattern=r"^[^\x00-\x1f]*$", description=(
        "Words said in the call: calls with an utterance containing this text. Calls without findings "
        "are included."))] = None,
    date_from: Annotated[date | None, Query(description="First local call date, inclusive.")] = None,
    date_to: Annotated[date | None, Query(description="Last local call date, inclusive.")] = None,
    cursor: Annotated[str | None, Query(max_length=100)] = None,
    limit: Annotated[int, Query(ge=1, le=repo.MAX_PAGE)] = 50,
) -> CallPage:
    """Calls, newest first, with cursor paging; search by id, agent, debtor, date, status, category and text."""
    check_dates(date_from, date_to)
    flt = repo.CallFilter(status=status_ or (), agent_id=agent_id or (), external_id=external_id,
                          debtor_id=debtor_id, category=category or (), text=q.strip() or None if q else None,
                          date_from=date_from, date_to=date_to)
    page = repo.list_calls(session, flt, cursor, limit)
    return CallPage(items=[call_summary(c, mask=not key.sees_pii) for c in page.items], next_cursor=page.next_cursor)


@router.get("/{call_id}", response_model=CallDetail, responses=error_responses(404))
def get_call(call_id: CallId, session: SessionDep, key: Reader) -> CallDetail:
    """A call: metadata, status (and error), transcript, findings with their reviews."""
    detail = call_detail(repo.get_call(session, call_id, full=True), mask=not key.sees_pii)
    repo.audit(session, "call.view", "call", call_id, actor=key.name, api_key_id=key.key_id, via="api")
    session.commit()
    return detail


@router.get("/{call_id}/audio", response_class=FileResponse,
            responses={200: {"content": {"audio/*": {}}, "description": "The recording."},
                       206: {"content": {"audio/*": {}}, "description": "Part of the recording (Range)."},
                       416: {"description": "The range is outside the recording."},
                       **error_responses(404)})
def get_audio(request: Request, call_id: CallId, session: SessionDep, settings: SettingsDep,
              key: Reader) -> FileResponse:
    """Stream the recording. Supports `Range: bytes=...` for seeking to a flagged moment."""
    call = repo.get_call(session, call_id)
    if call.recording_deleted_at is not None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"the recording of call {call_id} was deleted on "
                                                       f"{call.recording_deleted_at:%Y-%m-%d} (retention policy)")
    if not call.audio_path:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"call {call_id} has no recording (submitted as a transcript)")
    path = (settings.data_dir / call.audio_path).resolve()
    if not path.is_relative_to(settings.recordings_dir.resolve()):
        # Only the recordings store is ever served (never session.key or anything else in the data folder).
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"the recording of call {call_id} is missing from storage")
    if not path.is_file():
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"the recording of call {call_id} is missing from storage")
    requested = request.headers.get("range", "")
    if not requested or requested.replace(" ", "").startswith("bytes=0-"):
        # One entry per listening (a player's later range requests for the same file are not logged).
        repo.audit(session, "call.audio", "call", call_id, actor=key.name, api_key_id=key.key_id)
        session.commit()
    return FileResponse(path, media_type=call.audio_content_type or "application/octet-stream",
                        filename=call.audio_filename if key.sees_pii else mask_text(call.audio_filename or ""),
                        content_disposition_type="inline")


@router.get("/{call_id}/rescans", response_model=RescanHistory, responses=error_responses(404))
def list_rescans(call_id: CallId, session: SessionDep, key: Reader,
                 limit: Annotated[int, Query(ge=1, le=repo.MAX_PAGE)] = 100) -> RescanHistory:
    """The call's re-scans, newest first: pack versions before and after, the findings added, removed and
    kept (`reviewed`: kept with its reviews; `raised`: whether the new pack raises it again)."""
    repo.get_call(session, call_id)  # 404 for an unknown call
    return RescanHistory(items=repo.call_rescans(session, call_id, limit=limit))


@router.post("/{call_id}/requeue", response_model=CallSummary, responses=error_responses(404, 409))
def requeue_call(request: Request, call_id: CallId, session: SessionDep, key: Admin) -> CallSummary:
    """Put a call out of `dead_letter` back in the queue, with its attempts reset (admin; audited).

    409 when the call is in another status.
    """
    call = jobs.requeue_call(session, call_id, actor=key.name, api_key_id=key.key_id)
    session.commit()
    worker = request.app.state.worker
    if worker is not None:
        worker.submit(call_id)
    return call_summary(call, mask=False)


@router.delete("/{call_id}", response_model=ErasedOut, responses=error_responses(404, 409))
def erase_call(call_id: CallId, key: Eraser, settings: SettingsDep, request: Request,
               reason: Annotated[str, Query(min_length=1, max_length=500, pattern=r"^[^\x00-\x1f]*$", description=(
                   "The erasure request this answers (kept in the audit log; no personal data)."))]) -> ErasedOut:
    """Erase a call (PIPL art. 47): its recording file, transcript, findings and reviews (compliance, admin).

    The audit log keeps an entry naming the call's id, the reason and what was deleted.
    409 while a worker is processing the call.
    """
    erased = jobs.erase_call(request.app.state.session_factory, settings, call_id, reason=reason, actor=key.name,
                             api_key_id=key.key_id, source="query")
    return ErasedOut(id=erased.call_id, utterances=erased.utterances, findings=erased.findings,
                     reviews=erased.reviews, recording_deleted=erased.recording_deleted)


def check_dates(date_from: date | None, date_to: date | None) -> None:
    if date_from and date_to and date_from > date_to:
        raise FieldError(422, "date_to", f"date_to {date_to} is before date_from {date_from}")
