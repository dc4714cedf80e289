"""Character-for-character text mapping at C speed.

`str.translate` with a dict costs a dictionary look-up per character; a
table over the code points of the Basic Multilingual Plane, walked by a
compiled loop (qa_pipeline/_kernels.pyx), costs an array read. Used for the
character-by-character traditional -> simplified table and for the phonetic
(pinyin) coding of every call.
"""

from __future__ import annotations

import numpy as np

from qa_pipeline.text._kernels import map_chars

_BMP = 0x10000


class CharMap:
    """Maps single characters to single characters (Basic Multilingual Plane)."""

    def __init__(self, mapping: dict[int, int]) -> None:
        self._dict = dict(mapping.items())
        table = np.arange(_BMP, dtype=np.uint32)
        for source, target in mapping.items():
            if source < _BMP:
                table[source] = target
        self._table = table
        self._wide = {k: v for k, v in mapping.items() if k >= _BMP}  # outside the BMP: rare

    def __call__(self, text: str) -> str:
        return map_chars(text, self._table, self._wide)
