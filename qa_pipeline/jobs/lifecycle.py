"""An admin's hand in a call's lifecycle: re-queueing a call out of dead_letter."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from qa_pipeline.store import repository as repo
from qa_pipeline.store.models import Call, CallStatus


class CallStateConflict(ValueError):
    """An action that does not apply to the call's current status."""

    def __init__(self, call_id: int, status: CallStatus, action: str) -> None:
        self.call_id = call_id
        self.status = status
        super().__init__(f"call {call_id} is {status.value}; {action}")


def requeue_call(session: Session, call_id: int, *, actor: str, api_key_id: int | None = None) -> Call:
    """Put a dead-letter call back in the queue with its attempts reset (audited); the caller commits.

    Raises NotFound, or CallStateConflict when the call is not in dead_letter.
    """
    call = repo.get_call(session, call_id)
    changed = session.execute(update(Call).where(Call.id == call_id, Call.status == CallStatus.dead_letter)
                              .values(status=CallStatus.queued, attempts=0, claimed_at=None)
                              .execution_options(synchronize_session=False))
    if repo.rows_changed(changed) != 1:
        session.refresh(call, ["status"])
        raise CallStateConflict(call_id, call.status, "only a call in dead_letter is re-queued")
    repo.audit(session, "call.requeue", "call", call_id, actor=actor, api_key_id=api_key_id,
               previous_status=CallStatus.dead_letter, previous_error=call.error)
    session.refresh(call)
    return call
