"""Who a request is made by: an API key (or a review page signed in with one)."""

from __future__ import annotations

from dataclasses import dataclass

from qa_pipeline.store.models import Role


@dataclass(frozen=True, slots=True)
class Principal:
    """The API key a request was made with."""

    key_id: int
    name: str
    role: Role

    @property
    def sees_pii(self) -> bool:
        # QA staff see phone, ID-card and bank-card numbers masked.
        return self.role in (Role.admin, Role.compliance)
