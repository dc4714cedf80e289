"""`Cache-Control: no-store` on every API answer (/v1: JSON, CSV and audio).

They carry personal data: no browser or proxy cache may keep a copy.
"""

from __future__ import annotations

from typing import Any

API_PREFIX = "/v1/"


class NoStore:
    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(API_PREFIX):
            await self.app(scope, receive, send)
            return

        async def with_header(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"cache-control"]
                headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_header)
