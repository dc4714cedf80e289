"""Types of the compiled kernels (qa_pipeline/text/_kernels.pyx)."""

from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt

_Hit = TypeVar("_Hit", bound=tuple[Any, ...])

def collect_hits(
    automaton: Any, codes: str, joined: str, starts: list[int], total: int, hit_type: type[_Hit]
) -> list[dict[str, list[_Hit]]]: ...
def cut_block(block: str, freq: dict[str, int], logtotal: float, offset: int, spans: list[tuple[int, int]]) -> None: ...
def map_chars(text: str, table: npt.NDArray[np.uint32], wide: dict[int, int]) -> str: ...
