"""Character-for-character text mapping at C speed.

`str.translate` with a dict costs a dictionary look-up per character; for
Chinese text a NumPy table over code points is about 2.5x faster. Used for
full-width folding and for the phonetic (pinyin) coding of every call.
"""

from __future__ import annotations

import numpy as np

_BMP = 0x10000


class CharMap:
    """Maps single characters to single characters (Basic Multilingual Plane)."""

    def __init__(self, mapping: dict[int, int]) -> None:
        self._dict = {k: v for k, v in mapping.items()}
        table = np.arange(_BMP, dtype=np.uint32)
        for source, target in mapping.items():
            if source < _BMP:
                table[source] = target
        self._table = table

    def __call__(self, text: str) -> str:
        if not text:
            return text
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        if codes.max() >= _BMP:  # rare: fall back to the dictionary
            return text.translate(self._dict)
        return self._table[codes].tobytes().decode("utf-32-le")
