"""Access-log masking: query strings carry search terms and ids (`?external_id=13812345678`).

uvicorn logs each request on the `uvicorn.access` logger with the path and
query string as an argument; this filter masks phone, ID-card and bank-card
numbers in every argument (last four kept) before the line is written.
"""

from __future__ import annotations

import logging
from urllib.parse import unquote

from qa_pipeline.text.pii import mask_text

ACCESS_LOGGER = "uvicorn.access"


class MaskingAccessFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(_mask_arg(a) for a in record.args)
        elif isinstance(record.msg, str):
            record.msg = mask_text(record.msg)
        return True


def _mask_arg(value: object) -> object:
    if not isinstance(value, str):
        return value
    decoded = unquote(value)  # %E4%B8%80... or %2C separators hide nothing
    masked = mask_text(decoded)
    return masked if masked != decoded else value


def install() -> None:
    """Add the filter to uvicorn's access logger, once."""
    logger = logging.getLogger(ACCESS_LOGGER)
    if not any(isinstance(f, MaskingAccessFilter) for f in logger.filters):
        logger.addFilter(MaskingAccessFilter())
