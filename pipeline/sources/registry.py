"""The source registry (``config/sources.yaml``), validated at load: errors name the source and the field."""

from __future__ import annotations

import re
from dataclasses import dataclass
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


def _problem(name: str, position: int, exc: ValidationError) -> str:
    first = exc.errors()[0]
    field = ".".join(str(p) for p in first["loc"]) or "<entry>"
    message = " ".join(str(first["msg"]).split())
    return f"source {name!r}: field {field!r}: {message} (entry {position + 1})"


@dataclass(frozen=True)
class Registry:
    """The usable sources of a registry file, and one line per entry that is not (naming the entry and field).

    A bad entry (bad URL, unknown key, wrong type, duplicated name) does not stop the others: the entry
    points run the good sources, report each bad one and end non-zero (``newsline ingest`` exits 1, the
    ``ingest_news`` DAG's last task fails).
    """

    where: str
    specs: tuple[SourceSpec, ...]
    problems: tuple[str, ...] = ()

    def report(self) -> list[str]:
        return [f"{self.where}: {problem}" for problem in self.problems]


def parse_registry(data: object, where: str) -> Registry:
    """Every entry validated on its own; only a file that is not a ``sources:`` list at all raises."""
    entries = data.get("sources") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise SourceError(where, "expected a mapping with a 'sources:' list")
    specs: list[SourceSpec] = []
    problems: list[str] = []
    for position, entry in enumerate(entries):
        name = str(entry.get("name", f"#{position}")) if isinstance(entry, dict) else f"#{position}"
        try:
            spec = SourceSpec.model_validate(entry)
        except ValidationError as exc:
            problems.append(_problem(name, position, exc))
            continue
        if any(s.name == spec.name for s in specs):
            problems.append(f"source {spec.name!r}: field 'name': duplicated (entry {position + 1}; the first runs)")
            continue
        specs.append(spec)
    return Registry(where, tuple(specs), tuple(problems))


def parse_sources(data: object, where: str) -> list[SourceSpec]:
    """All entries or :class:`SourceError` naming the first bad one."""
    registry = parse_registry(data, where)
    if registry.problems:
        raise SourceError(where, registry.problems[0])
    return list(registry.specs)


def read_registry(path: Path) -> Registry:
    """The registry file, bad entries set aside; :class:`SourceError` only when the file itself is unusable."""
    try:
        data = read_yaml(path)
    except OSError as exc:
        raise SourceError(str(path), f"cannot read: {exc.strerror or exc}") from None
    except ValueError as exc:  # not UTF-8, not YAML, a key that is not a string: one line, no traceback
        raise SourceError(str(path), str(exc)) from None
    return parse_registry(data, str(path))


def load_sources(path: Path) -> list[SourceSpec]:
    """Every source of the file or :class:`SourceError` naming the first bad entry (strict)."""
    registry = read_registry(path)
    if registry.problems:
        raise SourceError(str(path), registry.problems[0])
    return list(registry.specs)
