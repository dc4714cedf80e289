"""Links from a report row to the review pages' call list (`/calls`) filtered to that slice."""

from __future__ import annotations

from datetime import date
from urllib.parse import urlencode

from qa_pipeline.store.rates import RateDimension

_PARAM = {RateDimension.agent: "agent_id", RateDimension.team: "team", RateDimension.rule: "rule_id"}


def calls_url(by: RateDimension, key: str | None, date_from: date, date_to: date, *,
              confirmed: bool = False) -> str:
    """The calls behind a row: its agent, team or rule (or day) within the report's dates; `confirmed`
    narrows them to calls with a confirmed finding (of that rule, for a rule row)."""
    if by == RateDimension.day and key:
        params = {"date_from": key, "date_to": key}
    else:
        params = {"date_from": date_from.isoformat(), "date_to": date_to.isoformat()}
        if key is not None:
            params[_PARAM[by]] = key
    params["status"] = "done"
    if confirmed:
        params["finding_state"] = "confirmed"
    return "/calls?" + urlencode(params)
