"""Who a request is made by: an API key, or a person signed in to the review pages (a named user, or
an API key for machine and admin use)."""

from __future__ import annotations

from dataclasses import dataclass

from qa_pipeline.store.models import ApiKey, Role, User


@dataclass(frozen=True, slots=True)
class Principal:
    """The API key or the user a request was made by. `name` is how reviews, claims, assignments,
    appeals and the audit log name them: the key's name or the user name."""

    key_id: int | None
    name: str
    role: Role
    user_id: int | None = None
    display_name: str = ""

    @classmethod
    def of_key(cls, key: ApiKey) -> Principal:
        return cls(key.id, key.name, key.role)

    @classmethod
    def of_user(cls, user: User) -> Principal:
        return cls(None, user.name, user.role, user_id=user.id, display_name=user.display_name)

    @property
    def sees_pii(self) -> bool:
        # QA staff see phone, ID-card and bank-card numbers masked.
        return self.role in (Role.admin, Role.compliance)
