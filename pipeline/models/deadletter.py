"""Dead letters: a message that could not be processed, with where and why, and the original bytes."""

from __future__ import annotations

import base64
from datetime import datetime

from pydantic import Field

from pipeline.models.article import Record, utcnow


class DeadLetter(Record):
    stage: str
    reason: str
    error_type: str
    topic: str | None = None
    partition: int | None = None
    offset: int | None = None
    key: str | None = None
    article_id: str | None = None
    payload_b64: str
    payload_text: str | None = None
    failed_at: datetime = Field(default_factory=utcnow)

    @classmethod
    def for_payload(cls, payload: bytes | None, **fields: object) -> DeadLetter:
        raw = payload or b""
        try:
            text: str | None = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = None
        return cls(payload_b64=base64.b64encode(raw).decode("ascii"), payload_text=text, **fields)

    def payload(self) -> bytes:
        return base64.b64decode(self.payload_b64)
