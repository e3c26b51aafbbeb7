"""Dead letters: a message that could not be processed, with where and why, and the original payload once.

The payload is stored in exactly one form (``payload_stored``):

- ``text``: ``payload_text`` holds it (the bytes were valid UTF-8);
- ``base64``: ``payload_b64`` holds it (they were not);
- ``reference``: neither; it was larger than the inline limit, and ``topic``/``partition``/``offset`` point
  at the original record (readable while the source topic retains it).

``payload_size`` and ``payload_sha256`` always describe the original bytes, so a re-read copy can be checked.
Letters written before this layout (both ``payload_b64`` and ``payload_text``) are read as ``text``/``base64``.
"""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import datetime
from typing import Any, Literal

from pydantic import Field, model_validator

from pipeline.models.exceptions import PayloadNotStoredError
from pipeline.models.record import VersionedRecord, utcnow

# used when the caller does not pass limits.dead_letter_max_payload_bytes (same default); keeps a letter under
# 1 MB, the broker default max.message.bytes of a dead-letter topic created before kafka.max_message_bytes
DEFAULT_MAX_INLINE_BYTES = 786_432

PayloadStored = Literal["text", "base64", "reference"]


class DeadLetter(VersionedRecord):
    stage: str
    reason: str
    error_type: str
    topic: str | None = None
    partition: int | None = None
    offset: int | None = None
    key: str | None = None
    article_id: str | None = None
    payload_stored: PayloadStored
    payload_text: str | None = None
    payload_b64: str | None = None
    payload_size: int = Field(ge=0)
    payload_sha256: str = Field(pattern="^[0-9a-f]{64}$")
    failed_at: datetime = Field(default_factory=utcnow)

    @model_validator(mode="before")
    @classmethod
    def _legacy_layout(cls, data: Any) -> Any:
        """A letter from before ``payload_stored`` (base64 always, text too when UTF-8): keep one form."""
        if not isinstance(data, dict) or "payload_stored" in data or data.get("payload_b64") is None:
            return data
        raw = base64.b64decode(data["payload_b64"])
        return {**data, **_inline(raw)}

    @model_validator(mode="after")
    def _one_form(self) -> DeadLetter:
        forms = {"text": self.payload_text, "base64": self.payload_b64}
        for name, value in forms.items():
            if (value is not None) != (self.payload_stored == name):
                state = "set" if value is not None else "unset"
                raise ValueError(f"payload_stored={self.payload_stored} but payload_{name} is {state}")
        if self.payload_stored == "reference" and (self.topic is None or self.partition is None or self.offset is None):
            raise ValueError("a payload stored by reference needs topic, partition and offset")
        return self

    @classmethod
    def for_payload(
        cls, payload: bytes | None, *, max_payload_bytes: int | None = None, **fields: object
    ) -> DeadLetter:
        """A letter for ``payload``: inline up to ``max_payload_bytes``, else by reference to topic/partition/offset.

        Without a position to refer to, the payload is kept inline whatever its size.
        """
        raw = payload or b""
        limit = DEFAULT_MAX_INLINE_BYTES if max_payload_bytes is None else max_payload_bytes
        positioned = all(fields.get(name) is not None for name in ("topic", "partition", "offset"))
        stored = _inline(raw)
        if positioned and max(len(raw), _stored_size(stored)) > limit:
            stored = {"payload_stored": "reference", **_digest(raw)}
        return cls(**stored, **fields)

    @property
    def by_reference(self) -> bool:
        return self.payload_stored == "reference"

    @property
    def position(self) -> str | None:
        """Where the original record is: ``topic[partition]@offset``."""
        if self.topic is None or self.partition is None or self.offset is None:
            return None
        return f"{self.topic}[{self.partition}]@{self.offset}"

    def payload(self) -> bytes:
        """The original bytes; :class:`PayloadNotStoredError` for a letter stored by reference."""
        if self.payload_text is not None:
            return self.payload_text.encode("utf-8")
        if self.payload_b64 is not None:
            return base64.b64decode(self.payload_b64)
        raise PayloadNotStoredError(
            f"payload ({self.payload_size} bytes) stored by reference to {self.position}; read it from there"
        )

    def matches(self, raw: bytes) -> bool:
        """True when ``raw`` is the original payload (size and sha256)."""
        return len(raw) == self.payload_size and hashlib.sha256(raw).hexdigest() == self.payload_sha256


def _digest(raw: bytes) -> dict[str, object]:
    return {"payload_size": len(raw), "payload_sha256": hashlib.sha256(raw).hexdigest()}


def _stored_size(stored: dict[str, object]) -> int:
    """Bytes the inline form takes in the letter's JSON (text is escaped: quotes, control characters)."""
    text, b64 = stored.get("payload_text"), stored.get("payload_b64")
    if isinstance(text, str):
        return len(json.dumps(text, ensure_ascii=False).encode("utf-8"))
    return len(b64) if isinstance(b64, str) else 0


def _inline(raw: bytes) -> dict[str, object]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return {"payload_stored": "base64", "payload_b64": base64.b64encode(raw).decode("ascii"),
                "payload_text": None, **_digest(raw)}
    return {"payload_stored": "text", "payload_text": text, "payload_b64": None, **_digest(raw)}
