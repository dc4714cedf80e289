from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, status

from api.deps import Admin, SessionDep
from api.errors import FieldError
from api.schemas import KeyCreated, KeyIn, KeyOut, error_responses, key_out
from qa_pipeline.store import repository as repo

router = APIRouter(prefix="/v1/keys", tags=["keys"], responses=error_responses(401, 403, 422))

KeyId = Annotated[int, Path(ge=1, le=2**63 - 1)]


@router.get("", response_model=list[KeyOut])
def list_keys(session: SessionDep, key: Admin) -> list[KeyOut]:
    """Every API key (never the secrets)."""
    return [key_out(k) for k in repo.list_api_keys(session)]


@router.post("", status_code=status.HTTP_201_CREATED, response_model=KeyCreated, responses=error_responses(409))
def create_key(body: KeyIn, session: SessionDep, key: Admin) -> KeyCreated:
    """Create a key. The secret is in this response only; the store keeps its hash."""
    try:
        new, secret = repo.create_api_key(session, body.name, body.role)
    except ValueError as exc:
        raise FieldError(409, "name", str(exc)) from None
    repo.audit(session, "key.create", "api_key", new.id, actor=key.name, api_key_id=key.key_id,
               name=new.name, role=new.role)
    session.commit()
    return KeyCreated(**key_out(new).model_dump(), key=secret)


@router.delete("/{key_id}", response_model=KeyOut, responses=error_responses(404, 409))
def revoke_key(key_id: KeyId, session: SessionDep, key: Admin) -> KeyOut:
    """Revoke a key; requests made with it are refused from now on. A key cannot revoke itself."""
    if key_id == key.key_id:
        raise FieldError(409, "key_id", "this is the key making the request; revoke it with another admin key")
    revoked = repo.revoke_api_key(session, key_id)
    repo.audit(session, "key.revoke", "api_key", key_id, actor=key.name, api_key_id=key.key_id)
    session.commit()
    return key_out(revoked)
