"""Links from a report row to the review pages' call list (`/calls`) filtered to that slice."""

from __future__ import annotations

from datetime import date
from urllib.parse import urlencode

from qa_pipeline.store.rates import RateDimension

_PARAM = {RateDimension.agent: "agent_id", RateDimension.team: "team", RateDimension.rule: "rule_id"}


def calls_url(by: RateDimension, key: str | None, date_from: date, date_to: date, *,
              confirmed: bool = False) -> str | None:
    """The calls behind a row: its agent, team or rule (or day) within the report's dates; `confirmed`
    narrows them to calls with a confirmed finding (of that rule, for a rule row). None for the row of
    calls without an agent or team: the call list cannot filter on a value that is not set."""
    if key is None:
        return None
    if by == RateDimension.day:
        params = {"date_from": key, "date_to": key}
    else:
        params = {"date_from": date_from.isoformat(), "date_to": date_to.isoformat(), _PARAM[by]: key}
    params["status"] = "done"
    if confirmed:
        params["finding_state"] = "confirmed"
    return "/calls?" + urlencode(params)
