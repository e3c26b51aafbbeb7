"""The base of every record: immutable, unknown fields ignored, the major ``schema_version`` checked first.

Compatibility rules (rolling upgrades): ``schema_version`` is the major version. Within one major version a
newer build may add optional fields; older readers ignore fields they do not know (``extra="ignore"``), so
producers and consumers can be upgraded one at a time. A breaking change bumps the major version, and a
reader that meets a newer major version refuses the record with a reason saying so (it is dead-lettered).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator, model_validator
from pydantic_core import PydanticCustomError

SCHEMA_VERSION = 1
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


SCHEMA_VERSION_ERROR = "schema_version_unsupported"


def check_schema_version(found: object, reads: int = SCHEMA_VERSION) -> None:
    """Raise a validation error naming the version unless ``found`` is the major version this build reads."""
    if isinstance(found, bool) or not isinstance(found, int) or found == reads:
        return  # a non-integer is reported by the field's own type check
    relation = "newer than" if found > reads else "older than"
    raise PydanticCustomError(
        SCHEMA_VERSION_ERROR, "schema_version {found} is {relation} this build reads ({reads})",
        {"found": found, "relation": relation, "reads": reads},
    )


class Record(BaseModel):
    """Base for every record: immutable, unknown fields ignored (same major version), datetimes timezone-aware."""

    model_config = ConfigDict(frozen=True, extra="ignore")


class VersionedRecord(Record):
    """A record that travels on its own: carries the major ``schema_version``, checked before anything else."""

    schema_version: int = SCHEMA_VERSION

    @model_validator(mode="before")
    @classmethod
    def _major_version_first(cls, data: Any) -> Any:
        # before the other fields: a newer major version's shape would otherwise be reported as missing fields
        if isinstance(data, dict):
            check_schema_version(data.get("schema_version", SCHEMA_VERSION))
        return data

    @field_validator("schema_version")
    @classmethod
    def _major_version_as_read(cls, value: int) -> int:
        check_schema_version(value)  # after coercion too: ``false`` or ``"0"`` must not become a version-0 record
        return value


class Provenance(Record):
    """Who produced a piece of a record, and with which version."""

    producer: str
    version: str
