"""Time zones and offsets: the one definition of what the contracts accept.

Every call time carries a UTC offset, and every time zone is an IANA name;
transcripts, sidecars, uploads, rule-pack settings and rule examples all
validate through these.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator

# The longest IANA name is 32 characters (America/Argentina/ComodRivadavia).
MAX_TIMEZONE_LENGTH = 64


@lru_cache(maxsize=256)
def zone(name: str) -> ZoneInfo:
    """The time zone of an IANA name; ValueError naming it if there is none."""
    if not name or len(name) > MAX_TIMEZONE_LENGTH:
        raise ValueError(f"unknown IANA timezone {name[:MAX_TIMEZONE_LENGTH]!r}")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: "Asia" is a folder of zones
        raise ValueError(f"unknown IANA timezone {name!r}") from None


def check_timezone(name: str) -> str:
    zone(name)
    return name


def require_offset(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("must carry a UTC offset or Z, e.g. 2026-03-02T10:05:00+08:00")
    return value


TimezoneName = Annotated[str, AfterValidator(check_timezone)]
OffsetDateTime = Annotated[datetime, AfterValidator(require_offset)]
