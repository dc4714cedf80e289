"""Cells for CSV files that people open in spreadsheet programs.

A cell that starts with =, +, -, @ (or their full-width forms, which some
programs convert), a tab or a carriage return can run as a formula
(`=HYPERLINK(...)`, `=cmd|...`): such a cell gets a leading apostrophe, so it is
shown as the text it is. Transcript text, agent ids and reviewer comments
all come from outside, so every text cell goes through `cell`.
"""

from __future__ import annotations

FORMULA_STARTS = frozenset("=+-@\t\r\n＝＋－＠")


def cell(value: object) -> str:
    """A value as a CSV cell that a spreadsheet shows as text, never runs."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    stripped = text.lstrip(" \u3000")
    if stripped and stripped[0] in FORMULA_STARTS:
        return "'" + text
    return text
