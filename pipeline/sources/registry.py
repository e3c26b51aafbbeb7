"""The source registry (``config/sources.yaml``), validated at load: errors name the source and the field."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from pipeline.models.urls import incoming_url, strip_userinfo
from pipeline.settings import read_yaml
from pipeline.sources.exceptions import SourceError

Kind = Literal["rss", "atom", "sitemap", "news-sitemap", "urls", "auto", "page"]
NAME = r"^[a-z0-9][a-z0-9_.-]{0,62}$"


class SourceSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=NAME)
    kind: Kind
    urls: tuple[str, ...] = Field(min_length=1)
    language: str | None = Field(None, pattern=r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$")
    schedule: str = "*/15 * * * *"
    max_items: int = Field(100, ge=1, le=10_000)
    allowed_domains: tuple[str, ...] = ()
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    enabled: bool = True

    @field_validator("urls")
    @classmethod
    def _http(cls, urls: tuple[str, ...]) -> tuple[str, ...]:
        """Usable http(s) URLs, any ``user:password@`` removed (credentials never reach documents or logs)."""
        clean: list[str] = []
        for url in urls:
            try:
                clean.append(incoming_url(url))
            except ValueError as exc:
                raise ValueError(f"not an http(s) URL: {strip_userinfo(url)!r} ({exc})") from None
        return tuple(clean)

    @field_validator("include", "exclude")
    @classmethod
    def _regex(cls, patterns: tuple[str, ...]) -> tuple[str, ...]:
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"bad regular expression {pattern!r}: {exc}") from None
        return patterns

    @model_validator(mode="after")
    def _default_domains(self) -> SourceSpec:
        if not self.allowed_domains:
            hosts = tuple(dict.fromkeys((urlsplit(u).hostname or "").lower() for u in self.urls))
            object.__setattr__(self, "allowed_domains", hosts)
        return self

    def domain_allowed(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.allowed_domains)

    def url_wanted(self, url: str) -> str | None:
        """None if ``url`` passes the domain and pattern filters, else why not."""
        if not self.domain_allowed(url):
            return "domain not allowed"
        if self.include and not any(re.search(p, url) for p in self.include):
            return "not matched by include patterns"
        if any(re.search(p, url) for p in self.exclude):
            return "matched an exclude pattern"
        return None


def _problem(name: str, exc: ValidationError) -> str:
    first = exc.errors()[0]
    field = ".".join(str(p) for p in first["loc"]) or "<entry>"
    return f"source {name!r}: field {field!r}: {first['msg']}"


def parse_sources(data: object, where: str) -> list[SourceSpec]:
    entries = data.get("sources") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise SourceError(where, "expected a mapping with a 'sources:' list")
    specs: list[SourceSpec] = []
    for position, entry in enumerate(entries):
        name = str(entry.get("name", f"#{position}")) if isinstance(entry, dict) else f"#{position}"
        try:
            specs.append(SourceSpec.model_validate(entry))
        except ValidationError as exc:
            raise SourceError(where, _problem(name, exc)) from None
    names = [s.name for s in specs]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise SourceError(where, f"source {duplicates[0]!r}: field 'name': duplicated")
    return specs


def load_sources(path: Path) -> list[SourceSpec]:
    try:
        data = read_yaml(path)
    except OSError as exc:
        raise SourceError(str(path), f"cannot read: {exc.strerror or exc}") from None
    except ValueError as exc:  # not UTF-8, not YAML, a key that is not a string: one line, no traceback
        raise SourceError(str(path), str(exc)) from None
    return parse_sources(data, str(path))
