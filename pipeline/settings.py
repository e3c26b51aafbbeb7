"""Typed settings: one YAML file in ``config/`` plus ``NEWSLINE_*`` environment overrides.

Precedence, highest first: explicit keyword arguments, environment variables, the YAML file,
the defaults below. Nested sections are addressed with one underscore after the section name:
``NEWSLINE_KAFKA_BOOTSTRAP_SERVERS``, ``NEWSLINE_FETCH_ALLOW_PRIVATE_ADDRESSES``.
The YAML file is ``$NEWSLINE_CONFIG`` if set, else ``config/newsline.yaml`` in the project.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    YamlConfigSettingsSource,
)

from pipeline.exceptions import ConfigError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONFIG = PROJECT_ROOT / "config" / "newsline.yaml"


class Section(BaseModel):
    """A settings section; unknown keys are errors so typos are caught at start."""

    model_config = ConfigDict(extra="forbid")


class TopicsSettings(Section):
    raw: str = "newsline.articles.raw"
    enriched: str = "newsline.articles.enriched"
    dead_letter: str = "newsline.articles.deadletter"
    partitions: int = Field(6, ge=1)  # divisible by 1, 2, 3 and 6 enrich processes
    replication_factor: int = Field(1, ge=1)


class KafkaSettings(Section):
    bootstrap_servers: str = "127.0.0.1:9092"
    controller_port: int = Field(9093, gt=0, lt=65536)
    version: str = "4.4.0"
    heap: str = "1g"
    security_protocol: Literal["PLAINTEXT", "SASL_PLAINTEXT", "SASL_SSL", "SSL"] = "PLAINTEXT"
    sasl_mechanism: str | None = None
    username: str | None = None
    password: SecretStr | None = None
    ssl_cafile: Path | None = None
    topics: TopicsSettings = TopicsSettings()

    @property
    def port(self) -> int:
        return int(self.bootstrap_servers.split(",")[0].rsplit(":", 1)[1])

    @property
    def host(self) -> str:
        return self.bootstrap_servers.split(",")[0].rsplit(":", 1)[0]


class ElasticsearchSettings(Section):
    url: str = "http://127.0.0.1:9200"
    version: str = "9.2.8"
    heap: str = "1g"
    java_home: str | None = None
    username: str | None = None
    password: SecretStr | None = None
    api_key: SecretStr | None = None
    ca_certs: Path | None = None
    index_prefix: str = "newsline-articles"
    analyzer: str = "standard"
    request_timeout: float = Field(30.0, gt=0)
    bulk_max_docs: int = Field(1000, ge=1)
    bulk_max_bytes: int = Field(10_000_000, ge=10_000)

    @property
    def read_alias(self) -> str:
        return self.index_prefix

    @property
    def write_alias(self) -> str:
        return f"{self.index_prefix}-write"

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1].split("/")[0])


class WorkerSettings(Section):
    enrich_group: str = "newsline-enrich"
    index_group: str = "newsline-index"
    batch_size: int = Field(200, ge=1, le=10_000)
    poll_timeout_ms: int = Field(1000, ge=10)
    idle_timeout_s: float = Field(10.0, gt=0)
    max_retries: int = Field(5, ge=0)
    backoff_initial_s: float = Field(0.5, gt=0)
    backoff_max_s: float = Field(30.0, gt=0)
    words_per_minute: int = Field(230, ge=50)


class EnrichSettings(Section):
    """Enrichment workers: how many processes ``newsline worker enrich`` runs, where story clusters live."""

    processes: int | Literal["auto"] = "auto"  # "auto": one per core (os.cpu_count())
    cluster_store: Literal["elasticsearch", "memory"] = "elasticsearch"
    cluster_index_suffix: str = Field("clusters", pattern=r"^[a-z0-9][a-z0-9_-]*$")
    cluster_retry_s: float = Field(10.0, ge=0)  # a busy cluster store is retried this long, then an outage

    @field_validator("processes", mode="after")
    @classmethod
    def _processes_range(cls, value: int | str) -> int | str:
        if isinstance(value, int) and not 1 <= value <= 64:
            raise ValueError("must be between 1 and 64, or auto")
        return value

    @property
    def process_count(self) -> int:
        """The number of enrich processes: ``processes``, or the number of cores for "auto"."""
        return (os.cpu_count() or 1) if self.processes == "auto" else int(self.processes)


class MetricsSettings(Section):
    """A worker's Prometheus ``/metrics`` and ``/healthz`` endpoint (``pipeline.metrics``)."""

    enabled: bool = False
    host: str = "127.0.0.1"
    port: int = Field(9108, ge=0, lt=65536)
    stale_after_s: float = Field(120.0, gt=0)


class FetchSettings(Section):
    allow_private_addresses: bool = False
    user_agent: str = "newsline/0.1 (+https://example.org/newsline)"
    contact: str | None = None
    connect_timeout_s: float = Field(5.0, gt=0)
    read_timeout_s: float = Field(15.0, gt=0)
    total_timeout_s: float = Field(45.0, gt=0)
    max_body_bytes: int = Field(5_000_000, ge=1024)
    max_redirects: int = Field(5, ge=0, le=20)
    politeness_delay_s: float = Field(1.0, ge=0)
    max_crawl_delay_s: float = Field(30.0, ge=0)
    per_host_concurrency: int = Field(2, ge=1, le=16)
    workers: int = Field(8, ge=1, le=64)
    retries: int = Field(3, ge=0, le=10)
    backoff_initial_s: float = Field(1.0, ge=0)
    backoff_max_s: float = Field(30.0, gt=0)
    retry_after_max_s: float = Field(120.0, ge=0)
    robots_ttl_s: float = Field(3600.0, ge=0)
    max_items_per_run: int = Field(500, ge=1)
    claim_lease_s: float = Field(1800.0, gt=0)
    max_attempts: int = Field(3, ge=1)
    sources_file: Path = PROJECT_ROOT / "config" / "sources.yaml"

    @property
    def user_agent_header(self) -> str:
        """The User-Agent sent: the project name plus, if set, the contact."""
        return f"{self.user_agent} contact={self.contact}" if self.contact else self.user_agent

    @field_validator("sources_file", mode="after")
    @classmethod
    def _anchor_sources(cls, value: Path) -> Path:
        value = value.expanduser()
        return value if value.is_absolute() else PROJECT_ROOT / value


class PathsSettings(Section):
    state: Path = PROJECT_ROOT / ".newsline"
    cache: Path = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "newsline"
    seeds: Path = PROJECT_ROOT / "seeds"

    @field_validator("state", "cache", "seeds", mode="after")
    @classmethod
    def _anchor(cls, value: Path) -> Path:
        value = value.expanduser()
        return value if value.is_absolute() else PROJECT_ROOT / value


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="NEWSLINE_",
        env_nested_delimiter="_",
        env_nested_max_split=1,
        extra="forbid",
    )

    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    paths: PathsSettings = PathsSettings()
    kafka: KafkaSettings = KafkaSettings()
    elasticsearch: ElasticsearchSettings = ElasticsearchSettings()
    workers: WorkerSettings = WorkerSettings()
    enrich: EnrichSettings = EnrichSettings()
    metrics: MetricsSettings = MetricsSettings()
    fetch: FetchSettings = FetchSettings()

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: Any) -> Any:
        return value.upper() if isinstance(value, str) else value

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        yaml_source = YamlConfigSettingsSource(settings_cls, yaml_file=config_path())
        return (init_settings, env_settings, yaml_source, file_secret_settings)


def config_path() -> Path:
    return Path(os.environ.get("NEWSLINE_CONFIG", DEFAULT_CONFIG))


def _describe(error: ValidationError) -> str:
    parts = []
    for item in error.errors():
        name = ".".join(str(p) for p in item["loc"])
        env = "NEWSLINE_" + "_".join(str(p) for p in item["loc"][:2]).upper()
        parts.append(f"setting {name} (env {env}): {item['msg']}")
    return "; ".join(parts)


def load_settings(**overrides: Any) -> Settings:
    """Load and validate settings; raise :class:`ConfigError` naming the bad setting."""
    path = config_path()
    if "NEWSLINE_CONFIG" in os.environ and not path.is_file():
        raise ConfigError(f"setting NEWSLINE_CONFIG: no such file {path}")
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        raise ConfigError(f"invalid configuration ({path}): {_describe(exc)}") from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()
