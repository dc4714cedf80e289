"""Cells for CSV files that people open in spreadsheet programs.

A cell that starts with =, +, -, @ (or their full-width forms, which some
programs convert), a tab or a carriage return can run as a formula
(`=HYPERLINK(...)`, `=cmd|...`): such a cell gets a leading apostrophe, so it is
shown as the text it is. Every piece after an embedded CR, LF or tab is
neutralised as well: a program that splits rows or cells on those ("a-9\r=1+1")
must not find a formula at the start of the next one. Transcript text, agent
ids and reviewer comments all come from outside, so every text cell goes
through `cell`.
"""

from __future__ import annotations

import re

FORMULA_STARTS = frozenset("=+-@\t\r\n＝＋－＠")
_BREAKS = re.compile(r"([\r\n\t])")


def _runs(piece: str) -> bool:
    stripped = piece.lstrip(" \u3000")
    return bool(stripped) and stripped[0] in FORMULA_STARTS


def cell(value: object) -> str:
    """A value as a CSV cell that a spreadsheet shows as text, never runs."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    pieces = _BREAKS.split(text)  # text, break, text, break, ...
    safe = "".join("'" + piece if i >= 2 and i % 2 == 0 and _runs(piece) else piece
                   for i, piece in enumerate(pieces))
    return "'" + safe if _runs(text) else safe
