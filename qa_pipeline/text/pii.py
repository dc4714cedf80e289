"""Masking of phone, ID-card and bank-card numbers in text shown to users.

A number is a run of digits (ASCII, full-width, spoken Chinese digits as
ASR writes them: 一三八…, 幺, 两, or financial ones: 壹叁捌…) that may be
split by separators (one or two of: space, tab, NBSP, hyphen, comma, full
stop, 、, ，, parentheses, slash), with an optional trailing X for ID cards.
Letters before the number do not hide it (`tel13812345678`,
`ID110101199003071234`), nor do brackets around an area code
(`(010)12345678`). Runs long enough to be one
of those numbers are masked with `*` except their last four characters:

- mobile phones: 11 digits starting 1[3-9], or 13 with the 86 country code;
- landlines with area code: 10-12 digits starting with 0;
- resident ID cards: 18 characters (17 digits + digit or X), old ones 15;
- bank cards: 16-19 digits.

Shorter runs (amounts, dates, the last four digits a callee reads out) are
left alone. Masking keeps the text's length, so evidence offsets into the
text stay valid.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

MASK = "*"
KEEP_LAST = 4

_CHINESE_DIGITS = {
    "零": "0", "〇": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4",
    "五": "5", "六": "6", "七": "7", "八": "8", "九": "9",
    # financial (大写) digits, simplified and traditional
    "壹": "1", "贰": "2", "貳": "2", "叁": "3", "參": "3", "肆": "4", "伍": "5", "陆": "6", "陸": "6",
    "柒": "7", "捌": "8", "玖": "9",
}
# Same length as the input, so match offsets apply to the original text.
_TO_ASCII = str.maketrans({**_CHINESE_DIGITS, **{chr(0xFF10 + d): str(d) for d in range(10)},
                           "Ｘ": "X", "ｘ": "x", "－": "-", "\u3000": " "})
# What may stand between the digits of one number (at most two in a row).
SEPARATORS = " \t\u00a0-,.、，。()（）/"
_SEP = "[" + re.escape(SEPARATORS) + "]{1,2}"
_RUN = re.compile(rf"(?<![0-9])\d(?:(?:{_SEP})?\d)*(?:(?:{_SEP})?[Xx])?(?![0-9])", re.ASCII)


def _is_sensitive(digits: str) -> bool:
    n = len(digits)
    if digits[-1] in "Xx":
        return n in (15, 18)
    if n == 11 and digits[0] == "1" and digits[1] in "3456789":
        return True
    if n == 13 and digits.startswith("861"):
        return True
    if 10 <= n <= 12 and digits[0] == "0":
        return True
    return n in (15, 18) or 16 <= n <= 19


def mask_text(text: str) -> str:
    """Mask every phone, ID-card or bank-card number in `text` but its last four characters."""
    if not text:
        return text
    ascii_text = text.translate(_TO_ASCII)
    out: list[str] | None = None
    for m in _RUN.finditer(ascii_text):
        chars = [i for i in range(m.start(), m.end()) if ascii_text[i] not in SEPARATORS]
        if not _is_sensitive("".join(ascii_text[i] for i in chars)):
            continue
        if out is None:
            out = list(text)
        for i in chars[:-KEEP_LAST]:
            out[i] = MASK
    return text if out is None else "".join(out)


T = TypeVar("T")


def mask_json(value: T) -> T:
    """Mask every string and integer inside a JSON-like value (dicts, lists, strings, numbers)."""
    return _walk(value, mask_text)


def _walk(value: Any, fn: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, int) and not isinstance(value, bool):
        # "mobile": 13812345678 is a phone number too; masked, it becomes a string.
        shown = fn(str(value))
        return value if shown == str(value) else shown
    if isinstance(value, dict):
        return {k: _walk(v, fn) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_walk(v, fn) for v in value]
    return value
