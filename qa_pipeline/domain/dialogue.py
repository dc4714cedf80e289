"""Where a conversation stands: is the callee the debtor, and have they said so?"""

from __future__ import annotations

import enum


class IdentityStatus(enum.StrEnum):
    """Has the callee confirmed being the debtor (before a given utterance)?"""

    confirmed = "confirmed"
    unconfirmed = "unconfirmed"
    unclear = "unclear"  # answered in words nobody could make out


class CalleeStatus(enum.StrEnum):
    """Who the callee is, as far as the debt may be discussed with them."""

    may_hear_debt = "may_hear_debt"  # the debtor, a co-borrower or a guarantor
    third_party = "third_party"      # anyone else


class DialogueState(enum.StrEnum):
    """The state a finding records: a third party, or the debtor's side with
    identity confirmed, not yet, or answered in words nobody could make out."""

    third_party = "third_party"
    confirmed = "confirmed"
    unconfirmed = "unconfirmed"
    unclear = "unclear"
